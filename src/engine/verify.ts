/**
 * `decant verify` for one unit: run its image and check what a user would —
 * the service stays up, its ports take connections, its health check passes,
 * HTTP units answer, a CronJob's or Job's command runs once and exits 0, and
 * the cookbook's files are where the cookbook put them. The container is
 * always removed afterwards.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { HealthCheck } from '../model/plan.js';
import type { ImageLogs, ImagePort } from '../model/image-data.js';
import { protocolNamed } from '../plan/catalog/load-protocols.js';
import { fatalLogLines } from './fatal-log-lines.js';
import { parseListeners } from './inspec/resources/port.js';
import { compareListeners, PROC_NET_SCRIPT } from './listening-sockets.js';
import { askInProtocol } from './protocols/protocol-exchange.js';
import { error } from '../diagnostics/create.js';
import type { DockerClient } from './docker-client.js';
import { release, releaseImage, releaseNetwork, track, trackImage } from './container-janitor.js';
import { createSubnetNetwork } from './subnet-network.js';
import { pathExists } from './container-path.js';
import { httpGet, tcpOpen, until } from './probes.js';
import { readImageData } from './image-data.js';
import { prepareRuntimeFiles } from './runtime-files.js';
import { demuxLogs } from './run-capture.js';
import { execOk } from './container-exec.js';
import { listenForSyslog, logReachCheck } from './log-reach.js';
import type { EngineUnit } from './report-units.js';

export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface VerifyResult {
  readonly unit: EngineUnit;
  readonly checks: Check[];
  readonly diagnostics: Diagnostic[];
  readonly held?: Held;
  /** Where verify asked the unit over HTTP (its pod's address): a unit it reaches is asked through it (verify-app.ts). */
  readonly http?: { readonly ip: string; readonly port: number; readonly path: string };
  /** The unit logs each request but has no port of its own (a socket-only php-fpm): what its image.json says, for a request through a unit reaching it. */
  readonly askThrough?: ImageLogs;
}

export interface VerifyOptions {
  /** How long a service must stay up (seconds). */
  readonly stayUpSeconds?: number;
  /** How long ports, health and HTTP may take to come up (seconds). */
  readonly readySeconds?: number;
  /** How long a CronJob/Job run may take (seconds). */
  readonly runSeconds?: number;
  /**
   * Keep the unit's container running after the checks (for the cookbook's
   * integration tests); the caller must `releaseHeld` it. A run-once unit is
   * kept as its finished state (so is a service that exited): the exited
   * container is committed and that image runs `sleep infinity`, so tests
   * see what the one run left behind.
   */
  readonly hold?: boolean;
  /** The unit's container is one of a pod's (src/engine/verify-pod.ts): how it shares the pod's network and sockets. */
  readonly pod?: PodJoin;
}

/** How one container joins its pod, as Kubernetes would run it. */
export interface PodJoin {
  /** The pod's first container, whose network namespace this one joins; absent for the first itself. */
  readonly networkOf?: string;
  /** Docker volumes standing in for the pod's emptyDirs, each mounted at its socket directory. */
  readonly volumes: readonly { readonly name: string; readonly dir: string }[];
  /** TCP ports the pod's other containers listen on: in one network namespace this container sees them too. */
  readonly otherPorts: readonly number[];
}

/** A container verify left running for the caller, and the image it committed for it, if any. */
export interface Held {
  readonly containerId: string;
  readonly committedImage?: string;
  /** The network made to hold the unit's subnets, removed after the container. */
  readonly network?: string;
}

const RUN_ONCE = new Set(['CronJob', 'Job']);
const HTTP_PORTS = new Set([80, 8000, 8080, 8081, 8888]);

/** The path and port the emitted HTTP health check asks (image.json), when it is one; else a conventional HTTP port's `/`. */
export function httpTarget(health: HealthCheck | undefined, ports: readonly number[]): { port: number; path: string } | undefined {
  if (health?.kind === 'http') return { port: health.port, path: health.path };
  const port = ports.find((p) => HTTP_PORTS.has(p));
  return port !== undefined ? { port, path: '/' } : undefined;
}

/** The container's output (stdout, then stderr), its last lines. */
export async function logText(docker: DockerClient, id: string, lines: number): Promise<string> {
  const raw = (await docker.getContainer(id).logs({ stdout: true, stderr: true, tail: lines }).catch(() => Buffer.alloc(0))) as unknown as Buffer;
  const { stdout, stderr } = demuxLogs(raw);
  return `${stdout}${stderr}`;
}

async function logTail(docker: DockerClient, id: string, lines = 15): Promise<string> {
  const raw = (await docker.getContainer(id).logs({ stdout: true, stderr: true, tail: lines }).catch(() => Buffer.alloc(0))) as unknown as Buffer;
  const { stdout, stderr } = demuxLogs(raw);
  return `${stdout}${stderr}`.trim().split('\n').slice(-lines).join(' | ');
}

function healthCommand(test: readonly string[] | undefined): string[] | undefined {
  if (!test || test.length === 0 || test[0] === 'NONE') return undefined;
  if (test[0] === 'CMD') return test.slice(1);
  if (test[0] === 'CMD-SHELL') return ['/bin/sh', '-c', test.slice(1).join(' ')];
  return [...test];
}

async function fileChecks(docker: DockerClient, id: string, paths: readonly string[]): Promise<Check[]> {
  const out: Check[] = [];
  for (const path of paths) {
    // The archive API answers for stopped containers too, and needs no shell in the image.
    const stat = await pathExists(docker, id, path);
    out.push({ name: `file ${path}`, ok: stat, detail: stat ? 'present where the cookbook put it' : 'missing' });
  }
  return out;
}

export async function verifyUnit(docker: DockerClient, unit: EngineUnit, options: VerifyOptions = {}): Promise<VerifyResult> {
  const stayUp = options.stayUpSeconds ?? 5;
  const ready = options.readySeconds ?? 20;
  const runFor = options.runSeconds ?? 120;
  const checks: Check[] = [];
  const read = await readImageData(unit);
  const image = await docker.getImage(unit.image).inspect().catch(() => undefined);
  if (!image) {
    checks.push({ name: 'image', ok: false, detail: `no image ${unit.image}: run decant build first` });
    return finish(unit, checks);
  }
  let id: string | undefined;
  let held: Held | undefined;
  let network: string | undefined;
  let asked: Pick<VerifyResult, 'http' | 'askThrough'> = {};
  try {
    const pod = options.pod;
    // A config serving subnets runs where its interface is on one, as plan.yaml's answer puts the pod; a pod member shares its lead's.
    const subnets = read.ok && !pod?.networkOf ? read.data.subnets ?? [] : [];
    if (subnets.length) {
      const made = await createSubnetNetwork(docker, subnets, `${unit.app}/${unit.name}`);
      checks.push({ name: 'network holding the subnets its config serves', ok: made.ok, detail: made.ok ? `${made.name} holds ${made.holds.join(' and ')}; the container's address is in them` : made.detail });
      if (!made.ok) return finish(unit, checks);
      network = made.id;
    }
    const container = await docker.createContainer({
      Image: unit.image,
      Labels: { 'io.decant.engine': 'verify', 'io.decant.unit': `${unit.app}/${unit.name}` },
      HostConfig: { ...verifyHostConfig(pod, read.ok ? read.data.capabilities ?? [] : []), ...(network ? { NetworkMode: network } : {}) },
    });
    id = container.id;
    track(docker, id);
    // Files the pod makes at start (keys, configs with secret values) are made as its init container makes them.
    if (read.ok && read.data.runtime) {
      const made = await prepareRuntimeFiles(docker, unit, read.data.runtime, id);
      checks.push(made);
      if (!made.ok) return finish(unit, checks);
    }
    await container.start();
    if (RUN_ONCE.has(unit.workload)) {
      const timer = new Promise<undefined>((r) => setTimeout(() => r(undefined), runFor * 1000).unref());
      const waited = (await Promise.race([container.wait(), timer])) as { StatusCode: number } | undefined;
      const tail = await logTail(docker, id);
      checks.push(
        waited === undefined
          ? { name: 'runs once and exits 0', ok: false, detail: `still running after ${runFor} s` }
          : { name: 'runs once and exits 0', ok: waited.StatusCode === 0, detail: `exit code ${waited.StatusCode}${tail ? `; output: ${tail}` : ''}` },
      );
    } else {
      // Listening on /dev/log from the start: what the daemon sends to syslog is seen, not lost unnoticed.
      const syslogHeard = await listenForSyslog(docker, id);
      await new Promise((r) => setTimeout(r, stayUp * 1000));
      const state = (await container.inspect()).State;
      const up = state.Running && !state.Restarting;
      checks.push({ name: 'stays up', ok: up, detail: up ? `running after ${stayUp} s` : `exited with code ${state.ExitCode}: ${await logTail(docker, id)}` });
      if (up) {
        // image.json says each port's transport and protocol; from an older one, report.json's numbers are TCP ports.
        const ports: ImagePort[] = read.ok && read.data.ports ? [...read.data.ports] : unit.ports.map((port) => ({ port, protocol: 'TCP' as const }));
        // image.json says which ports speak HTTP (stunnel relaying on 8080 does not); from an older one, a conventional number does.
        const httpPorts = read.ok && read.data.ports ? ports.filter((p) => p.speaks === 'http').map((p) => p.port) : unit.ports;
        const health = read.ok ? read.data.health : undefined;
        checks.push(...(await serviceChecks(docker, id, { ports, httpPorts }, image.Config.Healthcheck?.Test, health, ready, pod)));
        const containerId = id;
        // A web port that is neither the health check's nor a conventional one is still asked: its access log must show the request.
        const http = await httpAddress(docker, containerId, pod, httpTarget(health, httpPorts) ?? webPort(ports));
        const logs = read.ok ? read.data.logs : undefined;
        checks.push(await logReachCheck(docker, containerId, { logs, http, port: await firstPortAddress(docker, containerId, pod, ports), syslogHeard, output: () => logText(docker, containerId, 2000) }));
        asked = { ...(http ? { http } : {}), ...(logs && (logs.requests || logs.requestLog) && !ports.length ? { askThrough: logs } : {}) };
      }
      checks.push(logCheck(await logText(docker, id, 500)));
    }
    // Without image.json, where the cookbook's files went is not known: say so rather than check nothing silently.
    if (read.ok) checks.push(...(await fileChecks(docker, id, read.data.files)));
    else checks.push({ name: 'image data', ok: false, detail: `${read.reason}; the cookbook's files were not checked` });
    if (options.hold) {
      // A service that exited is kept as it ended too: its files and packages can still be tested, its process fails.
      const running = (await container.inspect()).State.Running;
      held = RUN_ONCE.has(unit.workload) || !running ? await keepFinishedRun(docker, id, unit) : { containerId: id };
      if (held.containerId === id) id = undefined;
      if (network) held = { ...held, network };
    }
  } catch (e) {
    checks.push({ name: 'run', ok: false, detail: e instanceof Error ? e.message : String(e) });
  } finally {
    if (id) await release(id);
    // A held container keeps its network until releaseHeld.
    if (network && !held) await releaseNetwork(network);
  }
  return { ...finish(unit, checks, held), ...asked };
}

/** The result with one check replaced (by name), its diagnostics said again. */
export function withCheck(result: VerifyResult, check: Check): VerifyResult {
  const checks = result.checks.map((c) => (c.name === check.name ? check : c));
  const { unit, held, http, askThrough } = result;
  return { ...finish(unit, checks, held), ...(http ? { http } : {}), ...(askThrough ? { askThrough } : {}) };
}

/**
 * The container as Kubernetes would run it. A pod's loopback has ::1 (the
 * runtimes leave IPv6 on), while Docker turns IPv6 off in a container unless
 * its daemon has it on: a daemon binding ::1 (unbound's default interface
 * list) would fail here only. The capabilities the manifests add are added
 * (Docker's default set is not `drop: ALL`, but lacks NET_ADMIN and others).
 * A container joining its pod's network namespace takes its sysctls.
 */
export function verifyHostConfig(pod: PodJoin | undefined, capabilities: readonly string[]): Record<string, unknown> {
  return {
    ...(pod ? { Binds: pod.volumes.map((v) => `${v.name}:${v.dir}`) } : {}),
    ...(pod?.networkOf ? { NetworkMode: `container:${pod.networkOf}` } : { Sysctls: { 'net.ipv6.conf.all.disable_ipv6': '0', 'net.ipv6.conf.lo.disable_ipv6': '0' } }),
    ...(capabilities.length ? { CapAdd: [...capabilities] } : {}),
  };
}

/** The state a run-once unit left, kept up: commit the exited container, run that image idle. */
async function keepFinishedRun(docker: DockerClient, exitedId: string, unit: EngineUnit): Promise<Held> {
  const container = docker.getContainer(exitedId);
  await container.stop().catch(() => undefined);
  const committed = (await container.commit({ comment: `decant verify: ${unit.app}/${unit.name} after one run` })) as { Id: string };
  trackImage(docker, committed.Id);
  try {
    const kept = await docker.createContainer({
      Image: committed.Id,
      Entrypoint: ['sleep'],
      Cmd: ['infinity'],
      Labels: { 'io.decant.engine': 'verify', 'io.decant.unit': `${unit.app}/${unit.name}` },
    });
    track(docker, kept.id);
    await kept.start();
    return { containerId: kept.id, committedImage: committed.Id };
  } catch (e) {
    await releaseImage(committed.Id);
    throw e;
  }
}

/** Remove what `hold` kept: the container, then the image committed for it. */
export async function releaseHeld(held: Held): Promise<void> {
  await release(held.containerId);
  if (held.committedImage) await releaseImage(held.committedImage);
  if (held.network) await releaseNetwork(held.network);
}

/** A service may stay up while its log says it failed (a worker that could not bind): such a line fails verify. */
export function logCheck(log: string): Check {
  const fatal = fatalLogLines(log);
  return { name: 'log has no fatal errors', ok: fatal.length === 0, detail: fatal.length ? fatal.join(' | ').slice(0, 600) : 'no fatal, emerg, panic, "Address already in use" or "Permission denied" line' };
}

function webPort(ports: readonly ImagePort[]): { port: number; path: string } | undefined {
  const web = ports.find((p) => p.protocol === 'TCP' && p.speaks === 'http');
  return web ? { port: web.port, path: '/' } : undefined;
}

/** The address a unit's HTTP target is asked at: a container in its pod's network namespace has its first container's. */
async function podAddress(docker: DockerClient, id: string, pod: PodJoin | undefined): Promise<string | undefined> {
  const net = (await docker.getContainer(pod?.networkOf ?? id).inspect()).NetworkSettings.Networks;
  // A network holding only an IPv6 subnet gives the container no IPv4 address.
  return Object.values(net).map((n) => n.IPAddress || n.GlobalIPv6Address).find((a) => a);
}

async function httpAddress(docker: DockerClient, id: string, pod: PodJoin | undefined, target: { port: number; path: string } | undefined) {
  const ip = target ? await podAddress(docker, id, pod) : undefined;
  return target && ip ? { ip, ...target } : undefined;
}

/** The unit's first port, TCP before UDP, and the address to ask it at: where a daemon that logs its connections is asked. */
async function firstPortAddress(docker: DockerClient, id: string, pod: PodJoin | undefined, ports: readonly ImagePort[]) {
  const port = ports.find((p) => p.protocol === 'TCP') ?? ports[0];
  const ip = port ? await podAddress(docker, id, pod) : undefined;
  return port && ip ? { ip, port } : undefined;
}

async function serviceChecks(
  docker: DockerClient,
  id: string,
  { ports, httpPorts }: { readonly ports: readonly ImagePort[]; readonly httpPorts: readonly number[] },
  test: string[] | undefined,
  emitted: HealthCheck | undefined,
  ready: number,
  pod: PodJoin | undefined,
): Promise<Check[]> {
  const checks: Check[] = [];
  const ip = await podAddress(docker, id, pod);
  for (const port of ports.filter((p) => p.protocol === 'TCP').map((p) => p.port)) {
    const open = ip ? await until(async () => ((await tcpOpen(ip, port)) ? true : undefined), ready * 1000) : undefined;
    checks.push({ name: `port ${port} accepts connections`, ok: open === true, detail: open ? `TCP connect to ${ip}:${port}` : ip ? `nothing accepts on ${ip}:${port} within ${ready} s` : 'the container has no address' });
  }
  const health = healthCommand(test);
  if (health) {
    let last = { code: -1, output: '' };
    const passed = await until(async () => {
      last = await execOk(docker, id, health);
      return last.code === 0 ? true : undefined;
    }, ready * 1000, 1000);
    checks.push({ name: 'health check', ok: passed === true, detail: passed ? `${JSON.stringify(health)} exits 0` : `exit ${last.code}${last.output ? `: ${last.output.slice(0, 300)}` : ''}` });
  }
  const target = httpTarget(emitted, httpPorts);
  if (target && ip) {
    const answer = await until(() => httpGet(ip, target.port, target.path), ready * 1000);
    const ok = answer !== undefined && answer.status < 500;
    checks.push({ name: `http :${target.port}${target.path} answers`, ok, detail: answer ? `HTTP ${answer.status}, ${answer.body.length} bytes` : 'no HTTP answer' });
  }
  if (ip) checks.push(...(await protocolChecks(ip, ports.filter((p) => !(target && p.port === target.port && p.speaks === 'http')), ready)));
  checks.push(...(await listenerChecks(docker, id, ports, pod?.otherPorts ?? [])));
  return checks;
}

/** Each port that speaks a known protocol greets or answers in it (catalog/protocols/protocols.yaml). */
async function protocolChecks(ip: string, ports: readonly ImagePort[], ready: number): Promise<Check[]> {
  const checks: Check[] = [];
  for (const p of ports) {
    const spec = protocolNamed(p.speaks);
    if (!spec) continue;
    let last = { ok: false, detail: 'not asked' };
    await until(async () => {
      last = await askInProtocol(ip, p.port, p.protocol, spec);
      return last.ok ? true : undefined;
    }, ready * 1000, 1000);
    checks.push({ name: `port ${p.port}/${p.protocol} speaks ${spec.name}`, ok: last.ok, detail: last.detail });
  }
  return checks;
}

/** What listens inside the container, against what the unit declares. */
async function listenerChecks(docker: DockerClient, id: string, ports: readonly ImagePort[], othersInPod: readonly number[]): Promise<Check[]> {
  const read = await execOk(docker, id, ['sh', '-c', PROC_NET_SCRIPT]).catch((e: unknown) => ({ code: -1, output: e instanceof Error ? e.message : String(e) }));
  if (read.code !== 0 || !read.output.includes('@@tcp')) {
    return [{ name: 'listening sockets', ok: false, detail: `could not read /proc/net in the container (exit ${read.code}): ${read.output.slice(0, 200)}` }];
  }
  // The pod's other containers' listeners are theirs to declare: each is checked in its own container's turn.
  const own = parseListeners(read.output).listeners.filter((l) => ports.some((p) => p.port === l.port) || !othersInPod.includes(l.port));
  return compareListeners(ports, own);
}

function finish(unit: EngineUnit, checks: Check[], held?: Held): VerifyResult {
  const failed = checks.filter((c) => !c.ok);
  return {
    unit,
    checks,
    ...(held ? { held } : {}),
    diagnostics: failed.map((c) => error('DEC0702', `${unit.app}/${unit.name}: ${c.name}: ${c.detail}`)),
  };
}
