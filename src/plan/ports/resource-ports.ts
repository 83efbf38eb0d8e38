/**
 * Ports the cookbook states as resource properties: the service resource's
 * own, and those of the custom resource it was declared by (`myapp_instance
 * 'x' do port 8080 end` expands to a `service`). Any custom resource's
 * `port`, `listen_port`, `bind_port` or `listen` property counts — by the
 * property's name, the construct every such resource shares.
 */
import type { Data } from '../../model/data.js';
import type { Resource } from '../../model/converge.js';
import { resourceId } from '../resource-id.js';
import { isPortNumber, parseListenValue, type FoundPort } from './found-port.js';

const PORT_PROPERTIES = ['port', 'listen_port', 'bind_port', 'listen'] as const;

function valuesOf(v: Data | undefined): string[] {
  if (typeof v === 'number') return [String(v)];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => valuesOf(x));
  return [];
}

function portsOfResource(r: Resource): FoundPort[] {
  const out: FoundPort[] = [];
  for (const key of PORT_PROPERTIES) {
    for (const value of valuesOf(r.properties[key])) {
      const v = parseListenValue(value);
      if (v && isPortNumber(v.port)) out.push({ port: v.port, loopback: v.loopback, ...(v.bare ? { bare: true } : {}), from: 'resource', where: `${resourceId(r)} property ${key}` });
    }
  }
  return out;
}

/** The service resource and, outward, each custom resource it was expanded from. */
export function portsOfServiceResource(service: Resource | undefined, collection: readonly Resource[]): FoundPort[] {
  const out: FoundPort[] = [];
  const seen = new Set<string>();
  let r = service;
  while (r && !seen.has(resourceId(r))) {
    seen.add(resourceId(r));
    out.push(...portsOfResource(r));
    const via = r.via;
    r = via === undefined ? undefined : collection.find((c) => resourceId(c) === via);
  }
  return out;
}
