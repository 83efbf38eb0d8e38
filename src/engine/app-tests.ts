/**
 * `decant verify --tests` for one app: with every unit's container held up
 * together, find the cookbook's suite and run it against them. Expectations
 * decant cannot check become DEC0801 warnings at their file:line, so they are
 * seen, never counted as passed.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { error, warning } from '../diagnostics/create.js';
import { findTestsHome, type ReportAppSources } from './cookbook-roots.js';
import { execIn } from './inspec/exec.js';
import { runIntegrationTests, targetsForApp, type Target, type TestRun } from './inspec/index.js';
import { until } from './probes.js';

export interface AppTests {
  readonly app: string;
  /** The folder the suite was read from and the suite's name, when one was found. */
  readonly root?: string;
  readonly suite?: string;
  readonly run: TestRun;
  readonly diagnostics: Diagnostic[];
}

export interface ReportApp extends ReportAppSources {
  readonly name: string;
  readonly units?: readonly { name?: unknown; ports?: unknown }[];
  readonly resources?: readonly { type?: unknown; name?: unknown; unit?: unknown; class?: unknown; source?: { file?: unknown } }[];
}

const EMPTY: TestRun = { passed: 0, failed: 0, unsupported: 0, skipped: 0, results: [] };

/** `:1F90 ` as /proc/net/tcp writes port 8080, in state 0A (LISTEN). */
const listenPattern = (port: number) => `:${port.toString(16).toUpperCase().padStart(4, '0')} [0-9A-F:]* 0A`;

/** Services start at their own pace; tests of ports and HTTP would fail on a slow start, not a wrong conversion. */
async function waitForListeners(targets: readonly Target[], seconds: number): Promise<void> {
  await Promise.all(
    targets.filter((t) => !t.elsewhere).flatMap((t) =>
      t.ports.map((p) =>
        until(async () => {
          const r = await execIn(t.containerId, ['sh', '-c', `cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | grep -q '${listenPattern(p)}'`], 5000);
          return r.exitCode === 0 ? true : undefined;
        }, seconds * 1000, 250),
      ),
    ),
  );
}

export async function runAppTests(
  app: ReportApp,
  running: ReadonlyMap<string, string>,
  options: { suite?: string; roots: readonly string[]; readySeconds?: number; finished?: ReadonlySet<string>; elsewhere?: ReadonlySet<string> },
): Promise<AppTests> {
  const recipe = typeof app.runList?.[0] === 'string' ? (app.runList[0] as string) : undefined;
  const home = findTestsHome(options.roots, recipe, options.suite);
  if ('reason' in home) {
    return {
      app: app.name,
      run: EMPTY,
      // Asked for tests and found none: an error, never a 0 passed / 0 failed that reads as success.
      diagnostics: [error('DEC0802', `${app.name}: no integration tests run: ${home.reason}`, undefined, 'pass the folder you converted with --cookbook-path, or name a suite with --suite')],
    };
  }
  // A unit kept after its process ended runs an idle placeholder as PID 1: that is not the service running.
  const targets = targetsForApp(app, running, options.elsewhere).map((t) => (options.finished?.has(t.unit) ? { ...t, services: [] } : t));
  await waitForListeners(targets, options.readySeconds ?? 20);
  const run = await runIntegrationTests(home.root, home.suite.name, targets, recipe ? { recipe } : {});
  const diagnostics = run.results
    .filter((r) => r.status === 'unsupported')
    .map((r) => warning('DEC0801', `${r.control}: ${r.expectation}: ${r.detail}`, { ...r.location, path: join(home.root, r.location.file) }));
  return { app: app.name, root: home.root, suite: home.suite.name, run, diagnostics };
}
