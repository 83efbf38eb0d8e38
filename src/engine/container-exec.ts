/** A command run in a running container (docker exec), its exit code and output. */
import type { DockerClient } from './docker-client.js';
import { demuxLogs } from './run-capture.js';

export async function execOk(docker: DockerClient, id: string, cmd: readonly string[], user?: string): Promise<{ code: number; output: string }> {
  const exec = await docker.getContainer(id).exec({ Cmd: [...cmd], AttachStdout: true, AttachStderr: true, ...(user !== undefined ? { User: user } : {}) });
  const stream = await exec.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve());
    stream.on('error', () => resolve());
  });
  const info = await exec.inspect();
  const { stdout, stderr } = demuxLogs(Buffer.concat(chunks));
  return { code: info.ExitCode ?? -1, output: `${stdout}${stderr}`.trim() };
}
