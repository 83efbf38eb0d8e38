/**
 * Real-engine tests: no mocks. They FAIL when no engine answers — CI runs
 * scripts/engine-setup.sh first, so a missing engine is a broken setup.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import { buildUnit, describeFailure } from '../../src/engine/build.js';
import { finishCommand } from '../../src/engine/finish-command.js';
import type { EngineUnit } from '../../src/engine/report-units.js';
import { runCapture } from '../../src/engine/run-capture.js';
import { verifyUnit } from '../../src/engine/verify.js';

const docker = dockerClient();
const CONTEXTS = join(import.meta.dirname, 'contexts');

const unit = (name: string, over: Partial<EngineUnit> = {}): EngineUnit => ({
  app: 'engine-test',
  name,
  workload: 'Deployment',
  image: `decant-engine-test-${name}:1`,
  dockerfile: join(CONTEXTS, name, 'Dockerfile'),
  context: join(CONTEXTS, name),
  imageData: join(CONTEXTS, name, 'image.json'),
  ports: [],
  ...over,
});

/** Containers of this file's units still there (other test files run their own engine tests at the same time). */
async function leftoverContainers(): Promise<number> {
  const all = await docker.listContainers({ all: true, filters: JSON.stringify({ label: ['io.decant.engine'] }) });
  return all.filter((c) => (c.Labels['io.decant.unit'] ?? '').startsWith('engine-test/') || c.Image.startsWith('decant-engine-test-')).length;
}

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  await docker.getImage('debian:bookworm-slim').inspect();
});

describe('build', () => {
  it('builds a package layer and tags the image as the report says', async () => {
    const steps: string[] = [];
    const r = await buildUnit(docker, unit('small-package'), { onProgress: (e) => void (e.kind === 'step' && steps.push(`${e.step}/${e.total}`)) });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(steps).toEqual(['1/3', '2/3', '3/3']);
    const tagged = await docker.getImage('decant-engine-test-small-package:1').inspect();
    expect(tagged.Id).toBe(r.imageId);
    const run = await runCapture(docker, 'decant-engine-test-small-package:1', ['tini', '--version']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^tini version \d/);
  }, 300_000);

  it('reports a failing RUN with its step, Dockerfile line, recipe resource and output', async () => {
    const r = await buildUnit(docker, unit('failing-run'), { displayRoot: CONTEXTS });
    expect(r.ok).toBe(false);
    const f = r.failure!;
    expect(f.step).toBe(4);
    expect(f.total).toBe(6);
    expect(f.dockerfileLine).toBe(9);
    expect(f.instruction).toMatch(/^RUN echo "migrating/);
    expect(f.origins).toEqual([{ resource: 'execute[migrate]', file: 'demo/recipes/default.rb', line: 9 }]);
    expect(f.output).toContain('schema.sql: no such file');
    expect(f.message).toMatch(/returned a non-zero code: 3/);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DEC0701']);
    expect(r.diagnostics[0]!.location).toMatchObject({ file: 'demo/recipes/default.rb', line: 9 });
    expect(describeFailure(f, 'failing-run/Dockerfile')).toContain('at failing-run/Dockerfile:9');
  }, 120_000);

  it('reports a missing Dockerfile as a failed build, not a throw', async () => {
    const r = await buildUnit(docker, unit('no-such-context'));
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('DEC0701');
  });
});

describe('unknown service', () => {
  it('finishes CMD from ExecStart of the systemd unit in the image, then from the cache', async () => {
    const u = unit('unknown-service', { ports: [8081] });
    const built = await buildUnit(docker, u);
    expect(built.ok).toBe(true);
    const first = await finishCommand(docker, u, built.imageId!);
    expect(first?.command).toEqual(['/bin/busybox', 'httpd', '-f', '-p', '8081', '-h', '/srv/www']);
    expect((await docker.getImage(u.image).inspect()).Config.Cmd).toEqual(first!.command);
    // A rebuild from cache gives the same first image: the finished one is reused.
    const again = await buildUnit(docker, u);
    expect(again.imageId).toBe(built.imageId);
    const second = await finishCommand(docker, u, again.imageId!);
    expect(second?.cached).toBe(true);
    expect(second?.imageId).toBe(first!.imageId);
    const v = await verifyUnit(docker, u, { stayUpSeconds: 2 });
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.checks.map((c) => c.name)).toContain('port 8081 accepts connections');
  }, 300_000);

  it('leaves a unit with a known command alone', async () => {
    const u = unit('small-package');
    const built = await buildUnit(docker, u);
    expect(await finishCommand(docker, u, built.imageId!)).toBeUndefined();
  }, 300_000);
});

describe('verify', () => {
  it('checks a running HTTP service: up, port, health check, HTTP, rendered files (a path with a space too)', async () => {
    const u = unit('http-service', { ports: [8080] });
    expect((await buildUnit(docker, u)).ok).toBe(true);
    const v = await verifyUnit(docker, u, { stayUpSeconds: 2 });
    expect(v.checks.map((c) => [c.name, c.ok])).toEqual([
      ['stays up', true],
      ['port 8080 accepts connections', true],
      ['health check', true],
      ['http :8080/ answers', true],
      ['port 8080/TCP listens', true],
      ['logs reach the container output', true],
      ['log has no fatal errors', true],
      ['file /etc/httpd.conf', true],
      ['file /srv/www/a page.html', true],
      ['file /srv/www/index.html', true],
    ]);
    expect(v.checks.find((c) => c.name.startsWith('http'))!.detail).toMatch(/^HTTP 200/);
    expect(v.diagnostics).toEqual([]);
    expect(await leftoverContainers()).toBe(0);
  }, 300_000);

  it('fails a port nothing listens on, and still removes the container', async () => {
    const u = unit('http-service', { ports: [8080, 9999] });
    expect((await buildUnit(docker, u)).ok).toBe(true);
    const v = await verifyUnit(docker, u, { stayUpSeconds: 1, readySeconds: 2 });
    const port = v.checks.find((c) => c.name === 'port 9999 accepts connections')!;
    expect(port.ok).toBe(false);
    // Both the connection and the container's listening sockets say so: one DEC0702 each.
    expect(v.checks.find((c) => c.name === 'port 9999/TCP listens')?.ok).toBe(false);
    expect(v.diagnostics.map((d) => d.code)).toEqual(['DEC0702', 'DEC0702']);
    expect(await leftoverContainers()).toBe(0);
  }, 300_000);

  it('fails a service that exits, with its output', async () => {
    const u = unit('small-package');
    expect((await buildUnit(docker, u)).ok).toBe(true);
    const v = await verifyUnit(docker, u, { stayUpSeconds: 2 });
    const up = v.checks.find((c) => c.name === 'stays up')!;
    expect(up.ok).toBe(false);
    expect(up.detail).toMatch(/exited with code 0: tini version/);
    expect(await leftoverContainers()).toBe(0);
  }, 300_000);

  it('runs a CronJob unit once and checks its exit code and files', async () => {
    const u = unit('cron-job', { workload: 'CronJob' });
    expect((await buildUnit(docker, u)).ok).toBe(true);
    const v = await verifyUnit(docker, u);
    expect(v.checks.map((c) => [c.name, c.ok])).toEqual([
      ['runs once and exits 0', true],
      ['file /usr/local/bin/nightly-report', true],
    ]);
    expect(v.checks[0]!.detail).toContain('report written');
    expect(await leftoverContainers()).toBe(0);
  }, 300_000);
});
