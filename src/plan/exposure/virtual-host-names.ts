import type { FileSpec } from '../../model/plan.js';
import type { VirtualHostSyntax } from '../catalog/load-virtual-hosts.js';
import { configMatches, matchWhere, type ConfigMatch } from '../config-matches.js';

/** A public name a unit's config answers to, the port its virtual host listens on (when the file says) and where. */
export interface VirtualHostName {
  readonly host: string;
  readonly port?: number;
  readonly where: string;
}

/**
 * A name the world can reach: dotted, a DNS name or a `*.` wildcard (as an
 * Ingress host may be). `_`, `localhost`, `*.local`-style names and IP
 * addresses name no public host.
 */
export function isPublicName(name: string): boolean {
  const n = name.toLowerCase();
  if (!/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(n)) return false;
  if (/^\d+(\.\d+)*$/.test(n)) return false;
  return !/(^|\.)(localhost|localdomain|local|internal|invalid)$/.test(n);
}

/** Apache's `ServerName www.example.com:80` names the host with its port. */
function hostOf(word: string): string {
  return word.replace(/^https?:\/\//, '').replace(/:\d+$/, '');
}

/** The port a file's own listen directive gives, when it gives exactly one. */
function listenPortOf(file: FileSpec, syntax: VirtualHostSyntax): number | undefined {
  const ports = [...new Set(configMatches([file], ['.*'], syntax.listen).map((m) => Number(m.value)))].filter((n) => Number.isInteger(n) && n > 0 && n < 65536);
  return ports.length === 1 ? ports[0] : undefined;
}

/** Every public virtual-host name in the unit's rendered configs, each once. */
export function virtualHostNames(files: readonly FileSpec[], syntaxes: readonly VirtualHostSyntax[]): VirtualHostName[] {
  const out: VirtualHostName[] = [];
  for (const syntax of syntaxes) {
    const matches: ConfigMatch[] = configMatches(files, syntax.files, syntax.names);
    for (const m of matches) {
      const port = listenPortOf(m.file, syntax);
      for (const word of m.value.split(/\s+/)) {
        const host = hostOf(word).toLowerCase();
        if (!isPublicName(host) || out.some((o) => o.host === host)) continue;
        out.push({ host, ...(port !== undefined ? { port } : {}), where: matchWhere(m, `${syntax.format} server name`) });
      }
    }
  }
  return out;
}
