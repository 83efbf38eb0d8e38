import type { UnitLine } from './text-lines.js';

/**
 * Directives that make a service listen on a unix socket, as the common
 * daemons write them: php-fpm's `listen = /run/php/x.sock`, nginx's
 * `listen unix:/run/x.sock`, redis's `unixsocket /run/redis/redis.sock`,
 * mysql's `socket = /run/mysqld/mysqld.sock`, a systemd socket unit's
 * `ListenStream=/run/x.sock`, gunicorn's `bind = "unix:/run/x.sock"`,
 * haproxy's `stats socket /run/haproxy/admin.sock` (its runtime API, served by
 * haproxy itself), and a command's `--socket PATH` / `--listen unix:PATH`.
 */
const LISTEN_DIRECTIVE = /^\s*(?:listen|unixsocket|socket|ListenStream|bind|listen_socket|unix_socket|stats\s+socket)\s*[=\s]\s*["']?(?:unix:)?(\/[^\s"';]+)/i;
const COMMAND_FLAG = /(?:^|\s)(?:--socket|--unix-socket|--listen|--bind)[=\s]+["']?(?:unix:)?(\/[^\s"']+)/g;

/** Is this line a directive that listens (or binds) rather than one that connects? */
export function isListenLine(text: string): boolean {
  return /^\s*(?:listen|unixsocket|socket|ListenStream|ListenDatagram|bind|bind-address|listen_addresses|listen_socket|unix_socket|port|server_name|stats\s+socket)\b/i.test(text);
}

/** The socket paths a unit's own lines make it listen on. */
export function listenSockets(lines: readonly UnitLine[]): string[] {
  const out = new Set<string>();
  for (const l of lines) {
    if (l.file === 'command') {
      for (const m of l.text.matchAll(COMMAND_FLAG)) out.add(m[1]!);
      continue;
    }
    const m = LISTEN_DIRECTIVE.exec(l.text);
    if (m && !l.text.trimStart().startsWith('#') && !l.text.trimStart().startsWith(';')) out.add(m[1]!);
  }
  return [...out].sort();
}
