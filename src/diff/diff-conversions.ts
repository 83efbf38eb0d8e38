/**
 * Two conversions compared (`decant diff OLD NEW`, `decant convert --check`):
 * per app and unit what changed and why, then whatever files no app
 * accounts for. Pure over the two trees read from disk.
 */
import { appDiff } from './app-diff.js';
import type { AppDiff, ConversionDiff } from './diff-types.js';
import { fileChanges } from './file-changes.js';
import type { OutputTree } from './read-tree.js';
import { appManifests, reportEntries, unitPath, type AppEntry } from './report-entries.js';

/** Summaries of what the rest of the diff shows in detail: named when they change, not diffed line by line. */
const DERIVED = /(^|\/)report\.(json|md)$/;

function accountedFor(apps: Iterable<AppEntry>): string[] {
  const prefixes: string[] = [];
  for (const app of apps) {
    const m = appManifests(app);
    if (m) prefixes.push(`${m}/`);
    for (const u of app.units.values()) {
      const c = unitPath(app, u, 'context');
      if (c) prefixes.push(`${c}/`);
    }
  }
  return prefixes;
}

function identical(a: OutputTree, b: OutputTree): boolean {
  if (a.files.size !== b.files.size) return false;
  for (const [path, bytes] of a.files) if (!b.files.get(path)?.equals(bytes)) return false;
  return true;
}

function reportOnly(t: OutputTree): OutputTree {
  return { ...t, kind: 'report', files: new Map([['report.json', t.files.get('report.json')!]]) };
}

export function diffConversions(oldTree: OutputTree, newTree: OutputTree): ConversionDiff {
  // Comparing a report.json with a folder would call every file added or removed: compare what both have.
  const compared = oldTree.kind === 'folder' && newTree.kind === 'folder' ? 'folder' : 'report';
  const a = compared === 'folder' ? oldTree : reportOnly(oldTree);
  const b = compared === 'folder' ? newTree : reportOnly(newTree);
  const oldApps = reportEntries(a.files.get('report.json')!.toString('utf8'));
  const newApps = reportEntries(b.files.get('report.json')!.toString('utf8'));
  const apps: AppDiff[] = [];
  for (const key of [...new Set([...oldApps.keys(), ...newApps.keys()])].sort()) {
    const x = oldApps.get(key);
    const y = newApps.get(key);
    const d = appDiff(key, x ? { app: x, files: a.files } : undefined, y ? { app: y, files: b.files } : undefined);
    if (d) apps.push(d);
  }
  const covered = [...accountedFor(oldApps.values()), ...accountedFor(newApps.values())];
  const otherFiles = fileChanges(a.files, b.files, { skip: (p) => covered.some((c) => p.startsWith(c)), withDiff: (p) => !DERIVED.test(p) });
  const same = identical(a, b);
  return {
    diff: 1,
    old: a.label,
    new: b.label,
    identical: same,
    compared,
    apps,
    otherFiles,
  };
}
