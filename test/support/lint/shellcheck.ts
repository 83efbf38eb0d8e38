import { spawnSync } from 'node:child_process';
import type { LintFinding } from './lint-finding.js';

export type { LintFinding } from './lint-finding.js';

interface ShellcheckComment {
  line: number;
  column: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

/**
 * Runs Debian's shellcheck binary over a script (a RUN line's command or an
 * `execute` resource's body). RUN lines run under /bin/sh unless a SHELL
 * instruction says otherwise, hence the default dialect. Style notes are left
 * out; info notes become warnings. A missing or failing binary is reported as
 * a finding, never thrown.
 */
export function shellcheck(script: string, options?: { shell?: 'sh' | 'bash' | 'dash' | 'ksh' }): LintFinding[] {
  const result = spawnSync('shellcheck', ['--format=json1', `--shell=${options?.shell ?? 'sh'}`, '--severity=info', '-'], {
    input: script,
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    return [{ rule: 'shellcheck', severity: 'error', line: 0, message: missing ? 'shellcheck is not installed (apt-get install shellcheck)' : `shellcheck failed: ${result.error.message}` }];
  }
  // Exit 0: clean, 1: comments found; anything else is shellcheck's own failure.
  if (result.status !== 0 && result.status !== 1) {
    return [{ rule: 'shellcheck', severity: 'error', line: 0, message: `shellcheck failed: ${result.stderr.trim() || `exit ${result.status}`}` }];
  }
  let comments: ShellcheckComment[];
  try {
    comments = (JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments;
  } catch {
    return [{ rule: 'shellcheck', severity: 'error', line: 0, message: 'shellcheck output could not be read' }];
  }
  return comments
    .map((c): LintFinding => ({ rule: `SC${c.code}`, severity: c.level === 'error' ? 'error' : 'warning', line: c.line, message: c.message }))
    .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
