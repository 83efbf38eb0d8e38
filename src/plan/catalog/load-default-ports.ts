/**
 * catalog/ports/defaults.yaml: the port a daemon listens on when its command
 * and config name none (named's 53, vsftpd's 21). Data with a citation per
 * entry, not code: each is what the daemon's own documentation says.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf } from './yaml-record.js';

export interface DefaultPorts {
  readonly binary: string;
  readonly ports: readonly number[];
  readonly why: string;
  /**
   * A config option that picks which of the defaults the daemon serves
   * (dovecot's `protocols = imap pop3`): each value word's ports; a word not
   * listed (`none`) serves nothing. Without the option in the config, `ports`.
   */
  readonly by?: { readonly option: string; readonly ports: Readonly<Record<string, readonly number[]>> };
  /** A word of the command that picks this entry over the binary's entry without one (dhcpd's `-6` serves DHCPv6 on 547). */
  readonly flag?: string;
  /** The transport, for a protocol with no entry in catalog/protocols/protocols.yaml to say it (DHCP is UDP). */
  readonly transport?: 'TCP' | 'UDP';
  /** The default binds loopback only (mosquitto 2.0 without a listener): the ports are not reachable from other pods. */
  readonly loopback?: true;
  /**
   * With `loopback`: the config option naming the addresses the daemon binds
   * (unbound's `interface:`); one that names an address other than loopback
   * opens the default ports beyond it.
   */
  readonly addressOption?: string;
}

const isPorts = (v: unknown): v is number[] => Array.isArray(v) && v.every((p) => Number.isInteger(p) && p > 0 && p < 65536);

function byOf(raw: unknown): DefaultPorts['by'] | string | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object') return 'by must be {option, ports: {word: [ports]}}';
  const { option, ports, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length || typeof option !== 'string' || !/^[\w.-]+$/.test(option)) return 'by must be {option, ports: {word: [ports]}}';
  if (ports === null || typeof ports !== 'object' || !Object.values(ports).every(isPorts)) return 'by.ports must map each word to port numbers';
  return { option, ports: ports as Record<string, number[]> };
}

function entryOf(raw: unknown, at: string): DefaultPorts | string {
  const e = recordOf(raw, ['binary', 'ports', 'why', 'by', 'flag', 'transport', 'loopback', 'address_option'], at);
  if (typeof e === 'string') return e;
  if (typeof e['binary'] !== 'string' || !/^[\w.+-]+$/.test(e['binary'])) return `${at}: binary must be an executable's name`;
  const ports = e['ports'];
  if (!Array.isArray(ports) || ports.length === 0 || !ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536)) return `${at}: ports must be port numbers`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the default is documented`;
  const by = byOf(e['by']);
  if (typeof by === 'string') return `${at}: ${by}`;
  if (e['flag'] !== undefined && (typeof e['flag'] !== 'string' || !/^-{1,2}[\w-]+$/.test(e['flag']))) return `${at}: flag must be a command-line option`;
  if (e['transport'] !== undefined && e['transport'] !== 'tcp' && e['transport'] !== 'udp') return `${at}: transport must be tcp or udp`;
  if (e['loopback'] !== undefined && e['loopback'] !== true) return `${at}: loopback must be true when set`;
  if (e['address_option'] !== undefined && (typeof e['address_option'] !== 'string' || !/^[\w-]+$/.test(e['address_option']) || e['loopback'] !== true)) {
    return `${at}: address_option must be an option's name, on a loopback default`;
  }
  return {
    binary: e['binary'],
    ports: ports as number[],
    why: e['why'],
    ...(by ? { by } : {}),
    ...(e['flag'] !== undefined ? { flag: e['flag'] as string } : {}),
    ...(e['loopback'] === true ? { loopback: true as const } : {}),
    ...(typeof e['address_option'] === 'string' ? { addressOption: e['address_option'] } : {}),
    ...(e['transport'] !== undefined ? { transport: e['transport'] === 'udp' ? ('UDP' as const) : ('TCP' as const) } : {}),
  };
}

export function loadDefaultPorts(dir: string = defaultCatalogDir()): { defaults: DefaultPorts[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'ports', 'defaults.yaml'), entryOf);
  return { defaults: entries, errors };
}

let defaultOnce: DefaultPorts[] | undefined;

/** The catalog's defaults, read once per process. */
export function defaultPortsOfCatalog(): DefaultPorts[] {
  return (defaultOnce ??= loadDefaultPorts().defaults);
}
