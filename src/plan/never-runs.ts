/**
 * A resource declared with `action :nothing` that nothing notifies never
 * converges: Chef only declares it, for a notification that this run does
 * not send (rsyslog's 35-imfile.conf waits for an `rsyslog_file_input`;
 * copied anyway, its empty imfile module failed `rsyslogd -N 1`). Services
 * are left to their handler (a service's unit is decided from every
 * declaration of it), and a custom resource's wrapper to its expansion.
 * A notification only from resources that never run is never sent: the apt
 * cookbook's update-success-stamp waits on an `execute[apt-get update]` that
 * is itself :nothing and never notified.
 */
import type { Resource } from '../model/converge.js';

/** Why the resource never runs on this converge; undefined when it may. */
export function neverRuns(r: Resource, notifiedActions: readonly string[], wrapsExpansion: boolean): string | undefined {
  if (r.type === 'service' || wrapsExpansion) return undefined;
  if (r.actions.length === 0 || r.actions.some((a) => a !== 'nothing') || notifiedActions.length > 0) return undefined;
  // `delayed_action :create` (Chef 16): the action runs at the end of the run, as a delayed notification would.
  if (r.properties['delayed_action'] !== undefined && r.properties['delayed_action'] !== null) return undefined;
  return 'action :nothing and nothing in the run notifies it: it never runs';
}

/** Only `action :nothing` (and no delayed_action): it runs only when notified. */
function waitsForNotification(r: Resource): boolean {
  return r.actions.length > 0 && r.actions.every((a) => a === 'nothing') && (r.properties['delayed_action'] === undefined || r.properties['delayed_action'] === null);
}

/**
 * The ids of resources that never run: waiting for a notification that no
 * resource which may run sends, to a fixed point (a chain of :nothing
 * resources is idle end to end). Services and expanded wrappers are not
 * decided here (see neverRuns).
 */
export function idleResources(resources: readonly Resource[], idOf: (r: Resource) => string, notifiersOf: (id: string) => readonly { resource: string }[], wrapsExpansion: (id: string) => boolean): Set<string> {
  const candidates = resources.filter((r) => r.type !== 'service' && !wrapsExpansion(idOf(r)) && waitsForNotification(r)).map(idOf);
  const idle = new Set(candidates);
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of idle) {
      if (notifiersOf(id).some((n) => !idle.has(n.resource))) {
        idle.delete(id);
        changed = true;
      }
    }
  }
  return idle;
}
