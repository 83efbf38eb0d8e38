/**
 * `decant verify` beyond a TCP accept (issue 14), on a real engine, no mocks:
 * the e2e-redis fixture's reviewed image (its golden Dockerfile and context)
 * is built under a name of this file's own, then verified — its port answers
 * PING in Redis's protocol, what listens in the container is what the unit
 * declares, and its log has no fatal line. The same image with a port declared
 * that nothing listens on fails verify, saying which port.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit } from '../../src/engine/build.js';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import type { EngineUnit } from '../../src/engine/report-units.js';
import { verifyUnit } from '../../src/engine/verify.js';

const docker = dockerClient();
const IMAGE_DIR = join(import.meta.dirname, '../../fixtures/e2e-redis/expected/convert/redis-server/images/redis');
const IMAGE = 'decant-verify-protocols-redis:1';
let work: string;

const unit = (over: Partial<EngineUnit> = {}): EngineUnit => ({
  app: 'verify-protocols',
  name: 'redis',
  workload: 'StatefulSet',
  image: IMAGE,
  dockerfile: join(work, 'context', 'Dockerfile'),
  context: join(work, 'context'),
  imageData: join(work, 'context', 'image.json'),
  ports: [6380],
  ...over,
});

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  work = await mkdtemp(join(tmpdir(), 'decant-verify-protocols-'));
  await cp(IMAGE_DIR, join(work, 'context'), { recursive: true });
  const built = await buildUnit(docker, unit());
  expect(built.diagnostics).toEqual([]);
  expect(built.ok).toBe(true);
}, 600_000);

afterAll(async () => {
  await docker.getImage(IMAGE).remove({ force: true }).catch(() => undefined);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('verify of the redis fixture', () => {
  it('checks the Redis answer, the listening sockets and the log, and all pass', async () => {
    const r = await verifyUnit(docker, unit(), { stayUpSeconds: 3, readySeconds: 20 });
    const byName = new Map(r.checks.map((c) => [c.name, c]));
    expect(byName.get('port 6380/TCP speaks redis')).toEqual({ name: 'port 6380/TCP speaks redis', ok: true, detail: 'answered "+PONG"' });
    expect(byName.get('port 6380/TCP listens')).toMatchObject({ ok: true, detail: expect.stringMatching(/^listening on 0\.0\.0\.0:6380/) });
    expect(byName.get('log has no fatal errors')?.ok).toBe(true);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  }, 120_000);

  it('fails when a declared port has nothing listening on it, naming the port', async () => {
    const data = JSON.parse(await readFile(join(work, 'context', 'image.json'), 'utf8')) as { ports: unknown[] };
    data.ports.push({ port: 7777, protocol: 'TCP' });
    const declared = join(work, 'declared-7777.json');
    await writeFile(declared, JSON.stringify(data));
    const r = await verifyUnit(docker, unit({ imageData: declared, ports: [6380, 7777] }), { stayUpSeconds: 3, readySeconds: 3 });
    const failed = r.checks.filter((c) => !c.ok);
    expect(failed).toEqual([
      { name: 'port 7777 accepts connections', ok: false, detail: expect.stringMatching(/^nothing accepts on [\d.]+:7777 within 3 s$/) },
      { name: 'port 7777/TCP listens', ok: false, detail: 'declared, but nothing in the container listens on 7777/TCP' },
    ]);
    expect(r.diagnostics.map((d) => d.message)).toContain('verify-protocols/redis: port 7777/TCP listens: declared, but nothing in the container listens on 7777/TCP');
  }, 120_000);
});
