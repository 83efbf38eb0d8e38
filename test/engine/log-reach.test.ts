/**
 * verify's log check on a real engine (no mocks): a container that keeps a
 * log file under /var/log and one that logs through syslog both fail it, each
 * named; one that writes to its output passes with its first line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import { listenForSyslog, logReachCheck } from '../../src/engine/log-reach.js';
import { demuxLogs } from '../../src/engine/run-capture.js';

const docker = dockerClient();
const started: string[] = [];

async function runShell(script: string): Promise<string> {
  const c = await docker.createContainer({ Image: 'debian:bookworm-slim', Cmd: ['sh', '-c', script], Labels: { 'io.decant.engine': 'test-log-reach' } });
  started.push(c.id);
  await c.start();
  return c.id;
}

const output = (id: string) => async () => {
  const { stdout, stderr } = demuxLogs((await docker.getContainer(id).logs({ stdout: true, stderr: true })) as unknown as Buffer);
  return stdout + stderr;
};

beforeAll(async () => {
  expect(await engineProblem(docker), 'no Docker engine: run scripts/engine-setup.sh').toBeUndefined();
});

afterAll(async () => {
  for (const id of started) await docker.getContainer(id).remove({ force: true }).catch(() => undefined);
}, 60_000);

describe("verify's log check", () => {
  it('fails a log file written inside the container, naming it', async () => {
    const id = await runShell('mkdir -p /var/log/app && echo started > /var/log/app/app.log && exec sleep 600');
    await new Promise((r) => setTimeout(r, 1000));
    const check = await logReachCheck(docker, id, { logs: undefined, http: undefined, syslogHeard: false, output: output(id) });
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/log file\(s\) written inside the container, not to its output: \/var\/log\/app\/app\.log/);
  }, 60_000);

  it('hears a daemon that logs only through syslog (/dev/log) and fails it with the line', async () => {
    const id = await runShell('while :; do logger -t quietd "request served"; sleep 0.3; done');
    expect(await listenForSyslog(docker, id)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    const check = await logReachCheck(docker, id, { logs: undefined, http: undefined, syslogHeard: true, output: output(id) });
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/line\(s\) sent to syslog \(\/dev\/log\).*quietd: request served/);
  }, 60_000);

  it("passes a service writing to its output, quoting its first line; a syslog target the plan found fails", async () => {
    const id = await runShell('echo "ready to serve"; exec sleep 600');
    expect(await listenForSyslog(docker, id)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const ok = await logReachCheck(docker, id, { logs: undefined, http: undefined, syslogHeard: true, output: output(id) });
    expect(ok).toEqual({ name: 'logs reach the container output', ok: true, detail: '1 line(s) in the output, the first: ready to serve' });
    const planned = await logReachCheck(docker, id, { logs: { requests: false, files: [], syslog: ['/etc/d.conf:2 (log)'] }, http: undefined, syslogHeard: true, output: output(id) });
    expect(planned.ok).toBe(false);
    expect(planned.detail).toMatch(/sends its log to syslog, which no container reads: \/etc\/d\.conf:2 \(log\)/);
  }, 60_000);
});
