/** Array and Enumerable methods. Hash and Range reuse these over their items where Ruby's result is an Array. */
import { RArray, RHash, RFloat, RRange, RSymbol, Unknown, isTruthy, type RubyValue } from '../../values.js';
import { MAX_COLLECTION_SIZE } from './size-budget.js';
import { NOT_FOUND, type Call, type Found } from '../runtime.js';
import { shellEscape } from '../core-shellwords.js';
import { inspect, toS } from '../ruby-text.js';
import { hashKey } from '../../values.js';
import { num, rCompare, rEquals } from '../value-ops.js';
import { arrayOf, blockTruth, int, str, yieldBlock } from './helpers.js';
import { regexpOf } from '../regexp.js';
import { yieldingElement } from '../element-slots.js';

function sortValues(c: Call, items: RubyValue[], key?: (v: RubyValue) => RubyValue): RubyValue[] | Unknown {
  const keyed = items.map((v) => ({ v, k: key ? key(v) : v }));
  let unknown: Unknown | undefined;
  for (const e of keyed) if (e.k instanceof Unknown) unknown ??= e.k;
  if (unknown) return unknown;
  return keyed
    .sort((x, y) => {
      if (c.block && !key) {
        const r = yieldBlock(c, x.v, y.v);
        return typeof r === 'number' ? r : 0;
      }
      return rCompare(x.k, y.k) ?? 0;
    })
    .map((e) => e.v);
}

function flatten(items: RubyValue[], depth: number): RubyValue[] {
  const out: RubyValue[] = [];
  for (const x of items) {
    if (x instanceof RArray && depth !== 0) out.push(...flatten(x.items, depth - 1));
    else out.push(x);
  }
  return out;
}

function uniq(items: RubyValue[], key: (v: RubyValue) => RubyValue = (v) => v): RubyValue[] {
  const seen = new Set<string>();
  return items.filter((v) => {
    const k = hashKey(key(v));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sum(items: RubyValue[], init: RubyValue): RubyValue {
  let acc: RubyValue = init;
  for (const x of items) {
    if (x instanceof Unknown) return x;
    if (typeof acc === 'string') acc = acc + str(x);
    else {
      const a = num(acc) ?? 0;
      const b = num(x) ?? 0;
      acc = acc instanceof RFloat || x instanceof RFloat ? new RFloat(a + b) : a + b;
    }
  }
  return acc;
}

/** Enumerable over a list of items (an Array's items, a Hash's pairs, a Range's values). */
/** One yield of an Array's element: the block's first parameter stands for that slot (element-slots.ts). */
function yieldElement(c: Call, self: RubyValue, index: number, ...args: RubyValue[]): RubyValue {
  return self instanceof RArray ? yieldingElement(self, index, () => yieldBlock(c, ...args)) : yieldBlock(c, ...args);
}

export function enumerableMethod(c: Call, items: RubyValue[], self: RubyValue): Found {
  const a = c.args;
  const b = c.block;
  switch (c.name) {
    case 'each': case 'each_entry':
      if (!b) return self;
      items.forEach((x, i) => yieldElement(c, self, i, x));
      return self;
    case 'each_with_index':
      if (!b) return new RArray(items.map((x, i) => new RArray([x, i])));
      items.forEach((x, i) => yieldElement(c, self, i, x, i));
      return self;
    case 'each_with_object': {
      const memo = a[0] ?? null;
      for (const x of items) yieldBlock(c, x, memo);
      return memo;
    }
    case 'map': case 'collect': case 'flat_map': case 'collect_concat': {
      if (!b) return new RArray(items);
      const out = items.map((x, i) => yieldElement(c, self, i, x));
      return new RArray(c.name === 'flat_map' || c.name === 'collect_concat' ? flatten(out, 1) : out);
    }
    case 'filter_map': {
      const out: RubyValue[] = [];
      for (const x of items) { const r = yieldBlock(c, x); if (isTruthy(r)) out.push(r); }
      return new RArray(out);
    }
    case 'select': case 'filter': case 'reject': case 'find_all': case 'partition': {
      if (!b) return new RArray(items);
      const yes: RubyValue[] = [];
      const no: RubyValue[] = [];
      for (const x of items) {
        const t = blockTruth(c, x);
        if (t instanceof Unknown) return t;
        (t ? yes : no).push(x);
      }
      if (c.name === 'partition') return new RArray([new RArray(yes), new RArray(no)]);
      return new RArray(c.name === 'reject' ? no : yes);
    }
    // Enumerable#grep: the items `pattern === item` holds for (a Regexp matches, a String equals, a Class is their
    // class), each passed through the block when one is given; grep_v keeps the others.
    case 'grep': case 'grep_v': {
      if (a[0] === undefined) return NOT_FOUND;
      const out: RubyValue[] = [];
      for (const x of items) {
        const t = c.interp.send(a[0], '===', [x], null, c.node);
        if (t instanceof Unknown) return t;
        if (isTruthy(t) === (c.name === 'grep_v')) continue;
        // Ruby's grep sets $~ for the block when the pattern is a Regexp (`grep(/^(\w+)=/) { $1 }`).
        if (b && regexpOf(a[0]) && c.name === 'grep') c.interp.send(a[0], 'match', [x], null, c.node);
        out.push(b ? yieldBlock(c, x) : x);
      }
      return new RArray(out);
    }
    case 'find': case 'detect': {
      for (const x of items) { const t = blockTruth(c, x); if (t instanceof Unknown) return t; if (t) return x; }
      return null;
    }
    case 'find_index': case 'index': {
      for (let i = 0; i < items.length; i++) {
        const hit = b ? blockTruth(c, items[i]!) : rEquals(items[i]!, a[0] ?? null);
        if (hit instanceof Unknown) return hit;
        if (hit) return i;
      }
      return null;
    }
    case 'any?': case 'all?': case 'none?': case 'one?': {
      let count = 0;
      for (const x of items) {
        const t = b ? blockTruth(c, x) : a.length ? isTruthy(c.interp.send(a[0]!, '===', [x], null, c.node)) : isTruthy(x);
        if (t instanceof Unknown) return t;
        if (t) count++;
        if (c.name === 'any?' && t) return true;
        if (c.name === 'all?' && !t) return false;
      }
      return c.name === 'any?' ? false : c.name === 'all?' ? true : c.name === 'none?' ? count === 0 : count === 1;
    }
    case 'count':
      if (b) { let n = 0; for (const x of items) { const t = blockTruth(c, x); if (t instanceof Unknown) return t; if (t) n++; } return n; }
      if (a.length) return items.filter((x) => rEquals(x, a[0]!)).length;
      return items.length;
    case 'include?': case 'member?': return items.some((x) => rEquals(x, a[0] ?? null));
    case 'to_a': case 'entries': return new RArray([...items]);
    case 'sort': { const r = sortValues(c, items); return r instanceof Unknown ? r : new RArray(r); }
    case 'sort_by': { if (!b) return new RArray(items); const r = sortValues(c, items, (v) => yieldBlock(c, v)); return r instanceof Unknown ? r : new RArray(r); }
    case 'min_by': case 'max_by': {
      if (!items.length) return null;
      const r = sortValues(c, items, (v) => yieldBlock(c, v));
      if (r instanceof Unknown) return r;
      return c.name === 'min_by' ? r[0]! : r[r.length - 1]!;
    }
    case 'min': case 'max': {
      if (!items.length) return null;
      const r = sortValues(c, items);
      if (r instanceof Unknown) return r;
      return c.name === 'min' ? r[0]! : r[r.length - 1]!;
    }
    case 'sum': {
      const init = a[0] ?? 0;
      return sum(b ? items.map((x) => yieldBlock(c, x)) : items, init);
    }
    case 'inject': case 'reduce': {
      let list = [...items];
      let acc: RubyValue;
      let op: string | undefined;
      if (a[0] instanceof RSymbol) op = a[0].name;
      else if (a[1] instanceof RSymbol) op = a[1].name;
      if (a.length > 0 && !(a.length === 1 && op)) acc = a[0]!;
      else { if (!list.length) return null; acc = list[0]!; list = list.slice(1); }
      for (const x of list) acc = op ? c.interp.send(acc, op, [x], null, c.node) : yieldBlock(c, acc, x);
      return acc;
    }
    case 'group_by': {
      const h = new RHash();
      for (const x of items) {
        const k = yieldBlock(c, x);
        const list = h.get(k);
        if (list instanceof RArray) list.items.push(x);
        else h.set(k, new RArray([x]));
      }
      return h;
    }
    case 'to_h': {
      const h = new RHash();
      for (const x of items) {
        const pair = b ? yieldBlock(c, x) : x;
        if (pair instanceof RArray) h.set(pair.items[0] ?? null, pair.items[1] ?? null);
        else if (pair instanceof Unknown) return pair;
      }
      return h;
    }
    case 'each_slice': case 'each_cons': {
      const n = int(a[0] ?? 1) || 1;
      const out: RubyValue[] = [];
      if (c.name === 'each_slice') for (let i = 0; i < items.length; i += n) out.push(new RArray(items.slice(i, i + n)));
      else for (let i = 0; i + n <= items.length; i++) out.push(new RArray(items.slice(i, i + n)));
      if (!b) return new RArray(out);
      for (const x of out) yieldBlock(c, x);
      return self;
    }
    case 'zip': return new RArray(items.map((x, i) => new RArray([x, ...a.map((o) => arrayOf(o)[i] ?? null)])));
    case 'first': return a.length ? new RArray(items.slice(0, int(a[0]!))) : items[0] ?? null;
    case 'take': return new RArray(items.slice(0, int(a[0] ?? 0)));
    case 'drop': return new RArray(items.slice(int(a[0] ?? 0)));
    case 'take_while': case 'drop_while': {
      let i = 0;
      while (i < items.length) { const t = blockTruth(c, items[i]!); if (t instanceof Unknown) return t; if (!t) break; i++; }
      return new RArray(c.name === 'take_while' ? items.slice(0, i) : items.slice(i));
    }
    case 'uniq': return new RArray(b ? uniq(items, (v) => yieldBlock(c, v)) : uniq(items));
    case 'tally': { const h = new RHash(); for (const x of items) h.set(x, int(h.get(x) ?? 0) + 1); return h; }
    case 'each_index': items.forEach((_x, i) => yieldBlock(c, i)); return self;
    case 'lazy': case 'each_entries': return new RArray(items);
    case 'minmax': { const r = sortValues(c, items); return r instanceof Unknown ? r : new RArray([r[0] ?? null, r[r.length - 1] ?? null]); }
    case 'chunk_while': case 'slice_when': return NOT_FOUND;
    default: return NOT_FOUND;
  }
}

export function arrayMethod(c: Call, arr: RArray): Found {
  const items = arr.items;
  const a = c.args;
  switch (c.name) {
    case 'length': case 'size': return items.length;
    case 'empty?': return items.length === 0;
    case 'any?': if (!c.block && !a.length) return items.some(isTruthy); break;
    case 'last': return a.length ? new RArray(items.slice(Math.max(0, items.length - int(a[0]!)))) : items[items.length - 1] ?? null;
    case '[]': case 'slice': {
      const i = a[0] ?? null;
      const named = (arr as RArray & { named?: RHash }).named;
      if (named && (typeof i === 'string' || i instanceof RSymbol)) return named.get(str(i)) ?? null;
      if (typeof i === 'number') {
        const start = i < 0 ? items.length + i : i;
        if (a[1] !== undefined) return start > items.length || start < 0 ? null : new RArray(items.slice(start, start + int(a[1])));
        return items[start] ?? null;
      }
      if (i instanceof RRange) {
        const b0 = int(i.begin);
        const start = b0 < 0 ? items.length + b0 : b0;
        const e0 = i.end === null ? items.length - 1 : int(i.end);
        const end = e0 < 0 ? items.length + e0 : e0;
        return new RArray(items.slice(start, i.exclusive && i.end !== null ? end : end + 1));
      }
      return i instanceof Unknown ? i : NOT_FOUND;
    }
    case 'dig': {
      let v: RubyValue = arr;
      for (const k of a) { if (v === null) return null; v = c.interp.send(v, '[]', [k], null, c.node); }
      return v;
    }
    case '[]=': {
      const i = int(a[0] ?? 0);
      const idx = i < 0 ? items.length + i : i;
      while (items.length < idx) items.push(null);
      items[idx] = a[a.length - 1] ?? null;
      return a[a.length - 1] ?? null;
    }
    case 'at': return items[int(a[0] ?? 0) < 0 ? items.length + int(a[0]!) : int(a[0] ?? 0)] ?? null;
    case 'fetch': {
      const i = int(a[0] ?? 0);
      const v = items[i < 0 ? items.length + i : i];
      if (v !== undefined) return v;
      if (c.block) return yieldBlock(c, a[0] ?? null);
      return a[1] ?? null;
    }
    case '<<': case 'push': case 'append': items.push(...(c.name === '<<' ? [a[0] ?? null] : a)); return arr;
    case 'unshift': case 'prepend': items.unshift(...a); return arr;
    case 'pop': return items.pop() ?? null;
    case 'shift': return items.shift() ?? null;
    case 'concat': for (const x of a) items.push(...arrayOf(x)); return arr;
    case 'insert': items.splice(int(a[0] ?? 0), 0, ...a.slice(1)); return arr;
    case 'delete': { const before = items.length; arr.items = items.filter((x) => !rEquals(x, a[0] ?? null)); return arr.items.length < before ? a[0] ?? null : null; }
    case 'delete_at': { const i = int(a[0] ?? 0); return items.splice(i, 1)[0] ?? null; }
    case 'delete_if': case 'reject!': case 'select!': case 'keep_if': case 'filter!': {
      const keep = c.name === 'select!' || c.name === 'keep_if' || c.name === 'filter!';
      arr.items = items.filter((x) => { const t = blockTruth(c, x); return t instanceof Unknown ? true : keep ? t : !t; });
      return arr;
    }
    case 'map!': case 'collect!': arr.items = items.map((x) => yieldBlock(c, x)); return arr;
    // The bang forms answer nil when they changed nothing, as Ruby's do (`a.uniq! || a` reads that).
    case 'uniq!': { const r = uniq(items); if (r.length === items.length) return null; arr.items = r; return arr; }
    case 'compact!': { const r = items.filter((x) => x !== null); if (r.length === items.length) return null; arr.items = r; return arr; }
    case 'flatten!': { if (!items.some((x) => x instanceof RArray)) return null; arr.items = flatten(items, -1); return arr; }
    case 'reverse!': arr.items = [...items].reverse(); return arr;
    case 'sort!': { const r = sortValues(c, items); if (!(r instanceof Unknown)) arr.items = r; return arr; }
    case 'sort_by!': { if (!c.block) return arr; const r = sortValues(c, items, (v) => yieldBlock(c, v)); if (!(r instanceof Unknown)) arr.items = r; return arr; }
    case 'clear': arr.items = []; return arr;
    case 'replace': arr.items = [...arrayOf(a[0] ?? null)]; return arr;
    case 'compact': return new RArray(items.filter((x) => x !== null));
    case 'flatten': return new RArray(flatten(items, a[0] !== undefined ? int(a[0]) : -1));
    case 'reverse': return new RArray([...items].reverse());
    case 'rotate': { const n = int(a[0] ?? 1) % (items.length || 1); return new RArray([...items.slice(n), ...items.slice(0, n)]); }
    case 'join': {
      // An unknown separator is in every gap: the joined text is unknown, not spliced with its marker.
      if (a[0] instanceof Unknown && items.length > 1) return a[0];
      const sep = a[0] === undefined || a[0] === null || a[0] instanceof Unknown ? '' : str(a[0]);
      let unknown: Unknown | undefined;
      const parts = flatten(items, -1).map((x) => { if (x instanceof Unknown) unknown ??= x; return toS(x); });
      return unknown ?? parts.join(sep);
    }
    case 'shelljoin': return items.find((x): x is Unknown => x instanceof Unknown) ?? items.map((x) => shellEscape(toS(x))).join(' ');
    case 'to_s': case 'inspect': return inspect(arr);
    case 'to_a': case 'to_ary': case 'entries': return arr;
    case 'dup': case 'clone': return new RArray([...items]);
    case '+': { const o = a[0] ?? null; return o instanceof Unknown ? o : new RArray([...items, ...arrayOf(o)]); }
    case '-': { const o = arrayOf(a[0] ?? null); return new RArray(items.filter((x) => !o.some((y) => rEquals(x, y)))); }
    case '&': { const o = arrayOf(a[0] ?? null); return new RArray(uniq(items.filter((x) => o.some((y) => rEquals(x, y))))); }
    case '|': case 'union': return new RArray(uniq([...items, ...a.flatMap(arrayOf)]));
    case 'intersection': return new RArray(uniq(items.filter((x) => a.every((o) => arrayOf(o).some((y) => rEquals(x, y))))));
    case 'difference': return new RArray(items.filter((x) => !a.some((o) => arrayOf(o).some((y) => rEquals(x, y)))));
    case 'intersect?': return items.some((x) => arrayOf(a[0] ?? null).some((y) => rEquals(x, y)));
    case '*':
      if (typeof a[0] === 'string') return items.map(toS).join(a[0]);
      // Refused before allocating: callBuiltin's size check comes after the result exists.
      if (items.length * int(a[0] ?? 0) > MAX_COLLECTION_SIZE) return c.interp.unknown(`value too large: Array#* would make ${items.length * int(a[0] ?? 0)} elements`, c.node, 'DEC0311', 'error');
      return new RArray(Array.from({ length: int(a[0] ?? 0) }, () => items).flat());
    case '==': case 'eql?': return rEquals(arr, a[0] ?? null);
    case '<=>': return rCompare(arr, a[0] ?? null) ?? null;
    case 'sample': return items[0] ?? null;
    case 'shuffle': return new RArray([...items]);
    case 'product': {
      let acc: RubyValue[][] = items.map((x) => [x]);
      for (const o of a) acc = acc.flatMap((p) => arrayOf(o).map((y) => [...p, y]));
      return new RArray(acc.map((p) => new RArray(p)));
    }
    case 'combination': {
      const n = int(a[0] ?? 0);
      const out: RubyValue[] = [];
      const rec = (start: number, cur: RubyValue[]): void => {
        if (cur.length === n) { out.push(new RArray(cur)); return; }
        for (let i = start; i < items.length; i++) rec(i + 1, [...cur, items[i]!]);
      };
      rec(0, []);
      return new RArray(out);
    }
    case 'transpose': {
      const rows = items.map(arrayOf);
      return new RArray((rows[0] ?? []).map((_x, i) => new RArray(rows.map((r) => r[i] ?? null))));
    }
    case 'assoc': return items.find((x) => x instanceof RArray && rEquals(x.items[0] ?? null, a[0] ?? null)) ?? null;
    case 'values_at': return new RArray(a.map((i) => items[int(i)] ?? null));
    case 'pack': return NOT_FOUND;
    case 'with_index': case 'each_with_index_map': {
      // `map.with_index` / `each.with_index`: the blockless call already returned the items.
      const offset = int(a[0] ?? 0);
      if (!c.block) return new RArray(items.map((x, i) => new RArray([x, i + offset])));
      return new RArray(items.map((x, i) => yieldBlock(c, x, i + offset)));
    }
    case 'hash': return hashKey(arr).length;
    case 'frozen?': return false;
    case 'captures': return new RArray(items.slice(1));
    case 'named_captures': return (arr as RArray & { named?: RHash }).named ?? new RHash();
    case 'pre_match': case 'post_match': return NOT_FOUND;
    default: break;
  }
  return enumerableMethod(c, items, arr);
}
