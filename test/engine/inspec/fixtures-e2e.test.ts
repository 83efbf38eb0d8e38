/**
 * The end-to-end fixtures' own InSpec suites, run against the images decant
 * converts and builds from them (issue 6, "the fixtures' suites pass"): no
 * mocks, a real engine. A CronJob unit runs once first, and its suite looks at
 * what the run left behind. Containers and the images committed here are
 * removed afterwards, also on failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../../src/engine/docker-client.js';
import { buildUnit } from '../../../src/engine/build.js';
import { readReportUnits } from '../../../src/engine/report-units.js';
import { runIntegrationTests, targetsForApp } from '../../../src/engine/inspec/index.js';
import type { TestRun } from '../../../src/engine/inspec/model.js';

const REPO = join(import.meta.dirname, '../../..');
const FIXTURES = join(REPO, 'fixtures');
const docker = dockerClient();
const containers: string[] = [];
const images: string[] = [];
const outs: string[] = [];

interface Case {
  readonly runList?: string[];
  readonly environment?: string;
  readonly platform?: string;
}

/** The folder(s) holding test/integration: the input itself, or a cookbook inside it. */
function testRoot(input: string): string {
  if (existsSync(join(input, 'test/integration'))) return input;
  const inner = readdirSync(input).map((d) => join(input, d)).filter((d) => existsSync(join(d, 'test/integration')));
  expect(inner, `one cookbook with tests in ${input}`).toHaveLength(1);
  return inner[0]!;
}

/** Convert, build, start every unit of the fixture, run the suite. */
async function runFixture(name: string, suite?: string): Promise<TestRun> {
  const dir = join(FIXTURES, name);
  const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
  const input = join(dir, 'input');
  const out = mkdtempSync(join(tmpdir(), `decant-inspec-${name}-`));
  outs.push(out);
  const args = ['tsx', join(REPO, 'src/cli/main.ts'), 'convert', input, '-o', out, '--platform', c.platform ?? 'debian-12'];
  if (c.runList) args.push('--run-list', c.runList.join(','));
  if (c.environment) args.push('--environment', c.environment);
  execFileSync('npx', args, { cwd: REPO, stdio: 'pipe' });
  const { units } = await readReportUnits(out);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { apps: { name: string; runList?: string[]; units: unknown[]; resources: unknown[] }[] };
  const app = report.apps[0]!;
  const running = new Map<string, string>();
  for (const u of units.filter((x) => x.app === app.name)) {
    const b = await buildUnit(docker, u);
    expect(b.ok, `${u.app}/${u.name} builds: ${JSON.stringify(b.failure)}`).toBe(true);
    const labels = { 'io.decant.test': 'inspec-fixtures' };
    if (u.workload === 'CronJob' || u.workload === 'Job') {
      const once = await docker.createContainer({ Image: u.image, Labels: labels });
      containers.push(once.id);
      await once.start();
      expect((await once.wait()).StatusCode, `${u.name} runs once`).toBe(0);
      const after = await once.commit({ repo: `decant-inspec-after-run-${u.name}`, tag: 'test' });
      images.push(after.Id);
      const kept = await docker.createContainer({ Image: after.Id, Entrypoint: ['sleep'], Cmd: ['infinity'], Labels: labels });
      containers.push(kept.id);
      await kept.start();
      running.set(u.name, kept.id);
    } else {
      const ct = await docker.createContainer({ Image: u.image, Labels: labels });
      containers.push(ct.id);
      await ct.start();
      running.set(u.name, ct.id);
    }
  }
  const targets = targetsForApp(app as never, running);
  await waitForPorts(targets.flatMap((t) => t.ports.map((p) => [t.containerId, p] as const)));
  return runIntegrationTests(testRoot(input), suite, targets, app.runList?.[0] ? { recipe: app.runList[0] } : {});
}

async function waitForPorts(ports: readonly (readonly [string, number])[]): Promise<void> {
  const hex = (p: number) => `:${p.toString(16).toUpperCase().padStart(4, '0')} `;
  for (const [id, port] of ports) {
    for (let i = 0; i < 100; i++) {
      const exec = await docker.getContainer(id).exec({ Cmd: ['sh', '-c', `grep -q '${hex(port)}[0-9A-F:]* 0A' /proc/net/tcp /proc/net/tcp6`], AttachStdout: true });
      const s = await exec.start({ hijack: true, stdin: false });
      await new Promise((r) => s.on('end', r).resume());
      if ((await exec.inspect()).ExitCode === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const failures = (run: TestRun) => run.results.filter((r) => r.status !== 'passed').map((r) => `${r.location.file}:${r.location.line} ${r.status} ${r.expectation}: ${r.detail}`);

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
});

afterAll(async () => {
  for (const id of containers.splice(0)) await docker.getContainer(id).remove({ force: true }).catch(() => undefined);
  for (const id of images.splice(0)) await docker.getImage(id).remove({ force: true }).catch(() => undefined);
  for (const d of outs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the e2e fixtures' InSpec suites on the converted images", () => {
  const cases: [string, number][] = [
    ['e2e-nginx-site', 17],
    ['e2e-redis', 12],
    ['e2e-memcached-custom-resource', 7],
    ['e2e-cron-job', 5],
    ['e2e-chef-repo-two-services', 9],
  ];
  for (const [name, count] of cases) {
    it(`${name}: every expectation passes`, async () => {
      const run = await runFixture(name);
      expect(failures(run)).toEqual([]);
      expect(run.passed).toBe(count);
    }, 900_000);
  }

  it('e2e-nginx-site failing suite: the wrong body and the wrong port fail at their lines', async () => {
    const run = await runFixture('e2e-nginx-site', 'failing');
    expect(run.results.map((r) => [`${r.location.file}:${r.location.line}:${r.location.column}`, r.status])).toEqual([
      ['test/integration/failing/failing_test.rb:5:8', 'passed'],
      ['test/integration/failing/failing_test.rb:9:17', 'failed'],
      ['test/integration/failing/failing_test.rb:13:8', 'failed'],
    ]);
    expect(run.results[1]!.detail).toMatch(/^expected to match \/maintenance mode\/, got "ok www\.example\.test\\n"/);
  }, 900_000);
});
