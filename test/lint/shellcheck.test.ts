import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellcheck } from '../support/lint/shellcheck.js';

const script = (file: string) => readFileSync(join(import.meta.dirname, 'cases', 'shell', file), 'utf8');
// scripts/test-tools-setup.sh installs shellcheck: without it these fail, as they should.
describe('shellcheck', () => {
  it('is installed', () => {
    expect(() => execFileSync('shellcheck', ['--version'])).not.toThrow();
  });
  it('reports ShellCheck codes with their lines', () => {
    const findings = shellcheck(script('unquoted-fail.sh'));
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(expect.arrayContaining(['2 SC2045', '5 SC3014']));
    expect(findings.find((f) => f.rule === 'SC3014')?.severity).toBe('warning');
  });
  it('is quiet on a clean script', () => {
    expect(shellcheck(script('quoted-pass.sh'))).toEqual([]);
  });
  it('reports a syntax error as an error', () => {
    const findings = shellcheck(script('syntax-fail.sh'));
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
  });
  it('checks bash when asked: == in [ is fine in bash', () => {
    expect(shellcheck('[ "$a" == 1 ] && echo y\n', { shell: 'bash' }).filter((f) => f.rule === 'SC3014')).toEqual([]);
    expect(shellcheck('[ "$a" == 1 ] && echo y\n').map((f) => f.rule)).toContain('SC3014');
  });
});

describe('shellcheck without the binary', () => {
  it('reports that it is missing instead of throwing', () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      expect(shellcheck('echo hi')[0]?.message).toMatch(/not installed/);
    } finally {
      process.env['PATH'] = path;
    }
  });
});
