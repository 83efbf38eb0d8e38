/**
 * Containers that verify starts are removed afterwards whatever happens:
 * normally in a `finally`, and on SIGINT/SIGTERM through this registry, which
 * removes every container still tracked before the process exits.
 */
import type { DockerClient } from './docker-client.js';

const tracked = new Map<string, DockerClient>();
/** Images verify committed (a run-once unit's finished state): removed after their containers. */
const trackedImages = new Map<string, DockerClient>();
/** Volumes verify made for a pod's shared socket directories: removed after the pod's containers. */
const trackedVolumes = new Map<string, DockerClient>();
/** Networks verify made to hold the subnets a unit serves: removed after their containers. */
const trackedNetworks = new Map<string, DockerClient>();
let installed = false;

export async function removeTracked(): Promise<void> {
  const all = [...tracked.entries()];
  tracked.clear();
  await Promise.all(all.map(([id, docker]) => docker.getContainer(id).remove({ force: true, v: true }).catch(() => undefined)));
  const images = [...trackedImages.entries()];
  trackedImages.clear();
  await Promise.all(images.map(([id, docker]) => docker.getImage(id).remove({ force: true }).catch(() => undefined)));
  const volumes = [...trackedVolumes.entries()];
  trackedVolumes.clear();
  await Promise.all(volumes.map(([name, docker]) => docker.getVolume(name).remove({ force: true }).catch(() => undefined)));
  const networks = [...trackedNetworks.entries()];
  trackedNetworks.clear();
  await Promise.all(networks.map(([id, docker]) => docker.getNetwork(id).remove().catch(() => undefined)));
}

function onSignal(signal: NodeJS.Signals): void {
  void removeTracked().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}

function installHandlers(): void {
  if (!installed) {
    installed = true;
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
}

export function track(docker: DockerClient, id: string): void {
  tracked.set(id, docker);
  installHandlers();
}

export function trackImage(docker: DockerClient, id: string): void {
  trackedImages.set(id, docker);
  installHandlers();
}

export async function releaseImage(id: string): Promise<void> {
  const docker = trackedImages.get(id);
  trackedImages.delete(id);
  if (docker) await docker.getImage(id).remove({ force: true }).catch(() => undefined);
}

export async function release(id: string): Promise<void> {
  const docker = tracked.get(id);
  tracked.delete(id);
  if (docker) await docker.getContainer(id).remove({ force: true, v: true }).catch(() => undefined);
}


export function trackVolume(docker: DockerClient, name: string): void {
  trackedVolumes.set(name, docker);
  installHandlers();
}

export async function releaseVolume(name: string): Promise<void> {
  const docker = trackedVolumes.get(name);
  trackedVolumes.delete(name);
  if (docker) await docker.getVolume(name).remove({ force: true }).catch(() => undefined);
}

export function trackNetwork(docker: DockerClient, id: string): void {
  trackedNetworks.set(id, docker);
  installHandlers();
}

export async function releaseNetwork(id: string): Promise<void> {
  const docker = trackedNetworks.get(id);
  trackedNetworks.delete(id);
  if (docker) await docker.getNetwork(id).remove().catch(() => undefined);
}
