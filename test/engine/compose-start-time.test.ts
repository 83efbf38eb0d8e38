/**
 * Issue 16 through compose on a real engine: the unit with a generated key,
 * an openssl certificate and a sensitive template holding a data bag value
 * (start-time-cookbook.ts) converted `--format compose --include-secrets`,
 * brought up by Debian's docker-compose 1.29. The runtime-files one-shot
 * runs first and exits 0, the service starts after it, and inside the
 * running service the key and certificate are there and the config holds
 * the value; `down -v --rmi all` leaves nothing of the project. A unique
 * project and image names keep it apart from other engine tests.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import { ensureBuilt, repo as ROOT } from '../hardening/cli-run.js';
import { startTimeCookbook } from './start-time-cookbook.js';

const run = promisify(execFile);
const docker = dockerClient();

const NAME = 'composestart';
const PASSWORD = 'cs-pw-7e41d2-compose';
const PROJECT = `decantcomposestart${process.pid}`;
const IMAGE = `${PROJECT}-memcached:e2e`;

const work = mkdtempSync(join(tmpdir(), 'decant-compose-start-'));
const appDir = join(work, 'out', NAME);
const override = join(work, 'override.yaml');
const env: NodeJS.ProcessEnv = { ...process.env };

async function sh(cmd: string, args: readonly string[], cwd = ROOT) {
  try {
    const r = await run(cmd, args, { cwd, env, maxBuffer: 64 << 20, timeout: 900_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

const compose = (...args: string[]) => sh('docker-compose', ['-f', 'compose.yaml', '-f', override, '-p', PROJECT, ...args], appDir);

/** A port nothing listens on now, for the compose file's port variable. */
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

afterAll(async () => {
  // Whatever happened, nothing of the project stays on the engine.
  await compose('down', '-v', '--rmi', 'all', '--remove-orphans');
  rmSync(work, { recursive: true, force: true });
}, 300_000);

const projectFilter = (key: string) => ({ filters: JSON.stringify({ [key]: key === 'label' ? [`com.docker.compose.project=${PROJECT}`] : [PROJECT] }) });

describe('start-time work through compose on a real engine', () => {
  it('runs the one-shot first, and the service has the key, the certificate and the value; down -v leaves nothing', async () => {
    expect(await engineProblem(docker), 'a Docker engine answers').toBeUndefined();
    expect((await sh('docker-compose', ['version', '--short'])).code, 'docker-compose is missing: run scripts/test-tools-setup.sh').toBe(0);
    ensureBuilt();
    const input = join(work, 'repo');
    for (const [rel, text] of Object.entries(startTimeCookbook(NAME, PASSWORD))) {
      mkdirSync(dirname(join(input, rel)), { recursive: true });
      writeFileSync(join(input, rel), text);
    }
    const converted = await sh(process.execPath, [join(ROOT, 'bin', 'decant.js'), 'convert', input, '-o', join(work, 'out'), '--offline', '--format', 'compose', '--include-secrets']);
    expect(converted.code, converted.stderr).toBe(0);
    const text = readFileSync(join(appDir, 'compose.yaml'), 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(readFileSync(join(appDir, 'compose', 'memcached', 'secrets', 'DECANT_SECRET_PASSWORD'), 'utf8')).toBe(PASSWORD);

    // This run's own image name for both services, so `down --rmi all` removes only what this test built.
    writeFileSync(override, ['services:', ...['memcached', 'memcached-runtime-files'].flatMap((s) => [`  ${s}:`, `    image: ${IMAGE}`])].join('\n') + '\n');
    const variable = /\$\{([A-Z0-9_]+):-11211\}/.exec(text)?.[1];
    expect(variable).toBeDefined();
    env[variable!] = String(await freePort());

    const up = await compose('up', '--build', '-d');
    expect(up.code, up.stderr.slice(-4000)).toBe(0);
    const once = await docker.getContainer((await compose('ps', '-q', 'memcached-runtime-files')).stdout.trim()).inspect();
    expect(once.State.Status).toBe('exited');
    expect(once.State.ExitCode).toBe(0);
    const service = await docker.getContainer((await compose('ps', '-q', 'memcached')).stdout.trim()).inspect();
    expect(service.State.Running).toBe(true);
    // The service started after the one-shot ended, as a pod's container after its init container.
    expect(Date.parse(service.State.StartedAt)).toBeGreaterThanOrEqual(Date.parse(once.State.FinishedAt));

    // Inside the running service, as its own user.
    const inside = await compose('exec', '-T', 'memcached', 'sh', '-c', [
      'id -un',
      'grep "sasl password" /etc/memcached.conf',
      'stat -c "%U %a" /etc/memcached.conf /etc/memcached/tls.key',
      'openssl x509 -in /etc/memcached/tls.crt -noout -subject',
      'cat /etc/memcached/client.cnf',
    ].join(' && '));
    expect(inside.code, inside.stderr).toBe(0);
    expect(inside.stdout.split('\n')).toEqual([
      'memcache',
      `# sasl password ${PASSWORD}`,
      'memcache 640',
      'root 600',
      expect.stringMatching(/CN ?= ?cache\.example\.test/),
      // The step holding the value ran in the one-shot service, filled from the compose secret.
      `password=${PASSWORD}`,
      '',
    ]);
    // The key is the one-shot's, not the image's: the image has no key file.
    const bare = await sh('docker', ['run', '--rm', '--entrypoint', 'sh', IMAGE, '-c', 'test ! -e /etc/memcached/tls.key && test ! -e /etc/memcached/client.cnf && grep -c DECANT_SECRET_PASSWORD /etc/memcached.conf']);
    expect(bare.stdout.trim(), bare.stderr).toBe('1');

    const down = await compose('down', '-v', '--rmi', 'all', '--remove-orphans');
    expect(down.code, down.stderr).toBe(0);
    expect((await docker.listContainers({ all: true, ...projectFilter('label') })).map((c) => c.Names)).toEqual([]);
    expect((await docker.listNetworks(projectFilter('name'))).map((n) => n.Name)).toEqual([]);
    expect(((await docker.listVolumes(projectFilter('name'))).Volumes ?? []).map((v) => v.Name)).toEqual([]);
    expect((await docker.listImages({ filters: JSON.stringify({ reference: [`${PROJECT}-*`] }) })).map((i) => i.RepoTags)).toEqual([]);
  }, 900_000);
});
