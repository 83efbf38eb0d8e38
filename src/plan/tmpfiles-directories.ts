/**
 * Run-time directories a package asks systemd-tmpfiles to make at boot
 * (`/usr/lib/tmpfiles.d/*.conf`, `d /run/nagios 0755 nagios nagios -`).
 * On a host they exist before any service starts; a container boots no
 * systemd, and /run in an image holds only what the build left there, so a
 * daemon that writes its pid file or socket there exits at start (nrpe exits
 * 2 without a word when /run/nagios is missing). Read from the package
 * facts of the package that ships the service's binary, they are made in
 * the image like RuntimeDirectory= is.
 */
import type { PackageFactsView } from '../model/package-facts.js';

export interface TmpfilesDirectory {
  readonly path: string;
  readonly mode: string;
  readonly owner: string;
  readonly group: string;
  /** The tmpfiles.d file and line that asks for it: `/usr/lib/tmpfiles.d/x.conf:2`. */
  readonly from: string;
}

const TMPFILES_DIRS = ['/usr/lib/tmpfiles.d', '/lib/tmpfiles.d'];

/** Only what lives under /run: elsewhere the package itself ships the directory, and a container keeps it. */
const UNDER_RUN = /^\/(var\/)?run\/[^\s]+$/;

/**
 * The `d` and `D` lines (create a directory; `D` also empties it at boot,
 * which a fresh container is) of one tmpfiles.d file, for paths under /run.
 * `-` fields take tmpfiles' defaults (mode 0755, root); specifiers (`%t`)
 * and other line types are left out: they are not directories decant can name.
 */
export function tmpfilesDirectories(text: string, file: string): TmpfilesDirectory[] {
  const out: TmpfilesDirectory[] = [];
  text.split('\n').forEach((line, i) => {
    const fields = line.trim().split(/\s+/);
    const [type, path, mode, owner, group] = fields;
    if (!type || type.startsWith('#') || !/^[dD]!?$/.test(type) || !path || !UNDER_RUN.test(path) || path.includes('%')) return;
    const given = (v: string | undefined) => (v && v !== '-' ? v : undefined);
    const m = given(mode);
    out.push({
      path: path.replace(/^\/var\/run\//, '/run/').replace(/\/$/, ''),
      mode: m && /^~?[0-7]{3,4}$/.test(m) ? m.replace(/^~/, '').padStart(4, '0') : '0755',
      owner: given(owner) ?? 'root',
      group: given(group) ?? given(owner) ?? 'root',
      from: `${file}:${i + 1}`,
    });
  });
  return out;
}

/** The /run directories the tmpfiles.d files of `pkg` (and of no other package) ask for, by path, each once. */
export function packageRunDirectories(view: PackageFactsView, pkg: string, installed: readonly string[]): TmpfilesDirectory[] {
  const byPath = new Map<string, TmpfilesDirectory>();
  for (const dir of TMPFILES_DIRS) {
    for (const name of view.listDirectory(dir, installed)) {
      const file = `${dir}/${name}`;
      if (!name.endsWith('.conf') || view.packageOf(file, installed) !== pkg) continue;
      const text = view.fileContent(file, installed);
      if (text === undefined) continue;
      for (const d of tmpfilesDirectories(text, file)) if (!byPath.has(d.path)) byPath.set(d.path, d);
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The /run directories the package shipping the command's binary asks tmpfiles for; none for a bare name or offline. */
export function commandRunDirectories(view: PackageFactsView, command: readonly string[], installed: readonly string[]): TmpfilesDirectory[] {
  const binary = command[0];
  if (!binary?.startsWith('/')) return [];
  const pkg = view.packageOf(binary, installed);
  return pkg ? packageRunDirectories(view, pkg, installed) : [];
}
