/**
 * catalog/directives/needs.yaml: what one option in a daemon's config asks of
 * its container (a port at the daemon's compiled-in number, a capability it
 * refuses to start without), with a citation per entry. Data, not code.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf, stringListErrors } from './yaml-record.js';

export interface DirectiveNeed {
  readonly packages: readonly string[];
  readonly directive: string;
  readonly ports: readonly { readonly port: number; readonly transport: 'TCP' | 'UDP' }[];
  readonly capabilities: readonly string[];
  readonly why: string;
  /**
   * What the option asks of the pod's network that decant cannot give or know (dhcpd's `subnet`: an interface
   * holding an address in it): a review item, with what to do.
   */
  readonly network?: string;
}

function portOf(raw: unknown): { port: number; transport: 'TCP' | 'UDP' } | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { port, transport, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length || !Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535) return undefined;
  return transport === 'TCP' || transport === 'UDP' ? { port: port as number, transport } : undefined;
}

function entryOf(raw: unknown, at: string): DirectiveNeed | string {
  const e = recordOf(raw, ['packages', 'directive', 'ports', 'capabilities', 'why', 'network'], at);
  if (typeof e === 'string') return e;
  const listErrors = stringListErrors(e['packages'], `${at}: packages`);
  if (listErrors.length) return listErrors[0]!;
  if (typeof e['directive'] !== 'string' || !/^[\w.-]+$/.test(e['directive'])) return `${at}: directive must be an option's name`;
  const ports = (e['ports'] ?? []) as unknown[];
  if (!Array.isArray(ports) || ports.some((p) => portOf(p) === undefined)) return `${at}: ports must be a list of {port, transport: TCP|UDP}`;
  const caps = (e['capabilities'] ?? []) as unknown[];
  if (!Array.isArray(caps) || !caps.every((c) => typeof c === 'string' && /^[A-Z_]+$/.test(c) && !c.startsWith('CAP_'))) {
    return `${at}: capabilities must be Linux capability names without CAP_ (NET_ADMIN)`;
  }
  if (e['network'] !== undefined && (typeof e['network'] !== 'string' || e['network'] === '')) return `${at}: network must say what the pod's network needs`;
  if (ports.length === 0 && caps.length === 0 && e['network'] === undefined) return `${at}: an entry says a port, a capability or a network the directive needs`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the need is documented`;
  return { packages: e['packages'] as string[], directive: e['directive'], ports: ports.map((p) => portOf(p)!), capabilities: caps as string[], why: e['why'], ...(e['network'] !== undefined ? { network: e['network'] as string } : {}) };
}

export function loadDirectiveNeeds(dir: string = defaultCatalogDir()): { needs: DirectiveNeed[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'directives', 'needs.yaml'), entryOf);
  return { needs: entries, errors };
}

let once: DirectiveNeed[] | undefined;

/** The catalog's entries, read once per process. */
export function directiveNeedsOfCatalog(): DirectiveNeed[] {
  return (once ??= loadDirectiveNeeds().needs);
}
