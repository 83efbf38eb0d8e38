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
import type { FileSpec, RuntimeStep, Unit } from '../../src/model/plan.js';
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

  it('runs a step holding a secret with the value filled in where the cookbook wrote it, leaves no filled copy, and stops on its failure', () => {
    const creds = join(dir, 'creds');
    const step: RuntimeStep = {
      ...origin,
      resource: 'execute[write creds]',
      command: `if ! grep -qx 'admin:\${DECANT_SECRET_PASS}' ${creds}; then printf 'admin:%s\\n' '\${DECANT_SECRET_PASS}' > ${creds}; fi`,
      writes: [creds],
      what: 'a step holding a secret value',
      secretEnv: ['DECANT_SECRET_PASS'],
    };
    const work = runtimeWork({ files: [], runtimeSteps: [step] } as unknown as Unit)!;
    expect(work.secretEnv).toEqual(['DECANT_SECRET_PASS']);
    expect(work.script).not.toContain('pw$1');
    const tmp = mkdtempSync(join(dir, 'tmp-'));
    const env = { PATH: process.env['PATH'], TMPDIR: tmp, DECANT_SECRET_PASS: 'pw$1 x' };
    const r = spawnSync('/bin/sh', ['-c', work.script], { env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // Inside single quotes where the cookbook put it: sh does not expand `$1` in the value.
    expect(readFileSync(creds, 'utf8')).toBe('admin:pw$1 x\n');
    expect(spawnSync('ls', ['-A', tmp], { encoding: 'utf8' }).stdout).toBe('');
    const failing = runtimeWork({ files: [], runtimeSteps: [{ ...step, command: 'exit 3' }] } as unknown as Unit)!;
    const f = spawnSync('/bin/sh', ['-c', `${failing.script}\necho after`], { env, encoding: 'utf8' });
    expect([f.status, f.stdout]).toEqual([3, '']);
  });

  it('fills a value with characters a replacement would mangle byte for byte', () => {
    const creds = join(dir, 'plain-creds');
    const step: RuntimeStep = { ...origin, command: `printf 'admin:%s\\n' '\${DECANT_SECRET_PASS}' > ${creds}`, writes: [creds], what: 'a step holding a secret value', secretEnv: ['DECANT_SECRET_PASS'] };
    const work = runtimeWork({ files: [], runtimeSteps: [step] } as unknown as Unit)!;
    const r = spawnSync('/bin/sh', ['-c', work.script], { env: { PATH: process.env['PATH'], DECANT_SECRET_PASS: 'gs&q/l\\1' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(creds, 'utf8')).toBe('admin:gs&q/l\\1\n');
  });

  it('is nothing for a unit without start-time work', () => {
    expect(runtimeWork({ files: [], runtimeSteps: [] } as unknown as Unit)).toBeUndefined();
  });
});
