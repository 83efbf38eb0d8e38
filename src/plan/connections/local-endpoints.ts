import { isListenLine } from './listen-sockets.js';
import type { UnitLine } from './text-lines.js';

/** A place a unit's text says it connects to on the same machine. */
export interface LocalEndpoint {
  readonly kind: 'unix' | 'tcp';
  /** The socket path, or `host:port` as written. */
  readonly endpoint: string;
  readonly path?: string;
  readonly port?: number;
  readonly line: UnitLine;
}

/**
 * `unix:/run/php/x.sock` (nginx's fastcgi_pass, and proxy_pass's
 * `http://unix:/run/x.sock:/uri` whose path ends at the colon; apache's
 * `proxy:unix:/run/x.sock|fcgi://localhost`, uwsgi/gunicorn URLs), and a
 * bare absolute path ending in `.sock` or `.socket` (a client's `socket =`).
 */
const UNIX_URL = /unix:(\/[^\s|"';,):]+)/g;
const SOCKET_PATH = /(?:^|[\s=:"'(])(\/[\w./@-]+\.sock(?:et)?)(?=$|[\s"';,)|])/g;
/** A loopback host with a port: `127.0.0.1:3306`, `localhost:6379`, `[::1]:11211`, inside URLs too. */
const LOOPBACK_PORT = /(?:^|[^\w.-])(localhost|127\.0\.0\.1|\[::1\]):(\d{1,5})(?![\d])/g;

const isComment = (text: string) => /^\s*[#;]/.test(text) || /^\s*\/\//.test(text);

/**
 * Every local endpoint a unit's lines name, other than the lines that make
 * the unit itself listen (`listen 127.0.0.1:8080`, `listen = /run/x.sock`).
 * Comments say nothing.
 */
export function localEndpoints(lines: readonly UnitLine[]): LocalEndpoint[] {
  const out: LocalEndpoint[] = [];
  for (const whole of lines) {
    const line = whole.file === 'command' ? { ...whole, text: connectingWords(whole.text) } : whole;
    if (isComment(line.text) || (line.file !== 'command' && isListenLine(line.text))) continue;
    const paths = new Set<string>();
    for (const m of line.text.matchAll(UNIX_URL)) paths.add(m[1]!);
    // A flag that makes the command listen is not a connection.
    if (line.file !== 'command') for (const m of line.text.matchAll(SOCKET_PATH)) paths.add(m[1]!);
    for (const path of [...paths].sort()) out.push({ kind: 'unix', endpoint: path, path, line });
    for (const m of line.text.matchAll(LOOPBACK_PORT)) {
      const port = Number(m[2]);
      if (port > 0 && port < 65536) out.push({ kind: 'tcp', endpoint: `${m[1]}:${port}`, port, line: whole });
    }
  }
  return out.map((e) => ({ ...e, line: lines.find((l) => l.file === e.line.file && l.line === e.line.line) ?? e.line }));
}

/** A command's words without the flags that make it listen (`--listen 127.0.0.1:9100`, `--web.listen-address=:9100`). */
function connectingWords(command: string): string {
  const words = command.split(' ');
  return words.filter((w, i) => !/^--?[\w.-]*(?:listen|bind)[\w.-]*(?:=|$)/i.test(w) && !/^--?[\w.-]*(?:listen|bind)[\w.-]*$/i.test(words[i - 1] ?? '')).join(' ');
}
