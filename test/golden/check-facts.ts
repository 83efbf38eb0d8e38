/**
 * Checks one fact against what decant worked out. Facts are written by
 * reasoning from Chef's semantics, not from decant's output, so a failure
 * names both what Chef would do and what decant said.
 */
import { isDeepStrictEqual } from 'node:util';
import { Unknown, type Data } from '../../src/model/data.js';
import type { Converge, Resource } from '../../src/model/converge.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Fact } from './cases.js';

/** Chef's `type[name]`; a multi-package name prints joined with ", " as Chef's to_s does. */
export function resourceId(r: Pick<Resource, 'type' | 'name'>): string {
  const name = Array.isArray(r.name) ? r.name.map((n) => String(n)).join(', ') : String(r.name);
  return `${r.type}[${name}]`;
}

/** First resource with that identity: a clone later in the collection does not count. */
export function findResource(converge: Converge, id: string): Resource | undefined {
  return converge.resources.find((r) => resourceId(r) === id);
}

type Lookup = { found: true; value: Data } | { found: false; missing: string };

/** Walks `a.b.0.c` into plain data; stops at the first missing key. */
export function lookupPath(root: Data, path: string): Lookup {
  let cur: Data = root;
  const walked: string[] = [];
  for (const key of path.split('.')) {
    walked.push(key);
    if (cur instanceof Unknown) return { found: true, value: cur };
    if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)]!;
    else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, key)) cur = cur[key]!;
    else return { found: false, missing: walked.join('.') };
  }
  return { found: true, value: cur };
}

/** A resource's guards as one first-converge outcome: any skip wins, then unknown, then shell. */
export function guardOutcome(r: Resource): 'run' | 'skip' | 'unknown' | 'shell' {
  const outcomes = new Set(r.guards.map((g) => g.outcome));
  if (outcomes.has('skip')) return 'skip';
  if (outcomes.has('unknown')) return 'unknown';
  if (outcomes.has('shell')) return 'shell';
  return 'run';
}

const show = (v: unknown) => (v instanceof Unknown ? `Unknown(${v.reason})` : JSON.stringify(v));
const notificationKey = (n: { action: string; resource: string; timing: string }) => `${n.action}:${n.resource}:${n.timing}`;
const sameSet = (a: readonly string[], b: readonly string[]) => isDeepStrictEqual([...a].sort(), [...b].sort());

/** Undefined when the fact holds, otherwise why not. */
export function checkFactAgainst(fact: Fact, converge: Converge, diagnostics: readonly Diagnostic[]): string | undefined {
  if ('runList' in fact) {
    return isDeepStrictEqual([...converge.runList], fact.runList) ? undefined : `run list is ${show(converge.runList)}`;
  }
  if ('order' in fact) {
    const positions = fact.order.map((id) => ({ id, at: converge.resources.findIndex((r) => resourceId(r) === id) }));
    const missing = positions.filter((p) => p.at < 0).map((p) => p.id);
    if (missing.length) return `not in the collection: ${missing.join(', ')}`;
    for (let i = 1; i < positions.length; i++) {
      if (positions[i]!.at <= positions[i - 1]!.at) {
        return `${positions[i]!.id} (#${positions[i]!.at}) does not come after ${positions[i - 1]!.id} (#${positions[i - 1]!.at})`;
      }
    }
    return undefined;
  }
  if ('attribute' in fact) {
    const got = lookupPath(converge.attributes, fact.attribute);
    if (!got.found) return `no attribute ${got.missing}`;
    return isDeepStrictEqual(got.value, fact.equals) ? undefined : `attribute is ${show(got.value)}`;
  }
  if ('diagnostic' in fact) {
    const match = diagnostics.find(
      (d) =>
        d.code === fact.diagnostic &&
        (fact.file === undefined || d.location?.file === fact.file) &&
        (fact.line === undefined || d.location?.line === fact.line),
    );
    if (match) return undefined;
    const seen = diagnostics.map((d) => `${d.code} ${d.location ? `${d.location.file}:${d.location.line}` : '(no location)'}`);
    return `no such diagnostic; got: ${seen.join('; ') || 'none'}`;
  }
  const r = findResource(converge, fact.resource);
  if ('absent' in fact) return r ? `present at #${r.index} (${r.source.file}:${r.source.line})` : undefined;
  if (!r) {
    const sameType = converge.resources.filter((x) => fact.resource.startsWith(`${x.type}[`)).map(resourceId);
    return `not in the collection (same type: ${sameType.join(', ') || 'none'})`;
  }
  if ('property' in fact) {
    const got = lookupPath(r.properties as Data, fact.property);
    if ('unknown' in fact) {
      if (!got.found) return `no property ${got.missing}`;
      return got.value instanceof Unknown ? undefined : `property is known: ${show(got.value)}`;
    }
    if (!got.found) return `no property ${got.missing}; properties: ${Object.keys(r.properties).join(', ')}`;
    return isDeepStrictEqual(got.value, fact.equals) ? undefined : `property is ${show(got.value)}`;
  }
  if ('actions' in fact) return isDeepStrictEqual([...r.actions], fact.actions) ? undefined : `actions are ${show(r.actions)}`;
  if ('guard' in fact) {
    const got = guardOutcome(r);
    return got === fact.guard ? undefined : `guard outcome is ${got} (${r.guards.map((g) => `${g.kind}:${g.outcome}`).join(', ') || 'no guards'})`;
  }
  if ('notifies' in fact) {
    const got = r.notifies.map(notificationKey);
    return sameSet(got, fact.notifies) ? undefined : `notifies ${show(got)}`;
  }
  if ('subscribes' in fact) {
    const got = r.subscribes.map(notificationKey);
    return sameSet(got, fact.subscribes) ? undefined : `subscribes ${show(got)}`;
  }
  if ('contentIncludes' in fact) {
    const c = r.content;
    if (!c) return 'no content worked out';
    if (c.kind !== 'rendered' && c.kind !== 'inline') return `content is ${c.kind}${c.kind === 'unknown' ? `: ${c.reason}` : ''}`;
    return c.text.includes(fact.contentIncludes) ? undefined : `content is ${JSON.stringify(c.text)}`;
  }
  if ('via' in fact) {
    const got = r.via ?? null;
    return got === fact.via ? undefined : `via is ${show(got)}`;
  }
  const never: never = fact;
  return `fact form not handled: ${JSON.stringify(never)}`;
}
