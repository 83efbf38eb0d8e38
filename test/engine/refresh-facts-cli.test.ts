/**
 * `convert --refresh-facts` through the CLI on Debian 12's real archive: a
 * second convert answers from the cache (a doctored resolution shows through
 * to report.json), one with --refresh-facts ignores it and rewrites it.
 * Skipped only when `docker info` fails.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repo } from '../hardening/cli-run.js';

function engineMissing(): string | undefined {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return undefined;
  } catch (e) {
    return `docker info fails (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
}
const missingEngine = engineMissing();

describe.skipIf(missingEngine !== undefined)(`convert --refresh-facts${missingEngine ? ` — skipped: ${missingEngine}` : ''}`, () => {
  let root: string;
  let cookbook: string;
  let cache: string;
  // Asynchronous: a probe takes a minute, and a synchronous spawn would stall vitest's worker that long.
  const convert = async (...extra: string[]) => {
    const out = path.join(root, `out-${extra.length}`);
    const args = [path.join(repo, 'bin', 'decant.js'), 'convert', cookbook, '-o', out, '--force', '--facts-cache', cache, ...extra];
    // Exit 1 is fine here (review items); only the report is read.
    await promisify(execFile)(process.execPath, args, { cwd: repo, timeout: 600_000, maxBuffer: 64 << 20 }).catch((e: { code?: number; stderr?: string }) => {
      if (e.code !== 1) throw new Error(`decant convert failed: ${e.stderr ?? String(e)}`);
      return e;
    });
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const unit = report.apps[0].units[0];
    return { memcached: unit.packages.find((p: { name: string }) => p.name === 'memcached') as { version: string; source: string } };
  };
  const resolutionFiles = () => {
    const found: string[] = [];
    const walk = (d: string) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : path.basename(d) === 'resolutions' && found.push(path.join(d, e.name))));
    walk(cache);
    return found;
  };

  beforeAll(() => {
    ensureBuilt();
    root = mkdtempSync(path.join(os.tmpdir(), 'decant-refresh-facts-'));
    cache = path.join(root, 'cache');
    cookbook = path.join(root, 'memo');
    mkdirSync(path.join(cookbook, 'recipes'), { recursive: true });
    writeFileSync(path.join(cookbook, 'metadata.rb'), "name 'memo'\nversion '1.0.0'\n");
    writeFileSync(path.join(cookbook, 'recipes/default.rb'), "package 'memcached'\nservice 'memcached' do\n  action [:enable, :start]\nend\n");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the cache answers until --refresh-facts, which resolves again and rewrites it', async () => {
    const first = await convert();
    expect(first.memcached.source).toMatch(/deb\.debian\.org/);
    const [file] = resolutionFiles();
    const doctored = JSON.parse(readFileSync(file!, 'utf8'));
    doctored.packages = doctored.packages.map((p: { name: string }) => (p.name === 'memcached' ? { ...p, source: 'doctored by the test' } : p));
    writeFileSync(file!, JSON.stringify(doctored));
    expect((await convert('--offline=false')).memcached.source).toBe('doctored by the test');
    const refreshed = await convert('--refresh-facts');
    expect(refreshed.memcached).toEqual(first.memcached);
    expect(JSON.parse(readFileSync(file!, 'utf8')).packages.find((p: { name: string }) => p.name === 'memcached').source).toBe(first.memcached.source);
  }, 900_000);
});
