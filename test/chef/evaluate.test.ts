/**
 * evaluate() end to end on a small two-cookbook workspace written for these
 * tests (test/chef/fixtures-eval): attribute files in order, libraries mixed
 * into the DSL, loops over attribute hashes, a custom resource, guards on the
 * simulated fresh image, templates, lazy values, and the failures that must
 * stop one recipe and not the run.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge, Resource } from '../../src/model/converge.js';
import type { Workspace } from '../../src/model/workspace.js';

const root = fileURLToPath(new URL('./fixtures-eval/webcb', import.meta.url));
let ws: Workspace;
let converge: Converge;

const find = (id: string): Resource => {
  const r = converge.resources.find((x) => `${x.type}[${Array.isArray(x.name) ? x.name.join(', ') : String(x.name)}]` === id);
  if (!r) throw new Error(`${id} not in ${converge.resources.map((x) => `${x.type}[${String(x.name)}]`).join(' ')}`);
  return r;
};

beforeAll(async () => {
  ws = await loadWorkspace([root], { cookbookPaths: [] });
  converge = await evaluate(ws, { runList: ['recipe[webcb]'], platform: 'debian-12' });
});

describe('evaluate on fixtures-eval/webcb', () => {
  it('runs recipes in include order, each once', () => {
    expect(converge.runList).toEqual(['webcb::default', 'helpercb::default', 'webcb::fails', 'webcb::recursion']);
    expect(converge.cookbookOrder).toEqual(['helpercb', 'webcb']);
  });

  it('evaluates attribute files default.rb first, include_attribute once, recipe writes last', () => {
    const web = (converge.attributes as Record<string, Record<string, unknown>>).webcb!;
    expect(web.port).toBe(8081);
    expect(web.packages).toEqual(['nginx', 'curl', 'htop']);
    expect(web.user).toBe('www-data');
    expect(web.workers).toBe(4);
    expect(web.from_recipe).toBe(true);
  });

  it('loops over an attribute hash and calls library helpers mixed into the recipe DSL', () => {
    const alpha = find('template[/etc/nginx/sites-available/alpha]');
    expect(alpha.properties).toMatchObject({ mode: '0644', source: 'site.conf.erb', variables: { name: 'alpha', root: '/srv/alpha', port: 8081 } });
    expect(alpha.notifies).toEqual([{ action: 'reload', resource: 'service[nginx]', timing: 'delayed' }]);
    expect(alpha.unknown).toEqual([]);
    expect(find('directory[/srv/beta]').properties).toEqual({ mode: '0755', owner: 'www-data', recursive: true });
  });

  it('renders templates with variables and node', () => {
    const c = find('template[/etc/nginx/sites-available/beta]').content;
    expect(c?.kind).toBe('rendered');
    if (c?.kind !== 'rendered') return;
    expect(c.complete).toBe(true);
    expect(c.text).toBe('server {\n  listen 8081;\n  server_name beta.example.test;\n  root /srv/beta;\n  # many workers\n  # platform debian 12.7\n}\n');
    expect(c.template.file).toBe('templates/default/site.conf.erb');
  });

  it('keeps the array name of a multi-package resource', () => {
    expect(find('package[nginx, curl, htop]').actions).toEqual(['install']);
  });

  it('marks what an unknown condition guards, without dropping it', () => {
    const legacy = find('file[/etc/nginx/legacy]');
    expect(legacy.guards).toHaveLength(1);
    expect(legacy.guards[0]).toMatchObject({ kind: 'only_if', outcome: 'unknown' });
    expect(legacy.guards[0]!.reason).toContain('shell_out');
  });

  it('decides block guards and creates against the simulated fresh image', () => {
    expect(find('cookbook_file[/srv/alpha/index.html]').guards.map((g) => g.outcome)).toEqual(['run']);
    const warm = find('execute[warm-cache]');
    expect(warm.actions).toEqual(['nothing']);
    expect(warm.guards.map((g) => `${g.kind}:${g.outcome}`)).toEqual(['only_if:run', 'creates:run']);
    const creates = warm.guards.find((g) => g.kind === 'creates')!;
    expect(creates).toMatchObject({ form: 'path', path: '/var/cache/warm' });
    expect(creates.command).toBeUndefined();
  });

  it('finds cookbook_file sources by file specificity', () => {
    const c = find('cookbook_file[/srv/alpha/index.html]').content;
    expect(c).toMatchObject({ kind: 'cookbook-file', from: { file: 'files/default/index.html' } });
  });

  it('evaluates lazy values after the compile phase', () => {
    expect(find('file[/etc/motd]').properties.content).toBe('port 8081\n');
    expect(find('file[/etc/motd]').content).toEqual({ kind: 'inline', text: 'port 8081\n' });
  });

  it('expands a custom resource in place, with via and lazy defaults', () => {
    const ids = converge.resources.slice(0, 3).map((r) => `${r.type}[${String(r.name)}]`);
    expect(ids).toEqual(['helpercb_instance[main]', 'directory[/etc/helper/main]', 'template[/etc/helper/main/helper.conf]']);
    const t = find('template[/etc/helper/main/helper.conf]');
    expect(t.via).toBe('helpercb_instance[main]');
    expect(t.source).toMatchObject({ file: 'resources/instance.rb', line: 10, cookbook: 'helpercb' });
    expect(t.content).toMatchObject({ kind: 'rendered', text: 'port=9000 name=main\n', complete: true });
  });

  it('reports a missing cookbook at the include_recipe and carries on', () => {
    const d = converge.diagnostics.find((x) => x.code === 'DEC0304');
    expect(d?.location).toMatchObject({ file: 'recipes/default.rb', line: 51, column: 1 });
    expect(find('log[after-failures]').actions).toEqual(['write']);
  });

  it('stops a recipe at raise (DEC0306) and at runaway recursion (DEC0305), keeping what came before', () => {
    expect(converge.diagnostics.find((x) => x.code === 'DEC0306')?.location).toMatchObject({ file: 'recipes/fails.rb', line: 2 });
    expect(converge.diagnostics.find((x) => x.code === 'DEC0305')?.location).toMatchObject({ file: 'libraries/helpers.rb', line: 10 });
    const names = converge.resources.map((r) => String(r.name));
    expect(names).toContain('before-raise');
    expect(names).not.toContain('after-raise');
    expect(names).toContain('before-recursion');
    expect(names).not.toContain('after-recursion');
  });

  it('gives the same result twice (deterministic)', async () => {
    const again = await evaluate(ws, { runList: ['recipe[webcb]'], platform: 'debian-12' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(converge));
  });

  it('answers an unknown platform with DEC0207 and no resources', async () => {
    const r = await evaluate(ws, { runList: ['recipe[webcb]'], platform: 'solaris-11' });
    expect(r.resources).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DEC0207']);
  });

  it('branches on the platform target', async () => {
    const rocky = await evaluate(ws, { runList: ['recipe[webcb]'], platform: 'rocky-9' });
    const names = rocky.resources.map((r) => String(r.name));
    // On rhel the guard of fails.rb holds, so the whole recipe runs.
    expect(names).toContain('after-raise');
  });
});
