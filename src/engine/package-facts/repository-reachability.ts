/**
 * Which added repositories apt could not read in the probe, from the log of
 * its `apt-get update` (and the probe's KEY lines for keys apt-helper could
 * not fetch). apt names a repository by its URI in every complaint
 * ("Err:5 URI dist InRelease", "W: Failed to fetch URI/…", "E: The
 * repository 'URI dist Release' …", "W: GPG error: URI …"), so a complaint
 * line that names the URI is that repository's. Pure: tested on apt's text.
 */
import type { AddedRepository, UnreachableRepository } from '../../model/package-facts.js';

/** apt prints file:///x as file:/x and drops a trailing slash before the path it appends. */
export function aptUri(uri: string): string {
  return uri.replace(/^file:\/\/\//, 'file:/').replace(/^file:\/\/localhost\//, 'file:/').replace(/\/+$/, '');
}

const COMPLAINT = /^(Err:\d+|E:|W:|KEY) /;

function names(line: string, uri: string): boolean {
  const at = line.indexOf(uri);
  if (at < 0) return false;
  const next = line[at + uri.length];
  return next === undefined || next === '/' || next === ' ' || next === "'";
}

/** A complaint about the URI, with the indented line apt puts under an Err: (the cause). */
export function complaintAbout(log: string, uri: string): string | undefined {
  const lines = log.split('\n');
  const u = aptUri(uri);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!COMPLAINT.test(line) || !names(line, u)) continue;
    const cause = lines[i + 1]?.startsWith('  ') ? ` (${lines[i + 1]!.trim()})` : '';
    return `${line}${cause}`.slice(0, 400);
  }
  return undefined;
}

export function unreachableRepositories(log: string, added: readonly AddedRepository[]): UnreachableRepository[] {
  const out: UnreachableRepository[] = [];
  for (const r of added) {
    const reason = complaintAbout(log, r.uri);
    if (reason !== undefined) out.push({ uri: r.uri, reason });
  }
  return out;
}
