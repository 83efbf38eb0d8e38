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

// postgresql's pattern: the package notifies an ohai reload of the packages plugin, and a later action reads the installed version.
const RELOAD_RESOURCE = `
unified_mode true
property :server, String, name_property: true
action :install do
  package 'server' do
    package_name new_resource.server
    notifies :reload, 'ohai[server_packages]', :immediately
  end
  ohai 'server_packages' do
    plugin 'packages'
    action :nothing
  end
end
action :configure do
  installed = node['packages'].filter { |p| p.match?(/^bind9$/) }.values.first
  file '/etc/installed-version' do
    content installed.fetch('version')
  end
end
`;

async function runReload(recipe: string, packageFacts?: PackageFactsView) {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-ohai-reload-')), 'probe');
  for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'probe'\nversion '1.0.0'\n", 'resources/install.rb': RELOAD_RESOURCE, 'recipes/default.rb': recipe })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  const converge = await evaluate(ws, { runList: ['recipe[probe]'], platform: 'debian-12', ...(packageFacts ? { packageFacts } : {}) });
  return (name: string) => converge.resources.find((r) => r.name === name)?.properties['content'];
}

describe("node['packages'] after an ohai reload of the packages plugin", () => {
  it('lists what the run installed before the reload, with the versions apt installs and their dependencies', async () => {
    const view = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
    const content = await runReload("probe_install 'bind9' do\n  action [:install, :configure]\nend\n", view);
    expect(content('/etc/installed-version')).toBe(view.packageVersion('bind9'));
  });

  it('a reload nothing notifies (action :nothing) changes nothing', async () => {
    const view = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
    const silent = RELOAD_RESOURCE.replace("    notifies :reload, 'ohai[server_packages]', :immediately\n", '');
    const cb = join(mkdtempSync(join(tmpdir(), 'decant-ohai-reload-')), 'probe');
    for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'probe'\nversion '1.0.0'\n", 'resources/install.rb': silent, 'recipes/default.rb': "probe_install 'bind9' do\n  action [:install, :configure]\nend\n" })) {
      mkdirSync(dirname(join(cb, rel)), { recursive: true });
      writeFileSync(join(cb, rel), text);
    }
    const ws = await loadWorkspace([cb], { cookbookPaths: [] });
    const converge = await evaluate(ws, { runList: ['recipe[probe]'], platform: 'debian-12', packageFacts: view });
    expect(converge.resources.find((r) => r.name === '/etc/installed-version')?.properties['content']).toMatchObject({ reason: expect.stringMatching(/fetch.*for nil/) });
  });

  it('offline the versions are package facts: unknown, naming the reload and what it installed', async () => {
    const content = await runReload("probe_install 'bind9' do\n  action [:install, :configure]\nend\n");
    expect(content('/etc/installed-version')).toMatchObject({
      reason: expect.stringMatching(/node\['packages'\] as ohai\[server_packages\] reloads it lists the versions of bind9: package facts, which this run has not \(decant convert without --offline resolves them\)/),
    });
  });
});
