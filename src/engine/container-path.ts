/**
 * Whether a path exists in a container, running or stopped, without a shell
 * in the image: HEAD /containers/{id}/archive. Asked directly because
 * dockerode's infoArchive leaves the HEAD response's socket open, which keeps
 * the CLI process from exiting.
 */
import { request } from 'node:http';
import type { DockerClient } from './docker-client.js';

export function pathExists(docker: DockerClient, id: string, path: string): Promise<boolean> {
  const modem = docker.modem as unknown as { socketPath?: string; host?: string; port?: number };
  const where = modem.socketPath ? { socketPath: modem.socketPath } : { host: modem.host ?? 'localhost', port: modem.port ?? 2375 };
  return new Promise((resolve) => {
    const req = request(
      { ...where, method: 'HEAD', path: `/containers/${encodeURIComponent(id)}/archive?path=${encodeURIComponent(path)}`, headers: { Connection: 'close' } },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.setTimeout(10_000, () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}
