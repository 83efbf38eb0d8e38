/**
 * `docker exec` through dockerode, with the output demultiplexed and the exit
 * code read back. A probe that cannot run (container gone, no shell in the
 * image, timeout) comes back as a result with `error` set, never as a throw,
 * so one broken probe fails one expectation and the rest still run.
 */
import { dockerClient, type DockerClient } from '../docker-client.js';
import { PassThrough } from 'node:stream';

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** Why the command could not be run at all. */
  readonly error?: string;
}

export type Exec = (argv: string[]) => Promise<ExecResult>;

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 8 * 1024 * 1024;

let shared: DockerClient | undefined;
export function docker(): DockerClient {
  shared ??= dockerClient();
  return shared;
}

function collect(stream: PassThrough, sink: Buffer[], size: { n: number }): void {
  stream.on('data', (b: Buffer) => {
    if (size.n < MAX_OUTPUT) sink.push(b);
    size.n += b.length;
  });
}

export async function execIn(containerId: string, argv: string[], timeoutMs = TIMEOUT_MS): Promise<ExecResult> {
  try {
    const container = docker().getContainer(containerId);
    const exec = await container.exec({ Cmd: argv, AttachStdout: true, AttachStderr: true, Tty: false });
    const stream = await exec.start({ hijack: true, stdin: false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const size = { n: 0 };
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    collect(stdout, out, size);
    collect(stderr, err, size);
    docker().modem.demuxStream(stream, stdout, stderr);
    let timer: NodeJS.Timeout | undefined;
    const finished = new Promise<'done'>((resolve) => {
      stream.on('end', () => resolve('done'));
      stream.on('close', () => resolve('done'));
      stream.on('error', () => resolve('done'));
    });
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const how = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    if (how === 'timeout') {
      stream.destroy();
      return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: -1, error: `timed out after ${timeoutMs / 1000}s` };
    }
    const info = await exec.inspect();
    return {
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      exitCode: info.ExitCode ?? -1,
    };
  } catch (e) {
    return { stdout: '', stderr: '', exitCode: -1, error: `docker exec failed: ${(e as Error).message}` };
  }
}

export function execFor(containerId: string): Exec {
  return (argv) => execIn(containerId, argv);
}

/** Run a shell script; InSpec's `command` resource also goes through `sh -c`. */
export function sh(exec: Exec, script: string): Promise<ExecResult> {
  return exec(['sh', '-c', script]);
}

/** The container's address on its network, for checks from the host (ports, HTTP). */
export async function containerAddress(containerId: string, depth = 0): Promise<string | undefined> {
  try {
    const info = await docker().getContainer(containerId).inspect();
    // A container of a pod that joined its first container's network (verify-app) has that container's address.
    const joined = /^container:(.+)$/.exec(info.HostConfig?.NetworkMode ?? '')?.[1];
    if (joined && depth < 3) return containerAddress(joined, depth + 1);
    const nets = Object.values(info.NetworkSettings?.Networks ?? {});
    return nets.map((n) => n.IPAddress).find((ip) => !!ip) || undefined;
  } catch {
    return undefined;
  }
}

/** Shell-quote one word for `sh -c`. */
export function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
