/**
 * `provides :name, platform_family: 'debian'` and its siblings (`platform:`, `os:`, `platform_version:`): Chef's
 * node map gives the name to a class only on nodes its filters match, and where several classes provide one
 * name the most specific match wins (platform_version over platform over platform_family over os over none;
 * chef/node_map.rb). decant decides the filters against the target platform; a container is always 'linux'.
 */
import { RArray, RHash, RSymbol, Unknown, sym, type RubyValue } from '../values.js';
import type { PlatformFacts } from '../../model/converge.js';
import { toS } from '../interpreter/ruby-text.js';
import { requirementSatisfied } from '../interpreter/core-gem.js';

export type ProvidesMatch =
  | { readonly matches: true; readonly specificity: number; readonly note?: string }
  | { readonly matches: false; readonly why: string };

/** Filter keys from the most specific down, as Chef's node map compares them. */
const SPECIFICITY: readonly (readonly [string, number])[] = [['platform_version', 4], ['platform', 3], ['platform_family', 2], ['os', 1]];

export function providesMatch(options: RubyValue | undefined, facts: PlatformFacts, hasBlock: boolean): ProvidesMatch {
  const filters = options instanceof RHash ? options : undefined;
  let specificity = 0;
  const notes: string[] = [];
  for (const [key, rank] of SPECIFICITY) {
    const wanted = filters ? (filters.get(sym(key)) ?? filters.get(key)) : undefined;
    if (wanted === undefined || wanted === null) continue;
    if (wanted instanceof Unknown) {
      notes.push(`its ${key} filter is unknown (${wanted.reason}), taken as matching`);
      specificity = Math.max(specificity, rank);
      continue;
    }
    const verdict = key === 'platform_version' ? versionMatches(wanted, facts.platformVersion) : listMatches(wanted, factOf(key, facts));
    if (verdict === undefined) notes.push(`its ${key} filter ${toS(wanted)} is not one decant reads, taken as matching`);
    else if (!verdict) return { matches: false, why: `${key} ${toS(wanted)} does not match ${factOf(key, facts)}` };
    specificity = Math.max(specificity, rank);
  }
  // A block filter (`provides :x do |node| … end`) is Ruby run on the node at converge; Chef ranks it above filters.
  if (hasBlock) notes.push('its block filter is not evaluated, taken as matching');
  return { matches: true, specificity: specificity + (hasBlock ? 5 : 0), ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}

function factOf(key: string, facts: PlatformFacts): string {
  if (key === 'platform') return facts.platform;
  if (key === 'platform_family') return facts.platformFamily;
  return 'linux';
}

/** Chef's white/black lists: names match exactly; a '!name' excludes; with any positive name one must match. */
function listMatches(wanted: RubyValue, have: string): boolean {
  const names = (wanted instanceof RArray ? wanted.items : [wanted]).map((v) => (v instanceof RSymbol ? v.name : toS(v)));
  if (names.some((n) => n === `!${have}`)) return false;
  const positive = names.filter((n) => !n.startsWith('!'));
  return positive.length === 0 || positive.includes(have);
}

function versionMatches(wanted: RubyValue, have: string): boolean | undefined {
  const reqs = (wanted instanceof RArray ? wanted.items : [wanted]).map(toS).flatMap((r) => r.split(','));
  const verdicts = reqs.map((r) => requirementSatisfied(have, r));
  return verdicts.includes(undefined) ? undefined : verdicts.every(Boolean);
}
