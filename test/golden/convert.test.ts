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
import { discoverCases, expectReviewed } from '../support/fixtures.js';
import { convertCase } from './convert-case.js';

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
  // By whole path, as the conversion sorts them: a walk puts `compose/x` before `compose.yaml`.
  return out.sort();
}

for (const { name, dir } of discoverCases().filter((c) => !c.isError)) {
  const expectedDir = join(dir, 'expected', 'convert');
  describe(`convert golden: ${name}`, () => {
    let files: OutputFile[] = [];
    beforeAll(async () => {
      await initParsers();
      files = await convertCase(name);
    }, 120_000);

    it('writes exactly the reviewed set of files', () => {
      expectReviewed(expectedDir);
      expect(files.map((f) => f.path).sort()).toEqual(existsSync(expectedDir) ? listFiles(expectedDir) : files.map((f) => f.path).sort());
    });

    it('every file matches its golden byte for byte', async () => {
      expectReviewed(expectedDir);
      for (const f of files) {
        const golden = join(expectedDir, f.path);
        if ('text' in f) await expect(f.text).toMatchFileSnapshot(golden);
        else expect(readFileSync(f.copyFrom).equals(readFileSync(golden)), f.path).toBe(true);
      }
    });
  });
}
