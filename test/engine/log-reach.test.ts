/**
 * verify's log check on a real engine (no mocks): a container that keeps a
 * log file under /var/log and one that logs through syslog both fail it, each
 * named; one that writes to its output passes with its first line; a daemon
 * the plan made log each connection passes with the line verify's connection
 * left, and fails when it writes none.
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

/** A TCP server on port 7000 (perl, in Debian's images) that writes `accept N` per connection when `loud`, nothing otherwise. */
const perlServer = (loud: boolean) =>
  `perl -MIO::Socket::INET -e '$|=1; my $l = IO::Socket::INET->new(LocalPort => 7000, Listen => 5, ReuseAddr => 1) or die; my $n = 0; while (my $c = $l->accept) { $n++; ${loud ? 'print "accept $n\\n";' : ''} close $c }'`;

async function address(id: string): Promise<string> {
  return Object.values((await docker.getContainer(id).inspect()).NetworkSettings.Networks).map((n) => n.IPAddress).find((a) => a)!;
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

  it('a daemon made to log each connection: the line after the connection verify makes passes it, none fails it', async () => {
    const requestLog = { ask: 'connect' as const, trace: 'line' as const };
    for (const loud of [true, false]) {
      const id = await runShell(perlServer(loud));
      await new Promise((r) => setTimeout(r, 1000));
      const port = { ip: await address(id), port: { port: 7000, protocol: 'TCP' as const } };
      const check = await logReachCheck(docker, id, { logs: { requests: false, files: [], syslog: [], requestLog }, http: undefined, port, syslogHeard: false, output: output(id) });
      if (loud) expect(check).toEqual({ name: 'logs reach the container output', ok: true, detail: expect.stringMatching(/^the request verify made \(a connection to port 7000\/TCP\) is followed by a line in the output: accept 1 \(syslog not observed/) });
      else expect(check).toEqual({ name: 'logs reach the container output', ok: false, detail: 'the service logs each request to the output, but no line followed the request verify made (a connection to port 7000/TCP)' });
    }
    // On loopback only, no port is declared: nothing to ask, and the detail says the request was not checked.
    const id = await runShell('echo listening on loopback; exec sleep 600');
    await new Promise((r) => setTimeout(r, 500));
    const unasked = await logReachCheck(docker, id, { logs: { requests: false, files: [], syslog: [], requestLog }, http: undefined, port: undefined, syslogHeard: false, output: output(id) });
    expect(unasked).toMatchObject({ ok: true, detail: expect.stringMatching(/its request's line not checked: it logs each connection, but the unit has no port to connect to/) });
  }, 60_000);
});
