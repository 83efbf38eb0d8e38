import type { UnitSeed } from './resources/handler.js';

/** A DNS-1123 label: Kubernetes object names and image names are built from it. */
export function dnsLabel(s: string, fallback = 'unit'): string {
  const l = s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 40)
    .replace(/-+$/, '');
  return l.length > 0 ? l : fallback;
}

export function seedName(seed: UnitSeed): string {
  switch (seed.kind) {
    case 'service':
      return dnsLabel(seed.entry?.name ?? seed.service, 'service');
    case 'cron':
      return `cron-${dnsLabel(seed.name, 'job')}`;
    case 'job':
      return `job-${dnsLabel(seed.name, 'run')}`;
    default:
      return dnsLabel(String((seed as { kind: string }).kind));
  }
}

/** Unique within an app: a second `nginx` becomes `nginx-2`. */
export function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
