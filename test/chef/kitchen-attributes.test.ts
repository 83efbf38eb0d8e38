/**
 * Test Kitchen suites' node attributes (kitchen.yml `attributes:`), which
 * real test recipes read: taken at normal precedence for the run list the
 * suite converges, as Kitchen's dna.json hands them to chef-client.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const recipe = `file '/srv/out.txt' do\n  content "#{node['svc_test']['directory']} #{node['svc_test']['mode']}"\nend\n`;
const kitchen = (suites: string) => `---
driver:
  name: vagrant
  # ERB, as Kitchen renders it first: blanked here, lines kept.
  box: <%= ENV['BOX'] || 'debian' %>
x-attributes:
  default: &default_attributes
    svc_test:
      directory: /var/lib/svc
      mode: "0755"
suites:
${suites}`;

function content(c: Awaited<ReturnType<typeof evaluateCookbook>>): string | undefined {
  const r = c.resources.find((x) => x.type === 'file');
  return r?.content?.kind === 'inline' ? r.content.text : undefined;
}

describe('kitchen.yml suite attributes', () => {
  it('the one suite that converges the run list gives its attributes (YAML aliases resolved), with a note at the suite', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': kitchen('  - name: default\n    run_list:\n      - recipe[svc::default]\n    attributes: *default_attributes\n'),
    });
    expect(content(c)).toBe('/var/lib/svc 0755');
    const note = c.diagnostics.find((d) => d.code === 'DEC0316');
    expect(note).toMatchObject({ severity: 'info', location: { file: 'kitchen.yml', line: 12 } });
    expect(note?.message).toMatch(/suite default .*taken at normal precedence/);
  });

  it('recipe[svc] and svc::default are the same run list; a cookbook default attribute loses to the suite (normal beats default)', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'attributes/default.rb': "default['svc_test']['directory'] = '/srv/default'\ndefault['svc_test']['mode'] = '0700'\n",
      '.kitchen.yml': kitchen('  - name: default\n    run_list: ["svc::default"]\n    attributes: { svc_test: { directory: /data } }\n'),
    }, ['recipe[svc]']);
    expect(content(c)).toBe('/data 0700');
  });

  it('suites of other run lists are not taken', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'recipes/other.rb': '',
      'kitchen.yml': kitchen('  - name: other\n    run_list: ["recipe[svc::other]"]\n    attributes: *default_attributes\n'),
    });
    expect(c.diagnostics.some((d) => d.code === 'DEC0316')).toBe(false);
    expect(content(c)).toBeUndefined();
  });

  it('two suites of one run list with different attributes: what they agree on is taken, each differing one is unknown naming the suites and --suite', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': kitchen('  - name: a\n    run_list: ["recipe[svc]"]\n    attributes: *default_attributes\n  - name: b\n    run_list: ["recipe[svc]"]\n    attributes: { svc_test: { directory: /var/lib/svc, mode: "0700" } }\n'),
    });
    const note = c.diagnostics.find((d) => d.code === 'DEC0316');
    expect(note?.message).toMatch(/kitchen suites a .*, b .* converge this run list with different node attributes: what they agree on is taken at normal precedence, and node\["svc_test"\]\["mode"\] stay unknown/);
    expect(note?.hint).toMatch(/--suite/);
    const r = c.resources.find((x) => x.type === 'file');
    expect(r?.content?.kind).toBe('unknown');
    const why = JSON.stringify(r?.content);
    expect(why).toMatch(/kitchen suites set node\[\\"svc_test\\"\]\[\\"mode\\"\] differently \(a: \\"0755\\", b: \\"0700\\"\): pick one with --suite NAME/);
    // The agreed directory is known: only the mode is asked.
    expect(why).not.toMatch(/directory/);
  });

  it('a suite that leaves an attribute out differs from one that sets it', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': kitchen('  - name: a\n    run_list: ["recipe[svc]"]\n    attributes: *default_attributes\n  - name: b\n    run_list: ["recipe[svc]"]\n    attributes: { svc_test: { directory: /var/lib/svc } }\n'),
    });
    expect(JSON.stringify(c.resources.find((x) => x.type === 'file')?.content)).toMatch(/\(a: \\"0755\\", b: unset\)/);
  });

  it('a kitchen.yml that is not YAML is a warning at its line, and the run goes on', async () => {
    const c = await evaluateCookbook('svc', { 'recipes/default.rb': "file '/x' do\n  content 'y'\nend\n", 'kitchen.yml': 'suites:\n  - name: [unclosed\n' });
    expect(c.resources.some((r) => r.type === 'file')).toBe(true);
  });

  it("the provisioner's attributes reach every suite under its own; a value ERB computes is unknown, naming the tag", async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': `---
provisioner:
  name: chef_infra
  attributes:
    svc_test:
      directory: <%= ENV.fetch('SVC_DIR', '/var/lib/svc').inspect %>
      mode: "0700"
suites:
  - name: default
    run_list: ["recipe[svc]"]
    attributes:
      svc_test:
        mode: "0750"
`,
    });
    const r = c.resources.find((x) => x.type === 'file');
    expect(r?.content?.kind).toBe('unknown');
    expect(JSON.stringify(r?.content)).toMatch(/kitchen.yml computes it with ERB when Kitchen runs \(<%= ENV.fetch\('SVC_DIR'/);
    const c2 = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': `provisioner:\n  attributes:\n    svc_test:\n      directory: /g\n      mode: "0700"\nsuites:\n  - name: default\n    run_list: ["recipe[svc]"]\n    attributes:\n      svc_test:\n        mode: "0750"\n`,
    });
    expect(content(c2)).toBe('/g 0750');
  });
});
