/**
 * Every end-to-end fixture (`"engine": true` in case.json) the way a user runs
 * decant: `decant convert` → `decant build` → `decant verify --tests`, on a
 * real engine, no mocks. What is asserted is what a user would check: the
 * fixtures' own InSpec suites (nginx page and templated location over HTTP,
 * redis PING/port/maxmemory, memcached stats on its port, both services of the
 * role, the cron command's effect after one run, a PHP page through nginx and
 * php-fpm's socket, a worker counting in memcached at 127.0.0.1) pass through the CLI; the
 * nginx fixture's `failing` suite is reported failed at its lines; a
 * config-only change rebuilds only the layers after the package layer; and
 * the generated manifests play under podman with the services answering and
 * a request to them in the pod's logs (what `kubectl logs` shows).
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import { podExec, podLogs, playManifests, readManifests, type CommandResult, type PlayedManifests } from '../../src/engine/podman-play.js';
import { lineAfter } from '../../src/engine/request-trace.js';
import { FIXTURES, type FixtureCase } from '../support/fixtures.js';
import { convertArgs, engineCases as allEngineCases, type EngineCase } from './e2e-convert-args.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const docker = dockerClient();
let out: string;
const played: PlayedManifests[] = [];

type Case = EngineCase;

interface VerifyDoc {
  units: { name: string; checks: { name: string; ok: boolean; detail: string }[] }[];
  tests: {
    passed: number;
    failed: number;
    unsupported: number;
    results: { control: string; expectation: string; status: string; detail: string; file: string; line: number; column: number }[];
  };
}

interface BuildDoc {
  units: { name: string; ok: boolean; imageId?: string; durationMs: number; layers: { step: number; instruction: string; cached: boolean }[] }[];
}

interface ReportApp {
  name: string;
  manifests: string;
  units: { name: string; image: string }[];
}

async function decant(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, maxBuffer: 32 << 20 })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const engineCases = allEngineCases();
const byName = new Map<string, FixtureCase>(engineCases.map((c) => [c.name, c]));
const readCase = (name: string) => byName.get(name)!.raw as Case;

/** convert and build through the CLI; the fixture's OUT folder. */
async function convertAndBuild(name: string, input = join(FIXTURES, name, 'input'), dir = join(out, name)): Promise<{ dir: string; build: BuildDoc }> {
  const converted = await decant(...convertArgs(name, input, dir, readCase(name)));
  expect(converted.code, converted.stderr).toBe(0);
  const built = await decant('build', dir, '--json');
  expect(built.code, built.stdout).toBe(0);
  return { dir, build: JSON.parse(built.stdout) as BuildDoc };
}

async function verifyTests(name: string, ...extra: string[]): Promise<{ code: number; doc: VerifyDoc; stderr: string }> {
  const r = await decant('verify', join(out, name), '--tests', '--cookbook-path', join(FIXTURES, name, 'input'), '--json', ...extra);
  const doc = JSON.parse(r.stdout) as VerifyDoc;
  // The same document is kept beside report.json for CI and people.
  expect(JSON.parse(await readFile(join(out, name, 'verify.json'), 'utf8'))).toEqual(doc);
  return { code: r.code, doc, stderr: r.stderr };
}

const notPassed = (doc: VerifyDoc) => doc.tests.results.filter((r) => r.status !== 'passed').map((r) => `${r.file}:${r.line} ${r.status} ${r.expectation}: ${r.detail}`);
const failedChecks = (doc: VerifyDoc) => doc.units.flatMap((u) => u.checks.filter((c) => !c.ok).map((c) => `${u.name}: ${c.name}: ${c.detail}`));
const passedText = (doc: VerifyDoc) => doc.tests.results.filter((r) => r.status === 'passed').map((r) => r.expectation);

async function reportApp(name: string): Promise<ReportApp> {
  return (JSON.parse(await readFile(join(out, name, 'report.json'), 'utf8')) as { apps: ReportApp[] }).apps[0]!;
}

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  out = await mkdtemp(join(tmpdir(), 'decant-e2e-'));
});

afterAll(async () => {
  for (const p of played.splice(0)) await p.down();
  // verify removes its own containers; none of this file's apps may be left
  // behind (other engine test files verify their own units at the same time).
  const apps = new Set<string>();
  for (const d of await readdir(out)) {
    const report = join(out, d, 'report.json');
    if (existsSync(report)) for (const a of (JSON.parse(await readFile(report, 'utf8')) as { apps: { name: string }[] }).apps) apps.add(a.name);
  }
  expect(apps.size).toBeGreaterThan(0);
  const left = await docker.listContainers({ all: true, filters: JSON.stringify({ label: ['io.decant.engine=verify'] }) });
  expect(left.filter((c) => apps.has((c.Labels['io.decant.unit'] ?? '').split('/')[0]!)).map((c) => c.Names)).toEqual([]);
  await rm(out, { recursive: true, force: true });
}, 180_000);

describe('the end-to-end fixtures through the CLI: convert, build, verify --tests', () => {
  // What each end-to-end fixture's suite must show: how many expectations pass, and some of them by name.
  const suites: Record<string, [number, string[]]> = {
    'e2e-nginx-site': [17, ['http("http://localhost:8080/") its("body") should match /Hello from static_site/', 'http("http://localhost:8080/status") its("body") should eq "ok www.example.test\\n"']],
    'e2e-redis': [12, ['command("redis-cli -p 6380 ping") its("stdout") should match /PONG/', 'port(6380) should be_listening', 'command("redis-cli -p 6380 config get maxmemory") its("stdout") should match /67108864/']],
    'e2e-memcached-custom-resource': [7, ['port(11311) should be_listening']],
    'e2e-cron-job': [5, ['file("/var/lib/heartbeat/last") its("content") should match /^heartbeat ok \\d{4}-\\d{2}-\\d{2}T/']],
    'e2e-webfs-cookbook-unit': [6, ['http("http://localhost:8095/") its("body") should match /Hello from webfs_site/', 'command("id -un") its("stdout") should eq "www-data\\n"']],
    'e2e-runit-run-template': [5, ['http("http://localhost:8091/index.html") its("body") should match /Hello from mini_site on runit/', 'command("id -un") its("stdout") should eq "www-data\\n"']],
    'e2e-package-started': [4, ['port(11401) should be_listening', 'command("id -un") its("stdout") should eq "beanstalkd\\n"']],
    'e2e-package-unit': [5, ['port(11400) should be_listening', 'command("id -un") its("stdout") should eq "beanstalkd\\n"']],
    'e2e-syslog-daemon': [4, ['port(5667) should be_listening', 'command("stat -c %U /proc/1") its("stdout") should eq "nagios\\n"']],
    'e2e-systemd-unit-resource': [4, ['http("http://localhost:8097/index.html") its("body") should match /Hello from busy_site/', 'command("id -un") its("stdout") should eq "www-data\\n"']],
    'e2e-plan-command': [3, ['http("http://localhost:8098/") its("body") should match /Hello from vendor_web/']],
    'e2e-php-fpm-socket': [4, ['http("http://localhost:8086/index.php") its("body") should match /php_site says 42 from PHP 8\\.2/']],
    'e2e-localhost-cache': [3, ['file("/var/lib/hit-counter/last") its("content") should match /^hits \\d+$/']],
    'e2e-chef-repo-two-services': [9, ['http("http://localhost:8081/healthz") its("body") should eq "web up\\n"', 'command("redis-cli -p 6390 ping") its("stdout") should match /PONG/']],
  };
  it('finds the end-to-end fixtures, each with what its suite must show', () => {
    expect(engineCases.length).toBeGreaterThan(0);
    expect(Object.keys(suites).sort()).toEqual(engineCases.map((c) => c.name));
  });
  for (const { name } of engineCases) {
    it(`${name}: builds, every unit check and every expectation of its suite passes`, async () => {
      expect(suites[name], `${name}: add what its suite must show to this file`).toBeDefined();
      const [count, mustPass] = suites[name]!;
      await convertAndBuild(name);
      const { code, doc } = await verifyTests(name);
      expect(failedChecks(doc)).toEqual([]);
      // Every long-running unit's logs reach its container's output (what kubectl logs shows): the check ran and passed.
      const apps = (JSON.parse(await readFile(join(out, name, 'report.json'), 'utf8')) as { apps: { units: { name: string; workload: string; ports: unknown[] }[]; connections?: { to: string; kind: string }[] }[] }).apps;
      const units = apps.flatMap((a) => a.units);
      const connections = apps.flatMap((a) => a.connections ?? []);
      const longRunning = units.filter((u) => u.workload !== 'CronJob' && u.workload !== 'Job');
      expect(doc.units.filter((u) => u.checks.some((c) => c.name === 'logs reach the container output' && c.ok)).map((u) => u.name).sort()).toEqual(longRunning.map((u) => u.name).sort());
      // Issue 20: each unit shows the request verify made in its output (an access log's line, or the line a quiet daemon
      // made to log wrote after it) — a unit with a port asked there, a socket-only one through the unit reaching it in its pod.
      const logDetail = (unit: string) => doc.units.find((u) => u.name === unit)?.checks.find((c) => c.name === 'logs reach the container output')?.detail;
      const reached = new Set(connections.filter((c) => c.kind === 'unix').map((c) => c.to));
      for (const u of longRunning.filter((x) => x.ports.length || reached.has(x.name))) {
        expect(logDetail(u.name), u.name).toMatch(/^the request verify made \(.+\) (is in|is followed by a line in) the output: \S/);
      }
      for (const u of longRunning.filter((x) => !x.ports.length && reached.has(x.name))) {
        expect(logDetail(u.name), u.name).toMatch(/^the request verify made \(GET \S+ to \S+, which reaches \S+ through \//);
      }
      expect(notPassed(doc)).toEqual([]);
      expect(doc.tests).toMatchObject({ passed: count, failed: 0, unsupported: 0 });
      for (const text of mustPass) expect(passedText(doc)).toContain(text);
      expect(code).toBe(0);
    }, 900_000);
  }

  it('memcached answers stats with the configured memory and connections (a probe through the custom resource)', async () => {
    const { doc } = await verifyTests('e2e-memcached-custom-resource');
    const stats = doc.tests.results.filter((r) => r.expectation.includes('stats'));
    expect(stats.map((r) => [r.status, /limit_maxbytes|max_connections/.exec(r.expectation)?.[0]])).toEqual([
      ['passed', 'limit_maxbytes'],
      ['passed', 'max_connections'],
    ]);
  }, 300_000);

  it('the role runs both services, each in its own unit, up together', async () => {
    const { doc } = await verifyTests('e2e-chef-repo-two-services');
    expect(doc.units.map((u) => [u.name, u.checks.find((c) => c.name === 'stays up')?.ok])).toEqual([
      ['nginx', true],
      ['redis', true],
    ]);
    // The redis expectations reached the redis unit and the HTTP ones the nginx unit: both passed above with one suite.
    expect(doc.tests.results.filter((r) => r.detail.includes('[unit redis')).length).toBeGreaterThan(0);
    expect(doc.tests.results.filter((r) => r.detail.includes('[unit nginx')).length).toBeGreaterThan(0);
  }, 300_000);

  it("nginx's failing suite: the wrong body and the wrong port are reported failed at their file:line, exit 1", async () => {
    const { code, doc } = await verifyTests('e2e-nginx-site', '--suite', 'failing');
    expect(doc.tests.results.map((r) => [`${r.file}:${r.line}:${r.column}`, r.status])).toEqual([
      ['test/integration/failing/failing_test.rb:5:8', 'passed'],
      ['test/integration/failing/failing_test.rb:9:17', 'failed'],
      ['test/integration/failing/failing_test.rb:13:8', 'failed'],
    ]);
    expect(doc.tests.results[1]!.detail).toMatch(/^expected to match \/maintenance mode\/, got "ok www\.example\.test\\n"/);
    expect(doc.tests).toMatchObject({ passed: 1, failed: 2, unsupported: 0 });
    expect(code).toBe(1);
    const human = await decant('verify', join(out, 'e2e-nginx-site'), '--tests', '--suite', 'failing', '--cookbook-path', join(FIXTURES, 'e2e-nginx-site', 'input'));
    expect(human.stdout).toMatch(/FAIL {2}test\/integration\/failing\/failing_test\.rb:13:8 {2}port\(9999\) should be_listening/);
  }, 300_000);
});

/** The service may take a moment after the pod starts. */
async function retry(f: () => Promise<CommandResult>): Promise<CommandResult> {
  let r = await f();
  for (let i = 0; i < 30 && r.code !== 0; i++) {
    await new Promise((res) => setTimeout(res, 500));
    r = await f();
  }
  return r;
}

/** Waits for a condition on what the pod shows (its logs may trail the request a little). */
async function retryUntil(f: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if (await f()) return true;
    await new Promise((res) => setTimeout(res, 250));
  }
  return f();
}

const podHttp = (pod: string, container: string, port: number, path: string, host: string) =>
  retry(() => podExec(pod, container, ['bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${port} && printf 'GET ${path} HTTP/1.0\\r\\nHost: ${host}\\r\\n\\r\\n' >&3 && cat <&3`]));

/** Play, check, and take the pods down before the next fixture plays (the fixtures' pods share names). */
async function play(name: string, pods: number, check: (pods: string[]) => Promise<void>): Promise<void> {
  const app = await reportApp(name);
  const p = await playManifests(docker, await readManifests(join(out, name, app.manifests)), app.units.map((u) => u.image));
  played.push(p);
  try {
    expect(p.diagnostics).toEqual([]);
    expect(p.pods).toHaveLength(pods);
    await check(p.pods);
  } finally {
    played.splice(played.indexOf(p), 1);
    await p.down();
  }
}

describe('the generated manifests under podman kube play, on the images decant built', () => {
  it('nginx site: the page and the templated location answer in the pod', async () => {
    await play('e2e-nginx-site', 1, async ([pod]) => {
      const status = await podHttp(pod!, 'nginx', 8080, '/status', 'www.example.test');
      expect(status.stdout).toMatch(/^HTTP\/1\.1 200/);
      expect(status.stdout.endsWith('\r\n\r\nok www.example.test\n')).toBe(true);
      const page = await podHttp(pod!, 'nginx', 8080, '/', 'www.example.test');
      const expected = await readFile(join(FIXTURES, 'e2e-nginx-site/input/files/index.html'), 'utf8');
      expect(page.stdout.endsWith(`\r\n\r\n${expected}`)).toBe(true);
      // The access log linked to stdout: the request is in the container's logs, as kubectl logs shows them.
      const marker = `kube-logs=${process.pid}${Date.now().toString(36)}`;
      await podHttp(pod!, 'nginx', 8080, `/?${marker}`, 'www.example.test');
      expect(await retryUntil(async () => (await podLogs(pod!, 'nginx')).includes(marker))).toBe(true);
    });
  }, 600_000);

  it('redis StatefulSet: PING on the configured port, maxmemory from the mounted config, data dir writable', async () => {
    await play('e2e-redis', 1, async ([pod]) => {
      const ping = await retry(() => podExec(pod!, 'redis', ['redis-cli', '-p', '6380', 'ping']));
      expect(ping.stdout.trim()).toBe('PONG');
      const maxmemory = await podExec(pod!, 'redis', ['redis-cli', '-p', '6380', 'config', 'get', 'maxmemory']);
      expect(maxmemory.stdout.split('\n').map((l) => l.trim())).toEqual(['maxmemory', String(64 * 1024 * 1024), '']);
      const conf = await podExec(pod!, 'redis', ['grep', '-E', '^(port|maxmemory) ', '/etc/redis/redis.conf']);
      expect(conf.stdout).toBe('port 6380\nmaxmemory 64mb\n');
      const saved = await podExec(pod!, 'redis', ['redis-cli', '-p', '6380', 'save']);
      expect(saved.stdout.trim()).toBe('OK');
      // A quiet daemon made to log its connections (--loglevel verbose): a ping leaves a line in the container's logs.
      const before = await podLogs(pod!, 'redis');
      await podExec(pod!, 'redis', ['redis-cli', '-p', '6380', 'ping']);
      expect(await retryUntil(async () => /Accepted 127\.0\.0\.1:\d+/.test(lineAfter(before, await podLogs(pod!, 'redis')) ?? ''))).toBe(true);
    });
  }, 600_000);

  it('nginx and php-fpm in one pod: the PHP page answers through the socket in the shared emptyDir', async () => {
    await play('e2e-php-fpm-socket', 1, async ([pod]) => {
      const page = await podHttp(pod!, 'nginx', 8086, '/index.php', 'php.example.test');
      expect(page.stdout).toMatch(/^HTTP\/1\.1 200/);
      expect(page.stdout).toMatch(/\r\n\r\nphp_site says 42 from PHP 8\.2\n$/);
      const socket = await podExec(pod!, 'nginx', ['test', '-S', '/run/php/php8.2-fpm-php_site.sock']);
      expect(socket.code).toBe(0);
      // php-fpm's pool made to log each request (access.log = /proc/self/fd/2): the page served through nginx is in its container's logs.
      const before = await podLogs(pod!, 'php-fpm');
      await podHttp(pod!, 'nginx', 8086, '/index.php', 'php.example.test');
      expect(await retryUntil(async () => /"GET \/index\.php" 200/.test(lineAfter(before, await podLogs(pod!, 'php-fpm')) ?? ''))).toBe(true);
    });
  }, 600_000);

  it('the worker and memcached in one pod: the worker counts hits at 127.0.0.1:11211', async () => {
    await play('e2e-localhost-cache', 1, async ([pod]) => {
      const last = await retry(() => podExec(pod!, 'hit-counter', ['grep', '-E', '^hits [0-9]+$', '/var/lib/hit-counter/last']));
      expect(last.stdout).toMatch(/^hits \d+\n$/);
      // memcached made to log each connection (-vv): the worker's are in its container's logs.
      expect(await podLogs(pod!, 'memcached')).toMatch(/^<\d+ new auto-negotiating client connection$/m);
    });
  }, 600_000);

  it('the role: web and store each in their pod, both answering with the environment override', async () => {
    await play('e2e-chef-repo-two-services', 2, async (pods) => {
      const web = pods.find((p) => p.includes('nginx'));
      const store = pods.find((p) => p.includes('redis'));
      expect([web, store].every(Boolean), pods.join(', ')).toBe(true);
      const health = await podHttp(web!, 'nginx', 8081, '/healthz', 'stack.example.test');
      expect(health.stdout).toMatch(/^HTTP\/1\.1 200/);
      expect(health.stdout.endsWith('\r\n\r\nweb up\n')).toBe(true);
      const ping = await retry(() => podExec(store!, 'redis', ['redis-cli', '-p', '6390', 'ping']));
      expect(ping.stdout.trim()).toBe('PONG');
      const maxmemory = await podExec(store!, 'redis', ['redis-cli', '-p', '6390', 'config', 'get', 'maxmemory']);
      expect(maxmemory.stdout.split('\n')[1]?.trim()).toBe(String(32 * 1024 * 1024));
    });
  }, 600_000);
});

describe('a config-only change', () => {
  it('rebuilds only the layers after the package layer', async () => {
    const input = await mkdtemp(join(tmpdir(), 'decant-e2e-config-change-'));
    let changedImage: string | undefined;
    try {
      await cp(join(FIXTURES, 'e2e-nginx-site', 'input'), input, { recursive: true });
      const attrs = join(input, 'attributes', 'default.rb');
      // A name no earlier run built: the engine's cache would otherwise still hold that config layer.
      const name = `www-${process.pid}-${Date.now().toString(36)}.example.test`;
      await writeFile(attrs, (await readFile(attrs, 'utf8')).replace("'www.example.test'", `'${name}'`));
      const { build } = await convertAndBuild('e2e-nginx-site', input, join(out, 'config-change'));
      changedImage = build.units[0]!.imageId;
      const layers = build.units[0]!.layers;
      const packageStep = layers.findIndex((l) => /^RUN apt-get update/.test(l.instruction));
      const firstRebuilt = layers.findIndex((l, i) => i > 0 && !l.cached);
      expect(packageStep).toBeGreaterThan(0);
      // FROM is never reported from the cache; every step after it up to the package layer must be.
      expect(layers.slice(1, packageStep + 1).every((l) => l.cached), JSON.stringify(layers)).toBe(true);
      // The first layer built again is the rendered site's COPY, the config the change touched.
      expect(layers[firstRebuilt]?.instruction).toBe('COPY config/etc/nginx/sites-available/static_site /etc/nginx/sites-available/static_site');
    } finally {
      await rm(input, { recursive: true, force: true });
      // The changed build took the fixture's tag: give it back to the unchanged image (all from cache).
      await convertAndBuild('e2e-nginx-site');
      if (changedImage) await docker.getImage(changedImage).remove({ force: true }).catch(() => undefined);
    }
  }, 900_000);
});
