/**
 * Image files are copied before the links and build steps, so a step's change
 * does not rebuild them — but a file Chef writes AFTER a link or a step that
 * reaches its path must be copied after it, or the image is not what Chef
 * converged. A tarball install is the pattern: a link `/opt/app` →
 * `/opt/app-1.2`, then `tar -xzf … -C /opt/app-1.2`, then the cookbook's
 * `template '/opt/app/conf/server.xml'`: copied first, the template makes
 * `/opt/app` a real folder (the link then lands inside it) and the tarball's
 * stock server.xml overwrites it. A link reaches a file under its path; a step
 * reaches a file when its command names, as a word, the file's folder or one
 * above it (through the links: `/opt/app-1.2` for `/opt/app/conf/x`). Such a
 * file is copied after the last link or step that reaches it and converges
 * before it (converge order, from the plan's decisions); the rest stay first.
 */
import type { BuildStep, Decision, FileSpec, LinkSpec } from '../../model/plan.js';

export interface FilePlacement {
  /** Copied before the links: nothing later reaches them. */
  readonly first: FileSpec[];
  /** Copied right after the link block. */
  readonly afterLinks: FileSpec[];
  /** By step index: copied right after that step. */
  readonly afterStep: Map<number, FileSpec[]>;
}

/** Converge order by resource id (`type[name]`), the first declaration of each. */
export function convergeOrder(decisions: readonly Decision[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of decisions) {
    const id = `${d.type}[${d.name}]`;
    if (!out.has(id)) out.set(id, d.index);
  }
  return out;
}

const trimSlash = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);

/** The path with each symbolic link on the way replaced by its target, once (links to relative targets are left). */
export function throughLinks(path: string, links: readonly LinkSpec[]): string {
  for (const l of links) {
    const at = trimSlash(l.path);
    if (l.hard || !l.to.startsWith('/') || !path.startsWith(`${at}/`)) continue;
    return `${trimSlash(l.to)}${path.slice(at.length)}`;
  }
  return path;
}

/** The folders holding the path, from its own up, `/` left out. */
function foldersOf(path: string): string[] {
  const out: string[] = [];
  for (let p = path.slice(0, path.lastIndexOf('/')); p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) out.push(p);
  return out;
}

/** The absolute paths a command names as words (quotes and `=` split words; a trailing `/` dropped). */
function pathsNamed(command: string): Set<string> {
  return new Set(command.split(/[\s'"=;&|()]+/).filter((w) => w.startsWith('/') && w.length > 1).map(trimSlash));
}

export function placeImageFiles(files: readonly FileSpec[], links: readonly LinkSpec[], steps: readonly BuildStep[], order: ReadonlyMap<string, number>): FilePlacement {
  const placement: FilePlacement = { first: [], afterLinks: [], afterStep: new Map() };
  const named = steps.map((s) => pathsNamed(s.command));
  for (const f of files) {
    const at = order.get(f.resource);
    const before = (o: { resource: string }) => at !== undefined && (order.get(o.resource) ?? Infinity) < at;
    const folders = new Set([...foldersOf(f.path), ...foldersOf(throughLinks(f.path, links))]);
    let lastStep = -1;
    steps.forEach((s, i) => {
      if (before(s) && [...folders].some((d) => named[i]!.has(d))) lastStep = i;
    });
    if (lastStep >= 0) placement.afterStep.set(lastStep, [...(placement.afterStep.get(lastStep) ?? []), f]);
    else if (links.some((l) => before(l) && f.path.startsWith(`${trimSlash(l.path)}/`))) placement.afterLinks.push(f);
    else placement.first.push(f);
  }
  return placement;
}
