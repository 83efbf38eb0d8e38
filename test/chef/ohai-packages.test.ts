/**
 * node['packages'] (Ohai's packages plugin) with package facts: Ohai runs
 * before the compile phase, so it lists the base image's packages as the probe
 * read them with dpkg-query, not what the run is about to install; without
 * facts it is empty. On facts recorded from Debian 12.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { PackageFactsView } from '../../src/model/package-facts.js';

const RECIPE = `package 'bind9'
file '/etc/apt-version' do
  content node['packages']['apt']['version']
end
file '/etc/bind9-listed' do
  content node['packages'].key?('bind9').to_s
end
`;

async function run(packageFacts?: PackageFactsView) {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-ohai-packages-')), 'probe');
  for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'probe'\nversion '1.0.0'\n", 'recipes/default.rb': RECIPE })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  const converge = await evaluate(ws, { runList: ['recipe[probe]'], platform: 'debian-12', ...(packageFacts ? { packageFacts } : {}) });
  return (name: string) => converge.resources.find((r) => r.name === name)?.properties['content'];
}

describe("node['packages']", () => {
  it("lists the base image's packages with their versions, not the run's own", async () => {
    const view = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
    const content = await run(view);
    expect(content('/etc/apt-version')).toBe(view.resolution.basePackages.find((p) => p.name === 'apt')!.version);
    expect(content('/etc/bind9-listed')).toBe('false');
  });

  it('is empty without facts, as on an empty machine', async () => {
    const content = await run();
    expect(content('/etc/bind9-listed')).toBe('false');
    // Reading a package nobody listed is nil[...]: unknown, with the line, as Chef would fail there.
    expect(content('/etc/apt-version')).toMatchObject({ reason: expect.stringMatching(/for nil/), at: { line: 3 } });
  });
});
