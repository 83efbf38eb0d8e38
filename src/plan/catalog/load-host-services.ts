/**
 * catalog/host/services.yaml: which daemons manage the host and which are node
 * agents, with the reason. Data, not code (issue 14).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { HostPathMount, HostServiceEntry } from './host-service-entry.js';
import { defaultCatalogDir } from './load-catalog.js';

const KEYS = ['name', 'role', 'services', 'packages', 'provides', 'reason', 'hostPaths', 'hostNetwork'];
const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((w) => typeof w === 'string' && w !== '');
const isAbsolute = (v: unknown): v is string => typeof v === 'string' && v.startsWith('/');

function hostPathsOf(v: unknown): HostPathMount[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: HostPathMount[] = [];
  for (const m of v) {
    if (m === null || typeof m !== 'object') return undefined;
    const { path, mountPath } = m as Record<string, unknown>;
    if (!isAbsolute(path) || !isAbsolute(mountPath)) return undefined;
    out.push({ path, mountPath });
  }
  return out;
}

/** Checks one entry; a string is what is wrong with it. */
export function validateHostService(raw: unknown): HostServiceEntry | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'not a mapping';
  const e = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(e).filter((k) => !KEYS.includes(k));
  if (unknownKeys.length) return `unknown keys ${unknownKeys.join(', ')}`;
  if (typeof e['name'] !== 'string' || e['name'] === '') return 'name must say what the daemons are';
  if (typeof e['reason'] !== 'string' || e['reason'] === '') return 'reason must say why';
  if (!isNames(e['services']) || !isNames(e['packages'] ?? []) || !isNames(e['provides'] ?? [])) return 'services, packages and provides are lists of names';
  const common = { name: e['name'], services: e['services'], packages: (e['packages'] ?? []) as string[], provides: (e['provides'] ?? []) as string[], reason: e['reason'] };
  if (e['role'] === 'host') {
    if (e['hostPaths'] !== undefined || e['hostNetwork'] !== undefined) return 'a host daemon runs nowhere: hostPaths and hostNetwork are for node agents';
    return { ...common, role: 'host' };
  }
  if (e['role'] !== 'node-agent') return 'role is host or node-agent';
  const hostPaths = hostPathsOf(e['hostPaths']);
  if (!hostPaths) return 'hostPaths is a list of { path, mountPath }, both absolute';
  if (e['hostNetwork'] !== undefined && typeof e['hostNetwork'] !== 'boolean') return 'hostNetwork is true or false';
  return { ...common, role: 'node-agent', access: { hostPaths, hostNetwork: e['hostNetwork'] === true } };
}

/** Reads and checks the list; a broken entry is left out and named in `errors`. */
export function loadHostServices(dir: string = defaultCatalogDir()): { entries: HostServiceEntry[]; errors: string[] } {
  const file = join(dir, 'host', 'services.yaml');
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { entries: [], errors: [`${file}: ${(e as Error).message}`] };
  }
  if (!Array.isArray(doc)) return { entries: [], errors: [`${file}: a list of entries is expected`] };
  const entries: HostServiceEntry[] = [];
  const errors: string[] = [];
  doc.forEach((raw: unknown, i) => {
    const r = validateHostService(raw);
    if (typeof r === 'string') errors.push(`${file}: entry ${i + 1}: ${r}`);
    else entries.push(r);
  });
  return { entries, errors };
}
