/**
 * Manifest probes from the protocol table (issue 14): a port whose protocol
 * greets or answers a line of text is probed by an exec that asks it in its
 * protocol from inside the container; binary protocols and unknown ports keep
 * a TCP probe. The script is run here under bash against a local server, so
 * what Kubernetes would run is what is tested.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { protocolProbeCommand } from '../../src/emit/kubernetes/protocol-probe.js';
import type { PortSpec } from '../../src/model/plan.js';

const run = promisify(execFile);
const port = (n: number, speaks?: string, protocol: 'TCP' | 'UDP' = 'TCP'): PortSpec => ({ port: n, protocol, name: `p-${n}`, from: 'config', ...(speaks ? { speaks } : {}) });

describe('protocolProbeCommand', () => {
  it('a greeting protocol reads the first line and matches it', () => {
    expect(protocolProbeCommand(port(25, 'smtp'))).toEqual(['/bin/bash', '-c', "exec 3<>/dev/tcp/127.0.0.1/25 && timeout 3 head -n 1 <&3 | grep -qE '^220[ -]'"]);
  });
  it('a probe protocol sends its request first, with CR LF as printf escapes', () => {
    expect(protocolProbeCommand(port(6379, 'redis'))![2]).toBe(
      "exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\\r\\n' >&3 && timeout 3 head -n 1 <&3 | grep -qE '^(\\+PONG|-NOAUTH|-DENIED)'",
    );
  });
  it('MySQL reads its first packet as bytes: the handshake or an ERR packet', () => {
    expect(protocolProbeCommand(port(3306, 'mysql'))![2]).toBe(
      "exec 3<>/dev/tcp/127.0.0.1/3306 && timeout 3 head -c 5 <&3 | od -An -tx1 | grep -qE '^ *[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2} 00 (0a|ff)$'",
    );
  });
  it('protocols asked in binary, UDP ports and unknown ports give none (a TCP probe then)', () => {
    expect(protocolProbeCommand(port(636, 'ldaps'))).toBeUndefined();
    expect(protocolProbeCommand(port(53, 'dns', 'UDP'))).toBeUndefined();
    expect(protocolProbeCommand(port(7000))).toBeUndefined();
  });
});

describe('the probe script under bash', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));
  const serve = (onConnect: (s: import('node:net').Socket) => void) =>
    new Promise<number>((resolve) => {
      // A probe that reads only the bytes it checks closes with the rest unread: the reset is expected.
      const server = createServer((s) => (s.on('error', () => undefined), onConnect(s))).listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
      servers.push(server);
    });
  const probe = async (p: PortSpec) => {
    try {
      await run('/bin/bash', ['-c', protocolProbeCommand(p)![2]!], { timeout: 10_000 });
      return 0;
    } catch (e) {
      return (e as { code: number }).code;
    }
  };

  it('passes on the protocol’s answer and fails on another', async () => {
    const pong = await serve((s) => s.once('data', () => s.write('+PONG\r\n')));
    const refusing = await serve((s) => s.end('554 no service\r\n'));
    expect(await probe(port(pong, 'redis'))).toBe(0);
    expect(await probe(port(refusing, 'smtp'))).not.toBe(0);
    expect(await probe(port(refusing, 'http'))).not.toBe(0);
  });

  it('MySQL: a handshake or an ERR packet (access refused, server alive) passes; another protocol fails', async () => {
    const packet = (payload: Buffer) => Buffer.concat([Buffer.from([payload.length & 0xff, (payload.length >> 8) & 0xff, 0, 0]), payload]);
    const handshake = await serve((s) => s.end(packet(Buffer.concat([Buffer.from([10]), Buffer.from('10.11.6-MariaDB\0'), Buffer.alloc(20)]))));
    const denied = await serve((s) => s.end(packet(Buffer.concat([Buffer.from([0xff, 0x6a, 0x04]), Buffer.from("Host '10.0.0.9' is not allowed to connect")]))));
    const ssh = await serve((s) => s.end('SSH-2.0-OpenSSH_9.2\r\n'));
    expect(await probe(port(handshake, 'mysql'))).toBe(0);
    expect(await probe(port(denied, 'mysql'))).toBe(0);
    expect(await probe(port(ssh, 'mysql'))).not.toBe(0);
  });
});
