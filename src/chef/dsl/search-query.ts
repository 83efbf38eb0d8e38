/**
 * The part of the Chef server's search syntax (Lucene/Solr) that chef-zero
 * answers: `field:value` terms with `*`/`?` wildcards, `*:*`, quoted values,
 * AND/OR/NOT (and `&&`, `||`, `!`, `-`), parentheses; juxtaposed terms are
 * OR'd, Solr's default. Ranges and fuzzy terms are not read: the parser says
 * so and the caller leaves the search unknown.
 */

export type Query =
  | { readonly kind: 'term'; readonly field: string; readonly value: string }
  | { readonly kind: 'and' | 'or'; readonly left: Query; readonly right: Query }
  | { readonly kind: 'not'; readonly query: Query };

/** Field name → every value indexed under it (a document flattened as the server indexes it). */
export type SearchFields = ReadonlyMap<string, readonly string[]>;

type Token = { kind: 'op'; op: 'AND' | 'OR' | 'NOT' | '(' | ')' } | { kind: 'term'; text: string };

function tokenize(q: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')') { out.push({ kind: 'op', op: ch }); i++; continue; }
    if (q.startsWith('&&', i)) { out.push({ kind: 'op', op: 'AND' }); i += 2; continue; }
    if (q.startsWith('||', i)) { out.push({ kind: 'op', op: 'OR' }); i += 2; continue; }
    if (ch === '!' || ch === '-') { out.push({ kind: 'op', op: 'NOT' }); i++; continue; }
    if (ch === '+') { i++; continue; }
    let text = '';
    while (i < q.length && !/[\s()]/.test(q[i]!)) {
      if (q[i] === '\\' && i + 1 < q.length) { text += q[i]! + q[i + 1]!; i += 2; continue; }
      if (q[i] === '"') {
        const end = q.indexOf('"', i + 1);
        if (end < 0) return 'an unterminated quoted value';
        text += q.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      if (q[i] === '[' || q[i] === '{' || q[i] === '~' || q[i] === '^') return `${q[i]} (ranges, fuzzy and boosted terms)`;
      text += q[i];
      i++;
    }
    if (text === 'AND' || text === 'OR' || text === 'NOT') out.push({ kind: 'op', op: text });
    else out.push({ kind: 'term', text });
  }
  return out;
}

/** Unescapes `\:` and friends and drops the quotes of a quoted value. */
function unescape(s: string): string {
  const unq = /^".*"$/.test(s) ? s.slice(1, -1) : s;
  return unq.replace(/\\(.)/g, '$1');
}

function splitTerm(text: string): { field: string; value: string } {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === ':') return { field: unescape(text.slice(0, i)), value: text.slice(i + 1) };
  }
  return { field: '*', value: text };
}

/** Parses a query, or says what in it decant does not read. */
export function parseQuery(q: string): Query | string {
  const tokenized = tokenize(q.trim() === '' ? '*:*' : q);
  if (typeof tokenized === 'string') return tokenized;
  const tokens: Token[] = tokenized;
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (op: string) => { const t = peek(); return t?.kind === 'op' && t.op === op; };
  function primary(): Query | string {
    const t = tokens[pos++];
    if (!t) return 'a query that ends early';
    if (t.kind === 'op') {
      if (t.op === 'NOT') { const inner = primary(); return typeof inner === 'string' ? inner : { kind: 'not', query: inner }; }
      if (t.op === '(') {
        const inner = or();
        if (typeof inner === 'string') return inner;
        if (!isOp(')')) return 'an unbalanced parenthesis';
        pos++;
        return inner;
      }
      return `a misplaced ${t.op}`;
    }
    const { field, value } = splitTerm(t.text);
    return { kind: 'term', field, value };
  }
  function and(): Query | string {
    let left = primary();
    while (typeof left !== 'string' && isOp('AND')) {
      pos++;
      const right = primary();
      if (typeof right === 'string') return right;
      left = { kind: 'and', left, right };
    }
    return left;
  }
  function or(): Query | string {
    let left = and();
    while (typeof left !== 'string' && peek() && !isOp(')')) {
      if (isOp('OR')) pos++;
      const right = and();
      if (typeof right === 'string') return right;
      left = { kind: 'or', left, right };
    }
    return left;
  }
  const q1 = or();
  if (typeof q1 !== 'string' && pos < tokens.length) return 'an unbalanced parenthesis';
  return q1;
}

function pattern(value: string): RegExp | string {
  const quoted = /^".*"$/.test(value);
  if (quoted || !/(^|[^\\])[*?]/.test(value)) return unescape(value);
  let re = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) { re += value[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); continue; }
    re += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

function termMatches(field: string, value: string, doc: SearchFields): boolean {
  const p = pattern(value);
  const hit = (v: string) => (typeof p === 'string' ? v === p : p.test(v));
  if (field === '*') return value === '*' || [...doc.values()].some((vs) => vs.some(hit));
  const values = doc.get(field);
  return values !== undefined && (value === '*' || values.some(hit));
}

export function matches(q: Query, doc: SearchFields): boolean {
  switch (q.kind) {
    case 'term': return termMatches(q.field, q.value, doc);
    case 'and': return matches(q.left, doc) && matches(q.right, doc);
    case 'or': return matches(q.left, doc) || matches(q.right, doc);
    case 'not': return !matches(q.query, doc);
    default: return false;
  }
}
