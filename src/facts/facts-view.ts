/**
 * A PackageFactsView over the facts of one resolution: the answers the
 * evaluator needs, computed from plain PackageFact data. Imports only
 * src/model, so the evaluator may hold one without touching the engine.
 */
import path from 'node:path';
import type {
  AccountFact,
  BinaryFact,
  MissingPackage,
  PackageFact,
  PackageFactsView,
  PackageResolution,
  SystemdUnitFact,
} from '../model/package-facts.js';
import { upstreamVersion } from './debian-version.js';
import { canonicalPath, isBinaryPath, parentsOf } from './fact-paths.js';

interface Indexed {
  readonly fact: PackageFact;
  /** Canonical path → 'file' | 'dir'. */
  readonly entries: ReadonlyMap<string, 'file' | 'dir'>;
  readonly texts: ReadonlyMap<string, string>;
}

function indexFact(fact: PackageFact, mergedUsr: boolean): Indexed {
  const entries = new Map<string, 'file' | 'dir'>();
  const dir = (p: string) => {
    for (const d of [p, ...parentsOf(p)]) if (!entries.has(d)) entries.set(d, 'dir');
  };
  for (const d of [...fact.directories, ...fact.scriptDirectories]) dir(canonicalPath(d, mergedUsr));
  for (const f of [...fact.files, ...fact.links.map((l) => l.path), ...fact.scriptFiles]) {
    const c = canonicalPath(f, mergedUsr);
    parentsOf(c).forEach(dir);
    entries.set(c, entries.get(c) ?? 'file');
  }
  const texts = new Map<string, string>();
  for (const t of [...fact.texts, ...fact.defaultFiles]) texts.set(canonicalPath(t.path, mergedUsr), t.content);
  return { fact, entries, texts };
}

/** Names in `facts` providing each virtual name, so 'Depends: awk' finds mawk. */
function providers(facts: readonly PackageFact[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of facts) for (const p of f.provides) out.set(p, [...(out.get(p) ?? []), f.name]);
  return out;
}

export function createFactsView(resolution: PackageResolution, facts: readonly PackageFact[]): PackageFactsView {
  const merged = resolution.mergedUsr;
  const byName = new Map(facts.map((f) => [f.name, indexFact(f, merged)] as const));
  const provided = providers(facts);
  const closures = new Map<string, string[]>();

  /** One alternative group's pick: the first name we have facts for, directly or through Provides. */
  const pick = (group: readonly string[]): string | undefined => {
    for (const n of group) if (byName.has(n)) return n;
    for (const n of group) {
      const p = provided.get(n)?.find((x) => byName.has(x));
      if (p) return p;
    }
    return undefined;
  };

  const closure = (installed: readonly string[]): string[] => {
    const key = [...new Set(installed)].sort().join('\n');
    const known = closures.get(key);
    if (known) return known;
    const seen = new Set<string>();
    const queue = [...installed];
    while (queue.length > 0) {
      const n = queue.pop()!;
      const name = byName.has(n) ? n : pick([n]);
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      for (const group of byName.get(name)!.fact.depends) {
        const next = pick(group);
        if (next !== undefined && !seen.has(next)) queue.push(next);
      }
    }
    const out = [...seen].sort();
    closures.set(key, out);
    return out;
  };

  const indexedOf = (installed: readonly string[]) => closure(installed).map((n) => byName.get(n)!);
  const entryOf = (p: string, installed: readonly string[]): { kind: 'file' | 'dir'; pkg: string } | undefined => {
    const c = canonicalPath(p, merged);
    for (const i of indexedOf(installed)) {
      const kind = i.entries.get(c);
      if (kind) return { kind, pkg: i.fact.name };
    }
    return undefined;
  };

  const accounts = (installed: readonly string[], pickList: (f: PackageFact) => readonly AccountFact[]) => {
    const out = new Map<string, AccountFact>();
    for (const i of indexedOf(installed)) for (const a of pickList(i.fact)) if (!out.has(a.name)) out.set(a.name, a);
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };

  const packageVersion = (name: string): string | undefined =>
    resolution.packages.find((p) => p.name === name)?.version ?? resolution.basePackages.find((p) => p.name === name)?.version;

  const binary = (p: string, installed: readonly string[]): BinaryFact | undefined => {
    const c = canonicalPath(p, merged);
    for (const i of indexedOf(installed)) {
      if (!i.fact.binaries.some((b) => canonicalPath(b, merged) === c)) continue;
      return { path: c, packageName: i.fact.name, packageVersion: i.fact.version, upstreamVersion: upstreamVersion(i.fact.version) };
    }
    return undefined;
  };

  const listDirectory = (p: string, installed: readonly string[]): string[] => {
    const c = canonicalPath(p, merged);
    const names = new Set<string>();
    for (const i of indexedOf(installed)) {
      for (const entry of i.entries.keys()) if (entry !== c && path.posix.dirname(entry) === c) names.add(path.posix.basename(entry));
    }
    return [...names].sort();
  };

  return {
    platform: resolution.platform,
    resolution,
    closure,
    fileExists: (p, installed) => entryOf(p, installed) !== undefined,
    isDirectory: (p, installed) => entryOf(p, installed)?.kind === 'dir',
    listDirectory,
    fileContent: (p, installed) => {
      const c = canonicalPath(p, merged);
      for (const i of indexedOf(installed)) if (i.texts.has(c)) return i.texts.get(c);
      return undefined;
    },
    packageVersion,
    packageOf: (p, installed) => entryOf(p, installed)?.pkg,
    binary,
    users: (installed) => accounts(installed, (f) => f.users),
    groups: (installed) => accounts(installed, (f) => f.groups),
    units: (installed): SystemdUnitFact[] => indexedOf(installed).flatMap((i) => i.fact.units),
    packageFact: (name) => byName.get(name)?.fact,
    missing: (name): MissingPackage | undefined => resolution.missing.find((m) => m.name === name),
  };
}

/** The lock of a unit: every package its installed names bring, with version and archive (report.json's `packages`). */
export function lockEntries(view: PackageFactsView, installed: readonly string[]): { name: string; version: string; source: string }[] {
  const inClosure = new Set(view.closure(installed));
  return view.resolution.packages
    .filter((p) => inClosure.has(p.name) && !p.inBase)
    .map((p) => ({ name: p.name, version: p.version, source: p.source }));
}
