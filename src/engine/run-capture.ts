/**
 * Runs a one-off container of an image and returns its output and exit code;
 * the container is removed whatever happens.
 */
import type { DockerClient } from './docker-client.js';

/** Splits the engine's multiplexed log stream (8-byte frame headers) into stdout and stderr. */
export function demuxLogs(buffer: Buffer): { stdout: string; stderr: string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let i = 0;
  while (i + 8 <= buffer.length) {
    const kind = buffer[i]!;
    const size = buffer.readUInt32BE(i + 4);
    const frame = buffer.subarray(i + 8, i + 8 + size);
    (kind === 2 ? err : out).push(frame);
    i += 8 + size;
  }
  return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export interface Captured {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCapture(docker: DockerClient, image: string, argv: readonly string[], timeoutMs = 60_000): Promise<Captured> {
  const container = await docker.createContainer({
    Image: image,
    Entrypoint: [argv[0]!],
    Cmd: argv.slice(1),
    User: '0',
    NetworkDisabled: true,
    Labels: { 'io.decant.engine': 'capture' },
  });
  try {
    await container.start();
    const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit within ${timeoutMs} ms`)), timeoutMs).unref());
    const waited = (await Promise.race([container.wait(), timer])) as { StatusCode: number };
    const logs = (await container.logs({ stdout: true, stderr: true, follow: false })) as unknown as Buffer;
    return { exitCode: waited.StatusCode, ...demuxLogs(logs) };
  } finally {
    await container.remove({ force: true }).catch(() => undefined);
  }
}
