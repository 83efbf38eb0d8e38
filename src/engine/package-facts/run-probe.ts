/**
 * Runs the package-facts probe: ONE throwaway container of the platform's
 * image, with network (apt must reach the archive), removed whatever happens.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PackageRequest } from '../../model/package-facts.js';
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
export async function runProbe(docker: DockerClient, archive: PlatformArchive, requests: readonly PackageRequest[], known: readonly string[], timeoutMs = 900_000): Promise<ProbeRun> {
  const script = await readFile(PROBE_SCRIPT, 'utf8');
  return runArchiveScript(docker, archive, { script, name: 'package-facts-probe', env: probeEnvironment(archive, requests, known), timeoutMs });
}

export interface ArchiveScript {
  readonly script: string;
  /** $0 of the script, and what a timeout names. */
  readonly name: string;
  readonly env: readonly string[];
  readonly timeoutMs: number;
}

/** One bash script in a throwaway container of the platform's image, with network and the archive's local repositories; removed whatever happens. */
export async function runArchiveScript(docker: DockerClient, archive: PlatformArchive, run: ArchiveScript): Promise<ProbeRun> {
  const binds = localRepositoryBinds(archive);
  const container = await docker.createContainer({
    Image: archive.image,
    Entrypoint: ['bash', '-c', run.script, run.name],
    Cmd: [],
    User: '0',
    Env: [...run.env],
    Labels: { 'io.decant.engine': 'package-facts' },
    ...(binds.length ? { HostConfig: { Binds: binds } } : {}),
  });
  track(docker, container.id);
  try {
    await container.start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the ${run.name} container did not finish within ${run.timeoutMs / 1000} s`)), run.timeoutMs);
    });
    const waited = (await Promise.race([container.wait(), timeout]).finally(() => clearTimeout(timer))) as { StatusCode: number };
    const logs = (await container.logs({ stdout: true, stderr: true, follow: false })) as unknown as Buffer;
    return { exitCode: waited.StatusCode, ...demuxLogs(logs) };
  } finally {
    // release removes the container (and forgets it for the signal handler).
    await release(container.id);
  }
}
