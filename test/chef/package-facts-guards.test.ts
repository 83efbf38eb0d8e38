/**
 * Guards read the files packages installed earlier in the run ship (issue 13):
 * with package facts as on the real host, offline by the fresh-image rule and
 * said (DEC0314). Facts recorded from Debian 12's archive.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { evaluateCookbook } from './evaluate-recipe.js';

let facts: PackageFactsView;
beforeAll(async () => {
  facts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

// The pattern of web server cookbooks: enable a module unless its load file is there already.
const RECIPE = `
package 'apache2'
%w(rewrite headers).each do |mod|
  package "libapache2-mod-#{mod}" do
    not_if { ::File.exist?("/etc/apache2/mods-available/#{mod}.load") }
  end
end
execute 'a2enmod ssl' do
  creates '/etc/apache2/mods-available/ssl.load'
end
`;

describe('guards over package facts', () => {
  it('a module whose load file apache2 ships is not installed, and the guard says which package ships it', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': RECIPE }, undefined, facts);
    const mods = c.resources.filter((r) => String(r.name).startsWith('libapache2-mod-'));
    expect(mods).toHaveLength(2);
    for (const m of mods) {
      expect(m.guards[0]).toMatchObject({ outcome: 'skip', decidedBy: 'facts', reason: expect.stringMatching(/mods-available\/\w+\.load is shipped by apache2/) });
    }
    const exec = c.resources.find((r) => r.type === 'execute')!;
    expect(exec.guards[0]).toMatchObject({ kind: 'creates', outcome: 'skip', decidedBy: 'facts' });
    expect(c.diagnostics.filter((d) => d.code === 'DEC0314')).toEqual([]);
  });

  it('a path no installed package ships stays absent, decided by facts', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': "package 'apache2'\nfile '/x' do\n  not_if { ::File.exist?('/etc/nothing/here') }\nend\n" }, undefined, facts);
    expect(c.resources.find((r) => r.type === 'file')!.guards[0]).toMatchObject({ outcome: 'run', decidedBy: 'facts' });
  });

  it('offline, the fresh-image rule decides and each such guard is an info diagnostic at its line', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': RECIPE });
    const mods = c.resources.filter((r) => String(r.name).startsWith('libapache2-mod-'));
    for (const m of mods) expect(m.guards[0]).toMatchObject({ outcome: 'run', decidedBy: 'fresh-image' });
    const infos = c.diagnostics.filter((d) => d.code === 'DEC0314');
    expect(infos).toHaveLength(3);
    expect(infos[0]).toMatchObject({ severity: 'info', location: { line: 5 } });
    expect(infos[0]!.message).toMatch(/\/etc\/apache2\/mods-available\/rewrite\.load assumed absent although apache2 was installed before it/);
  });

  it('a probe before any package converged is the fresh image either way, and not reported', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': "file '/x' do\n  not_if { ::File.exist?('/etc/apache2/apache2.conf') }\nend\npackage 'apache2'\n" });
    expect(c.resources[0]!.guards[0]).toMatchObject({ outcome: 'run' });
    expect(c.resources[0]!.guards[0]!.decidedBy).toBeUndefined();
    expect(c.diagnostics.filter((d) => d.code === 'DEC0314')).toEqual([]);
  });

  it('a file a resource deleted is gone even though its package ships it', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': "package 'apache2'\nfile '/etc/apache2/mods-available/rewrite.load' do\n  action :delete\nend\nfile '/y' do\n  only_if { ::File.exist?('/etc/apache2/mods-available/rewrite.load') }\nend\n" }, undefined, facts);
    expect(c.resources.find((r) => r.name === '/y')!.guards[0]).toMatchObject({ outcome: 'skip' });
  });
});

describe('a file resource with no content (Chef creates it empty when missing, leaves an existing one alone)', () => {
  const recipe = "package 'apache2'\nfile '/var/lib/web/app.leases' do\n  action :create_if_missing\nend\nfile '/etc/apache2/mods-available/rewrite.load'\nfile '/var/lib/web/touched'\n";

  it('with package facts, a path no package ships and no resource made is an empty file; a shipped one stays unknown', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': recipe }, undefined, facts);
    const content = (name: string) => c.resources.find((r) => r.name === name)!.content;
    expect(content('/var/lib/web/app.leases')).toEqual({ kind: 'inline', text: '' });
    expect(content('/var/lib/web/touched')).toEqual({ kind: 'inline', text: '' });
    expect(content('/etc/apache2/mods-available/rewrite.load')).toBeUndefined();
  });

  it('offline, whether a package ships the path is not known: the content stays unknown', async () => {
    const c = await evaluateCookbook('web', { 'recipes/default.rb': recipe });
    expect(c.resources.find((r) => r.name === '/var/lib/web/app.leases')!.content).toBeUndefined();
  });
});
