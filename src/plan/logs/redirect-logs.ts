import type { LinkSpec, LogLink, Unit } from '../../model/plan.js';
import type { FoundLog, SyslogTarget } from './log-files.js';

/**
 * Every log file the service writes becomes a link to the container's stdout
 * or stderr, whoever the service runs as. The runtime hands the container's
 * output pipes to the container's user (Docker and podman, through
 * containerd's and conmon's shims, chown them to the process's uid), so a
 * service started as its USER opens `/dev/stdout` as well as root does;
 * verify's log check reads the container's output to hold this true. A
 * directive sending the log to syslog stays a note and an entry of
 * `logsElsewhere`: no container runs a syslog daemon, so verify fails it
 * with the line named until the directive names a file or stderr.
 */
export function withLogRedirects(unit: Unit, found: readonly FoundLog[], syslog: readonly SyslogTarget[]): Unit {
  const linked = new Set(unit.links.map((l) => l.path));
  const fresh = found.filter((f) => !linked.has(f.path) && !unit.logs.some((l) => l.path === f.path));
  const notes: string[] = [];
  const links: LinkSpec[] = fresh.map((f) => ({ resource: f.origin.resource, source: f.origin.source, path: f.path, to: `/dev/${f.stream}`, hard: false }));
  if (fresh.length) notes.push(`log files linked to the container's output: ${fresh.map((f) => `${f.path} → ${f.stream} (${f.where})`).join('; ')}`);
  for (const s of syslog) {
    notes.push(`logs to syslog (${s.where}), which no container runs: its lines are lost unless the directive names a file or stderr, or the pod gets a syslog sidecar on /dev/log`);
  }
  if (!links.length && !notes.length) return unit;
  const logs: LogLink[] = fresh.map((f) => ({ path: f.path, stream: f.stream, ...(f.requests ? { requests: true as const } : {}) }));
  const elsewhere = syslog.length ? { logsElsewhere: { files: unit.logsElsewhere?.files ?? [], syslog: [...(unit.logsElsewhere?.syslog ?? []), ...syslog.map((s) => s.where)] } } : {};
  return { ...unit, links: [...unit.links, ...links], logs: [...unit.logs, ...logs], notes: [...unit.notes, ...notes], ...elsewhere };
}
