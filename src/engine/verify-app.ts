/**
 * `decant verify` for one app's units, run the way their manifests run them:
 * a unit alone in its pod gets a container of its own; the units of one pod
 * (report.json `pods`, joined by a socket or localhost) run together — the
 * first container's network namespace shared by the others (docker
 * `--network container:<first>`) and a docker volume per shared socket
 * directory, as the pod's emptyDir — so the checks and the cookbook's tests
 * see the wired result. Containers of a pod stay up until the pod is done.
 */
import { randomBytes } from 'node:crypto';
import type { DockerClient } from './docker-client.js';
import { releaseVolume, trackVolume } from './container-janitor.js';
import type { EngineUnit } from './report-units.js';
import { releaseHeld, verifyUnit, type Held, type PodJoin, type VerifyResult } from './verify.js';
import { askThroughReachers } from './request-through.js';

export interface AppRun {
  readonly results: VerifyResult[];
  /** Containers kept up for the caller (with `hold`), by unit name; the caller must `releaseAppRun`. */
  readonly running: Map<string, string>;
  /** Units kept as their finished state (an idle placeholder runs as PID 1). */
  readonly finished: Set<string>;
  readonly held: Held[];
  readonly volumes: string[];
}

/** The app's units by pod, in report order. */
export function podsOf(units: readonly EngineUnit[]): EngineUnit[][] {
  const pods = new Map<string, EngineUnit[]>();
  for (const u of units) pods.set(u.pod, [...(pods.get(u.pod) ?? []), u]);
  return [...pods.values()];
}

/** Docker volume names: the app and pod, made unique per run so parallel verifies never share one. */
function volumeName(unit: EngineUnit, i: number): string {
  return `decant-${unit.app}-${unit.pod}-sockets${i}-${process.pid}-${randomBytes(3).toString('hex')}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}

export async function verifyApp(docker: DockerClient, units: readonly EngineUnit[], options: { hold: boolean; say?: (line: string) => void }): Promise<AppRun> {
  const run: AppRun = { results: [], running: new Map(), finished: new Set(), held: [], volumes: [] };
  try {
    await verifyPods(docker, units, options, run);
  } catch (e) {
    // Nothing kept survives a failure here: the caller never sees this run.
    await releaseAppRun(run);
    throw e;
  }
  if (!options.hold) await releaseVolumes(run);
  return run;
}

async function verifyPods(docker: DockerClient, units: readonly EngineUnit[], options: { hold: boolean; say?: (line: string) => void }, run: AppRun): Promise<void> {
  for (const pod of podsOf(units)) {
    const together = pod.length > 1;
    const dirs = pod[0]!.sharedDirs;
    const volumes = together ? dirs.map((dir, i) => ({ name: volumeName(pod[0]!, i), dir })) : [];
    for (const v of volumes) {
      await docker.createVolume({ Name: v.name, Labels: { 'io.decant.engine': 'verify' } });
      trackVolume(docker, v.name);
      run.volumes.push(v.name);
    }
    const podHeld: Held[] = [];
    const podStart = run.results.length;
    let first: string | undefined;
    for (const unit of pod) {
      options.say?.(`[${unit.app}/${unit.name}] running ${unit.image}${together ? ` in pod ${unit.pod}` : ''}`);
      const join: PodJoin | undefined = together
        ? { ...(first ? { networkOf: first } : {}), volumes, otherPorts: pod.filter((o) => o !== unit).flatMap((o) => o.ports) }
        : undefined;
      // The pod's containers must be up together: each is kept until the whole pod was checked.
      const r = await verifyUnit(docker, unit, { hold: options.hold || together, ...(join ? { pod: join } : {}) });
      run.results.push(r);
      if (!r.held) continue;
      if (first === undefined && !r.held.committedImage) first = r.held.containerId;
      if (options.hold) {
        run.held.push(r.held);
        run.running.set(unit.name, r.held.containerId);
        if (r.held.committedImage) run.finished.add(unit.name);
      } else podHeld.push(r.held);
    }
    // With the whole pod up, a socket-only unit's request is made through the unit that reaches it.
    if (together) run.results.splice(podStart, pod.length, ...(await askThroughReachers(docker, run.results.slice(podStart))));
    for (const h of podHeld.reverse()) await releaseHeld(h);
  }
}

/** Remove what verifyApp kept for the caller: containers, then the pods' volumes. */
export async function releaseAppRun(run: AppRun): Promise<void> {
  for (const h of [...run.held].reverse()) await releaseHeld(h);
  await releaseVolumes(run);
}

async function releaseVolumes(run: AppRun): Promise<void> {
  for (const name of run.volumes.splice(0)) await releaseVolume(name);
}
