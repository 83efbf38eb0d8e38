/**
 * The ports a service's config file opens, read from the listen and port
 * directives common config formats share — never from a service's name: a
 * file is read the same whatever daemon it belongs to.
 *
 *   port N · Port N · port = N · port: N · "port": N · listen_port/server_port/rpc-port N   (ini, toml, yaml, json, conf)
 *   listen N · listen addr:N · Listen N · listen = addr:N                        (nginx-, apache-, fpm-like)
 *   accept = [addr:]N                                                             (stunnel)
 *   listener N [addr]                                                            (mosquitto)
 *   bind addr:N · listen-address addr:N                                          (haproxy-, privoxy-like)
 *   listeners=NAME://[addr]:N,NAME://[addr]:N                                    (a list of listener URLs, kafka-like)
 *   udp_port N · `listen 53 udp`                                                 (UDP where the directive says so)
 *   input(type="imudp" port="514") · $InputTCPServerRun N · $UDPServerRun N      (rsyslog's RainerScript and legacy forms)
 *
 * An address-only directive (`bind 127.0.0.1 ::1`, `listen_addresses =
 * 'localhost'`, `inet_interfaces = loopback-only`, `bind-address = 127.0.0.1`)
 * that names loopback only makes the file's bare port directives loopback.
 */
import { isLoopbackAddress, isPortNumber, parseListenValue, type FoundPort } from './found-port.js';

// Keys that name a port the service opens; `db_port`, `smtp_port`, `remote_port` … are ports it connects to, and are not read.
const PORT_KEY = /^\s*"?((?:listen|bind|server|local|http|https|rpc|peer)[_-]?port|port|(udp|tcp)[_-]?port)"?\s*[:=]?\s*"?(\d{1,5})"?\s*[,;]?\s*$/i;
// `key value`, `key = value`, `key: value`; a colon right before the value is the value's (`bind :443`).
// `accept = [host:]port`: stunnel's service sections.
const LISTEN = /^\s*(listen|bind|listen[_-]?address|bind[_-]?address|accept|listeners)(?:\s*=\s*|\s*:\s+|\s+)(.+?)\s*;?\s*$/i;
// A listener URL's scheme names the listener (`PLAINTEXT://:9092`), not a transport: what follows is an address.
const LISTENER_URL = /^[A-Za-z][\w+.-]*:\/\//;
// `listener port [address]`: the port first, an optional bind address after it (port 0 is a unix socket's listener).
const LISTENER = /^\s*listener\s+(\d{1,5})(?:\s+(\S+))?\s*$/i;
const ADDRESSES = /^\s*(listen_addresses|inet_interfaces|bind|bind[_-]?address|listen[_-]?address)(?:\s*=\s*|\s*:\s+|\s+)(.+?)\s*;?\s*$/i;

/**
 * Comments, blank lines and conditional sections out; line numbers kept
 * (1-based). A `<IfModule …>`/`<IfDefine …>`-style section holds directives
 * that count only when a condition decant does not evaluate holds (`Listen
 * 443` under `<IfModule ssl_module>`), so its ports are not claimed.
 */
function meaningfulLines(text: string): { line: number; text: string }[] {
  let conditional = 0;
  const out: { line: number; text: string }[] = [];
  text.split('\n').forEach((t, i) => {
    const line = t.replace(/\s+(#|\/\/).*$/, '');
    if (/^\s*([#;]|\/\/|$)/.test(line)) return;
    if (/^\s*<If\w*[\s>]/i.test(line)) return void conditional++;
    if (/^\s*<\/If\w*>/i.test(line)) return void (conditional = Math.max(0, conditional - 1));
    if (conditional === 0) out.push({ line: i + 1, text: line });
  });
  return out;
}

/** The words of a value: `'localhost', '::1'` → [localhost, ::1]. */
const words = (value: string) => value.split(/[\s,]+/).map((w) => w.replace(/^["']|["';]$/g, '')).filter((w) => w !== '');

/** Every address an address-only directive names is loopback. */
function loopbackOnly(lines: readonly { text: string }[]): boolean {
  let sawAddress = false;
  for (const l of lines) {
    const m = ADDRESSES.exec(l.text);
    if (!m) continue;
    const ws = words(m[2]!);
    if (ws.some((w) => parseListenValue(w) !== undefined)) continue;
    sawAddress = true;
    if (!ws.every((w) => isLoopbackAddress(w))) return false;
  }
  return sawAddress;
}

// A RainerScript input statement, on one line or several; its `type` says the transport (imudp is UDP, imtcp/imptcp/imrelp TCP).
const INPUT_STATEMENT = /\binput\s*\(([^)]*)\)/gi;
const INPUT_PARAM = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i');
// Legacy rsyslog directives that open a listener: `$InputTCPServerRun 514`, `$UDPServerRun 514`.
const LEGACY_INPUT = /^\s*\$(InputTCPServerRun|InputPTCPServerRun|InputRELPServerRun|UDPServerRun|InputUDPServerRun)\s+(\d{1,5})\s*$/i;

/** Ports of input statements: each `port` (a number or a list in brackets) with the statement's transport; an address parameter that is loopback makes it loopback. */
function inputStatementPorts(lines: readonly { line: number; text: string }[], path: string): FoundPort[] {
  const joined = lines.map((l) => l.text).join('\n');
  // Where each meaningful line starts in `joined`, so a match's line is a search, not a re-split of the text before it.
  const starts: number[] = [];
  lines.reduce((at, l) => (starts.push(at), at + l.text.length + 1), 0);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]!.line;
  };
  const out: FoundPort[] = [];
  for (const m of joined.matchAll(INPUT_STATEMENT)) {
    const params = m[1]!;
    const type = INPUT_PARAM('type').exec(params)?.[1]?.toLowerCase();
    if (!type?.startsWith('im')) continue;
    const port = /\bport\s*=\s*(\[[^\]]*\]|"[^"]*")/i.exec(params)?.[1]?.replace(/"/g, '');
    const address = INPUT_PARAM('address').exec(params)?.[1];
    const loopback = address !== undefined && isLoopbackAddress(address);
    for (const p of (port ?? '').split(/[\s,\[\]]+/).map(Number).filter(isPortNumber)) {
      out.push({ port: p, ...(type === 'imudp' ? { transport: 'UDP' as const } : {}), loopback, ...(address ? {} : { bare: true }), from: 'config', where: `${path}:${lineAt(m.index!)} (input ${type})` });
    }
  }
  for (const l of lines) {
    const legacy = LEGACY_INPUT.exec(l.text);
    if (legacy && isPortNumber(Number(legacy[2]))) {
      out.push({ port: Number(legacy[2]), ...(/udp/i.test(legacy[1]!) ? { transport: 'UDP' as const } : {}), loopback: false, bare: true, from: 'config', where: `${path}:${l.line} ($${legacy[1]})` });
    }
  }
  return out;
}

export function portsInConfigText(text: string, path: string): FoundPort[] {
  const lines = meaningfulLines(text);
  const fileLoopback = loopbackOnly(lines);
  const out: FoundPort[] = inputStatementPorts(lines, path);
  for (const l of lines) {
    const key = PORT_KEY.exec(l.text);
    if (key) {
      const port = Number(key[3]);
      const transport = key[2] ? (key[2].toLowerCase() === 'udp' ? 'UDP' : 'TCP') : undefined;
      if (isPortNumber(port)) out.push({ port, ...(transport ? { transport } : {}), loopback: fileLoopback, ...(fileLoopback ? {} : { bare: true }), from: 'config', where: `${path}:${l.line} (${key[1]})` });
      continue;
    }
    const listener = LISTENER.exec(l.text);
    if (listener) {
      const port = Number(listener[1]);
      const address = listener[2];
      const loopback = address !== undefined && isLoopbackAddress(address);
      if (isPortNumber(port)) out.push({ port, loopback, ...(address ? {} : { bare: true }), from: 'config', where: `${path}:${l.line} (listener)` });
      continue;
    }
    const listen = LISTEN.exec(l.text);
    if (!listen) continue;
    if (/^listeners$/i.test(listen[1]!)) {
      // Every listener of the list opens its port; `advertised.listeners` (what clients are told) is not this key.
      for (const w of words(listen[2]!)) {
        const value = parseListenValue(w.replace(LISTENER_URL, ''));
        if (value) out.push({ port: value.port, loopback: value.loopback, ...(value.bare ? { bare: true } : {}), from: 'config', where: `${path}:${l.line} (${listen[1]})` });
      }
      continue;
    }
    const [first, ...options] = words(listen[2]!);
    const value = first === undefined ? undefined : parseListenValue(first);
    if (!value) continue;
    // A bare number after `bind` is not a port in the formats that use bind for addresses.
    if (/^bind$/i.test(listen[1]!) && /^\d+$/.test(first!)) continue;
    const udp = options.some((o) => /^udp$/i.test(o));
    // stunnel's accept takes what its section's `connect` end speaks (TLS or the plain protocol behind it): not its number's.
    const relay = /^accept$/i.test(listen[1]!);
    out.push({
      port: value.port,
      ...(udp ? { transport: 'UDP' as const } : {}),
      loopback: value.loopback,
      ...(value.bare ? { bare: true } : {}),
      ...(relay ? { relay: true as const } : {}),
      from: 'config',
      where: `${path}:${l.line} (${listen[1]})`,
    });
  }
  return out;
}
