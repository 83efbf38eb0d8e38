/**
 * What a protocol's server says, read as pure functions over the bytes it
 * sent (the network part is protocol-exchange.ts): so each reading is tested
 * without a server. Each returns whether the answer is the protocol's and a
 * detail a reviewer can read.
 */

export interface AnswerVerdict {
  readonly ok: boolean;
  readonly detail: string;
}

/** The first line, printable, for a detail. */
export function firstLine(data: Buffer): string {
  const text = data.toString('latin1');
  const end = text.search(/\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/[^\x20-\x7e]/g, '.').slice(0, 120);
}

/** A line-based greeting or answer (SMTP 220, POP3 +OK, Redis +PONG): its first line matches `expect`. */
export function textAnswer(data: Buffer, expect: string): AnswerVerdict {
  const line = firstLine(data);
  if (data.length === 0) return { ok: false, detail: 'no answer' };
  return new RegExp(expect).test(line) ? { ok: true, detail: `answered "${line}"` } : { ok: false, detail: `answered "${line}", expected ${expect}` };
}

/** A text answer is complete once its first line has ended. */
export const lineComplete = (data: Buffer): boolean => data.includes(0x0a);

/** `HTTP/1.1 404 Not Found` → 404; a 5xx is a service broken behind its port. */
export function httpAnswer(data: Buffer): AnswerVerdict {
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(firstLine(data));
  if (!m) return { ok: false, detail: data.length ? `not an HTTP status line: "${firstLine(data)}"` : 'no answer' };
  const status = Number(m[1]);
  return { ok: status < 500, detail: `HTTP ${status}` };
}

/**
 * MySQL's Initial Handshake Packet: a 3-byte little-endian length, sequence
 * id 0, then protocol version 10 and the server version, NUL-terminated.
 *
 * An ERR packet (0xff, a 2-byte code, the message) in its place is the server
 * answering in its protocol that this client may not log in (1130 host not
 * allowed, 1040 too many connections, …): the server is up, as `mysqladmin
 * ping` decides (an access error still means alive). The check is whether the
 * service answers, not whether decant's address is granted access, which the
 * cookbook's grants decide. Only 1053 (server shutdown in progress) says the
 * server is going away; a packet too short to hold a code is not MySQL's.
 */
export function mysqlHandshake(data: Buffer): AnswerVerdict {
  if (data.length < 5) return { ok: false, detail: data.length ? 'answer too short for a MySQL packet' : 'no answer' };
  const length = data[0]! | (data[1]! << 8) | (data[2]! << 16);
  if (data[3] !== 0 || length === 0) return { ok: false, detail: 'not a MySQL packet' };
  const kind = data[4]!;
  if (kind === 0xff) return mysqlErrAnswer(data, length);
  if (kind !== 10) return { ok: false, detail: `MySQL protocol version ${kind}, expected 10` };
  const end = data.indexOf(0, 5);
  return { ok: true, detail: `MySQL handshake, server ${data.subarray(5, end < 0 ? undefined : end).toString('latin1')}` };
}

/** ER_SERVER_SHUTDOWN: the one first-packet error that says the server is not serving. */
const SERVER_SHUTDOWN = 1053;

/** An ERR packet sent instead of the handshake: the protocol answered, unless it is malformed or the server is shutting down. */
function mysqlErrAnswer(data: Buffer, length: number): AnswerVerdict {
  if (length < 3 || data.length < 7) return { ok: false, detail: 'MySQL ERR packet too short for an error code' };
  const code = data.readUInt16LE(5);
  const message = data.subarray(7, 4 + length).toString('utf8').replace(/^#\w{5}/, '');
  if (code === SERVER_SHUTDOWN) return { ok: false, detail: `MySQL error ${code}: ${message}` };
  return { ok: true, detail: `MySQL server answered with error ${code} (${message}): it speaks the protocol; access is the grants' business` };
}

/** A MySQL packet is complete when its announced length has arrived. */
export const mysqlComplete = (data: Buffer): boolean => data.length >= 4 && data.length >= 4 + (data[0]! | (data[1]! << 8) | (data[2]! << 16));

/**
 * A DNS query for `localhost.` A (RFC 1035 4.1), recursion not asked: a
 * server answers it itself (RFC 6761 6.3; bind's default zones, unbound's
 * default local-zone, dnsmasq's /etc/hosts), or at least refuses it. A query
 * for the root's NS sent a forwarder upstream: dnsmasq closed the TCP
 * connection unanswered when its upstream was out of reach, which says
 * nothing of the server being checked.
 */
export function dnsQuery(id: number): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(1, 4); // QDCOUNT
  // QNAME localhost. (length-prefixed label, then the root), QTYPE A (1), QCLASS IN (1).
  return Buffer.concat([header, Buffer.from([9]), Buffer.from('localhost', 'ascii'), Buffer.from([0, 0, 1, 0, 1])]);
}

const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];

/** A response to query `id`: same id, QR bit set. Its rcode is reported; any rcode means a DNS server answered. */
export function dnsAnswer(data: Buffer, id: number): AnswerVerdict {
  if (data.length < 12) return { ok: false, detail: data.length ? 'answer too short for a DNS header' : 'no answer' };
  if (data.readUInt16BE(0) !== id) return { ok: false, detail: 'a DNS answer to another query id' };
  if ((data[2]! & 0x80) === 0) return { ok: false, detail: 'not a DNS response (QR bit clear)' };
  const rcode = data[3]! & 0x0f;
  return { ok: true, detail: `DNS response ${RCODES[rcode] ?? `rcode ${rcode}`}` };
}

/** A TFTP read request (RFC 1350 5: opcode 1, file name, mode) for a file no server holds. */
export const TFTP_READ_REQUEST = Buffer.concat([Buffer.from([0, 1]), Buffer.from('decant-probe-no-such-file\0octet\0', 'latin1')]);

const TFTP_ERRORS = ['not defined', 'file not found', 'access violation', 'disk full', 'illegal operation', 'unknown transfer ID', 'file already exists', 'no such user'];

/** A TFTP server answers a read request with DATA (3) or ERROR (4 bytes: 0 5 code): either is a TFTP server. */
export function tftpAnswer(data: Buffer): AnswerVerdict {
  if (data.length < 4) return { ok: false, detail: data.length ? 'answer too short for a TFTP packet' : 'no answer' };
  const opcode = data.readUInt16BE(0);
  if (opcode === 3) return { ok: true, detail: 'TFTP DATA' };
  if (opcode === 5) {
    const code = data.readUInt16BE(2);
    return { ok: true, detail: `TFTP ERROR ${code} (${TFTP_ERRORS[code] ?? 'other'})` };
  }
  return { ok: false, detail: `not a TFTP answer (opcode ${opcode})` };
}

/** DNS over TCP frames each message with its 2-byte length (RFC 1035 4.2.2). */
export const tcpFramed = (message: Buffer): Buffer => Buffer.concat([Buffer.from([message.length >> 8, message.length & 0xff]), message]);
export const tcpFrameComplete = (data: Buffer): boolean => data.length >= 2 && data.length >= 2 + data.readUInt16BE(0);

/** RFC 4511 BindRequest, message id 1, LDAPv3, empty name, simple empty password: an anonymous bind. */
export const LDAP_ANONYMOUS_BIND = Buffer.from([0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, 0x80, 0x00]);

/** BER length at `at`: short form, or long form of up to 4 bytes. */
function berLength(data: Buffer, at: number): { length: number; next: number } | undefined {
  const first = data[at];
  if (first === undefined) return undefined;
  if (first < 0x80) return { length: first, next: at + 1 };
  const n = first & 0x7f;
  if (n === 0 || n > 4 || at + 1 + n > data.length) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + data[at + 1 + i]!;
  return { length, next: at + 1 + n };
}

/** An LDAPMessage SEQUENCE holding a BindResponse ([APPLICATION 1], 0x61) whose first field is its resultCode. */
export function ldapBindAnswer(data: Buffer): AnswerVerdict {
  if (data.length === 0) return { ok: false, detail: 'no answer' };
  if (data[0] !== 0x30) return { ok: false, detail: 'not an LDAP message' };
  const seq = berLength(data, 1);
  if (!seq || data[seq.next] !== 0x02) return { ok: false, detail: 'not an LDAP message (no message id)' };
  const id = berLength(data, seq.next + 1);
  if (!id) return { ok: false, detail: 'not an LDAP message' };
  const op = id.next + id.length;
  if (data[op] !== 0x61) return { ok: false, detail: `an LDAP message that is not a BindResponse (tag 0x${(data[op] ?? 0).toString(16)})` };
  const body = berLength(data, op + 1);
  if (!body || data[body.next] !== 0x0a) return { ok: false, detail: 'a BindResponse without a resultCode' };
  const code = data[body.next + 2];
  return { ok: true, detail: `LDAP BindResponse, resultCode ${code}` };
}

/** An LDAP message is complete when its outer SEQUENCE has arrived. */
export function berComplete(data: Buffer): boolean {
  const seq = berLength(data, 1);
  return seq !== undefined && data.length >= seq.next + seq.length;
}
