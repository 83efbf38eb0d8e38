/**
 * What a service's own command line says about its ports and its config:
 * `-p N`, `--port N`, `--port=N`, `--listen[=]addr:N`, `--address[=]addr:N` open ports; `-c FILE`,
 * `--config[=]FILE`, `-f FILE`, `--conf[=]FILE`, `--config-file[=]FILE`, a
 * bare absolute path under /etc, and a bare absolute path anywhere with a
 * config file's extension (`kafka-server-start.sh /opt/kafka/config/server.properties`)
 * name the files it reads.
 */
import { isPortNumber, parseListenValue, type FoundPort } from './found-port.js';

const PORT_FLAGS = new Set(['-p', '--port']);
// `--address addr:port`: tftpd-hpa's (Debian's /etc/default/tftpd-hpa passes TFTP_ADDRESS so).
const LISTEN_FLAGS = new Set(['--listen', '--bind', '--address']);
const CONFIG_FLAGS = new Set(['-c', '-f', '--config', '--conf', '--config-file', '--configfile', '--conf-file']);

/** `--flag=value` or `--flag value`: the flag and its value, for each flag the set names. */
function flagValues(argv: readonly string[], flags: ReadonlySet<string>): { flag: string; value: string }[] {
  const out: { flag: string; value: string }[] = [];
  argv.forEach((arg, i) => {
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0 && flags.has(arg.slice(0, eq))) out.push({ flag: arg.slice(0, eq), value: arg.slice(eq + 1) });
    else if (flags.has(arg) && argv[i + 1] !== undefined) out.push({ flag: arg, value: argv[i + 1]! });
  });
  return out;
}

export function portsInCommand(argv: readonly string[]): FoundPort[] {
  const out: FoundPort[] = [];
  for (const { flag, value } of flagValues(argv, PORT_FLAGS)) {
    // `-p /run/x.pid` means a pid file to some daemons: only a number is a port.
    if (/^\d+$/.test(value) && isPortNumber(Number(value))) out.push({ port: Number(value), loopback: false, bare: true, from: 'command', where: `command ${flag} ${value}` });
  }
  for (const { flag, value } of flagValues(argv, LISTEN_FLAGS)) {
    const v = parseListenValue(value);
    if (v) out.push({ port: v.port, loopback: v.loopback, from: 'command', where: `command ${flag} ${value}` });
  }
  return out;
}

// Extensions only config files carry; a bare `/var/lib/app/data.db` outside /etc is data, not config.
const CONFIG_FILE = /^\/\S+\.(conf|cfg|cnf|ini|properties|ya?ml|toml)$/;

/** Files the command names as its config, absolute, in order. */
export function configFilesOfCommand(argv: readonly string[]): string[] {
  const flagged = flagValues(argv, CONFIG_FLAGS).map((f) => f.value);
  const bare = argv.slice(1).filter((a, i) => (/^\/etc\/\S+\.\w+$/.test(a) || CONFIG_FILE.test(a)) && !CONFIG_FLAGS.has(argv[i] ?? ''));
  return [...new Set([...flagged, ...bare].filter((p) => p.startsWith('/')))];
}
