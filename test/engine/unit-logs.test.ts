/**
 * A unit's log reaches the container's output (`docker logs`), as a cluster's
 * log collector reads it: convert and build an end-to-end fixture through the
 * CLI, run its image, make a request, and find the line. nginx writes an
 * access line per request through the links the image makes; redis logs no
 * line per request at its default verbosity, so the plan runs it at
 * `--loglevel verbose` (catalog/logs/request-options.yaml) and its ping's
 * connection is in the output too.
 * nrpe logs only through syslog(3): its start lines reach docker logs through
 * the /dev/log relay its image starts behind, and nrpe runs as nagios; with
 * the `debug=1` the plan set in its nrpe.cfg, a client's connection does too.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import { FIXTURES } from '../support/fixtures.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
let out: string;
const started: string[] = [];

async function decant(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, maxBuffer: 32 << 20 })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const docker = (...args: string[]) => run('docker', args, { maxBuffer: 16 << 20 });

/** convert → build through the CLI; the built image's id (never the shared tag: other runs build the same name). */
async function builtImage(fixture: string, unit: string): Promise<string> {
  const dir = join(out, fixture);
  const converted = await decant('convert', join(FIXTURES, fixture, 'input'), '-o', dir);
  expect(converted.code, converted.stderr).toBe(0);
  const built = await decant('build', dir, '--json');
  expect(built.code, built.stdout).toBe(0);
  const id = (JSON.parse(built.stdout) as { units: { name: string; imageId?: string }[] }).units.find((u) => u.name === unit)?.imageId;
  expect(id, `unit ${unit} built`).toBeDefined();
  return id!;
}

async function runContainer(image: string, tag: string): Promise<string> {
  const name = `decant-test-logs-${tag}-${process.pid}-${Date.now()}`;
  await docker('run', '-d', '--name', name, image);
  started.push(name);
  return name;
}

/** Retries a shell command in the container until it succeeds (the service may take a moment). */
async function execUntil(name: string, script: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    try {
      return (await docker('exec', name, 'bash', '-c', script)).stdout;
    } catch (e) {
      last = String((e as { stderr?: string }).stderr ?? e);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`never succeeded: ${script}: ${last}`);
}

async function logsUntil(name: string, re: RegExp): Promise<string> {
  let text = '';
  for (let i = 0; i < 20; i++) {
    const { stdout, stderr } = await docker('logs', name);
    text = stdout + stderr;
    if (re.test(text)) return text;
    await new Promise((r) => setTimeout(r, 500));
  }
  return text;
}

beforeAll(async () => {
  const problem = await engineProblem(dockerClient());
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  out = await mkdtemp(join(tmpdir(), 'decant-logs-'));
});

afterAll(async () => {
  for (const name of started.splice(0)) await docker('rm', '-f', name).catch(() => undefined);
  await rm(out, { recursive: true, force: true });
}, 120_000);

describe('unit logs reach docker logs', () => {
  it("nginx: a request's access line, through the link the image makes for the site's own access_log", async () => {
    const name = await runContainer(await builtImage('e2e-nginx-site', 'nginx'), 'nginx');
    const marker = `/status?decant-log-check-${Date.now()}`;
    const answer = await execUntil(name, `exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET ${marker} HTTP/1.0\\r\\nHost: www.example.test\\r\\n\\r\\n' >&3 && cat <&3`);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    const logs = await logsUntil(name, new RegExp(marker.replace(/[?.]/g, '\\$&')));
    expect(logs).toMatch(new RegExp(`"GET ${marker.replace(/[?.]/g, '\\$&')} HTTP/1\\.0" 200`));
  }, 900_000);

  it('nrpe (syslog only): its start lines reach docker logs through the relay, and the daemon runs as nagios, not root', async () => {
    const name = await runContainer(await builtImage('e2e-syslog-daemon', 'nagios-nrpe-server'), 'nrpe');
    const logs = await logsUntil(name, /nrpe\[1\]: Starting up daemon/);
    expect(logs).toMatch(/nrpe\[1\]: Starting up daemon/);
    expect(logs).not.toMatch(/decant syslog relay/);
    expect(await execUntil(name, 'stat -c %U /proc/1')).toBe('nagios\n');
    expect(await execUntil(name, 'test -S /dev/log && echo socket')).toBe('socket\n');
    // nrpe.cfg's debug=1 (catalog/logs/request-directives.yaml): an allowed client's connection is a line in docker logs.
    await execUntil(name, 'exec 3<>/dev/tcp/127.0.0.1/5667 && sleep 1');
    expect(await logsUntil(name, /Connection from 127\.0\.0\.1 port \d+/)).toMatch(/nrpe\[\d+\]: Connection from 127\.0\.0\.1 port \d+/);
  }, 900_000);

  it('redis: answers PING, and its ready line and the connection of the ping are in docker logs (stdout, not a file)', async () => {
    const name = await runContainer(await builtImage('e2e-redis', 'redis'), 'redis');
    expect(await execUntil(name, 'redis-cli -p 6380 ping')).toMatch(/PONG/);
    expect(await logsUntil(name, /Ready to accept connections/)).toMatch(/Ready to accept connections/);
    expect(await logsUntil(name, /Accepted 127\.0\.0\.1:\d+/)).toMatch(/Accepted 127\.0\.0\.1:\d+/);
  }, 900_000);
});
