/**
 * Runs a cookbook's integration suite against the converted containers: find
 * the suite, read its expectations, send each to the unit it concerns, and
 * report every one as passed, failed or unsupported with its file:line:col.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { initParsers } from '../../ruby/parser.js';
import { containerAddress, execFor, type Exec } from './exec.js';
import { chooseSuite, findSuites, type Suite } from './find-suites.js';
import { evaluateExpectation, type FactsCache } from './evaluate-expectation.js';
import type { Expectation, Target, TestResult, TestRun } from './model.js';
import { parseTestFile, type ReadRelative } from './parse-suite.js';
import { pickTarget } from './pick-unit.js';
import { osFromRelease, type OsFacts } from './value-methods.js';

const MAX_TEST_FILE = 1024 * 1024;

function plainLocation(e: Expectation): TestResult['location'] {
  return { file: e.location.file, line: e.location.line, column: e.location.column };
}

/** Read every file of the suite; unreadable files become unsupported results, never throws. */
/** `require_relative` from a test file, kept inside the cookbook. */
function relativeReader(cookbookRoot: string): ReadRelative {
  return (fromFile, path) => {
    const rel = normalize(join(dirname(fromFile), path.endsWith('.rb') ? path : `${path}.rb`)).split('\\').join('/');
    if (rel.startsWith('..') || relative(cookbookRoot, join(cookbookRoot, rel)).startsWith('..')) return undefined;
    try {
      const full = join(cookbookRoot, rel);
      if (statSync(full).size > MAX_TEST_FILE) return undefined;
      return { text: readFileSync(full, 'utf8'), ref: { file: rel, path: full } };
    } catch {
      return undefined;
    }
  };
}

export async function readSuite(cookbookRoot: string, suite: Suite, os?: OsFacts): Promise<Expectation[]> {
  await initParsers();
  const readRelative = relativeReader(cookbookRoot);
  const out: Expectation[] = [];
  for (const file of suite.files) {
    const location = { file, line: 1, column: 1 };
    try {
      const full = join(cookbookRoot, file);
      if (statSync(full).size > MAX_TEST_FILE) throw new Error(`larger than ${MAX_TEST_FILE} bytes`);
      out.push(...parseTestFile(readFileSync(full, 'utf8'), { file, path: full }, { readRelative, ...(os ? { os } : {}) }).expectations);
    } catch (e) {
      out.push({
        control: '(file)', text: file, subject: { kind: 'value', value: null }, property: [], negated: false,
        matcher: { name: '(unreadable)', args: [] }, location, unsupported: `cannot read ${file}: ${(e as Error).message}`,
      });
    }
  }
  return out;
}

function tally(results: TestResult[]): TestRun {
  const count = (s: TestResult['status']) => results.filter((r) => r.status === s).length;
  return { passed: count('passed'), failed: count('failed'), unsupported: count('unsupported'), skipped: count('skipped'), results };
}

function noSuite(suites: Suite[], suiteName: string | undefined): TestRun {
  const reason = suiteName
    ? `no integration suite named ${suiteName} (found: ${suites.map((s) => s.name).join(', ') || 'none'})`
    : suites.length
      ? `several suites (${suites.map((s) => s.name).join(', ')}) and nothing says which goes with the converted recipe; name one`
      : undefined;
  if (!reason) return { passed: 0, failed: 0, unsupported: 0, skipped: 0, results: [] };
  return tally([{ control: '(suite)', expectation: suiteName ?? '(choice)', status: 'unsupported', detail: reason, location: { file: 'test/integration', line: 1, column: 1 } }]);
}

export async function runExpectations(expectations: Expectation[], targets: Target[]): Promise<TestRun> {
  const execs = new Map<string, Exec>();
  const execOf = (t: Target) => {
    let e = execs.get(t.containerId);
    if (!e) execs.set(t.containerId, (e = execFor(t.containerId)));
    return e;
  };
  const addresses = new Map<string, Promise<string | undefined>>();
  const addressOf = (t: Target) => {
    let a = addresses.get(t.containerId);
    if (!a) addresses.set(t.containerId, (a = containerAddress(t.containerId)));
    return a;
  };
  const cache: FactsCache = new Map();
  const results: TestResult[] = [];
  for (const e of expectations) {
    const base = { control: e.control, expectation: e.text, location: plainLocation(e) };
    if (e.unsupported) {
      results.push({ ...base, status: 'unsupported', detail: e.unsupported });
      continue;
    }
    const choice = e.subject.kind === 'resource' ? await pickTarget(e, targets, execOf) : { target: targets[0], reason: '' };
    if (!choice?.target && e.subject.kind === 'resource') {
      results.push({ ...base, status: 'failed', detail: 'no running container to test against' });
      continue;
    }
    const target = choice!.target;
    if (target?.elsewhere) {
      results.push({ ...base, status: 'skipped', detail: `belongs to unit ${target.unit} (${choice!.reason}), which this run does not verify: its own run (verify --unit …/${target.unit}) checks it` });
      continue;
    }
    const ctx = target
      ? { exec: execOf(target), address: () => addressOf(target), unit: target.unit, packages: target.packages, services: target.services ?? [] }
      : undefined;
    const outcome = await evaluateExpectation(e, ctx, cache, target?.containerId ?? '');
    const where = target && targets.length > 1 ? ` [unit ${target.unit}${choice!.reason ? `: ${choice!.reason}` : ''}]` : '';
    results.push({ ...base, status: outcome.status, detail: `${outcome.detail}${where}` });
  }
  return tally(results);
}

/** InSpec's `os`, as the first unit's image says (all units share the base image's platform). */
async function osOf(targets: Target[]): Promise<OsFacts | undefined> {
  const first = targets.find((t) => !t.elsewhere);
  if (!first) return undefined;
  const r = await execFor(first.containerId)(['cat', '/etc/os-release']);
  if (r.exitCode !== 0) return undefined;
  const arch = await execFor(first.containerId)(['uname', '-m']);
  return osFromRelease(r.stdout, arch.exitCode === 0 ? arch.stdout.trim() : undefined);
}

/**
 * The API `decant verify --tests` calls. `suiteName` undefined: the suite
 * kitchen.yml ties to `options.recipe` (the converted recipe, e.g. from the
 * app's run list) or to the cookbook's default recipe, else `default`, else
 * the only one.
 */
export async function runIntegrationTests(
  cookbookRoot: string,
  suiteName: string | undefined,
  targets: Target[],
  options: { recipe?: string } = {},
): Promise<TestRun> {
  const suites = findSuites(cookbookRoot);
  const suite = suiteName ? suites.find((s) => s.name === suiteName) : chooseSuite(cookbookRoot, suites, options.recipe);
  if (!suite) return noSuite(suites, suiteName);
  return runExpectations(await readSuite(cookbookRoot, suite, await osOf(targets)), targets);
}
