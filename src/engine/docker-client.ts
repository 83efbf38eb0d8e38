/**
 * The one place decant opens a connection to a Docker engine. dockerode sends
 * unversioned requests, which a 20.10 daemon (Debian's docker.io) answers at
 * its own API version, so client and daemon never need to agree up front.
 */
import { createRequire } from 'node:module';
import type Docker from 'dockerode';

// dockerode (and its ssh2/protobuf dependencies) takes most of a second to
// load: loaded on first use, so inspect and convert never pay for it.
const requireLazily = createRequire(import.meta.url);
const loadDocker = (): typeof Docker => requireLazily('dockerode') as typeof Docker;

export type DockerClient = Docker;

export function dockerClient(): DockerClient {
  const host = process.env['DOCKER_HOST'];
  if (host?.startsWith('tcp://')) {
    const url = new URL(host);
    const Docker = loadDocker();
    return new Docker({ host: url.hostname, port: Number(url.port || 2375) });
  }
  const Docker = loadDocker();
  return new Docker({ socketPath: host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock' });
}

/** Undefined when the engine answers; otherwise why not, for a diagnostic. */
export async function engineProblem(docker: DockerClient): Promise<string | undefined> {
  try {
    await docker.ping();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
