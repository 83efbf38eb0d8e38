/**
 * systemd drop-ins: `<unit>.d/*.conf` under /etc/systemd/system, /run/systemd/system,
 * /lib/systemd/system and /usr/lib/systemd/system, read after the unit file in
 * file-name order, a name in a directory earlier in that list hiding the same
 * name in a later one (systemd.unit(5), "Drop-in files"). A cookbook that
 * overrides a packaged unit this way (`ExecStart=` then its own line, a
 * Type=, an EnvironmentFile=) changes what the host runs, so the container's
 * command is made from the unit and its drop-ins together.
 */
import type { Resource } from '../model/converge.js';
import type { PackageFactsView } from '../model/package-facts.js';
import { readUnitFile, type UnitAssignment } from '../text/systemd-unit.js';
import { allWritten } from './written-text.js';

/** Directories in systemd's order of precedence: a drop-in name in an earlier one hides it in a later one. */
const UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/lib/systemd/system', '/usr/lib/systemd/system'];

export interface DropIn {
  readonly path: string;
  /** Undefined when what is written there is not known. */
  readonly text?: string;
  /** Who writes it: the cookbook resource (`template[...] (recipes/x.rb:3)`), or the package. */
  readonly from: string;
  readonly fromPackage?: boolean;
}

/** The drop-ins the installed packages ship for a unit name (text undefined when the facts hold none). */
export type PackageDropIns = (unitName: string) => readonly DropIn[];

const dropInPattern = (unitName: string) => {
  const dir = `${unitName}.d`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(${UNIT_DIRS.map((d) => d.replace(/[/]/g, '\\/')).join('|')})\\/${dir}\\/([^/]+\\.conf)$`);
};

/** Every drop-in systemd would read for the unit, in the order it reads them. */
export function unitDropIns(unitNames: readonly string[], resources: readonly Resource[], packageDropIns?: PackageDropIns): DropIn[] {
  const byName = new Map<string, { rank: number; dropIn: DropIn }>();
  const consider = (path: string, dropIn: DropIn) => {
    for (const name of unitNames) {
      const m = dropInPattern(name).exec(path);
      if (!m) continue;
      const rank = UNIT_DIRS.indexOf(m[1]!);
      const seen = byName.get(m[2]!);
      if (!seen || rank < seen.rank) byName.set(m[2]!, { rank, dropIn });
    }
  };
  for (const name of unitNames) for (const d of packageDropIns?.(name) ?? []) consider(d.path, d);
  // The cookbook's copy of a path replaces the package's: it is considered last at the same rank.
  const patterns = unitNames.map(dropInPattern);
  for (const w of allWritten(resources, (p) => patterns.some((re) => re.test(p)))) {
    const m = patterns.map((re) => re.exec(w.path)).find((x) => x)!;
    const seen = byName.get(m[2]!);
    const rank = UNIT_DIRS.indexOf(m[1]!);
    if (!seen || rank <= seen.rank) byName.set(m[2]!, { rank, dropIn: { path: w.path, ...(w.text !== undefined ? { text: w.text } : {}), from: w.where } });
  }
  return [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v.dropIn);
}

export type WithDropIns =
  | { readonly ok: true; readonly assignments: readonly UnitAssignment[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * The unit's assignments followed by its drop-ins', as systemd reads them.
 * A cookbook drop-in whose text is not known leaves the command unknown; a
 * package's whose text the facts do not hold is said in a note.
 */
export function withDropIns(assignments: readonly UnitAssignment[], dropIns: readonly DropIn[]): WithDropIns {
  const unknown = dropIns.find((d) => d.text === undefined && !d.fromPackage);
  if (unknown) return { ok: false, reason: `the drop-in ${unknown.path} (${unknown.from}) changes the unit, and what it holds is not known` };
  const notes: string[] = [];
  const added: UnitAssignment[] = [];
  for (const d of dropIns) {
    if (d.text === undefined) {
      notes.push(`the package ships the drop-in ${d.path}, whose text the package facts do not hold: check what it changes`);
      continue;
    }
    const read = readUnitFile(d.text);
    added.push(...read);
    notes.push(`drop-in ${d.path} (${d.from}) read after the unit, as systemd does: it sets ${[...new Set(read.map((a) => `${a.key}=`))].join(', ') || 'nothing'}`);
  }
  return { ok: true, assignments: [...assignments, ...added], notes };
}

/** The drop-ins the installed packages ship for a unit, from package facts. */
export function packageDropIns(view: PackageFactsView, installed: readonly string[]): PackageDropIns {
  return (unitName) =>
    UNIT_DIRS.flatMap((dir) =>
      view
        .listDirectory(`${dir}/${unitName}.d`, installed)
        .filter((f) => f.endsWith('.conf'))
        .map((f) => {
          const path = `${dir}/${unitName}.d/${f}`;
          const text = view.fileContent(path, installed);
          return { path, ...(text !== undefined ? { text } : {}), from: `package ${view.packageOf(path, installed) ?? '?'}`, fromPackage: true };
        }),
    );
}
