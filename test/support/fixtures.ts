/**
 * The one discovery of the fixture cases, for every test that runs them:
 * each folder of fixtures/ (a case) and of fixtures/_errors_/ (an error case,
 * whose expected output is its diagnostics). A folder is a case whether or not
 * it is complete: a missing case.json or a missing expected file is a failing
 * test of that case, never a case quietly left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface FixtureCase {
  /** `nginx-site` or `_errors_/syntax-error`. */
  readonly name: string;
  readonly dir: string;
  readonly isError: boolean;
  /**
   * Parsed case.json, unchecked (test/golden/cases.ts `checkCaseSpec` says
   * whether it is well-formed); `{ __parseError }` when it is missing or does not parse.
   */
  readonly raw: unknown;
}

export function discoverCases(root = FIXTURES): FixtureCase[] {
  const found: FixtureCase[] = [];
  const scan = (dir: string, prefix: string, isError: boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isDirectory() || entry.name === '_errors_') continue;
      const caseFile = join(dir, entry.name, 'case.json');
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(caseFile, 'utf8'));
      } catch (e) {
        raw = { __parseError: existsSync(caseFile) ? `case.json does not parse: ${String(e)}` : 'no case.json in the case folder' };
      }
      found.push({ name: prefix + entry.name, dir: join(dir, entry.name), isError, raw });
    }
  };
  scan(root, '', false);
  scan(join(root, '_errors_'), '_errors_/', true);
  return found;
}

/** A field of the case's case.json, undefined when it has none (or no case.json). */
export function caseField(c: FixtureCase, key: string): unknown {
  return c.raw !== null && typeof c.raw === 'object' && !Array.isArray(c.raw) ? (c.raw as Record<string, unknown>)[key] : undefined;
}

/**
 * Fails the running test when a reviewed expectation (a golden) is missing,
 * unless snapshots are being written (`vitest -u`, after a person reviewed
 * the output): a case is never silently left unchecked.
 */
export function expectReviewed(path: string): void {
  if (existsSync(path) || updatingSnapshots()) return;
  expect.fail(`${path} is missing: review the output, then write it with \`npx vitest run -u\``);
}

/** `vitest -u`: the snapshot state's update mode is 'all' (vitest keeps it on a private field). */
function updatingSnapshots(): boolean {
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string } | undefined;
  return state?._updateSnapshot === 'all';
}
