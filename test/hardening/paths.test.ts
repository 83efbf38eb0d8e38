import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/emit/write-output.js';
import { decant, ensureBuilt, filesUnder, snapshotTree, STACK_LINE } from './cli-run.js';

/**
 * Hostile cookbooks: every way a cookbook could make decant read outside its
 * cookbook or repository, or write outside OUT. Each is refused with a
 * diagnostic naming the resource (or the file) and its line, nothing of the
 * host reaches OUT, and nothing outside OUT changes.
 */

const HOST_TEXT = 'host-only-content-9f3a';
const HOST_RECIPE_MARK = '/etc/from-outside-recipe';

const recipe = `package 'nginx'
template '/etc/evil/a.conf' do
  source '../../../../outside/hostfile'
end
template '/etc/evil/b.conf' do
  source '@ABS@'
end
template '/etc/evil/c.conf' do
  source '../../../outside/hostfile'
  cookbook 'other'
end
cookbook_file '/etc/evil/d.conf' do
  source '../../../../outside/hostfile'
end
cookbook_file '/etc/evil/e.conf' do
  source 'linked.conf'
end
template '/etc/evil/f.conf' do
  source 'linked.erb'
end
template '/etc/evil/g.conf' do
  source '@ABS@'
  local true
end
include_recipe 'evil::../../../../outside/recipe'
include_recipe 'evil::linked'
template '/../../../tmp/climb.conf' do
  source 'ok.erb'
end
cookbook_file 'a/../../../../zz' do
  source 'ok.txt'
end
file '../../../../../../escape' do
  content 'x'
end
execute 'step' do
  command 'true'
  cwd "/srv\\nRUN touch /pwned"
end
bag = data_bag_item('../../outside', 'hostfile')
file '/etc/evil/bag.conf' do
  content bag['x'].to_s
end
service 'nginx' do
  action [:enable, :start]
end
`;

interface Layout {
  root: string;
  repo: string;
  out: string;
  recipePath: string;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function layout(): Layout {
  const root = mkdtempSync(join(tmpdir(), 'decant-hostile-'));
  const repo = join(root, 'repo');
  const evil = join(repo, 'cookbooks', 'evil');
  write(join(root, 'outside', 'hostfile'), `${HOST_TEXT}\n`);
  write(join(root, 'outside', 'recipe.rb'), `file '${HOST_RECIPE_MARK}' do\n  content '${HOST_TEXT}'\nend\n`);
  write(join(root, 'outside', 'role.json'), JSON.stringify({ name: 'linked', run_list: ['recipe[evil]'], default_attributes: { x: HOST_TEXT } }));
  write(join(root, 'outside', 'env.json'), JSON.stringify({ name: 'env', default_attributes: { x: HOST_TEXT } }));
  write(join(root, 'outside', 'item.json'), JSON.stringify({ id: 'item', x: HOST_TEXT }));
  write(join(evil, 'metadata.rb'), "name 'evil'\nversion '1.0.0'\n");
  const recipePath = join(evil, 'recipes', 'default.rb');
  write(recipePath, recipe.replaceAll('@ABS@', join(root, 'outside', 'hostfile')));
  write(join(evil, 'templates', 'default', 'ok.erb'), 'ok <%= 1 + 1 %>\n');
  write(join(evil, 'files', 'default', 'ok.txt'), 'ok\n');
  write(join(repo, 'cookbooks', 'other', 'metadata.rb'), "name 'other'\nversion '1.0.0'\n");
  write(join(repo, 'cookbooks', 'other', 'recipes', 'default.rb'), "log 'other'\n");
  write(join(repo, 'roles', 'web.json'), JSON.stringify({ name: 'web', run_list: ['recipe[evil]'] }));
  mkdirSync(join(repo, 'environments'), { recursive: true });
  mkdirSync(join(repo, 'data_bags', 'bag'), { recursive: true });
  // Links that lead out of the cookbook or repository, one per kind of file decant reads.
  symlinkSync(join(root, 'outside', 'hostfile'), join(evil, 'files', 'default', 'linked.conf'));
  symlinkSync(join(root, 'outside', 'hostfile'), join(evil, 'templates', 'default', 'linked.erb'));
  symlinkSync(join(root, 'outside', 'recipe.rb'), join(evil, 'recipes', 'linked.rb'));
  symlinkSync(join(root, 'outside', 'role.json'), join(repo, 'roles', 'linked.json'));
  symlinkSync(join(root, 'outside', 'env.json'), join(repo, 'environments', 'env.json'));
  symlinkSync(join(root, 'outside', 'item.json'), join(repo, 'data_bags', 'bag', 'item.json'));
  return { root, repo, out: join(root, 'out'), recipePath };
}

/** 1-based line of the first recipe line containing `text`. */
function lineOf(text: string): number {
  const i = recipe.split('\n').findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`not in the recipe: ${text}`);
  return i + 1;
}

describe('hostile paths: convert', () => {
  let l: Layout;
  let before: Record<string, string>;
  let r: ReturnType<typeof decant>;
  let out: Map<string, Buffer>;

  beforeAll(() => {
    ensureBuilt();
    l = layout();
    before = snapshotTree(l.root, (rel) => rel === 'out');
    r = decant(['convert', l.repo, '-o', l.out, '--run-list', 'role[web]'], { cwd: l.root });
    out = filesUnder(l.out);
  }, 300_000);

  const diag = (code: string, line: number, ...mentions: string[]) => {
    const re = new RegExp(`recipes/default\\.rb:${line}:\\d+: (error|warning) ${code}: (.*)`, 'g');
    const messages = [...r.stderr.matchAll(re)].map((m) => m[2]!);
    expect(messages.length, `${code} at line ${line} in:\n${r.stderr}`).toBeGreaterThan(0);
    for (const m of mentions) expect(messages.some((x) => x.includes(m)), `${code} at line ${line} names ${m}: ${messages.join(' | ')}`).toBe(true);
  };

  it('converts the rest, without a stack trace, exit 1 (errors)', () => {
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(out.has('web/images/nginx/Dockerfile'), [...out.keys()].join('\n')).toBe(true);
  });

  it('template and cookbook_file sources that climb out or use another cookbook are refused at their line', () => {
    diag('DEC0205', lineOf("template '/etc/evil/a.conf'"), 'template[/etc/evil/a.conf]', '../../../../outside/hostfile');
    diag('DEC0205', lineOf("template '/etc/evil/c.conf'"), 'template[/etc/evil/c.conf]');
    diag('DEC0205', lineOf("cookbook_file '/etc/evil/d.conf'"), 'cookbook_file[/etc/evil/d.conf]');
  });

  it('an absolute-looking template source is looked up inside the cookbook, as Chef File.joins it, and not found there', () => {
    // Chef's preferences_for_path joins the source under templates/<specificity>/: the host file is never read.
    diag('DEC0401', lineOf("template '/etc/evil/b.conf'"), 'templates/default/', 'outside/hostfile');
    expect(r.stderr).not.toContain(HOST_TEXT);
  });

  it('a template symlinked out of the cookbook is refused as a link; a cookbook_file one is not part of the cookbook', () => {
    diag('DEC0401', lineOf("template '/etc/evil/f.conf'"), 'link that leads outside');
    diag('DEC0403', lineOf("cookbook_file '/etc/evil/e.conf'"), 'files/default/linked.conf');
  });

  it('local true never reads the host: the content is unknown', () => {
    diag('DEC0501', lineOf("template '/etc/evil/g.conf'"), 'read from the node');
    expect(out.get('web/images/nginx/config/etc/evil/g.conf')?.toString()).toMatch(/could not be worked out/);
  });

  it('include_recipe names with .. and recipes symlinked out are refused', () => {
    diag('DEC0304', lineOf("include_recipe 'evil::../"), '../../../../outside/recipe');
    diag('DEC0205', lineOf("include_recipe 'evil::linked'"), 'link that leads outside');
  });

  it('target paths: /.. is normalised, relative paths and control characters are refused naming the resource', () => {
    diag('DEC0205', lineOf("template '/../../../tmp/climb.conf'"), '/tmp/climb.conf');
    diag('DEC0205', lineOf("cookbook_file 'a/../"), 'cookbook_file[a/../../../../zz]', 'relative');
    diag('DEC0205', lineOf("file '../../"), 'relative');
    diag('DEC0505', lineOf("execute 'step'"), 'execute[step]', 'buildSteps[0].cwd');
    const dockerfile = out.get('web/images/nginx/Dockerfile')!.toString();
    expect(dockerfile).toContain('COPY files/tmp/climb.conf /tmp/climb.conf');
    expect(dockerfile).not.toMatch(/^RUN touch \/pwned/m);
    // Comments name the resource as written; no instruction may hold a `..`.
    expect(dockerfile.split('\n').filter((x) => !x.startsWith('#') && x.includes('../'))).toEqual([]);
  });

  it('role, environment and data bag files symlinked out of the repository are refused', () => {
    expect(r.stderr).toMatch(/roles\/linked\.json.*is a link that leads outside the repository/);
    expect(r.stderr).toMatch(/environments\/env\.json.*is a link that leads outside the repository/);
    expect(r.stderr).toMatch(/data_bags\/bag\/item\.json.*is a link that leads outside the repository/);
  });

  it('nothing of the host is in OUT, every file is inside the unit contexts or the manifests', () => {
    for (const [path, bytes] of out) {
      expect(bytes.includes(HOST_TEXT), path).toBe(false);
      expect(bytes.includes(HOST_RECIPE_MARK), path).toBe(false);
    }
    for (const path of out.keys()) {
      expect(path).toMatch(/^(\.decant-output|report\.(json|md|html)|plan\.yaml|web\/k8s\/[^/]+\.yaml|web\/images\/nginx\/(Dockerfile|image\.json|(files|config|scripts)\/.+))$/);
    }
  });

  it('nothing outside OUT changed, and no temporary folder is left beside it', () => {
    expect(snapshotTree(l.root, (rel) => rel === 'out')).toEqual(before);
  });

  it('role and environment names with .. find nothing and read nothing', () => {
    const role = decant(['inspect', l.repo, '--run-list', 'role[../../outside/role]'], { cwd: l.root });
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/DEC0207/);
    expect(role.stderr + role.stdout).not.toContain(HOST_TEXT);
    const env = decant(['inspect', l.repo, '--run-list', 'recipe[other]', '--environment', '../../outside/env', '--json'], { cwd: l.root });
    expect(env.stderr).not.toMatch(STACK_LINE);
    expect(env.stderr + env.stdout).not.toContain(HOST_TEXT);
    expect(snapshotTree(l.root, (rel) => rel === 'out')).toEqual(before);
  }, 120_000);
});

describe('hostile paths: a plan file', () => {
  it('cannot name a unit (and so a context folder) outside OUT', () => {
    ensureBuilt();
    const l = layout();
    const first = decant(['convert', l.repo, '-o', l.out, '--run-list', 'role[web]'], { cwd: l.root });
    expect(first.code, first.stderr).toBe(1);
    const plan = readFileSync(join(l.out, 'plan.yaml'), 'utf8').replace(/name: nginx\n/, 'name: ../../../escaped\n');
    expect(plan).toContain('../../../escaped');
    writeFileSync(join(l.root, 'plan.yaml'), plan);
    const before = snapshotTree(l.root);
    const r = decant(['convert', l.repo, '-o', l.out, '--run-list', 'role[web]', '--plan', join(l.root, 'plan.yaml')], { cwd: l.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.yaml:\d+:\d+: error DEC0504: unit `name` must be a DNS label/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(snapshotTree(l.root)).toEqual(before);
  }, 300_000);
});

describe('a failed run leaves the previous output intact', () => {
  it('an invalid plan file: nothing is written, OUT is as it was', () => {
    ensureBuilt();
    const l = layout();
    expect(decant(['convert', l.repo, '-o', l.out, '--run-list', 'role[web]'], { cwd: l.root }).code).toBe(1);
    const previous = snapshotTree(l.root);
    writeFileSync(join(l.root, 'bad-plan.yaml'), 'version: 1\napps: [[[\n');
    const r = decant(['convert', l.repo, '-o', l.out, '--run-list', 'role[web]', '--plan', join(l.root, 'bad-plan.yaml')], { cwd: l.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DEC0504/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(snapshotTree(l.root, (rel) => rel === 'bad-plan.yaml')).toEqual(previous);
  }, 300_000);

  it('a write that fails half-way (a file where a folder must go): OUT unchanged, no temporary folder left', () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-write-'));
    const out = join(root, 'out');
    expect(writeOutput(out, [{ path: 'a/Dockerfile', text: 'FROM debian:12\n' }], false)).toEqual({ ok: true, missing: [] });
    const previous = snapshotTree(root);
    const r = writeOutput(out, [{ path: 'a/Dockerfile', text: 'FROM debian:13\n' }, { path: 'a/Dockerfile/x', text: 'x' }], false);
    expect(r.ok).toBe(false);
    expect(snapshotTree(root)).toEqual(previous);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('a file decant is asked to copy that is not a regular file (a FIFO behind a link) gets a marker, never blocks', () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-write-'));
    const r = writeOutput(join(root, 'out'), [{ path: 'ctx/dev', copyFrom: '/dev/zero' }], false);
    expect(r).toEqual({ ok: true, missing: ['ctx/dev'] });
    expect(readFileSync(join(root, 'out', 'ctx', 'dev'), 'utf8')).toMatch(/was not found/);
  });
});
