/**
 * The ports and capabilities a unit's config asks for through options whose
 * meaning is the daemon's (catalog/directives/needs.yaml): dnsmasq's
 * `dhcp-range` opens 67/udp and needs NET_ADMIN, which no listen or port
 * directive says. Decided from the entry's packages and the option's line in
 * the unit's own config files, never from the service's name.
 */
import type { FileSpec } from '../model/plan.js';
import type { DirectiveNeed } from './catalog/load-directive-needs.js';
import type { FoundPort } from './ports/found-port.js';
import { declaredSubnet } from './network/declared-subnet.js';
import { textHeld } from '../model/file-text.js';

export interface DirectiveNeeds {
  readonly ports: readonly FoundPort[];
  /** Sorted, each once. */
  readonly capabilities: readonly string[];
  /** For the unit's notes: which line asked for which capability, and why. */
  readonly notes: readonly string[];
  /** What the pod's network must give that decant cannot (review items), each once, with the line that asks. */
  readonly network: readonly NetworkNeed[];
}

/** One thing the pod's network must give, the first line that asks, and every subnet the lines asking declare. */
export interface NetworkNeed {
  readonly need: string;
  readonly where: string;
  readonly why: string;
  readonly subnets: readonly string[];
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lines that set the option: `name`, `name=…` or `name …`, comments skipped. */
function linesSetting(text: string, directive: string): string[] {
  const sets = new RegExp(`^\\s*${escaped(directive)}(\\s*=|\\s|$)`);
  return text.split('\n').filter((l) => !/^\s*[#;]/.test(l) && sets.test(l));
}

/** The first line (1-based) that sets the option. */
function lineSetting(text: string, directive: string): number | undefined {
  const first = linesSetting(text, directive)[0];
  return first === undefined ? undefined : text.split('\n').indexOf(first) + 1;
}

/** Every subnet the lines setting the option declare, across the files. */
function subnetsDeclared(files: readonly FileSpec[], directive: string): string[] {
  return files.flatMap((f) => {
    const text = textHeld(f.content);
    return text === undefined ? [] : linesSetting(text, directive);
  })
    .map((l) => declaredSubnet(l, directive))
    .filter((s): s is string => s !== undefined);
}

export function directiveNeeds(files: readonly FileSpec[], packages: readonly string[], needs: readonly DirectiveNeed[]): DirectiveNeeds {
  const ports: FoundPort[] = [];
  const capabilities = new Map<string, string>();
  const notes: string[] = [];
  const network = new Map<string, NetworkNeed>();
  for (const need of needs) {
    if (!need.packages.some((p) => packages.includes(p))) continue;
    for (const f of files) {
      if (f.content.kind !== 'rendered' && f.content.kind !== 'inline') continue;
      const line = lineSetting(f.content.text, need.directive);
      if (line === undefined) continue;
      const where = `${f.path}:${line} (${need.directive}; catalog/directives/needs.yaml)`;
      ports.push(...need.ports.map((p) => ({ port: p.port, transport: p.transport, loopback: false, from: 'config' as const, where })));
      const fresh = need.capabilities.filter((c) => !capabilities.has(c));
      for (const c of fresh) capabilities.set(c, where);
      if (fresh.length) notes.push(`keeps ${fresh.join(', ')}: ${where}: ${need.why}`);
      if (need.network) {
        const had = network.get(need.network);
        const subnets = [...new Set([...(had?.subnets ?? []), ...subnetsDeclared(files, need.directive)])];
        network.set(need.network, had ? { ...had, subnets } : { need: need.network, where, why: need.why, subnets });
      }
      break;
    }
  }
  return { ports, capabilities: [...capabilities.keys()].sort(), notes, network: [...network.values()] };
}
