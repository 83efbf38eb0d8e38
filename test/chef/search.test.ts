import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge } from '../../src/model/converge.js';
import { isUnknown } from '../../src/model/data.js';
import { matches, parseQuery } from '../../src/chef/dsl/search-query.js';

const repo = join(__dirname, 'search-repo');

async function converge(root: string): Promise<Converge> {
  const ws = await loadWorkspace([root], { cookbookPaths: [] });
  return evaluate(ws, { runList: ['recipe[app]'], platform: 'debian-12' });
}

const contentOf = (c: Converge, path: string) => {
  const r = c.resources.find((x) => x.type === 'file' && x.name === path);
  return r?.properties['content'];
};

describe('search answered from the chef-repo', () => {
  it('answers node, role, environment and data bag searches as chef-zero would, each with an info DEC0315', async () => {
    const c = await converge(repo);
    expect(contentOf(c, '/etc/app/db-hosts')).toBe('db1=10.0.0.11');
    expect(contentOf(c, '/etc/app/web-hosts')).toBe('lb-1.example.test,web1.example.test');
    expect(contentOf(c, '/etc/app/not-db')).toBe('lb-1,web1');
    expect(contentOf(c, '/etc/app/filtered')).toBe('10.0.0.11');
    expect(contentOf(c, '/etc/app/roles')).toBe('web');
    expect(contentOf(c, '/etc/app/envs')).toBe('production');
    expect(contentOf(c, '/etc/app/admins')).toBe('alice');
    expect(c.resources.filter((r) => r.name.startsWith('/etc/app/seen-')).map((r) => r.name)).toEqual([
      '/etc/app/seen-db1', '/etc/app/seen-db2', '/etc/app/seen-lb-1', '/etc/app/seen-web1',
    ]);
    const infos = c.diagnostics.filter((d) => d.code === 'DEC0315');
    expect(infos).toHaveLength(8);
    expect(infos.every((d) => d.severity === 'info')).toBe(true);
    expect(infos[0]!.message).toContain("search(:node, \"role:db AND chef_environment:production\") answered from the repo's nodes/");
  });

  it('without a nodes/ folder the result is Unknown and says to answer it in plan.yaml', async () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-search-'));
    mkdirSync(join(root, 'cookbooks/app/recipes'), { recursive: true });
    writeFileSync(join(root, 'cookbooks/app/metadata.rb'), "name 'app'\nversion '1.0.0'\n");
    writeFileSync(join(root, 'cookbooks/app/recipes/default.rb'), "dbs = search(:node, 'role:db')\nfile '/etc/app/db' do\n  content dbs.first['ipaddress']\nend\n");
    mkdirSync(join(root, 'roles'));
    const c = await converge(root);
    const msgs = c.diagnostics.map((d) => d.message);
    expect(msgs).toContain('search(:node, "role:db") has no nodes/ folder to answer from: answer it in plan.yaml');
    expect(isUnknown(contentOf(c, '/etc/app/db'))).toBe(true);
  });
});

describe('search query syntax', () => {
  const doc = new Map([
    ['name', ['web1']],
    ['role', ['web', 'base']],
    ['ipaddress', ['10.0.0.1']],
  ]);
  const q = (s: string) => {
    const p = parseQuery(s);
    if (typeof p === 'string') throw new Error(p);
    return matches(p, doc);
  };
  it('terms, wildcards, AND/OR/NOT, parentheses, *:*', () => {
    expect(q('*:*')).toBe(true);
    expect(q('name:web1')).toBe(true);
    expect(q('name:web?')).toBe(true);
    expect(q('name:db*')).toBe(false);
    expect(q('role:base AND name:web*')).toBe(true);
    expect(q('role:db OR (role:web && NOT name:x)')).toBe(true);
    expect(q('-role:web')).toBe(false);
    expect(q('ipaddress:10.0.0.1')).toBe(true);
    expect(q('name:"web1"')).toBe(true);
    expect(q('missing:*')).toBe(false);
  });
  it('says what it does not read', () => {
    expect(parseQuery('port:[1 TO 5]')).toMatch(/ranges/);
    expect(parseQuery('(role:web')).toMatch(/parenthesis/);
  });
});
