/**
 * The readings verify makes of a service's answer (issue 14), as pure
 * functions over bytes: greetings, cheap probes' answers, binary handshakes;
 * the fatal lines of a log; the comparison of declared ports with what listens.
 */
import { describe, expect, it } from 'vitest';
import {
  berComplete,
  dnsAnswer,
  tftpAnswer,
  TFTP_READ_REQUEST,
  dnsQuery,
  httpAnswer,
  LDAP_ANONYMOUS_BIND,
  ldapBindAnswer,
  mysqlComplete,
  mysqlHandshake,
  tcpFrameComplete,
  tcpFramed,
  textAnswer,
} from '../../src/engine/protocols/protocol-answers.js';
import { fatalLogLines } from '../../src/engine/fatal-log-lines.js';
import { compareListeners } from '../../src/engine/listening-sockets.js';
import { parseListeners } from '../../src/engine/inspec/resources/port.js';
import { loadProtocols } from '../../src/plan/catalog/load-protocols.js';

const { protocols } = loadProtocols();
const expectOf = (name: string) => protocols.find((p) => p.name === name)!.expect!;
const b = (s: string) => Buffer.from(s, 'latin1');

describe('greetings and text answers, with the table’s expectations', () => {
  it.each([
    ['smtp', '220 mail.example.test ESMTP Postfix (Debian/GNU)\r\n', true],
    ['smtp', '554 5.7.1 no service\r\n', false],
    ['ftp', '220 (vsFTPd 3.0.3)\r\n', true],
    ['pop3', '+OK Dovecot ready.\r\n', true],
    ['pop3', '-ERR go away\r\n', false],
    ['imap', '* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n', true],
    ['imap', '* BYE too many connections\r\n', false],
    ['ssh', 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n', true],
    ['redis', '+PONG\r\n', true],
    ['redis', '-NOAUTH Authentication required.\r\n', true],
    ['redis', '-ERR unknown command\r\n', false],
    ['memcache', 'STAT pid 1\r\nSTAT uptime 5\r\n', true],
    ['memcache', 'ERROR\r\n', false],
  ])('%s: %j → %s', (name, answer, ok) => {
    expect(textAnswer(b(answer), expectOf(name)).ok).toBe(ok);
  });

  it('says what came back, and when nothing did', () => {
    expect(textAnswer(b('554 no\r\n'), '^220').detail).toBe('answered "554 no", expected ^220');
    expect(textAnswer(Buffer.alloc(0), '^220')).toEqual({ ok: false, detail: 'no answer' });
  });
});

describe('HTTP', () => {
  it('any status below 500 answers; a 5xx or a non-HTTP line does not', () => {
    expect(httpAnswer(b('HTTP/1.1 404 Not Found\r\n'))).toEqual({ ok: true, detail: 'HTTP 404' });
    expect(httpAnswer(b('HTTP/1.0 502 Bad Gateway\r\n'))).toEqual({ ok: false, detail: 'HTTP 502' });
    expect(httpAnswer(b('SSH-2.0-x\r\n')).ok).toBe(false);
  });
});

describe('MySQL handshake', () => {
  const packet = (payload: Buffer) => Buffer.concat([Buffer.from([payload.length & 0xff, (payload.length >> 8) & 0xff, 0, 0]), payload]);
  it('protocol version 10 with the server version', () => {
    const p = packet(Buffer.concat([Buffer.from([10]), b('10.11.6-MariaDB-0+deb12u1\0'), Buffer.alloc(20)]));
    expect(mysqlComplete(p)).toBe(true);
    expect(mysqlComplete(p.subarray(0, 10))).toBe(false);
    expect(mysqlHandshake(p)).toEqual({ ok: true, detail: 'MySQL handshake, server 10.11.6-MariaDB-0+deb12u1' });
  });
  it('an ERR packet in place of the handshake is the server answering in its protocol: alive, as mysqladmin ping decides', () => {
    const err = packet(Buffer.concat([Buffer.from([0xff, 0x6a, 0x04]), b("Host '172.17.0.1' is not allowed to connect")]));
    expect(mysqlHandshake(err)).toEqual({
      ok: true,
      detail: "MySQL server answered with error 1130 (Host '172.17.0.1' is not allowed to connect): it speaks the protocol; access is the grants' business",
    });
    const tooMany = packet(Buffer.concat([Buffer.from([0xff, 0x10, 0x04]), b('#08004Too many connections')]));
    expect(mysqlHandshake(tooMany)).toMatchObject({ ok: true, detail: expect.stringContaining('error 1040 (Too many connections)') });
  });
  it('a server shutting down, a malformed ERR packet, another protocol and silence fail', () => {
    const shutdown = packet(Buffer.concat([Buffer.from([0xff, 0x1d, 0x04]), b('Server shutdown in progress')]));
    expect(mysqlHandshake(shutdown)).toEqual({ ok: false, detail: 'MySQL error 1053: Server shutdown in progress' });
    expect(mysqlHandshake(packet(Buffer.from([0xff, 0x6a]))).ok).toBe(false);
    expect(mysqlHandshake(b('SSH-2.0-OpenSSH\r\n')).ok).toBe(false);
    expect(mysqlHandshake(Buffer.alloc(0))).toEqual({ ok: false, detail: 'no answer' });
  });
});

describe('DNS', () => {
  it('a query for localhost. A (no upstream needed), and its response by id and QR bit, any rcode', () => {
    const q = dnsQuery(0x1234);
    expect([...q]).toEqual([0x12, 0x34, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 9, ...Buffer.from('localhost'), 0, 0, 1, 0, 1]);
    const response = Buffer.from(q);
    response[2] = 0x80;
    response[3] = 0x05;
    expect(dnsAnswer(response, 0x1234)).toEqual({ ok: true, detail: 'DNS response REFUSED' });
    expect(dnsAnswer(q, 0x1234).ok).toBe(false);
    expect(dnsAnswer(response, 0x9999).ok).toBe(false);
    const framed = tcpFramed(q);
    expect(framed.readUInt16BE(0)).toBe(q.length);
    expect(tcpFrameComplete(framed)).toBe(true);
    expect(tcpFrameComplete(framed.subarray(0, 5))).toBe(false);
  });
});

describe('LDAP', () => {
  it('an anonymous bind request, and a BindResponse with its resultCode', () => {
    expect(LDAP_ANONYMOUS_BIND[0]).toBe(0x30);
    // slapd's answer: SEQUENCE { messageID 1, BindResponse { resultCode success(0), matchedDN "", diagnosticMessage "" } }
    const ok = Buffer.from([0x30, 0x0c, 0x02, 0x01, 0x01, 0x61, 0x07, 0x0a, 0x01, 0x00, 0x04, 0x00, 0x04, 0x00]);
    expect(berComplete(ok)).toBe(true);
    expect(berComplete(ok.subarray(0, 6))).toBe(false);
    expect(ldapBindAnswer(ok)).toEqual({ ok: true, detail: 'LDAP BindResponse, resultCode 0' });
    const other = Buffer.from([0x30, 0x05, 0x02, 0x01, 0x01, 0x78, 0x00]);
    expect(ldapBindAnswer(other).ok).toBe(false);
    expect(ldapBindAnswer(b('HTTP/1.1 400\r\n')).ok).toBe(false);
  });
});

describe('fatal lines of a log', () => {
  it('fatal, emerg, panic, address in use, permission denied; not ordinary lines', () => {
    const log = [
      '1:M 02 Dec 2026 03:00:00.000 * Ready to accept connections tcp',
      '2026/12/02 03:00:00 [emerg] 7#7: bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'FATAL:  could not open file "x": Permission denied',
      'warning: something minor',
    ].join('\n');
    expect(fatalLogLines(log)).toEqual([
      '2026/12/02 03:00:00 [emerg] 7#7: bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'FATAL:  could not open file "x": Permission denied',
    ]);
    expect(fatalLogLines('ready\n')).toEqual([]);
  });
});

describe('declared ports against what listens', () => {
  // /proc/net/tcp as the kernel writes it: 0.0.0.0:6379 and 127.0.0.1:9000 listening, one established connection.
  const tables = [
    '@@tcp',
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 00000000:18EB 00000000:0000 0A 00000000:00000000 00:00000000 00000000   999        0 1001 1 0000000000000000 100 0 0 10 0',
    '   1: 0100007F:2328 00000000:0000 0A 00000000:00000000 00:00000000 00000000   999        0 1002 1 0000000000000000 100 0 0 10 0',
    '   2: 0200000A:18EB 0100000A:C350 01 00000000:00000000 00:00000000 00000000   999        0 1003 1 0000000000000000 100 0 0 10 0',
    '@@tcp6',
    '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1004 1 0000000000000000 100 0 0 10 0',
    '@@udp',
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops',
    '   0: 00000000:D431 00000000:0000 07 00000000:00000000 00:00000000 00000000   101        0 1005 2 0000000000000000 0',
    '@@udp6',
    '',
  ].join('\n');
  const listeners = parseListeners(tables).listeners;

  it('a declared port that listens passes; an undeclared one fails; loopback only is info; client UDP ports are ignored', () => {
    const checks = compareListeners([{ port: 6379, protocol: 'TCP', speaks: 'redis' }], listeners);
    expect(checks).toEqual([
      { name: 'port 6379/TCP listens', ok: true, detail: 'listening on 0.0.0.0:6379' },
      { name: 'listener 8080/TCP is declared', ok: false, detail: expect.stringMatching(/^the container listens on \[::\]:8080, which the unit does not declare/) },
      { name: 'listener 9000/TCP (loopback only)', ok: true, detail: 'info: listens on 127.0.0.1:9000 only, not reachable from other pods; not declared' },
    ]);
  });

  it('a declared port nothing listens on fails, and so does one on loopback only', () => {
    const checks = compareListeners(
      [
        { port: 6379, protocol: 'TCP' },
        { port: 8080, protocol: 'TCP' },
        { port: 9000, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ],
      listeners,
    );
    expect(checks.filter((c) => !c.ok)).toEqual([
      { name: 'port 9000/TCP listens', ok: false, detail: 'declared, but listening on loopback only (127.0.0.1:9000): other pods cannot reach it' },
      { name: 'port 53/UDP listens', ok: false, detail: 'declared, but nothing in the container listens on 53/UDP' },
    ]);
  });
});

describe('tftp', () => {
  it('a read request for a file no server holds; DATA or an ERROR packet is a TFTP server, anything else is not', () => {
    expect(TFTP_READ_REQUEST.subarray(0, 2)).toEqual(Buffer.from([0, 1]));
    expect(TFTP_READ_REQUEST.toString('latin1')).toContain('\0octet\0');
    expect(tftpAnswer(Buffer.from([0, 5, 0, 1, ...Buffer.from('File not found\0')]))).toEqual({ ok: true, detail: 'TFTP ERROR 1 (file not found)' });
    expect(tftpAnswer(Buffer.from([0, 3, 0, 1, 65]))).toEqual({ ok: true, detail: 'TFTP DATA' });
    expect(tftpAnswer(Buffer.from([0, 4, 0, 1]))).toMatchObject({ ok: false });
    expect(tftpAnswer(Buffer.alloc(0))).toEqual({ ok: false, detail: 'no answer' });
  });
});
