import type { FileSpec, Origin, PackageSpec } from '../../model/plan.js';
import type { PackageFactsView } from '../../model/package-facts.js';
import type { LogDirective } from '../catalog/load-log-directives.js';
import { configMatches, matchWhere } from '../config-matches.js';

/** A log file a unit's service writes, the stream its lines belong on, and who said so. */
export interface FoundLog {
  readonly path: string;
  readonly stream: 'stdout' | 'stderr';
  /** An access log: a line per request served. */
  readonly requests: boolean;
  readonly where: string;
  /** The resource behind it: the Dockerfile step's comment names it. */
  readonly origin: Origin;
}

/** Where the directive sends the log to syslog: no container has a syslog daemon to take it. */
export interface SyslogTarget {
  readonly where: string;
  /** To this host's /dev/log (a bare `syslog`, or a unix socket at /dev/log), which a relay in the container can read; not a remote server. */
  readonly local: boolean;
}

/** A syslog value naming no server, or the local socket, is read through /dev/log. */
function isLocalSyslog(value: string): boolean {
  return !/server=/i.test(value) || /server=unix:\/dev\/log\b/i.test(value);
}

function expand(value: string, vars: Readonly<Record<string, string>>): string {
  return value.replace(/\$\{(\w+)\}|\$(\w+)/g, (m, a: string | undefined, b: string | undefined) => vars[(a ?? b)!] ?? m);
}

/** A path the image can turn into a link: absolute, no variable left, not a device or /proc file already. */
function isFilePath(path: string): boolean {
  return path.startsWith('/') && !path.includes('$') && !/^\/(dev|proc)\//.test(path) && !path.endsWith('/');
}

/** Log files and syslog targets the unit's rendered configs name (catalog/logs/log-directives.yaml). */
export function configLogFiles(files: readonly FileSpec[], directives: readonly LogDirective[]): { logs: FoundLog[]; syslog: SyslogTarget[] } {
  const logs: FoundLog[] = [];
  const syslog: SyslogTarget[] = [];
  for (const d of directives) {
    for (const m of configMatches(files, d.files, d.pattern)) {
      const where = matchWhere(m, d.name);
      if (/^syslog/i.test(m.value)) {
        syslog.push({ where, local: isLocalSyslog(m.value) });
        continue;
      }
      const path = expand(m.value, d.variables);
      if (!isFilePath(path) || logs.some((l) => l.path === path)) continue;
      logs.push({ path, stream: d.stream, requests: d.requests, where, origin: { resource: m.file.resource, source: m.file.source } });
    }
  }
  return { logs, syslog };
}

/** An error log by its name goes to stderr, anything else to stdout, as the official images split them. */
function streamOf(path: string): 'stdout' | 'stderr' {
  return /err/i.test(path.slice(path.lastIndexOf('/') + 1)) ? 'stderr' : 'stdout';
}

/** Files under /var/log the unit's packages ship (package facts): what the service writes where nothing in the cookbook says. */
export function packageLogFiles(view: PackageFactsView, packages: readonly PackageSpec[]): FoundLog[] {
  const names = packages.map((p) => p.name);
  const out: FoundLog[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const entry of view.listDirectory(dir, names)) {
      const path = `${dir}/${entry}`;
      if (view.isDirectory(path, names)) {
        if (depth < 3) walk(path, depth + 1);
        continue;
      }
      if (!view.fileExists(path, names)) continue;
      const pkg = view.packageOf(path, names);
      const origin = packages.find((p) => p.name === pkg) ?? packages[0];
      if (origin) out.push({ path, stream: streamOf(path), requests: false, where: `${path}, shipped by package ${pkg ?? 'of the unit'}`, origin: { resource: origin.resource, source: origin.source } });
    }
  };
  walk('/var/log', 0);
  return out;
}
