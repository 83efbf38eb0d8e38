/**
 * Reviewed goldens of `decant convert`: every file it writes for a fixture
 * (Dockerfiles, build contexts, manifests, report.json/md, plan.yaml) is
 * compared byte for byte with fixtures/<case>/expected/convert/. The file set
 * must match too, so a file decant stops writing (or starts writing) shows.
 * `vitest -u` rewrites them after a person reviewed the change; CI never does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../../src/emit/output-file.js';
import { initParsers } from '../../src/ruby/parser.js';
import { convertCase, FIXTURES } from './convert-case.js';

/** The CLI's record of what it wrote (so a rerun may replace it); not part of the conversion. */
const MARKER = '.decant-output';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e !== MARKER) out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

const cases = readdirSync(FIXTURES)
  .filter((c) => !c.startsWith('_') && existsSync(join(FIXTURES, c, 'case.json')))
  .sort();

for (const name of cases) {
  const expectedDir = join(FIXTURES, name, 'expected', 'convert');
  const reviewed = existsSync(expectedDir);
  describe(`convert golden: ${name}`, () => {
    if (!reviewed) console.log(`convert golden: ${name}: no ${expectedDir} yet (not reviewed): skipped`);
    let files: OutputFile[] = [];
    beforeAll(async () => {
      await initParsers();
      if (reviewed) files = await convertCase(name);
    }, 120_000);

    it.skipIf(!reviewed)('writes exactly the reviewed set of files', () => {
      expect(files.map((f) => f.path).sort()).toEqual(listFiles(expectedDir));
    });

    it.skipIf(!reviewed)('every file matches its golden byte for byte', async () => {
      for (const f of files) {
        const golden = join(expectedDir, f.path);
        if ('text' in f) await expect(f.text).toMatchFileSnapshot(golden);
        else expect(readFileSync(f.copyFrom).equals(readFileSync(golden)), f.path).toBe(true);
      }
    });
  });
}
