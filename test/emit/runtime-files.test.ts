/**
 * The start-time script (src/emit/runtime-files.ts) run by this machine's
 * /bin/sh and awk, as the image's would: values with characters a regex
 * replacement or sed would mangle arrive as they are, a reference to a
 * variable not set stays, a file without a final newline keeps none, and
 * each file is copied under its key into DECANT_RUNTIME_DIR with its mode.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileSpec, Unit } from '../../src/model/plan.js';
import { runtimeWork } from '../../src/emit/runtime-files.js';

const dir = mkdtempSync(join(tmpdir(), 'decant-runtime-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const origin = { resource: 'template[x]', source: { file: 'recipes/default.rb', line: 1, column: 1 } };
const file = (path: string, substituted: string[]): FileSpec => ({ ...origin, path, content: { kind: 'inline', text: '' }, config: true, tunable: false, substituted });

describe('the start-time script', () => {
  it('substitutes values verbatim and hands each file over under its key', () => {
    const conf = join(dir, 'app.conf');
    const noEol = join(dir, 'no-eol.conf');
    writeFileSync(conf, 'user=${DECANT_SECRET_USER} pass=${DECANT_SECRET_PASS}\nkeep=${DECANT_SECRET_UNSET} ${HOME}\n', { mode: 0o640 });
    writeFileSync(noEol, 'token=${DECANT_SECRET_PASS}');
    const unit = { files: [file(conf, ['DECANT_SECRET_PASS', 'DECANT_SECRET_USER']), file(noEol, ['DECANT_SECRET_PASS'])] } as unknown as Unit;
    const work = runtimeWork(unit)!;
    expect(work.secretEnv).toEqual(['DECANT_SECRET_PASS', 'DECANT_SECRET_USER']);
    expect(work.files).toEqual([
      { path: conf, key: '01-app.conf' },
      { path: noEol, key: '02-no-eol.conf' },
    ]);
    const handed = join(dir, 'runtime');
    spawnSync('mkdir', [handed]);
    const value = 'p&a\\ss/$1 "q" \'s\'';
    const r = spawnSync('/bin/sh', ['-c', work.script], { env: { PATH: process.env['PATH'], DECANT_SECRET_PASS: value, DECANT_SECRET_USER: 'app', DECANT_RUNTIME_DIR: handed }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(conf, 'utf8')).toBe(`user=app pass=${value}\nkeep=\${DECANT_SECRET_UNSET} \${HOME}\n`);
    expect(readFileSync(noEol, 'utf8')).toBe(`token=${value}`);
    expect(readFileSync(join(handed, '01-app.conf'), 'utf8')).toBe(readFileSync(conf, 'utf8'));
    expect(statSync(join(handed, '01-app.conf')).mode & 0o777).toBe(0o640);
  });

  it('is nothing for a unit without start-time work', () => {
    expect(runtimeWork({ files: [], runtimeSteps: [] } as unknown as Unit)).toBeUndefined();
  });
});
