import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(repo, 'fixtures', name, 'input');

function decant(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/main.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('decant convert (command line)', () => {
  it('converts a cookbook, byte-identically twice, and guards an output folder it does not own', () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-cli-'));
    const out = join(root, 'out');
    const first = decant('convert', fixture('e2e-nginx-site'), '-o', out);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/nginx Deployment :8080/);
    const once = tree(out);
    expect(Object.keys(once)).toContain('report.json');
    expect(decant('convert', fixture('e2e-nginx-site'), '-o', out).code).toBe(0);
    expect(tree(out)).toEqual(once);

    writeFileSync(join(out, 'mine.txt'), 'keep me');
    const refused = decant('convert', fixture('e2e-nginx-site'), '-o', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/DEC0601.*mine\.txt/);
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('keep me');
    expect(decant('convert', fixture('e2e-nginx-site'), '-o', out, '--force').code).toBe(0);
  }, 120_000);

  it('--json prints report.json; --plan applies an edited plan and rejects unknown keys with their line', () => {
    const root = mkdtempSync(join(tmpdir(), 'decant-cli-'));
    const out = join(root, 'out');
    const r = decant('convert', fixture('e2e-redis'), '-o', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.apps[0].units[0]).toMatchObject({ workload: 'StatefulSet' });

    const plan = readFileSync(join(out, 'plan.yaml'), 'utf8').replace('workload: StatefulSet', 'workload: Deployment');
    mkdirSync(join(root, 'p'));
    writeFileSync(join(root, 'p', 'plan.yaml'), plan);
    const edited = decant('convert', fixture('e2e-redis'), '-o', out, '--plan', join(root, 'p', 'plan.yaml'), '--json');
    expect(edited.code, edited.stderr).toBe(0);
    expect(JSON.parse(edited.stdout).apps[0].units[0].workload).toBe('Deployment');

    writeFileSync(join(root, 'p', 'bad.yaml'), plan.replace('apps:', 'colour: blue\napps:'));
    const bad = decant('convert', fixture('e2e-redis'), '-o', out, '--plan', join(root, 'p', 'bad.yaml'));
    expect(bad.code).toBe(2);
    // Line 12: the header's comment lines come first.
    expect(bad.stderr).toMatch(/bad\.yaml:12:1: error DEC0504: unknown key `colour`/);
  }, 120_000);
});
