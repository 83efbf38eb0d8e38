/**
 * Targets for the runner from what `decant convert` wrote: each unit of an
 * app in report.json, its declared ports, and the packages the report placed
 * in it (resources of type `package` assigned to the unit), which is what the
 * runner uses to send package and service expectations to the right unit.
 */
import type { Target } from './model.js';

interface ReportResource {
  readonly type?: unknown;
  readonly name?: unknown;
  readonly unit?: unknown;
  readonly class?: unknown;
}

interface ReportApp {
  readonly units?: readonly { name?: unknown; ports?: unknown }[];
  readonly resources?: readonly ReportResource[];
}

/** `containers` maps a unit name to the id of its running container; units without one are left out. */
/** `elsewhere`: units of the app another run verifies (`verify --unit`): kept as targets without a container, so what they own is skipped rather than sent to the wrong unit. */
export function targetsForApp(app: ReportApp, containers: ReadonlyMap<string, string>, elsewhere: ReadonlySet<string> = new Set()): Target[] {
  const out: Target[] = [];
  for (const u of app.units ?? []) {
    if (typeof u.name !== 'string') continue;
    const id = containers.get(u.name);
    const away = !id && elsewhere.has(u.name);
    if (!id && !away) continue;
    const ports = Array.isArray(u.ports) ? u.ports.filter((p): p is number => typeof p === 'number') : [];
    const packages = (app.resources ?? [])
      .filter((r) => r.type === 'package' && r.unit === u.name)
      .flatMap((r) => (typeof r.name === 'string' ? r.name.split(/[\s,]+/).filter(Boolean) : []));
    const services = (app.resources ?? [])
      .filter((r) => r.type === 'service' && r.unit === u.name && r.class === 'workload' && typeof r.name === 'string')
      .map((r) => r.name as string);
    out.push({ unit: u.name, containerId: id ?? '', ...(away ? { elsewhere: true } : {}), ports, packages: [...new Set(packages)].sort(), services: [...new Set(services)].sort() });
  }
  return out;
}
