import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../support/lint/dockerfile-rules.js';

const casesDir = join(import.meta.dirname, 'cases', 'dockerfile');
const files = readdirSync(casesDir).sort();
const rules = [...new Set(files.map((f) => f.split('-')[0] as string))];
const lint = (file: string) => lintDockerfile(readFileSync(join(casesDir, file), 'utf8'), { pinnedPackages: ['nginx'] });

describe('lintDockerfile: a failing and a passing case per rule', () => {
  it('has both cases for all fifteen rules', () => {
    expect(rules).toEqual(['DL3000', 'DL3002', 'DL3003', 'DL3004', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3014', 'DL3015', 'DL3020', 'DL3025', 'DL3059', 'DL4000', 'DL4006']);
    for (const rule of rules) {
      expect(files).toContain(`${rule}-fail.Dockerfile`);
      expect(files).toContain(`${rule}-pass.Dockerfile`);
    }
  });
  for (const rule of rules) {
    it(`${rule} fires on ${rule}-fail`, () => {
      expect(lint(`${rule}-fail.Dockerfile`).map((f) => f.rule)).toContain(rule);
    });
    it(`${rule} is quiet on ${rule}-pass`, () => {
      expect(lint(`${rule}-pass.Dockerfile`).filter((f) => f.rule === rule)).toEqual([]);
    });
  }
});

describe('lintDockerfile details', () => {
  it('reports the line an instruction starts on, across continuations and comments', () => {
    const findings = lint('DL3008-fail.Dockerfile');
    expect(findings).toEqual([
      { rule: 'DL3008', severity: 'error', line: 2, message: expect.stringContaining('`nginx`') },
    ]);
  });
  it('judges the last USER of every stage', () => {
    expect(lint('DL3002-fail.Dockerfile')).toEqual([{ rule: 'DL3002', severity: 'error', line: 5, message: 'Last USER should not be root' }]);
  });
  it('resets SHELL at each FROM', () => {
    expect(lint('DL4006-fail.Dockerfile').map((f) => [f.rule, f.line])).toEqual([['DL4006', 5]]);
  });
  it('warns, not errors, for DL3003 and DL3059', () => {
    expect(lint('DL3003-fail.Dockerfile')[0]?.severity).toBe('warning');
    expect(lint('DL3059-fail.Dockerfile')).toEqual([{ rule: 'DL3059', severity: 'warning', line: 4, message: expect.any(String) }]);
  });
  it('only checks pinning for packages the cookbook pins', () => {
    const text = readFileSync(join(casesDir, 'DL3008-fail.Dockerfile'), 'utf8');
    expect(lintDockerfile(text).filter((f) => f.rule === 'DL3008')).toEqual([]);
    expect(lintDockerfile(text, { pinnedPackages: ['curl', 'nginx'] }).filter((f) => f.rule === 'DL3008')).toHaveLength(2);
  });
  it('passes a Dockerfile shaped like the emitter output', () => {
    const text = readFileSync(join(import.meta.dirname, 'cases', 'dockerfile-clean', 'nginx.Dockerfile'), 'utf8');
    expect(lintDockerfile(text, { pinnedPackages: ['nginx'] })).toEqual([]);
  });
  it('does not throw on garbage', () => {
    expect(() => lintDockerfile('\u0000RUN [\n\\\n')).not.toThrow();
    expect(lintDockerfile('')).toEqual([]);
  });
});
