/**
 * compose.yaml brought up for real for every end-to-end fixture (`"engine":
 * true`): `decant convert --format kustomize,compose` → `decant build` (the
 * same conversion and tags as e2e-fixtures.test.ts, so the second of the two
 * builds is the engine's layer cache) → Debian's docker-compose 1.29 `up -d`
 * without --build, on the images decant built. Each long-running service
 * becomes healthy (or running, without a check), each one-shot exits 0, every
 * published port answers on the host in the protocol it speaks (the checks
 * `decant verify` uses), each cron unit runs once with `run --rm` and exits
 * 0, and `down -v --rmi local` leaves no container, network or volume of the
 * project. A project name per fixture and process keeps parallel runs apart;
 * the images stay (they are the e2e test's too).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import { askInProtocol } from '../../src/engine/protocols/protocol-exchange.js';
import { protocolNamed } from '../../src/plan/catalog/load-protocols.js';
import { FIXTURES } from '../support/fixtures.js';
import { convertArgs, engineCases, type EngineCase } from './e2e-convert-args.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const docker = dockerClient();
let out = '';
/** Projects brought up and not yet taken down: afterAll takes them down whatever failed. */
const live = new Map<string, () => Promise<unknown>>();

interface ComposeService {
  readonly restart?: string;
  readonly profiles?: string[];
  readonly healthcheck?: unknown;
  readonly ports?: string[];
  readonly network_mode?: string;
}

interface ImagePort {
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly speaks?: string;
}

async function sh(cmd: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    const r = await run(cmd, args, { maxBuffer: 64 << 20, timeout: 900_000, ...options });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: unknown; stdout?: string; stderr?: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

const decant = (...args: string[]) => sh(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT });

/** A port nothing listens on now, for a compose file's port variable. */
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

/** A port without a protocol decant knows still accepts a connection. */
function accepts(port: number): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve({ ok: true, detail: 'accepts connections' });
    });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve({ ok: false, detail: 'no connection within 3 s' });
    });
    socket.on('error', (e) => resolve({ ok: false, detail: e.message }));
  });
}

async function until<T>(f: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

/** What compose reports of a service's container: health, else running/exited with the exit code. */
async function stateOf(compose: (...a: string[]) => ReturnType<typeof sh>, service: string): Promise<string> {
  const id = (await compose('ps', '-a', '-q', service)).stdout.trim().split('\n')[0];
  if (!id) return 'missing';
  const s = (await docker.getContainer(id).inspect()).State;
  if (s.Health) return s.Health.Status;
  return s.Running ? 'running' : `exited ${s.ExitCode}`;
}

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  expect((await sh('docker-compose', ['version', '--short'])).code, 'docker-compose is missing: run scripts/test-tools-setup.sh').toBe(0);
  out = await mkdtemp(join(tmpdir(), 'decant-compose-all-'));
});

afterAll(async () => {
  for (const down of live.values()) await down();
  if (out) await rm(out, { recursive: true, force: true });
}, 600_000);

describe('compose.yaml up for real, for every end-to-end fixture', () => {
  const cases = engineCases();
  it('finds the end-to-end fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.name}: services come up, every published port answers, cron units run once, down leaves nothing`, async () => {
      const dir = join(out, c.name);
      const converted = await decant(...convertArgs(c.name, join(FIXTURES, c.name, 'input'), dir, c.raw as EngineCase), '--format', 'kustomize,compose');
      expect(converted.code, converted.stderr).toBe(0);
      const built = await decant('build', dir);
      expect(built.code, built.stdout + built.stderr).toBe(0);

      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { apps: { name: string; units: { name: string }[] }[] };
      for (const app of report.apps) {
        const appDir = join(dir, app.name);
        const text = await readFile(join(appDir, 'compose.yaml'), 'utf8');
        const file = parse(text, { version: '1.1' }) as { services: Record<string, ComposeService> };
        // Every unit of the app is a service of the file.
        expect(Object.keys(file.services)).toEqual(expect.arrayContaining(app.units.map((u) => u.name)));
        const project = `decantall${c.name.replace(/[^a-z0-9]/g, '')}${app.name.replace(/[^a-z0-9]/g, '')}${process.pid}`;
        const env: NodeJS.ProcessEnv = { ...process.env };
        // Every published port moved to a free one through its variable: [container port, transport, host port].
        const published: [number, string, number][] = [];
        for (const m of text.matchAll(/\$\{([A-Z0-9_]+):-(\d+)\}:(\d+)\/(tcp|udp)/g)) {
          const port = await freePort();
          env[m[1]!] = String(port);
          published.push([Number(m[3]), m[4]!.toUpperCase(), port]);
        }
        const compose = (...args: string[]) => sh('docker-compose', ['-f', 'compose.yaml', '-p', project, ...args], { cwd: appDir, env });
        const down = () => compose('--profile', 'cron', 'down', '-v', '--rmi', 'local', '--remove-orphans');
        live.set(project, down);

        const up = await compose('up', '-d');
        expect(up.code, up.stderr.slice(-4000)).toBe(0);
        const names = Object.keys(file.services).filter((s) => !file.services[s]!.profiles?.length);
        const wanted = (s: string) => (file.services[s]!.restart === 'no' ? 'exited 0' : file.services[s]!.healthcheck ? 'healthy' : 'running');
        const states = await until(async () => {
          const now = await Promise.all(names.map((s) => stateOf(compose, s)));
          return now.every((st, i) => st === wanted(names[i]!)) ? now : undefined;
        }, 180_000);
        const seen = states ?? (await Promise.all(names.map((s) => stateOf(compose, s))));
        expect(Object.fromEntries(names.map((s, i) => [s, seen[i]])), (await compose('logs', '--tail', '40')).stdout.slice(-6000)).toEqual(Object.fromEntries(names.map((s) => [s, wanted(s)])));

        // Each published port answers on the host as `decant verify` asks it inside: in its protocol, else by accepting.
        // A node agent on the host's network (network_mode: host) publishes nothing: it answers on the host's port itself.
        const ports: ImagePort[] = [];
        const onHost: ImagePort[] = [];
        for (const u of app.units) {
          const own = (JSON.parse(await readFile(join(appDir, 'images', u.name, 'image.json'), 'utf8')) as { ports?: ImagePort[] }).ports ?? [];
          (file.services[u.name]?.network_mode === 'host' ? onHost : ports).push(...own);
        }
        expect(published.length).toBe(ports.length);
        for (const p of onHost.filter((x) => x.protocol === 'TCP')) published.push([p.port, p.protocol, p.port]);
        for (const [port, transport, host] of published) {
          const spec = protocolNamed(ports.find((p) => p.port === port && p.protocol === transport)?.speaks);
          let last = { ok: false, detail: 'not asked' };
          await until(async () => {
            last = spec ? await askInProtocol('127.0.0.1', host, transport as 'TCP' | 'UDP', spec) : await accepts(host);
            return last.ok ? true : undefined;
          }, 60_000);
          expect(last, `port ${port}/${transport} (host ${host})`).toMatchObject({ ok: true });
        }

        // A scheduled unit is run as the host's crontab would: once, removed after.
        for (const s of Object.keys(file.services).filter((n) => file.services[n]!.profiles?.includes('cron'))) {
          const once = await compose('--profile', 'cron', 'run', '--rm', s);
          expect(once.code, `${s}: ${once.stdout.slice(-2000)}${once.stderr.slice(-2000)}`).toBe(0);
        }

        const downed = await down();
        expect(downed.code, downed.stderr).toBe(0);
        live.delete(project);
        const containers = await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`com.docker.compose.project=${project}`] }) });
        expect(containers.map((x) => x.Names)).toEqual([]);
        const networks = await docker.listNetworks({ filters: JSON.stringify({ name: [project] }) });
        expect(networks.map((n) => n.Name)).toEqual([]);
        const volumes = await docker.listVolumes({ filters: JSON.stringify({ name: [project] }) });
        expect((volumes.Volumes ?? []).map((v) => v.Name)).toEqual([]);
      }
    }, 900_000);
  }
});
