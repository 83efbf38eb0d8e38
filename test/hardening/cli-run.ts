/**
 * Runs the built CLI (`node bin/decant.js`, what users run) so the tests see
 * exactly what a user sees on stdout and stderr, stack traces included.
 * CI builds dist/ before the suite (scripts/test.sh); a checkout without
 * dist/ is built once here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..');

export function ensureBuilt(): void {
  if (existsSync(join(repo, 'dist', 'cli', 'main.js'))) return;
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repo, encoding: 'utf8', timeout: 600_000 });
  if (!existsSync(join(repo, 'dist', 'cli', 'main.js'))) throw new Error(`build failed: ${r.stdout}${r.stderr}`);
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly signal: NodeJS.Signals | null;
}

export function decant(args: readonly string[], options: { cwd?: string; nodeArgs?: readonly string[]; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), join(repo, 'bin', 'decant.js'), ...args], {
    cwd: options.cwd ?? repo,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal };
}

/** A JavaScript stack frame as Node prints it. */
export const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;

/**
 * Every entry under `dir` (files with their bytes, links with their target,
 * folders), relative paths; `skip` leaves a subtree out (OUT itself).
 */
export function snapshotTree(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      const rel = relative(dir, abs);
      if (skip(rel)) continue;
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) out[rel] = `link -> ${readlinkSync(abs)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o777).toString(8)}`;
        walk(abs);
      } else out[rel] = `file ${(st.mode & 0o777).toString(8)} ${readFileSync(abs).toString('base64')}`;
    }
  };
  walk(dir);
  return out;
}

/** All files under `dir` with their text (for searching output folders). */
export function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      const st = lstatSync(abs);
      if (st.isDirectory()) walk(abs);
      else if (st.isFile()) out.set(relative(dir, abs), readFileSync(abs));
    }
  };
  walk(dir);
  return out;
}
