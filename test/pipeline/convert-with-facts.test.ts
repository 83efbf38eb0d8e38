/**
 * A conversion with package facts end to end, on facts recorded from Debian
 * 12's archive (issue 13): guards decided by what packages ship, commands
 * from package units, the lock, the archive's refusals at their lines, and
 * what the report counts.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { convertApps } from '../../src/pipeline/convert-apps.js';
import type { AddedRepository } from '../../src/model/package-facts.js';
import { recordedFactsSource, type PackageFactsSource } from '../../src/pipeline/package-facts-source.js';

const RECORDED = join(import.meta.dirname, '../facts/recorded/debian-12');

async function convert(recipe: string, facts = recordedFactsSource(join(RECORDED, 'services.json'))) {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-facts-pipeline-')), 'dns');
  for (const [rel, text] of Object.entries({ 'metadata.rb': "name 'dns'\nversion '1.2.0'\n", 'recipes/default.rb': recipe })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  const r = await convertApps(ws, [{ name: 'dns', runList: ['recipe[dns]'] }], { platform: 'debian-12', includeSecrets: false, strict: false, facts });
  if ('error' in r) throw new Error(r.error.message);
  const report = JSON.parse((r.files.find((f) => f.path === 'report.json') as { text: string }).text);
  const dockerfile = (r.files.find((f) => f.path.endsWith('/Dockerfile')) as { text: string } | undefined)?.text ?? '';
  return { app: r.apps[0]!, report: report.apps[0], dockerfile };
}

describe('convert with package facts', () => {
  it('bind9: the command from named.service, the unit locked with versions, and the Dockerfile pinning them', async () => {
    const { app, report, dockerfile } = await convert("package 'bind9'\nservice 'bind9' do\n  action [:enable, :start]\nend\n");
    const unit = report.units[0];
    expect(unit.command).toEqual(['/usr/sbin/named', '-g', '-u', 'bind']);
    expect(unit.commandSource).toBe('package');
    const bind9 = unit.packages.find((p: { name: string }) => p.name === 'bind9');
    expect(bind9.version).toMatch(/^1:9\.18\./);
    expect(bind9.source).toMatch(/bookworm/);
    expect(dockerfile).toContain(`bind9=${bind9.version}`);
    expect(report.packageFacts).toEqual({ source: 'archive', guardsFromFacts: 0, guardsAssumed: 0, commandsFromPackages: 1 });
    expect(app.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a package the archive lacks is an error at its line, with the nearest names', async () => {
    const facts = recordedFactsSource(join(RECORDED, 'refusals.json'));
    const { app } = await convert("package 'nginx'\npackage 'nginxx'\n", facts);
    const refused = app.diagnostics.filter((d) => d.code === 'DEC0508');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: 'error', location: { line: 2 } });
    expect(refused[0]!.message).toMatch(/package nginxx is not in debian-12's archive; near names: nginx/);
  });

  it('a pinned version the archive lacks is an error at its line, with the versions there are', async () => {
    const facts = recordedFactsSource(join(RECORDED, 'refusals.json'));
    const { app } = await convert("package 'memcached' do\n  version '9.9'\nend\n", facts);
    const refused = app.diagnostics.find((d) => d.code === 'DEC0509');
    expect(refused).toMatchObject({ severity: 'error', location: { line: 1 } });
    expect(refused!.message).toMatch(/package memcached has no version 9\.9 in debian-12's archive; it has /);
  });

  it('facts that cannot be had are said once (DEC0507), and the fresh-image rules decide', async () => {
    const { app, report } = await convert("package 'bind9'\nservice 'bind9' do\n  action :start\nend\n", { resolve: async () => ({ ok: false, reason: 'no Docker engine answers (test)' }) });
    expect(app.diagnostics.filter((d) => d.code === 'DEC0507').map((d) => d.message)).toEqual(['package facts could not be had: no Docker engine answers (test); guards and commands were decided without them']);
    expect(report.units[0].commandSource).toBe('unknown');
    expect(report.units[0].packages).toBeUndefined();
  });

  describe("the cookbook's repositories", () => {
    const RECIPE = "apt_repository 'vendor' do\n  uri 'https://apt.vendor.example/debian'\n  components ['main']\nend\npackage 'vendor-daemon'\n";
    /** Recorded facts, as the probe answers when apt could (or could not) read the vendor repository. */
    function vendorSource(unreachable: boolean, asked: (readonly AddedRepository[])[]): PackageFactsSource {
      const recorded = recordedFactsSource(join(RECORDED, 'refusals.json'));
      return {
        async resolve(platform, requests, repositories = []) {
          asked.push(repositories);
          const answer = await recorded.resolve(platform, requests);
          if (!answer.ok) return answer;
          const resolution = { ...answer.view.resolution, ...(unreachable ? { unreachable: [{ uri: 'https://apt.vendor.example/debian', reason: "Err:4 https://apt.vendor.example/debian bookworm InRelease (Could not resolve 'apt.vendor.example')" }] } : {}) };
          return { ok: true, view: { ...answer.view, resolution, missing: (n: string) => (n === 'vendor-daemon' ? { name: n, nearNames: [] } : answer.view.missing(n)) } };
        },
      };
    }

    it('are handed to the facts source as the image adds them (distribution defaulted to the codename)', async () => {
      const asked: (readonly AddedRepository[])[] = [];
      await convert(RECIPE, vendorSource(true, asked));
      expect(asked[0]).toEqual([{ name: 'vendor', uri: 'https://apt.vendor.example/debian', distribution: 'bookworm', components: ['main'] }]);
    });

    it('one apt could not read makes its package unknown (DEC0534), naming the repository and the line that added it', async () => {
      const { app } = await convert(RECIPE, vendorSource(true, []));
      expect(app.diagnostics.filter((d) => d.code === 'DEC0508')).toEqual([]);
      const unknown = app.diagnostics.filter((d) => d.code === 'DEC0534');
      expect(unknown).toHaveLength(1);
      expect(unknown[0]).toMatchObject({ severity: 'error', location: { line: 5 } });
      expect(unknown[0]!.message).toBe("repository https://apt.vendor.example/debian (added at recipes/default.rb:1) could not be reached from this machine; package vendor-daemon's facts are unknown");
      expect(unknown[0]!.hint).toMatch(/Could not resolve 'apt\.vendor\.example'/);
    });

    it('one apt read that lacks the package too leaves it missing (DEC0508), saying neither has it', async () => {
      const { app } = await convert(RECIPE, vendorSource(false, []));
      const refused = app.diagnostics.filter((d) => d.code === 'DEC0508');
      expect(refused).toHaveLength(1);
      expect(refused[0]!.hint).toBe("neither debian-12's archive nor the repositories the cookbook adds (https://apt.vendor.example/debian) have it");
    });
  });
});
