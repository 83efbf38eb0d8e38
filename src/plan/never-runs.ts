/**
 * A resource declared with `action :nothing` that nothing notifies never
 * converges: Chef only declares it, for a notification that this run does
 * not send (rsyslog's 35-imfile.conf waits for an `rsyslog_file_input`;
 * copied anyway, its empty imfile module failed `rsyslogd -N 1`). Services
 * are left to their handler (a service's unit is decided from every
 * declaration of it), and a custom resource's wrapper to its expansion.
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
