/**
 * Containers that verify starts are removed afterwards whatever happens:
 * normally in a `finally`, and on SIGINT/SIGTERM through this registry, which
 * removes every container still tracked before the process exits.
 */
import type { DockerClient } from './docker-client.js';

const tracked = new Map<string, DockerClient>();
let installed = false;

export async function removeTracked(): Promise<void> {
  const all = [...tracked.entries()];
  tracked.clear();
  await Promise.all(all.map(([id, docker]) => docker.getContainer(id).remove({ force: true, v: true }).catch(() => undefined)));
}

function onSignal(signal: NodeJS.Signals): void {
  void removeTracked().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}

export function track(docker: DockerClient, id: string): void {
  tracked.set(id, docker);
  if (!installed) {
    installed = true;
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
}

export async function release(id: string): Promise<void> {
  const docker = tracked.get(id);
  tracked.delete(id);
  if (docker) await docker.getContainer(id).remove({ force: true, v: true }).catch(() => undefined);
}

export const trackedCount = (): number => tracked.size;
