/**
 * Every fixture's compose.yaml is a file Compose itself reads: each case is
 * converted as its golden is (kustomize and compose), written to a temporary
 * OUT, and Debian's docker-compose 1.29 (`config`, with the cron profile so
 * scheduled units are read too) accepts each app's file without a warning,
 * with a service for every unit. An app with no unit writes no compose.yaml
 * (1.29 reads an empty `services:` as the old v1 format and refuses it).
 * Skipped, saying why, only where docker-compose is absent
 * (scripts/test-tools-setup.sh installs it).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/model/plan.js';
import { initParsers } from '../../src/ruby/parser.js';
import { discoverCases } from '../support/fixtures.js';
import { convertCaseResult } from '../golden/convert-case.js';

const hasCompose = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' }).status === 0;
if (!hasCompose) console.warn('compose-fixtures-config: docker-compose is absent, so no compose.yaml is read by Compose here; run scripts/test-tools-setup.sh');

const root = mkdtempSync(join(tmpdir(), 'decant-compose-fixtures-'));
const converted = new Map<string, App[]>();

beforeAll(async () => {
  await initParsers();
  for (const c of discoverCases().filter((k) => !k.isError)) {
    const r = await convertCaseResult(c.name);
    if (!r) continue;
    for (const f of r.files) {
      const to = join(root, c.name, f.path);
      mkdirSync(dirname(to), { recursive: true });
      if ('text' in f) writeFileSync(to, f.text);
      else copyFileSync(f.copyFrom, to);
    }
    converted.set(c.name, r.apps);
  }
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!hasCompose)('docker-compose config reads every fixture\'s compose.yaml', () => {
  it('converts every fixture, and at least one writes a Compose file', () => {
    expect(converted.size).toBe(discoverCases().filter((k) => !k.isError).length);
    expect([...converted.values()].flat().some((a) => a.units.length > 0)).toBe(true);
  });

  for (const c of discoverCases().filter((k) => !k.isError)) {
    it(c.name, () => {
      const apps = converted.get(c.name);
      expect(apps, `${c.name} did not convert`).toBeDefined();
      for (const app of apps!) {
        const outputs = (app.outputs ?? []).filter((o) => o.format === 'compose');
        if (app.units.length === 0) {
          expect(outputs, `${app.name} has no unit: no compose.yaml`).toEqual([]);
          continue;
        }
        expect(outputs).toEqual([{ format: 'compose', path: `${app.name}/compose.yaml` }]);
        const r = spawnSync('docker-compose', ['-f', 'compose.yaml', '--profile', 'cron', 'config'], { cwd: join(root, c.name, app.name), encoding: 'utf8' });
        expect(r.stderr, `${c.name}/${app.name}`).toBe('');
        expect(r.status).toBe(0);
        const seen = parse(r.stdout) as { services: Record<string, unknown> };
        expect(Object.keys(seen.services)).toEqual(expect.arrayContaining(app.units.map((u) => u.name)));
      }
    });
  }
});
