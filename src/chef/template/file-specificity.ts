/**
 * Chef's file specificity for the templates/ and files/ segments, as
 * lib/chef/cookbook_version.rb does it (`preferences_for_path` and
 * `find_preferred_manifest_record`): the first of these that the cookbook
 * holds wins —
 *   host-FQDN/SOURCE,
 *   PLATFORM-VERSION/SOURCE for each shorter dotted prefix of the version
 *     ("22.04" → ubuntu-22.04/, then ubuntu-22/),
 *   PLATFORM/SOURCE, default/SOURCE, then SOURCE at the segment root.
 * A source given as an array (cookbook_file accepts one) is tried as listed,
 * each relative to the segment root, with no specificity, as Chef does.
 */
import type { PlatformFacts } from '../../model/converge.js';
import type { Cookbook } from '../../model/workspace.js';

export type CookbookSegment = 'templates' | 'files';

export type CookbookFileLookup = { readonly relativePath: string } | { readonly tried: readonly string[] };

export function findCookbookFile(
  cookbook: Cookbook,
  segment: CookbookSegment,
  source: string | readonly string[],
  facts: PlatformFacts,
  fqdn: string,
): CookbookFileLookup {
  const present = new Set(segmentFiles(cookbook, segment));
  const candidates = preferencesForPath(segment, source, facts, fqdn);
  const found = candidates.find((candidate) => present.has(candidate));
  return found !== undefined ? { relativePath: found } : { tried: candidates };
}

/** The paths Chef tries, most specific first, relative to the cookbook root. */
export function preferencesForPath(
  segment: CookbookSegment,
  source: string | readonly string[],
  facts: PlatformFacts,
  fqdn: string,
): string[] {
  const relative = typeof source === 'string' ? specificPaths(source, facts, fqdn) : [...source];
  return relative.map((path) => fileJoin(segment, path));
}

function specificPaths(source: string, facts: PlatformFacts, fqdn: string): string[] {
  const platform = facts.platform;
  const paths = [fileJoin(`host-${fqdn}`, source)];
  for (const version of versionPrefixes(facts.platformVersion)) paths.push(fileJoin(`${platform}-${version}`, source));
  paths.push(fileJoin(platform, source), fileJoin('default', source), source);
  return paths;
}

/** "5.7.1" → ["5.7.1", "5.7", "5"], splitting as Ruby's `String#split(".")` (trailing empty parts dropped). */
export function versionPrefixes(version: string): string[] {
  const parts = version.split('.');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  const out: string[] = [];
  while (parts.length > 0) {
    out.push(parts.join('.'));
    parts.pop();
  }
  return out;
}

/**
 * Ruby's `File.join` for two parts (checked with ruby 3.1): when the right
 * part starts with `/` the left's trailing slashes go; otherwise one `/` is
 * added unless the left already ends with one.
 */
function fileJoin(left: string, right: string): string {
  if (right.startsWith('/')) return left.replace(/\/+$/, '') + right;
  if (left.endsWith('/')) return left + right;
  return `${left}/${right}`;
}

function segmentFiles(cookbook: Cookbook, segment: CookbookSegment): readonly string[] {
  switch (segment) {
    case 'templates':
      return cookbook.files.templates;
    case 'files':
      return cookbook.files.files;
    default: {
      // Unreachable under the types; from untyped callers an unknown segment
      // finds nothing, so the caller reports the source as not found.
      const unknown: never = segment;
      void unknown;
      return [];
    }
  }
}
