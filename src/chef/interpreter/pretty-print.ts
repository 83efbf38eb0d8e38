/**
 * Ruby's pp layout (PP#pretty_inspect, Ruby 3.1) for core values: Arrays and Hashes break over lines at 79
 * columns, one element per line once a group does not fit, indented by nesting level. The document is built as
 * pp builds it (PP#pp_hash, Array#pretty_print: a group with the brackets outside it, `,` then a breakable between
 * elements, `key=>` then a nested group holding an empty breakable and the value) and laid out by the
 * fits-or-break rule, which for these documents gives what Ruby's Oppen printer gives. Other objects are not
 * laid out: undefined, and the caller says so.
 */
import { RArray, RFloat, RHash, RSymbol, type RubyValue } from '../values.js';
import { inspect } from './ruby-text.js';

type Doc = string | { readonly brk: string } | { readonly group: readonly Doc[] } | { readonly nest: number; readonly docs: readonly Doc[] };

const WIDTH = 79;

function docOf(v: RubyValue): Doc[] | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof RSymbol || v instanceof RFloat) return [inspect(v)];
  if (v instanceof RArray) {
    const items: Doc[] = [];
    for (const [i, x] of v.items.entries()) {
      const d = docOf(x);
      if (!d) return undefined;
      if (i > 0) items.push(',', { brk: ' ' });
      items.push(...d);
    }
    return ['[', { group: [{ nest: 1, docs: items }] }, ']'];
  }
  if (v instanceof RHash) {
    const pairs: Doc[] = [];
    for (const [i, [k, x]] of v.entries().entries()) {
      const kd = docOf(k);
      const xd = docOf(x);
      if (!kd || !xd) return undefined;
      if (i > 0) pairs.push(',', { brk: ' ' });
      pairs.push({ group: [...kd, '=>', { group: [{ nest: 1, docs: [{ brk: '' }, ...xd] }] }] });
    }
    return ['{', { group: [{ nest: 1, docs: pairs }] }, '}'];
  }
  return undefined;
}

type Mode = 'flat' | 'break';
type Cmd = readonly [indent: number, mode: Mode, doc: Doc];

/** Whether the text up to the next line break (of a group already broken) fits in `room` columns. */
function fits(room: number, next: Cmd, rest: readonly Cmd[]): boolean {
  const todo: Cmd[] = [next];
  let restAt = rest.length;
  while (room >= 0) {
    let cmd = todo.pop();
    if (!cmd) {
      if (restAt === 0) return true;
      cmd = rest[--restAt]!;
    }
    const [indent, mode, doc] = cmd;
    if (typeof doc === 'string') room -= doc.length;
    else if ('brk' in doc) {
      if (mode === 'break') return true;
      room -= doc.brk.length;
    } else if ('group' in doc) for (let i = doc.group.length - 1; i >= 0; i--) todo.push([indent, mode, doc.group[i]!]);
    else for (let i = doc.docs.length - 1; i >= 0; i--) todo.push([indent + doc.nest, mode, doc.docs[i]!]);
  }
  return false;
}

function layout(docs: readonly Doc[]): string {
  let out = '';
  let col = 0;
  const stack: Cmd[] = [];
  for (let i = docs.length - 1; i >= 0; i--) stack.push([0, 'break', docs[i]!]);
  for (let cmd = stack.pop(); cmd; cmd = stack.pop()) {
    const [indent, mode, doc] = cmd;
    if (typeof doc === 'string') {
      out += doc;
      col += doc.length;
    } else if ('brk' in doc) {
      if (mode === 'flat') {
        out += doc.brk;
        col += doc.brk.length;
      } else {
        out += `\n${' '.repeat(indent)}`;
        col = indent;
      }
    } else if ('group' in doc) {
      const flat: Cmd = [indent, 'flat', doc];
      const m: Mode = mode === 'flat' || fits(WIDTH - col, flat, stack) ? 'flat' : 'break';
      for (let i = doc.group.length - 1; i >= 0; i--) stack.push([indent, m, doc.group[i]!]);
    } else for (let i = doc.docs.length - 1; i >= 0; i--) stack.push([indent + doc.nest, mode, doc.docs[i]!]);
  }
  return out;
}

/** `v.pretty_inspect` as Ruby 3.1 prints it, or undefined for a value holding anything but core values. */
export function prettyInspect(v: RubyValue): string | undefined {
  const docs = docOf(v);
  return docs ? `${layout(docs)}\n` : undefined;
}
