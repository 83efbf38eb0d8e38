/**
 * `decant convert --format compose` run for real: Debian's docker-compose
 * (1.29; scripts/test-tools-setup.sh installs it) builds the two-service
 * fixture's images from OUT on the local engine (FROM debian:bookworm-slim, no
 * registry), brings the app up, its services answer on their published ports
 * in their protocols, and `down` leaves no container, network or volume of the
 * project behind. A unique project name and image names keep it apart from
 * other engine tests running at the same time.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'fixtures', 'e2e-chef-repo-two-services');
const PROJECT = `decantcomposee2e${process.pid}`;
const docker = dockerClient();

let root: string;
let appDir: string;
let composeArgs: string[];
let env: NodeJS.ProcessEnv;
/** Host port of each published container port, as the test moved them. */
const hostPort = new Map<number, number>();
let upDone = false;

async function sh(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
  try {
    const r = await run(cmd, args, { maxBuffer: 64 << 20, timeout: options.timeout ?? 900_000, ...options });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code ?? 1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

/** A port nothing listens on now, for the compose file's port variables. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Sends `send` to 127.0.0.1:port and returns what came back before `done` says enough (or the timeout). */
function exchange(port: number, send: string, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(send));
    const finish = () => {
      socket.destroy();
      resolve(data);
    };
    socket.setTimeout(5_000, finish);
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      if (done(data)) finish();
    });
    socket.on('error', finish);
    socket.on('end', finish);
  });
}

const compose = (...args: string[]) => sh('docker-compose', [...composeArgs, ...args], { cwd: appDir, env });

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  const version = await sh('docker-compose', ['version', '--short']);
  expect(version.code, 'docker-compose is missing: run scripts/test-tools-setup.sh').toBe(0);
  root = await mkdtemp(join(tmpdir(), 'decant-compose-e2e-'));
  const out = join(root, 'out');
  const converted = await sh(process.execPath, [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'),
    'convert', join(FIXTURE, 'input'), '--run-list', 'role[stack]', '--environment', 'production', '--format', 'compose', '-o', out,
  ], { cwd: ROOT });
  expect(converted.code, converted.stderr).toBe(0);
  appDir = join(out, 'stack');
  // Unique image names for this run, so `down --rmi all` removes only what this test built.
  const override = join(root, 'override.yaml');
  await writeFile(override, ['services:', ...['nginx', 'redis'].flatMap((u) => [`  ${u}:`, `    image: ${PROJECT}-${u}:e2e`])].join('\n') + '\n');
  composeArgs = ['-f', 'compose.yaml', '-f', override, '-p', PROJECT];
  // Each published port moved to a free one through the variable compose.yaml names for it.
  env = { ...process.env };
  const text = await readFile(join(appDir, 'compose.yaml'), 'utf8');
  for (const m of text.matchAll(/\$\{([A-Z0-9_]+):-(\d+)\}:(\d+)\//g)) {
    const port = await freePort();
    env[m[1]!] = String(port);
    hostPort.set(Number(m[3]), port);
  }
  expect([...hostPort.keys()].sort()).toEqual([6390, 80, 8081].sort());
}, 900_000);

afterAll(async () => {
  // Whatever happened above, nothing of the project stays on the engine.
  if (composeArgs) await compose('down', '-v', '--rmi', 'all', '--remove-orphans');
  if (root) await rm(root, { recursive: true, force: true });
}, 300_000);

async function healthOf(service: string): Promise<string> {
  const id = (await compose('ps', '-q', service)).stdout.trim();
  if (!id) return 'missing';
  const info = await docker.getContainer(id).inspect();
  return info.State.Health?.Status ?? info.State.Status;
}

describe('compose.yaml on a real engine', () => {
  it('builds both images from OUT and brings both services up healthy', async () => {
    const up = await compose('up', '--build', '-d');
    expect(up.code, up.stderr.slice(-4000)).toBe(0);
    upDone = true;
    const deadline = Date.now() + 180_000;
    let states: string[] = [];
    while (Date.now() < deadline) {
      states = await Promise.all(['nginx', 'redis'].map(healthOf));
      if (states.every((s) => s === 'healthy')) break;
      await new Promise((r) => setTimeout(r, 2_000));
    }
    expect(states).toEqual(['healthy', 'healthy']);
  }, 900_000);

  it('nginx serves the cookbook page on the rendered site port, and the package site on 80', async () => {
    expect(upDone).toBe(true);
    const site = await exchange(hostPort.get(8081)!, 'GET / HTTP/1.0\r\nHost: stack.example.test\r\n\r\n', () => false);
    expect(site).toMatch(/^HTTP\/1\.1 200/);
    expect(site).toContain((await readFile(join(FIXTURE, 'input/cookbooks/web/files/index.html'), 'utf8')).trim());
    expect(await exchange(hostPort.get(80)!, 'HEAD / HTTP/1.0\r\n\r\n', () => false)).toMatch(/^HTTP\/1\.1 [1-4]\d\d/);
  }, 30_000);

  it('redis answers PING on 6390 with the environment\'s maxmemory, its data on the project volume', async () => {
    expect(upDone).toBe(true);
    const port = hostPort.get(6390)!;
    expect(await exchange(port, 'PING\r\n', (t) => t.includes('\n'))).toBe('+PONG\r\n');
    const maxmemory = await exchange(port, 'CONFIG GET maxmemory\r\n', (t) => /\r\n\d+\r\n$/.test(t));
    expect(maxmemory).toContain(`\r\n${32 * 1024 * 1024}\r\n`);
    const volumes = await docker.listVolumes({ filters: JSON.stringify({ name: [PROJECT] }) });
    expect((volumes.Volumes ?? []).map((v) => v.Name)).toContain(`${PROJECT}_redis-data`);
  }, 30_000);

  it('down leaves no container, network or volume of the project, nor its images', async () => {
    expect(upDone).toBe(true);
    const down = await compose('down', '-v', '--rmi', 'all', '--remove-orphans');
    expect(down.code, down.stderr).toBe(0);
    const containers = await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`com.docker.compose.project=${PROJECT}`] }) });
    expect(containers.map((c) => c.Names)).toEqual([]);
    const networks = await docker.listNetworks({ filters: JSON.stringify({ name: [PROJECT] }) });
    expect(networks.map((n) => n.Name)).toEqual([]);
    const volumes = await docker.listVolumes({ filters: JSON.stringify({ name: [PROJECT] }) });
    expect((volumes.Volumes ?? []).map((v) => v.Name)).toEqual([]);
    const images = await docker.listImages({ filters: JSON.stringify({ reference: [`${PROJECT}-*`] }) });
    expect(images.map((i) => i.RepoTags)).toEqual([]);
  }, 300_000);
});
