import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Diagnostic } from '../../model/diagnostic.js';
import { error } from '../../diagnostics/create.js';
import { runAppTests, type AppTests, type ReportApp } from '../../engine/app-tests.js';
import { appCookbooks, candidateRoots, recordedFolders } from '../../engine/cookbook-roots.js';
import { dockerClient, engineProblem, type DockerClient } from '../../engine/docker-client.js';
import { readReportUnits, selectUnits, type EngineUnit } from '../../engine/report-units.js';
import type { VerifyResult } from '../../engine/verify.js';
import { releaseAppRun, verifyApp, type AppRun } from '../../engine/verify-app.js';
import { EXIT_CLEAN, EXIT_UNUSABLE, EXIT_WITH_ERRORS } from '../../pipeline/exit-code.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';

interface VerifyArgs {
  out: string;
  unit: string[];
  json: boolean;
  tests: boolean;
  suite?: string;
  'cookbook-path': string[];
}

async function reportApps(out: string): Promise<ReportApp[]> {
  try {
    const doc = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { apps?: unknown };
    return Array.isArray(doc.apps) ? (doc.apps.filter((a) => a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string') as ReportApp[]) : [];
  } catch {
    // readReportUnits has already reported why report.json cannot be read.
    return [];
  }
}

/** Units grouped by app, in report order, so an app's units are up together for its tests. */
function byApp(units: readonly EngineUnit[]): Map<string, EngineUnit[]> {
  const groups = new Map<string, EngineUnit[]>();
  for (const u of units) groups.set(u.app, [...(groups.get(u.app) ?? []), u]);
  return groups;
}

interface Outcome {
  readonly results: VerifyResult[];
  readonly tests: AppTests[];
}

async function verifyAll(docker: DockerClient, units: readonly EngineUnit[], args: VerifyArgs, apps: readonly ReportApp[], all: readonly EngineUnit[], say: (line: string) => void): Promise<Outcome> {
  const results: VerifyResult[] = [];
  const tests: AppTests[] = [];
  for (const [appName, appUnits] of byApp(units)) {
    let run: AppRun | undefined;
    try {
      run = await verifyApp(docker, appUnits, { hold: args.tests, say });
      results.push(...run.results);
      const app = apps.find((a) => a.name === appName);
      if (args.tests && app) {
        say(`[${appName}] integration tests`);
        const roots = candidateRoots(appCookbooks(app), [...recordedFolders(app, resolve(args.out)), ...args['cookbook-path']]);
        // Units of the app that --unit left out: their expectations are skipped here, each unit's own run checks them.
        const elsewhere = new Set(all.filter((u) => u.app === appName && !appUnits.includes(u)).map((u) => u.name));
        tests.push(await runAppTests(app, run.running, { roots, finished: run.finished, elsewhere, ...(args.suite ? { suite: args.suite } : {}) }));
      }
    } finally {
      // Always, also when a check or a test threw: verify leaves no container behind.
      if (run) await releaseAppRun(run);
    }
  }
  return { results, tests };
}

const total = (tests: readonly AppTests[], key: 'passed' | 'failed' | 'unsupported' | 'skipped') => tests.reduce((n, t) => n + t.run[key], 0);

function verifyJson(outcome: Outcome): unknown {
  return {
    units: outcome.results.map((r) => ({ name: r.unit.name, checks: r.checks.map((c) => ({ name: c.name, ok: c.ok, detail: c.detail })) })),
    tests: {
      passed: total(outcome.tests, 'passed'),
      failed: total(outcome.tests, 'failed'),
      unsupported: total(outcome.tests, 'unsupported'),
      skipped: total(outcome.tests, 'skipped'),
      suites: outcome.tests.map((t) => ({ app: t.app, suite: t.suite ?? null, passed: t.run.passed, failed: t.run.failed, unsupported: t.run.unsupported, skipped: t.run.skipped })),
      results: outcome.tests.flatMap((t) =>
        t.run.results.map((r) => ({
          app: t.app,
          suite: t.suite ?? null,
          control: r.control,
          expectation: r.expectation,
          status: r.status,
          detail: r.detail,
          file: r.location.file,
          line: r.location.line,
          column: r.location.column,
        })),
      ),
    },
  };
}

function humanLines(outcome: Outcome): string[] {
  const lines: string[] = [];
  for (const r of outcome.results) {
    lines.push(`${r.checks.every((c) => c.ok) ? 'ok  ' : 'FAIL'}  ${r.unit.app}/${r.unit.name}  ${r.unit.image}`);
    for (const c of r.checks) lines.push(`      ${c.ok ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}`);
  }
  for (const t of outcome.tests) {
    if (!t.suite) continue;
    lines.push(`tests ${t.app}: suite ${t.suite} (${t.root}): ${t.run.passed} passed, ${t.run.failed} failed, ${t.run.unsupported} unsupported${t.run.skipped ? `, ${t.run.skipped} skipped (other units)` : ''}`);
    for (const r of t.run.results) {
      const mark = r.status === 'passed' ? 'pass' : r.status === 'failed' ? 'FAIL' : 'skip';
      const what = r.expectation.startsWith(r.control) ? r.expectation : `${r.control}: ${r.expectation}`;
      lines.push(`      ${mark}  ${r.location.file}:${r.location.line}:${r.location.column}  ${what}${r.status === 'passed' ? '' : ` — ${r.detail}`}`);
    }
  }
  return lines;
}

export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify <out>',
  describe: 'Run each built image and check the unit: up, ports, health check, HTTP, run-once jobs, files; with --tests, the cookbook\'s integration suite',
  builder: (y) =>
    y
      .positional('out', { type: 'string', demandOption: true, describe: 'the folder `decant convert -o` wrote (images built by `decant build`)' })
      .option('unit', { type: 'string', array: true, default: [], describe: 'verify only this unit (NAME or APP/NAME; repeatable)' })
      .option('tests', { type: 'boolean', default: false, describe: "also run the converted cookbooks' integration tests (test/integration, InSpec) against each app's running units" })
      .option('suite', { type: 'string', describe: 'the integration suite to run (default: the one kitchen.yml ties to the converted recipe, else `default`)' })
      .option('cookbook-path', { type: 'string', array: true, default: [], describe: 'more folders to look for the converted cookbooks in (report.json already names where convert read them; repeatable)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the machine-readable result' }),
  handler: async (args) => {
    const out = resolve(args.out);
    const read = await readReportUnits(out);
    const picked = selectUnits(read.units, args.unit);
    const diagnostics: Diagnostic[] = [...read.diagnostics, ...picked.diagnostics];
    const docker = dockerClient();
    const problem = picked.units.length ? await engineProblem(docker) : undefined;
    if (problem) diagnostics.push(error('DEC0703', `no Docker engine answers: ${problem}`, undefined, 'run scripts/engine-setup.sh (as root), or set DOCKER_HOST'));
    const usable = picked.units.length > 0 && !problem && !diagnostics.some((d) => d.code === 'DEC0704');
    const say = (line: string) => {
      if (!args.json) process.stderr.write(`${line}\n`);
    };
    const outcome: Outcome = usable ? await verifyAll(docker, picked.units, args, await reportApps(out), read.units, say) : { results: [], tests: [] };
    for (const r of outcome.results) diagnostics.push(...r.diagnostics);
    for (const t of outcome.tests) diagnostics.push(...t.diagnostics);
    const failed =
      outcome.results.some((r) => r.checks.some((c) => !c.ok)) ||
      total(outcome.tests, 'failed') > 0 ||
      outcome.tests.some((t) => t.diagnostics.some((d) => d.severity === 'error'));
    process.exitCode = !usable ? EXIT_UNUSABLE : failed ? EXIT_WITH_ERRORS : EXIT_CLEAN;
    const doc = verifyJson(outcome);
    // verify.json beside report.json: convert's report stays convert's, verify's result is kept for CI and people.
    if (usable) await writeFile(join(out, 'verify.json'), `${JSON.stringify(doc, null, 2)}\n`).catch(() => undefined);
    if (args.json) {
      process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      if (!usable) process.stderr.write(`${renderDiagnostics(diagnostics)}\n`);
      return;
    }
    const lines = humanLines(outcome);
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    // Unit check failures and unsupported expectations are already listed above with their places.
    const shown = diagnostics.filter((d) => d.code !== 'DEC0702' && !(d.code === 'DEC0801' && d.location));
    if (shown.length) process.stderr.write(`${renderDiagnostics(shown)}\n`);
  },
};
