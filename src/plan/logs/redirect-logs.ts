import type { LinkSpec, Unit } from '../../model/plan.js';
import type { FoundLog, SyslogTarget } from './log-files.js';

/**
 * A service that opens its log as root (it starts as root, as nginx's and
 * Apache's masters do) can write through a link to /dev/stdout: the open goes
 * to the container's own pipe. A service started as another user cannot:
 * the runtime made that pipe as root with mode 0600, so the open fails
 * ("Permission denied") and the service may not start at all. Its log stays
 * a file, said in a note, rather than shipping a link decant knows breaks it.
 */
function opensAsRoot(unit: Unit): boolean {
  return !unit.runAsNonRoot && (unit.uid === undefined || unit.uid === 0) && unit.user === undefined;
}

export function withLogRedirects(unit: Unit, found: readonly FoundLog[], syslog: readonly SyslogTarget[]): Unit {
  const linked = new Set(unit.links.map((l) => l.path));
  const fresh = found.filter((f) => !linked.has(f.path) && !unit.logs.some((l) => l.path === f.path));
  const notes: string[] = [];
  const links: LinkSpec[] = [];
  if (opensAsRoot(unit)) {
    for (const f of fresh) links.push({ resource: f.origin.resource, source: f.origin.source, path: f.path, to: `/dev/${f.stream}`, hard: false });
    if (fresh.length) notes.push(`log files linked to the container's output: ${fresh.map((f) => `${f.path} → ${f.stream} (${f.where})`).join('; ')}`);
  } else if (fresh.length) {
    notes.push(
      `log files left as files, not in the container's output: ${fresh.map((f) => `${f.path} (${f.where})`).join('; ')}; ` +
        `${unit.user ?? 'the unit'} is not root and cannot reopen the container's stdout, so point the directive at stderr or read the file with a tail sidecar`,
    );
  }
  for (const s of syslog) {
    notes.push(`logs to syslog (${s.where}), which no container runs: its lines are lost unless the directive names a file or stderr, or the pod gets a syslog sidecar on /dev/log`);
  }
  if (!links.length && !notes.length) return unit;
  return {
    ...unit,
    links: [...unit.links, ...links],
    logs: [...unit.logs, ...links.map((l) => ({ path: l.path, stream: l.to === '/dev/stderr' ? ('stderr' as const) : ('stdout' as const) }))],
    notes: [...unit.notes, ...notes],
  };
}
