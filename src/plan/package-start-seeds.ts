/**
 * Units for services a package starts on install and no resource of the run
 * list names (issue 14): `package 'memcached'` alone runs memcached on a
 * Debian server. A service some resource names is that resource's to decide
 * (src/plan/resources/service.ts); a host daemon stays on the host, as the
 * existing classification says, and the package's decision says so.
 */
import type { Resource } from '../model/converge.js';
import { entryForService } from './catalog/find-entry.js';
import { hostRoleFromProvides, hostRoleOf } from './host-role.js';
import { packageStartOf, startedByPackageReason, type PackageStart } from './package-started-units.js';
import { displayName, str } from './property-values.js';
import { resourceId } from './resource-id.js';
import type { HandlerContext } from './resources/handler.js';
import type { UnitDraft } from './unit-draft.js';
import { execConditions } from './unit-conditions.js';

const SERVICE_TYPES = new Set(['service', 'systemd_service', 'systemd_unit', 'runit_service', 'poise_service', 'supervisor_service']);

/** The service names the run list's service resources use (service_name, unit_name or the name). */
function namedServices(resources: readonly Resource[]): string[] {
  return resources.filter((r) => SERVICE_TYPES.has(r.type)).map((r) => (str(r.properties['service_name']) ?? str(r.properties['unit_name']) ?? displayName(r.name)).replace(/\.service$/, ''));
}

export type PackageStartSeed = { readonly draft: Omit<UnitDraft, 'name'> & { readonly startedByPackage: string } } | { readonly resource: Resource; readonly note: string };

/** A draft per package-started service nothing else decides, or a note on the package resource saying why it makes none. */
export function seedsOfPackageStarts(starts: readonly PackageStart[], resources: readonly Resource[], drafts: readonly UnitDraft[], ctx: HandlerContext): PackageStartSeed[] {
  const decided = [...namedServices(resources), ...drafts.flatMap((d) => (d.seed.kind === 'service' ? [d.seed.service] : []))];
  const out: PackageStartSeed[] = [];
  for (const start of starts) {
    if (decided.some((name) => packageStartOf(name, [start]) === start)) continue;
    const why = `installing ${start.packageName} ${start.unit.onInstall?.started ? 'starts' : 'enables'} ${start.unit.name} (Debian starts daemons it installs)`;
    if (start.keptFromRunning) {
      out.push({ resource: start.resource, note: `its package starts ${start.unit.name} on install, but ${start.keptFromRunning}: no unit` });
      continue;
    }
    const entry = entryForService(ctx.catalog, ctx.family, start.service);
    if (entry?.host) {
      out.push({ resource: start.resource, note: `${why}; ${start.service} is host-level: ${entry.host}` });
      continue;
    }
    const role = entry ? undefined : (hostRoleOf(start.service, start.unit, ctx.hostServices) ?? hostRoleFromProvides(start.provides, ctx.hostServices));
    if (role?.role === 'host') {
      out.push({ resource: start.resource, note: `${why}; ${start.service} manages the host (${role.reason}): no container runs it` });
      continue;
    }
    // No resource names it: the cookbook relies on nothing it does, and a condition decant cannot run decides
    // whether it runs at all. No unit, said, rather than a pod that may exit at once (samba-ad-dc on a file server).
    const conditions = execConditions(start.unit);
    if (conditions.length) {
      out.push({ resource: start.resource, note: `${why}, but only when its ExecCondition=${conditions.join(', ExecCondition=')} succeeds, which decant does not run: no resource names ${start.service}, so no unit (if it runs, name it with a service resource)` });
      continue;
    }
    out.push({
      draft: {
        seed: { kind: 'service', service: start.service, ...(entry ? { entry } : {}), ...(role?.role === 'node-agent' ? { nodeAgent: role.access } : {}) },
        origin: { resource: resourceId(start.resource), source: start.resource.source },
        resource: start.resource,
        contributions: [],
        startedByPackage: `${start.service}: ${startedByPackageReason(start)}`,
      },
    });
  }
  return out;
}
