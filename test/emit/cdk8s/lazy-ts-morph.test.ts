/**
 * ts-morph loads the TypeScript compiler (over a second): decant loads it only
 * when it writes a cdk8s app, so every other command starts without it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Whether ts-morph is among the modules loaded after running `code` in a fresh Node process (source through tsx). */
function loadsTsMorph(code: string): boolean {
  const script = `
    import { createRequire } from 'node:module';
    ${code}
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/ts-morph/'));
    process.stdout.write(JSON.stringify(loaded));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as boolean;
}

describe('ts-morph is loaded only to write a cdk8s app', () => {
  it('is not loaded with the format registry and emit', () => {
    expect(loadsTsMorph(`await import('./src/emit/emit-plan.ts'); await import('./src/emit/formats.ts');`)).toBe(false);
  }, 120_000);

  it('is loaded once the cdk8s format writes', () => {
    // An app without units: the writer still builds its chart and main with ts-morph.
    const code = `
      const { cdk8sFormat } = await import('./src/emit/cdk8s/cdk8s-format.ts');
      const out = cdk8sFormat.write({ name: 'empty', units: [], diagnostics: [] }, { includeSecrets: false, mask: (t) => t, redact: (t) => t });
      if (!out.files.some((f) => f.path === 'empty/cdk8s/chart.ts')) throw new Error('no chart.ts');`;
    expect(loadsTsMorph(code)).toBe(true);
  }, 120_000);
});
