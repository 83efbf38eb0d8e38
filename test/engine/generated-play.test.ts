/**
 * The manifests `decant convert` generates, played for real with podman kube
 * play on the images `decant build` made from them: the end-to-end nginx and
 * redis fixtures. Checks are what a user of the service would check, inside
 * the pod, with the ConfigMap mounted as the manifests say.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient } from '../../src/engine/docker-client.js';
import { podExec, playManifests, readManifests, type CommandResult, type PlayedManifests } from '../../src/engine/podman-play.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const docker = dockerClient();
let out: string;
const played: PlayedManifests[] = [];

async function decant(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, maxBuffer: 32 << 20 })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

interface Report {
  apps: { name: string; manifests: string; units: { name: string; image: string }[] }[];
}

async function convertAndBuild(fixture: string): Promise<Report['apps'][number]> {
  const dir = join(out, fixture);
  const converted = await decant('convert', join(ROOT, 'fixtures', fixture, 'input'), '-o', dir);
  expect(converted.code, converted.stderr).toBe(0);
  const built = await decant('build', dir, '--json');
  expect(built.code, built.stdout).toBe(0);
  const verified = await decant('verify', dir, '--json');
  const doc = JSON.parse(verified.stdout) as { units: { checks: { name: string; ok: boolean; detail: string }[] }[] };
  expect(doc.units.flatMap((u) => u.checks.filter((c) => !c.ok))).toEqual([]);
  expect(verified.code).toBe(0);
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
  return report.apps[0]!;
}

async function play(fixture: string, app: Report['apps'][number]): Promise<string> {
  const p = await playManifests(docker, await readManifests(join(out, fixture, app.manifests)), app.units.map((u) => u.image));
  played.push(p);
  expect(p.diagnostics).toEqual([]);
  expect(p.pods).toHaveLength(1);
  return p.pods[0]!;
}

/** The service may take a moment after the pod starts. */
async function retry(f: () => Promise<CommandResult>): Promise<CommandResult> {
  let r = await f();
  for (let i = 0; i < 30 && r.code !== 0; i++) {
    await new Promise((res) => setTimeout(res, 500));
    r = await f();
  }
  return r;
}

const httpGet = (pod: string, container: string, port: number, path: string) =>
  retry(() => podExec(pod, container, ['bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${port} && printf 'GET ${path} HTTP/1.0\\r\\nHost: www.example.test\\r\\n\\r\\n' >&3 && cat <&3`]));

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'decant-generated-play-'));
});

afterAll(async () => {
  for (const p of played) await p.down();
  await rm(out, { recursive: true, force: true });
}, 120_000);

describe('generated manifests under podman kube play', () => {
  it('nginx site: the page and the templated location answer in the pod', async () => {
    const app = await convertAndBuild('e2e-nginx-site');
    const pod = await play('e2e-nginx-site', app);
    const status = await httpGet(pod, 'nginx', 8080, '/status');
    expect(status.stdout).toMatch(/^HTTP\/1\.1 200/);
    expect(status.stdout.endsWith('\r\n\r\nok www.example.test\n')).toBe(true);
    const page = await httpGet(pod, 'nginx', 8080, '/');
    const expected = await readFile(join(ROOT, 'fixtures/e2e-nginx-site/input/files/index.html'), 'utf8');
    expect(page.stdout.endsWith(`\r\n\r\n${expected}`)).toBe(true);
  }, 600_000);

  it('redis StatefulSet: PING on the configured port, maxmemory from the mounted config, data dir writable', async () => {
    const app = await convertAndBuild('e2e-redis');
    const pod = await play('e2e-redis', app);
    const ping = await retry(() => podExec(pod, 'redis', ['redis-cli', '-p', '6380', 'ping']));
    expect(ping.stdout.trim()).toBe('PONG');
    const maxmemory = await podExec(pod, 'redis', ['redis-cli', '-p', '6380', 'config', 'get', 'maxmemory']);
    expect(maxmemory.stdout.split('\n').map((l) => l.trim())).toEqual(['maxmemory', String(64 * 1024 * 1024), '']);
    const conf = await podExec(pod, 'redis', ['grep', '-E', '^(port|maxmemory) ', '/etc/redis/redis.conf']);
    expect(conf.stdout).toBe('port 6380\nmaxmemory 64mb\n');
    const saved = await podExec(pod, 'redis', ['redis-cli', '-p', '6380', 'save']);
    expect(saved.stdout.trim()).toBe('OK');
  }, 600_000);
});
