/**
 * Runs the package-facts probe: ONE throwaway container of the platform's
 * image, with network (apt must reach the archive), removed whatever happens.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PackageRequest } from '../../model/package-facts.js';
import { debianSuiteOf } from '../base-images.js';
import { release, track } from '../container-janitor.js';
import type { DockerClient } from '../docker-client.js';
import { demuxLogs } from '../run-capture.js';
import { addedSourceLine, safeRepositoryName, type PlatformArchive } from './platform-archives.js';

// scripts/ sits three levels up from both src/engine/package-facts and dist/engine/package-facts.
export const PROBE_SCRIPT = fileURLToPath(new URL('../../../scripts/package-facts-probe.sh', import.meta.url));

export interface ProbeRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The probe's input lines: requests as NAME<TAB>VERSION, cached facts as NAME=VERSION. */
export function probeEnvironment(archive: PlatformArchive, requests: readonly PackageRequest[], known: readonly string[]): string[] {
  return [
    `DECANT_SOURCES=${archive.sources.join('\n')}`,
    `DECANT_REQUESTS=${requests.map((r) => `${r.name}\t${r.version ?? ''}`).join('\n')}`,
    `DECANT_KNOWN=${known.join('\n')}`,
    `DECANT_REPOSITORIES=${(archive.added ?? []).map((r) => `${safeRepositoryName(r.name)}\t${addedSourceLine(r)}\t${r.keyUrl ?? ''}`).join('\n')}`,
  ];
}

/**
 * A file: repository is a folder on this machine: the probe container sees it
 * read-only at the same path, so a local mirror (and the engine test's
 * repository) is read as apt on this machine would read it.
 */
export function localRepositoryBinds(archive: PlatformArchive): string[] {
  const dirs = (archive.added ?? []).map((r) => /^file:(?:\/\/)?(\/[^\s]*)$/.exec(r.uri)?.[1]).filter((d): d is string => d !== undefined && existsSync(d));
  return [...new Set(dirs)].sort().map((d) => `${d}:${d}:ro`);
}

/** apt-get update plus the downloads take ~30 s for a daemon and its libraries; a big set on a slow mirror more. */
export async function runProbe(docker: DockerClient, archive: PlatformArchive, requests: readonly PackageRequest[], known: readonly string[], timeoutMs = 900_000, signal?: AbortSignal): Promise<ProbeRun> {
  const script = await readFile(PROBE_SCRIPT, 'utf8');
  return runArchiveScript(docker, archive, { script, name: 'package-facts-probe', env: probeEnvironment(archive, requests, known), timeoutMs, ...(signal ? { signal } : {}) });
}

export interface ArchiveScript {
  readonly script: string;
  /** $0 of the script, and what a timeout names. */
  readonly name: string;
  readonly env: readonly string[];
  readonly timeoutMs: number;
  /** Aborted: the run is abandoned (a facts budget ran out) and its container removed at once. */
  readonly signal?: AbortSignal;
}

/** The label a probe container carries: the decant process that started it, so a dead process's leftovers can be told from a running one's. */
export const PROBE_PID_LABEL = 'io.decant.pid';

/** Why the run was abandoned: the signal's reason when it gave one. */
function abandoned(run: ArchiveScript): Error {
  const reason: unknown = run.signal?.reason;
  return new Error(`the ${run.name} container was abandoned${reason instanceof Error ? `: ${reason.message}` : typeof reason === 'string' ? `: ${reason}` : ''}`);
}

/**
 * The engine says 404 for an image it lacks. No registry is reachable on our
 * machines, so the Debian bases are made by engine-setup.sh: name the command.
 */
function createFailure(e: unknown, image: string): Error {
  const status = (e as { statusCode?: unknown }).statusCode;
  const message = e instanceof Error ? e.message : String(e);
  if (status !== 404 && !/no such image/i.test(message)) return e instanceof Error ? e : new Error(message);
  const suite = debianSuiteOf(image);
  return new Error(`the base image ${image} is not on this engine${suite ? `: make it with \`bash scripts/engine-setup.sh --base ${suite}\`` : ''}`);
}

/** One bash script in a throwaway container of the platform's image, with network and the archive's local repositories; removed whatever happens. */
export async function runArchiveScript(docker: DockerClient, archive: PlatformArchive, run: ArchiveScript): Promise<ProbeRun> {
  if (run.signal?.aborted) throw abandoned(run);
  const binds = localRepositoryBinds(archive);
  const container = await docker
    .createContainer({
      Image: archive.image,
      Entrypoint: ['bash', '-c', run.script, run.name],
      Cmd: [],
      User: '0',
      Env: [...run.env],
      Labels: { 'io.decant.engine': 'package-facts', [PROBE_PID_LABEL]: String(process.pid) },
      ...(binds.length ? { HostConfig: { Binds: binds } } : {}),
    })
    .catch((e: unknown) => {
      throw createFailure(e, archive.image);
    });
  track(docker, container.id);
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    // Both a timeout and an abort end the wait at once; the finally below removes the container either way.
    const stop = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the ${run.name} container did not finish within ${run.timeoutMs / 1000} s`)), run.timeoutMs);
      onAbort = () => reject(abandoned(run));
      run.signal?.addEventListener('abort', onAbort, { once: true });
      if (run.signal?.aborted) onAbort();
    });
    const ran = container.start().then(() => container.wait());
    // What the abandoned run rejects with later (its container gone) is nobody's error.
    ran.catch(() => undefined);
    const waited = (await Promise.race([ran, stop])) as { StatusCode: number };
    const logs = (await container.logs({ stdout: true, stderr: true, follow: false })) as unknown as Buffer;
    return { exitCode: waited.StatusCode, ...demuxLogs(logs) };
  } finally {
    clearTimeout(timer);
    if (onAbort) run.signal?.removeEventListener('abort', onAbort);
    // release removes the container (and forgets it for the signal handler).
    await release(container.id);
  }
}
