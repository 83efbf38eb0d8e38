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

  it('a kitchen.yml of several YAML documents is read as Kitchen reads it: the first document', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      '.kitchen.yml': '---\nsuites:\n  - name: default\n    run_list: ["recipe[svc]"]\n    attributes: { svc_test: { directory: /first, mode: "0700" } }\n---\nsuites:\n  - name: default\n    run_list: ["recipe[svc]"]\n    attributes: { svc_test: { directory: /second, mode: "0700" } }\n',
    });
    expect(content(c)).toBe('/first 0700');
    expect(c.diagnostics.filter((d) => d.code === 'DEC0208')).toEqual([]);
  });

  it('a kitchen.yml that is not YAML is a warning at its line, and the run goes on', async () => {
    const c = await evaluateCookbook('svc', { 'recipes/default.rb': "file '/x' do\n  content 'y'\nend\n", 'kitchen.yml': 'suites:\n  - name: [unclosed\n' });
    expect(c.resources.some((r) => r.type === 'file')).toBe(true);
  });

  it("the provisioner's attributes reach every suite under its own; ERB is rendered as Kitchen would, where decant runs", async () => {
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
    }, undefined, undefined, { kitchenEnvironment: {} });
    expect(content(c)).toBe('/var/lib/svc 0750');
    const c2 = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': `provisioner:\n  attributes:\n    svc_test:\n      directory: /g\n      mode: "0700"\nsuites:\n  - name: default\n    run_list: ["recipe[svc]"]\n    attributes:\n      svc_test:\n        mode: "0750"\n`,
    });
    expect(content(c2)).toBe('/g 0750');
  });
});

describe('kitchen.yml ERB, rendered as Test Kitchen renders it on the workstation', () => {
  // The pattern of versioned service cookbooks: the version under test comes from the CI environment, with a default.
  const erbKitchen = `---
provisioner:
  name: chef_infra
  attributes:
    svc_test:
      directory: <%= ENV.fetch('SVC_HOME', '/opt/svc').inspect %>
      mode: <%= ENV.fetch('SVC_MODE') { '0755' }.inspect %>
      label: "v<%= ENV.fetch('SVC_MAJOR', '3') %>.<%= ENV['SVC_MINOR'] || 1 %>"
      unset: <%= ENV['SVC_UNSET'] %>
      # a comment tag renders nothing: <%# ENV['IGNORED'] %>
suites:
  - name: default
    run_list:
      - recipe[svc::default]
`;
  const labelRecipe = `${recipe}file '/srv/label' do\n  content "#{node['svc_test']['label']}|#{node['svc_test']['unset'].inspect}"\nend\n`;
  const fileText = (c: Awaited<ReturnType<typeof evaluateCookbook>>, name: string) => {
    const r = c.resources.find((x) => x.name === name);
    return r?.content?.kind === 'inline' ? r.content.text : JSON.stringify(r?.content);
  };
  const notes = (c: Awaited<ReturnType<typeof evaluateCookbook>>) => c.diagnostics.filter((d) => d.code === 'DEC0318');

  it('unset variables take the defaults the tags give; each variable read is said once, at its line, without its value', async () => {
    const c = await evaluateCookbook('svc', { 'recipes/default.rb': labelRecipe, 'kitchen.yml': erbKitchen }, undefined, undefined, { kitchenEnvironment: {} });
    expect(content(c)).toBe('/opt/svc 0755');
    expect(fileText(c, '/srv/label')).toBe('v3.1|nil');
    expect(notes(c).map((d) => `${d.location?.line} ${d.message}`)).toEqual([
      "6 kitchen.yml ERB: ENV.fetch(\"SVC_HOME\", \"/opt/svc\") — SVC_HOME is not set where decant runs: the default the tag gives taken, as Test Kitchen renders the file on the workstation that runs it",
      "7 kitchen.yml ERB: ENV.fetch(\"SVC_MODE\") — SVC_MODE is not set where decant runs: the default the tag gives taken, as Test Kitchen renders the file on the workstation that runs it",
      "8 kitchen.yml ERB: ENV.fetch(\"SVC_MAJOR\", \"3\") — SVC_MAJOR is not set where decant runs: the default the tag gives taken, as Test Kitchen renders the file on the workstation that runs it",
      "8 kitchen.yml ERB: ENV[\"SVC_MINOR\"] — SVC_MINOR is not set where decant runs: nil taken, as Test Kitchen renders the file on the workstation that runs it",
      "9 kitchen.yml ERB: ENV[\"SVC_UNSET\"] — SVC_UNSET is not set where decant runs: nil taken, as Test Kitchen renders the file on the workstation that runs it",
    ]);
    expect(notes(c).every((d) => d.severity === 'info' && d.location?.file === 'kitchen.yml')).toBe(true);
  });

  it('a variable set where decant runs is taken from there, and the note does not print it', async () => {
    const c = await evaluateCookbook('svc', { 'recipes/default.rb': labelRecipe, 'kitchen.yml': erbKitchen }, undefined, undefined, {
      kitchenEnvironment: { SVC_HOME: '/srv/secret-home', SVC_MINOR: '7' },
    });
    expect(content(c)).toBe('/srv/secret-home 0755');
    expect(fileText(c, '/srv/label')).toBe('v3.7|nil');
    const home = notes(c).find((d) => d.message.includes('SVC_HOME'));
    expect(home?.message).toMatch(/SVC_HOME is set in the environment decant runs in: its value taken/);
    expect(notes(c).some((d) => d.message.includes('secret-home'))).toBe(false);
  });

  it('what ERB does that decant cannot work out stays unknown, with its cause', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': `provisioner:
  attributes:
    svc_test:
      directory: <%= File.read('/etc/svc-dir').strip %>
      mode: <%= ENV.fetch('SVC_REQUIRED') %>
suites:
  - name: default
    run_list: ["recipe[svc]"]
`,
    }, undefined, undefined, { kitchenEnvironment: {} });
    const text = JSON.stringify(c.resources.find((x) => x.type === 'file')?.content);
    expect(text).toMatch(/kitchen.yml computes it with ERB when Kitchen runs \(<%= File.read\('\/etc\/svc-dir'\).strip %>\): File.read reads the host file system/);
    const mode = await evaluateCookbook('svc', {
      'recipes/default.rb': "file '/srv/mode' do\n  content node['svc_test']['mode']\nend\n",
      'kitchen.yml': `provisioner:\n  attributes:\n    svc_test:\n      mode: <%= ENV.fetch('SVC_REQUIRED') %>\nsuites:\n  - name: default\n    run_list: ["recipe[svc]"]\n`,
    }, undefined, undefined, { kitchenEnvironment: {} });
    expect(JSON.stringify(mode.resources[0]?.content)).toMatch(/ENV.fetch\('SVC_REQUIRED'\) %>\): KeyError: key not found: \\"SVC_REQUIRED\\"/);
  });

  it('a code tag, which shapes the YAML around it, is not rendered: what it guards is unknown, naming it', async () => {
    const c = await evaluateCookbook('svc', {
      'recipes/default.rb': recipe,
      'kitchen.yml': `provisioner:
  attributes:
    svc_test:
      directory: <% if ENV['CI'] %>/ci<% else %>/local<% end %>
      mode: "0700"
suites:
  - name: default
    run_list: ["recipe[svc]"]
`,
    }, undefined, undefined, { kitchenEnvironment: {} });
    expect(JSON.stringify(c.resources.find((x) => x.type === 'file')?.content)).toMatch(/\(<% if ENV\['CI'\] %>\): a code tag shapes the YAML around it, which decant does not render/);
  });
});
