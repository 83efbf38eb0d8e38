/**
 * Issue 16, plan.yaml `values:` through the CLI: an attribute, a data bag
 * item, a search and a resource property decant cannot know are each asked
 * by a key the reason names, listed in the written plan.yaml as a commented
 * template, and — answered — used on --plan: the file renders whole, the
 * exit is 0, and report.json/report.md say which values came from plan.yaml.
 * A secret answer is not copied back into the written plan.yaml.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decant, ensureBuilt } from './cli-run.js';

let root: string;
let cookbook: string;

const FILES: Record<string, string> = {
  'metadata.rb': "name 'asks'\nversion '1.0.0'\n",
  'attributes/default.rb': "default['app']['region'] = Chef::Config[:region_from_client_rb]\n",
  'recipes/default.rb': [
    "package 'memcached'",
    "creds = data_bag_item('app', 'db')",
    "peers = search(:node, 'role:cache')",
    "template '/etc/memcached.conf' do",
    "  source 'memcached.conf.erb'",
    "  variables(region: node['app']['region'], user: creds['user'], peers: peers.map { |n| n['ipaddress'] }, size: Chef::Config[:cache_size])",
    "  notifies :restart, 'service[memcached]'",
    'end',
    "service 'memcached' do",
    '  action [:enable, :start]',
    'end',
    '',
  ].join('\n'),
  'templates/memcached.conf.erb': '-p 11211\n# region <%= @region %> user <%= @user %> peers <%= @peers.join(",") %> size <%= @size %>\n',
};

const KEYS = {
  attribute: 'node["app"]["region"]',
  item: 'data_bag_item("app", "db")',
  search: 'search(:node, "role:cache")',
  property: 'template[/etc/memcached.conf].variables.size',
};

interface ReportJson {
  apps: { values?: { fromPlan: string[]; open: { key: string; why: string }[] }; units: { needsInput: boolean }[]; diagnostics: { code: string; message: string }[] }[];
}
const report = (out: string) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportJson;

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'decant-values-'));
  cookbook = join(root, 'asks');
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(cookbook, rel)), { recursive: true });
    writeFileSync(join(cookbook, rel), text);
  }
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('plan.yaml values: beyond shell_out', () => {
  it('asks each unknown by its key: in the reasons inspect --json gives, in report.json, and as commented templates in plan.yaml', () => {
    const doc = JSON.parse(decant(['inspect', cookbook, '--json']).stdout) as { resources: { type: string; properties: Record<string, unknown> }[] };
    const tpl = doc.resources.find((r) => r.type === 'template')!;
    const vars = JSON.stringify(tpl.properties['variables']);
    expect(vars).toContain('[answer in plan.yaml values: node[\\"app\\"][\\"region\\"]]');
    expect(vars).toContain('[answer in plan.yaml values: data_bag_item(\\"app\\", \\"db\\")]');
    expect(vars).toContain('[answer in plan.yaml values: search(:node, \\"role:cache\\")]');

    const out = join(root, 'out-open');
    const r = decant(['convert', cookbook, '-o', out, '--offline']);
    expect(r.code).toBe(1);
    expect(report(out).apps[0]!.values!.open.map((q) => q.key).sort()).toEqual(Object.values(KEYS).sort());
    const plan = readFileSync(join(out, 'plan.yaml'), 'utf8');
    expect(plan).toMatch(/^      # open: data bag item app\/db is not in the workspace .*\(asks\/recipes\/default\.rb:2:\d+\)\n      # data_bag_item\("app", "db"\): \{\}/m);
    expect(plan).toMatch(/^      # search\(:node, "role:cache"\): \[\]/m);
    expect(plan).toMatch(/^      # node\["app"\]\["region"\]: ""$/m);
    expect(plan).toMatch(/^      # template\[\/etc\/memcached\.conf\]\.variables\.size: ""$/m);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('### Open questions (plan.yaml `values:`)');
  });

  it('uses the answers on --plan: the file renders whole, exit 0, and the report says which values came from plan.yaml', () => {
    const plan = readFileSync(join(root, 'out-open', 'plan.yaml'), 'utf8')
      .replace(`# ${KEYS.attribute}: ""`, `${KEYS.attribute}: eu-west`)
      .replace(/# data_bag_item\("app", "db"\): \{\}.*/, `${KEYS.item}: {id: db, user: cacheuser}`)
      .replace(/# search\(:node, "role:cache"\): \[\].*/, `${KEYS.search}: [{name: c1, ipaddress: 10.0.0.7}, {name: c2, ipaddress: 10.0.0.8}]`)
      .replace(`# ${KEYS.property}: ""`, `${KEYS.property}: 64`);
    const answered = join(root, 'answered.yaml');
    writeFileSync(answered, plan);
    const out = join(root, 'out-answered');
    const r = decant(['convert', cookbook, '-o', out, '--offline', '--plan', answered]);
    expect(r.code, r.stderr).toBe(0);
    const app = report(out).apps[0]!;
    expect(app.units.every((u) => !u.needsInput)).toBe(true);
    expect(app.values).toEqual({ fromPlan: Object.values(KEYS).sort(), open: [] });
    for (const k of Object.values(KEYS)) expect(app.diagnostics).toContainEqual(expect.objectContaining({ code: 'DEC0320', message: `${k} answered from plan.yaml (values:)` }));
    // The data bag item's values are secrets, as a repo item's are: the image has a reference, the Secret the value.
    const config = readFileSync(join(out, 'asks', 'images', 'memcached', 'config', 'etc', 'memcached.conf'), 'utf8');
    expect(config).toContain('# region eu-west user ${DECANT_SECRET_USER} peers 10.0.0.7,10.0.0.8 size 64');
    const secret = readFileSync(join(out, 'asks', 'k8s', 'memcached-secret.yaml'), 'utf8');
    expect(secret).toMatch(/^  DECANT_SECRET_USER: "REPLACE-ME/m);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('### Values from plan.yaml');
    expect(md).toContain('- `search(:node, "role:cache")`');
    // Written back: plain answers as given; the secret item is not copied (the file's redaction would feed a placeholder back).
    const written = readFileSync(join(out, 'plan.yaml'), 'utf8');
    expect(written).toMatch(/^      node\["app"\]\["region"\]: eu-west$/m);
    expect(written).toMatch(/^      # data_bag_item\("app", "db"\): answered by the --plan file given; it holds a secret/m);
    expect(written).not.toContain('cacheuser');
  });

  it('refuses an answer of the wrong kind, and says so at the call', () => {
    const plan = readFileSync(join(root, 'out-open', 'plan.yaml'), 'utf8').replace(/# search\(:node, "role:cache"\): \[\].*/, `${KEYS.search}: c1`);
    const wrong = join(root, 'wrong.yaml');
    writeFileSync(wrong, plan);
    const r = decant(['convert', cookbook, '-o', join(root, 'out-wrong'), '--offline', '--plan', wrong]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/default\.rb:3:\d+: warning DEC0301: plan\.yaml answers search\(:node, "role:cache"\) with a scalar; a search returns a list/);
  });
});
