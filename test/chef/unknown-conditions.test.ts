/**
 * Resources declared under a condition decant cannot decide: every branch's
 * resources are in the collection, each with an 'unknown' only_if guard naming
 * what the condition depends on and where.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge } from '../../src/model/converge.js';
import { Unknown } from '../../src/model/data.js';

// The running kernel read from /proc: the host's, which no image answers (uname -r is Ohai's kernel.release, answered).
const RECIPE = `kernel = shell_out('cat /proc/sys/kernel/osrelease').stdout.strip
if kernel.start_with?('6.')
  package 'new-tools'
else
  package 'old-tools'
end
case kernel
when /^5/ then service 'five'
when /^6/ then service 'six'
else service 'other'
end
flavour = kernel.empty? ? 'none' : 'some'
file '/etc/flavour' do
  content flavour
end
package 'always'
node.default['condcb']['same'] = 'x'
node.default['condcb']['same'] = 'x' if kernel.empty?
if kernel.empty?
  node.default['condcb']['flavour'] = 'a'
else
  node.default['condcb']['flavour'] = 'b'
end
`;

let converge: Converge;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'decant-unknown-cond-'));
  const cb = join(dir, 'condcb');
  mkdirSync(join(cb, 'recipes'), { recursive: true });
  writeFileSync(join(cb, 'metadata.rb'), "name 'condcb'\nversion '1.0.0'\n");
  writeFileSync(join(cb, 'recipes', 'default.rb'), RECIPE);
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  converge = await evaluate(ws, { runList: ['recipe[condcb]'], platform: 'debian-12' });
});

const ids = () => converge.resources.map((r) => `${r.type}[${String(r.name)}]`);

describe('resources under unknown conditions', () => {
  it('an attribute written under an unknown condition is Unknown afterwards, unless the write changes nothing', () => {
    const attrs = (converge.attributes as Record<string, Record<string, unknown>>).condcb!;
    expect(attrs.same).toBe('x');
    expect(attrs.flavour).toBeInstanceOf(Unknown);
  });

  it('keeps the resources of every branch of if/else and case/when, in source order', () => {
    expect(ids()).toEqual(['package[new-tools]', 'package[old-tools]', 'service[five]', 'service[six]', 'service[other]', 'file[/etc/flavour]', 'package[always]']);
  });

  it('guards each branch resource with an unknown only_if naming the unknown and its file:line', () => {
    const old = converge.resources.find((r) => r.name === 'old-tools')!;
    expect(old.guards).toHaveLength(1);
    expect(old.guards[0]).toMatchObject({ kind: 'only_if', form: 'block', outcome: 'unknown' });
    expect(old.guards[0]!.reason).toMatch(/^depends on .*shell_out.* \(recipes\/default\.rb:1\)$/);
    expect(converge.resources.find((r) => r.name === 'always')!.guards).toEqual([]);
  });

  it('a local set differently by the branches is Unknown afterwards, and the resource using it says so', () => {
    const f = converge.resources.find((r) => r.name === '/etc/flavour')!;
    expect(f.guards).toEqual([]);
    expect(f.unknown).toContain('properties.content');
  });
});
