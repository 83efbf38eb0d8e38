/**
 * The manifest probe of a port that speaks a known protocol
 * (catalog/protocols/protocols.yaml): where the protocol greets or answers a
 * line of text, an exec probe opens the port from inside the container with
 * bash's /dev/tcp, sends what the table says and matches the first line of
 * the answer — the check `decant verify` makes, so a pod is ready when the
 * service answers, not when something accepts. HTTP asks `HEAD /` and takes
 * any status below 500 (a 404 at / is a service that answers). MySQL's first
 * packet is read as bytes with coreutils' od: the handshake (protocol 10) or
 * an ERR packet (the server refusing this client, still alive, as verify and
 * `mysqladmin ping` decide). Protocols that must be asked in binary (DNS,
 * LDAP, TLS) keep a TCP probe: a shell cannot ask them without a client the
 * image may not have.
 */
import type { PortSpec } from '../../model/plan.js';
import { protocolNamed, type ProtocolSpec } from '../../plan/catalog/load-protocols.js';

/** What a text exchange sends and expects; undefined for protocols a shell cannot check. */
function exchangeOf(spec: ProtocolSpec): { send: string; expect: string } | undefined {
  if (spec.check === 'text' && spec.expect !== undefined) return { send: spec.send ?? '', expect: spec.expect };
  if (spec.check === 'http') return { send: 'HEAD / HTTP/1.0\r\n\r\n', expect: '^HTTP/[0-9.]+ [1-4][0-9][0-9]' };
  return undefined;
}

/**
 * The first five bytes of a MySQL server's first packet as od prints them:
 * three of length, sequence id 00, then 0a (the handshake's protocol version)
 * or ff (an ERR packet).
 */
const MYSQL_FIRST_PACKET = '^ *[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2} 00 (0a|ff)$';

/** Text as a printf format in single quotes: CR and LF as escapes, `%` and `\` doubled, `'` closed and reopened. */
function printfFormat(text: string): string {
  const body = text.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/'/g, `'\\''`);
  return `'${body}'`;
}

const singleQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The exec command that checks `port` answers in its protocol, or undefined where a TCP probe is all a shell can do. */
export function protocolProbeCommand(port: PortSpec, protocols?: readonly ProtocolSpec[]): string[] | undefined {
  if (port.protocol !== 'TCP') return undefined;
  const spec = protocolNamed(port.speaks, protocols);
  if (spec?.check === 'mysql') {
    return ['/bin/bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${port.port} && timeout 3 head -c 5 <&3 | od -An -tx1 | grep -qE ${singleQuoted(MYSQL_FIRST_PACKET)}`];
  }
  const exchange = spec ? exchangeOf(spec) : undefined;
  if (!exchange) return undefined;
  const send = exchange.send === '' ? '' : ` && printf ${printfFormat(exchange.send)} >&3`;
  // head -n 1: the greeting or answer's first line; timeout: a silent server fails instead of hanging the probe.
  const script = `exec 3<>/dev/tcp/127.0.0.1/${port.port}${send} && timeout 3 head -n 1 <&3 | grep -qE ${singleQuoted(exchange.expect)}`;
  return ['/bin/bash', '-c', script];
}
