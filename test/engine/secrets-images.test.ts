/** The values planted in test/hardening/inputs/secrets-repo reach no log of decant build and no byte of the images it builds. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decant, ensureBuilt, filesUnder } from '../hardening/cli-run.js';
import { input, leaks, PLAIN } from '../hardening/planted-secrets.js';

function dockerAnswers(): boolean {
  return spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 20_000 }).status === 0;
}

const work = mkdtempSync(join(tmpdir(), 'decant-secrets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every byte of a saved image: the outer files (manifest, config with history) and each layer's listing and file contents. */
function imageBytes(image: string): { where: string; bytes: Buffer }[] {
  const dir = mkdtempSync(join(work, 'save-'));
  const tar = join(dir, 'image.tar');
  const save = spawnSync('docker', ['save', '-o', tar, image], { encoding: 'utf8', timeout: 300_000 });
  if (save.status !== 0) throw new Error(`docker save ${image}: ${save.stderr}`);
  const x = spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' });
  if (x.status !== 0) throw new Error(`tar: ${x.stderr}`);
  rmSync(tar);
  const parts: { where: string; bytes: Buffer }[] = [];
  for (const [path, bytes] of filesUnder(dir)) {
    if (path.endsWith('.tar')) {
      const listing = spawnSync('tar', ['-tvf', join(dir, path)], { maxBuffer: 256 * 1024 * 1024 });
      const contents = spawnSync('tar', ['-xOf', join(dir, path)], { maxBuffer: 1024 * 1024 * 1024 });
      if (listing.status !== 0 || contents.status !== 0) throw new Error(`cannot read layer ${path}`);
      parts.push({ where: `${image} layer ${path} (names)`, bytes: listing.stdout }, { where: `${image} layer ${path} (contents)`, bytes: contents.stdout });
    } else parts.push({ where: `${image} ${path}`, bytes });
  }
  const history = spawnSync('docker', ['history', '--no-trunc', image], { encoding: 'utf8' });
  parts.push({ where: `${image} history`, bytes: Buffer.from(history.stdout) });
  return parts;
}

// No skip when the engine is missing: the test command sets it up, so a missing engine is a failure.
describe('secrets: built images (real engine)', () => {
  it('decant build logs no value, and no layer, config or history of any image holds one', () => {
    expect(dockerAnswers(), 'a Docker engine answers (scripts/engine-setup.sh)').toBe(true);
    ensureBuilt();
    const out = join(work, 'build-out');
    expect(decant(['convert', input, '-o', out]).code).toBe(0);
    const built = decant(['build', out, '--json'], { timeout: 900_000 });
    expect(built.code, built.stderr).toBe(0);
    expect([...leaks('build stdout', built.stdout), ...leaks('build stderr', built.stderr)]).toEqual([]);
    const result = JSON.parse(built.stdout) as { units: { image: string; ok: boolean }[] };
    expect(result.units.length).toBeGreaterThan(0);
    for (const u of result.units) {
      expect(u.ok, u.image).toBe(true);
      const parts = imageBytes(u.image);
      expect(parts.filter((p) => p.where.includes('layer')).length, u.image).toBeGreaterThan(1);
      expect(parts.flatMap((p) => leaks(p.where, p.bytes))).toEqual([]);
      // The config file that is not secret is in a layer: the search reads file contents.
      expect(parts.some((p) => p.where.endsWith('(contents)') && p.bytes.includes(PLAIN)), u.image).toBe(true);
    }
  }, 900_000);
});
