/**
 * One expectation against one container: probe the resource (once per
 * container and arguments), read the property or predicate, apply the
 * matcher. Never throws; a probe that cannot run fails the expectation with
 * the reason, a feature decant lacks makes it unsupported.
 */
import { applyMatcher, plain, type Actual, type Verdict } from './matchers.js';
import { NotStatic, type Expectation, type Status } from './model.js';
import { subjectText } from './parse-suite.js';
import { ProbeError, type Facts, type ProbeArgs, type ProbeContext } from './resources/facts.js';
import { resourceType } from './resources/registry.js';

export type FactsCache = Map<string, Promise<Facts | { unsupported: string }>>;

export interface Outcome {
  readonly status: Status;
  readonly detail: string;
}

const unsupported = (detail: string): Outcome => ({ status: 'unsupported', detail });

function fromVerdict(v: Verdict, note?: string): Outcome {
  if ('unsupported' in v) return unsupported(v.unsupported);
  return { status: v.ok ? 'passed' : 'failed', detail: note ? `${v.detail}; ${note}` : v.detail };
}

function argKey(a: Actual | RegExp): string {
  return a instanceof RegExp ? `/${a.source}/${a.flags}` : JSON.stringify(a);
}

/** Walk the rest of a property path: hash keys (headers case-insensitively), array indexes, length/first/last. */
export function dig(value: Actual, path: readonly string[]): Actual {
  let cur: Actual = value;
  for (const seg of path) {
    if (cur === null) return null;
    if ((Array.isArray(cur) || typeof cur === 'string') && ['length', 'size', 'count'].includes(seg)) cur = cur.length;
    else if (Array.isArray(cur) && seg === 'first') cur = cur[0] ?? null;
    else if (Array.isArray(cur) && seg === 'last') cur = cur[cur.length - 1] ?? null;
    else if (Array.isArray(cur) && /^-?\d+$/.test(seg)) cur = cur.at(Number(seg)) ?? null;
    else if (typeof cur === 'object' && !Array.isArray(cur)) {
      const obj: { [k: string]: Actual } = cur;
      const key = seg in obj ? seg : Object.keys(obj).find((k) => k.toLowerCase() === seg.toLowerCase());
      cur = key !== undefined ? obj[key]! : null;
    } else return null;
  }
  return cur;
}

async function readProperty(facts: Facts, path: readonly string[]): Promise<{ value: Actual } | { unsupported: string }> {
  const [head, ...rest] = path;
  if (head !== undefined && Object.prototype.hasOwnProperty.call(facts.properties, head)) {
    const p = facts.properties[head]!;
    const v = typeof p === 'function' ? await p() : p;
    return { value: dig(v, rest) };
  }
  if (facts.document) return { value: dig(await facts.document(), path) };
  return { unsupported: `property ${path.join('.')} is not supported (supported: ${Object.keys(facts.properties).sort().join(', ')})` };
}

async function predicate(facts: Facts, e: Expectation, type: string): Promise<Outcome> {
  const name = e.matcher.name === 'exist' ? 'exist' : e.matcher.name.startsWith('be_') ? e.matcher.name.slice(3) : undefined;
  if (e.matcher.name.includes('.')) return unsupported(`chained matcher ${e.matcher.name} is not supported`);
  if (!name || !Object.prototype.hasOwnProperty.call(facts.predicates, name)) {
    const known = Object.keys(facts.predicates).map((p) => (p === 'exist' ? 'exist' : `be_${p}`)).sort();
    return unsupported(`matcher ${e.matcher.name} is not supported on ${type}${known.length ? ` (supported: ${known.join(', ')})` : ''}`);
  }
  const args = e.matcher.args.map(plain);
  const bad = args.find((a): a is NotStatic => a instanceof NotStatic);
  if (bad) return unsupported(bad.reason);
  const p = facts.predicates[name]!;
  const value = typeof p === 'function' ? await p(args.filter((a): a is Actual => !(a instanceof RegExp))) : p;
  const ok = value !== e.negated;
  const what = name === 'exist' ? 'present' : ['file', 'directory', 'symlink', 'pipe', 'socket', 'character_device', 'block_device'].includes(name) ? `a ${name.replace(/_/g, ' ')}` : name.replace(/_/g, ' ');
  const said = `${subjectText(e.subject)} ${value ? 'is' : 'is not'} ${what}`;
  return { status: ok ? 'passed' : 'failed', detail: facts.note ? `${said}; ${facts.note}` : said };
}

export async function evaluateExpectation(e: Expectation, ctx: ProbeContext | undefined, cache: FactsCache, containerKey: string): Promise<Outcome> {
  try {
    if (e.unsupported) return unsupported(e.unsupported);
    if (e.subject.kind === 'value') {
      if (e.property.length) return unsupported(`its(${e.property.join('.')}) on a plain value is not supported`);
      const v = plain(e.subject.value);
      if (v instanceof NotStatic) return unsupported(v.reason);
      if (v instanceof RegExp) return unsupported('a regular expression as the subject');
      return fromVerdict(applyMatcher(e.matcher, v, e.negated));
    }
    const type = e.subject.type;
    const resource = resourceType(type);
    if (!resource) return unsupported(`InSpec resource ${type} is not supported by decant`);
    if (!ctx) return { status: 'failed', detail: 'no running container to test against' };
    const args: (Actual | RegExp)[] = [];
    for (const a of e.subject.args) {
      const p = plain(a);
      if (p instanceof NotStatic) return unsupported(p.reason);
      args.push(p);
    }
    const key = `${containerKey}|${type}|${args.map(argKey).join(',')}`;
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = resource(args as ProbeArgs, ctx)));
    const facts = await pending;
    if ('unsupported' in facts) return unsupported(facts.unsupported);
    if (facts.error) return { status: 'failed', detail: facts.error };
    const path = [...e.subject.path, ...e.property];
    if (path.length === 0) return await predicate(facts, e, type);
    const read = await readProperty(facts, path);
    if ('unsupported' in read) return unsupported(read.unsupported);
    return fromVerdict(applyMatcher(e.matcher, read.value, e.negated), facts.note);
  } catch (err) {
    if (err instanceof ProbeError) return { status: 'failed', detail: err.message };
    return { status: 'failed', detail: `decant could not run this expectation: ${(err as Error).message}` };
  }
}

