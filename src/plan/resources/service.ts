import type { Resource } from '../../model/converge.js';
import { entryForService } from '../catalog/find-entry.js';
import { hostRoleOf } from '../host-role.js';
import { displayName, str } from '../property-values.js';
import { resourceId } from '../resource-id.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';
import { info } from '../../diagnostics/create.js';
import { startedByPackageReason } from '../package-started-units.js';

const STARTING = new Set(['start', 'restart', 'enable']);

const SYSTEMD_HOST = "systemd does not run in the container: the unit's command is the container command";

/** The service a resource starts: its service_name or name; a systemd_unit's unit name without `.service`. */
function serviceOf(r: Resource): string | undefined {
  if (r.type !== 'systemd_unit') return str(r.properties['service_name']) ?? displayName(r.name);
  const unit = str(r.properties['unit_name']) ?? displayName(r.name);
  return unit.endsWith('.service') ? unit.slice(0, -'.service'.length) : undefined;
}

/**
 * Whether the cookbook's own actions (its own, those notified to it, and those of the custom resource that
 * declared it) start or enable the service: a service resource that only stops or disables it never makes a unit.
 */
export function startsService(r: Resource, ctx: Pick<HandlerContext, 'actionsOf' | 'notifiedActions'>): boolean {
  if (!serviceHandler.types.includes(r.type)) return false;
  const around = r.via ? [...ctx.actionsOf(r.via), ...ctx.notifiedActions(r.via)] : [];
  return [...r.actions, ...ctx.notifiedActions(resourceId(r)), ...around].some((a) => STARTING.has(a));
}

/**
 * A service that runs on the server (started, or enabled so it starts at boot,
 * or restarted by a notification on the first converge) becomes a unit. A
 * systemd_unit of a service started by its own actions (`action [:create,
 * :enable, :start]`, as custom resources write it) is such a service too.
 */
export const serviceHandler: ResourceHandler = {
  types: ['service', 'systemd_service', 'runit_service', 'poise_service', 'supervisor_service', 'systemd_unit'],
  describe: () => ({ classes: ['workload', 'host'], reason: 'a started or enabled service becomes a unit (Deployment or StatefulSet) with its command; host-level when the catalog says so or the cookbook never starts it' }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    const service = serviceOf(r);
    if (service === undefined) return { class: 'host', reason: `${SYSTEMD_HOST} (not a .service unit)` };
    const entry = entryForService(ctx.catalog, ctx.family, service);
    if (entry?.host) return { class: 'host', reason: `${service} is host-level: ${entry.host}` };
    // The catalog's own entry says how a container runs it; otherwise facts and the host list decide.
    const hostRole = entry ? undefined : hostRoleOf(service, ctx.packagedUnit(service), ctx.hostServices);
    if (hostRole?.role === 'host') return { class: 'host', reason: `${service} manages the host: ${hostRole.reason}` };
    // A service inside a custom resource (nginx_service, memcached_instance) runs when the custom resource is
    // enabled/started or notified, even if the expansion declared it `:nothing` and left the rest to providers.
    const around = r.via ? [...ctx.actionsOf(r.via), ...ctx.notifiedActions(r.via)] : [];
    const actions = [...r.actions, ...ctx.notifiedActions(resourceId(r)), ...around];
    const startedOnInstall = actions.some((a) => STARTING.has(a)) ? undefined : ctx.startedOnInstall(service);
    if (startedOnInstall && startedOnInstall !== 'offline' && !startedOnInstall.keptFromRunning) {
      const own = ctx.notifiedActions(resourceId(r));
      const only = own.length ? `only ${[...new Set(own)].join('s and ')}s it` : (r.actions.length ? `declares it with action ${r.actions.map((a) => `:${a}`).join(', ')}` : 'declares it with no action');
      return {
        class: 'workload',
        reason: `${startedByPackageReason(startedOnInstall)}; the cookbook's ${resourceId(r)} ${only}`,
        seed: { kind: 'service', service, ...(entry ? { entry } : {}), ...(hostRole?.role === 'node-agent' ? { nodeAgent: hostRole.access } : {}) },
      };
    }
    if (!actions.some((a) => STARTING.has(a))) {
      if (r.type === 'systemd_unit') return { class: 'host', reason: SYSTEMD_HOST };
      const why = `${service} is not started by the cookbook (${r.actions.join(', ') || 'no action'})`;
      if (startedOnInstall === 'offline') {
        return {
          class: 'host',
          reason: `${why}: no container runs it; offline, whether its package starts it on install is not known`,
          diagnostics: [info('DEC0540', `${resourceId(r)}: ${why}; without package facts (offline) decant cannot tell whether a package the run installs starts it on install, as Debian's packages do with their daemons: convert with an engine to decide`, r.source)],
        };
      }
      const kept = startedOnInstall?.keptFromRunning ? `; its package would start it on install, but ${startedOnInstall.keptFromRunning}` : '';
      return { class: 'host', reason: `${why}: no container runs it${kept}` };
    }
    if (hostRole?.role === 'node-agent') {
      return {
        class: 'workload',
        reason: `node agent: ${hostRole.reason}; a DaemonSet runs it on every node`,
        seed: { kind: 'service', service, nodeAgent: hostRole.access },
      };
    }
    return {
      class: 'workload',
      reason: entry
        ? `started service: a unit running ${entry.name} in the foreground (restarts and reloads become rolling updates)`
        : "started service: a unit running it in the foreground, its command taken from what the cookbook writes to start it (a unit, a run script, a program), else from its package's unit, else from plan.yaml (the unit's notes say which)",
      seed: { kind: 'service', service, ...(entry ? { entry } : {}) },
    };
  },
};
