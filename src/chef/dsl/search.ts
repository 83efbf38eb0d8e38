/**
 * `search(index, query)` answered from the chef-repo, as chef-zero answers it
 * from the same folders: nodes/, roles/, environments/, data_bags/. Each
 * answer is an info diagnostic (the result is the repo's, not a live
 * server's); without the folder, or with a query decant does not read, the
 * result is Unknown and says to answer it in plan.yaml.
 */
import type { Workspace } from '../../model/workspace.js';
import { RArray, RHash, RSymbol, Unknown, sym, type RubyValue } from '../values.js';
import type { Call } from '../interpreter/runtime.js';
import { inspect, toS } from '../interpreter/ruby-text.js';
import { markMash } from '../interpreter/builtins/mash.js';
import { dataToRuby } from '../to-data.js';
import { matches, parseQuery } from './search-query.js';
import { searchDocuments, type SearchDocument } from './search-index.js';
import type { Data } from '../../model/data.js';
import { answerFor, ask, searchKey, type ValueAnswers } from './value-answers.js';
import { TypedUnknown } from '../interpreter/typed-unknown.js';
import { SearchedNode } from './searched-node.js';
import { asItem } from './data-bags.js';

const FOLDER: Record<string, string> = { node: 'nodes/', role: 'roles/', environment: 'environments/' };

/** `filter_result: { key: ['path', 'to', 'value'] }`: each row holds only those keys. */
function filtered(doc: SearchDocument, filter: RHash): RubyValue {
  const out = new RHash();
  for (const [k, path] of filter.entries()) {
    let v: Data | undefined = doc.value;
    for (const p of path instanceof RArray ? path.items : []) {
      const key = p instanceof RSymbol ? p.name : toS(p);
      v = v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown) ? v[key] : undefined;
    }
    out.set(k instanceof RSymbol ? k.name : k, v === undefined ? null : dataToRuby(v));
  }
  return markMash(out, true);
}

function rowOf(doc: SearchDocument, index: string): RubyValue {
  const v = dataToRuby(doc.value);
  if (!(v instanceof RHash)) return v;
  // A data bag's rows are Chef::DataBagItems: Hashes the recipe may change (the node's, roles' and environments' are not).
  const item = !(index in ROW_CLASS);
  markMash(v, !item);
  if (item) return asItem(v, index);
  return index === 'node' ? nodeRow(v, doc.name) : v;
}

/** A node row is a Chef::Node over its merged attributes (searched-node.ts). */
function nodeRow(attrs: RHash, fallbackName: string): RubyValue {
  const text = (k: string, d: string) => {
    const x = attrs.get(k);
    return typeof x === 'string' ? x : d;
  };
  const rl = attrs.get('run_list');
  const runList = rl instanceof RArray ? rl.items.filter((x): x is string => typeof x === 'string') : [];
  return new SearchedNode(attrs, { name: text('name', fallbackName), environment: text('chef_environment', '_default'), runList }).value;
}

export function search(ws: Workspace, c: Call, answers?: ValueAnswers): RubyValue {
  const [indexArg, queryArg = '*:*', ...rest] = c.args;
  if (indexArg instanceof Unknown) return indexArg;
  if (queryArg instanceof Unknown) return queryArg;
  const index = indexArg instanceof RSymbol ? indexArg.name : toS(indexArg ?? null);
  const query = toS(queryArg);
  const shown = `search(:${index}, ${inspect(query)})`;
  const docs = searchDocuments(ws, index);
  const parsed = docs ? parseQuery(query) : undefined;
  if (!docs || typeof parsed === 'string') {
    // The repo cannot answer: plan.yaml may (`search(:node, "role:db")`: a list of the rows).
    const key = searchKey(index, query);
    const answer = answerFor(answers, key);
    if (answer !== undefined) {
      const options = rest.find((a): a is RHash => a instanceof RHash);
      return answeredRows(c, key, answer, index, (options?.get(sym('filter_result')) ?? options?.get('filter_result')) instanceof RHash);
    }
    const u = !docs
      ? c.interp.unknown(`${shown} has ${index === 'node' ? 'no nodes/ folder' : `no ${FOLDER[index] ?? `data_bags/${index}/`} folder`} to answer from: answer it in plan.yaml`, c.node)
      : c.interp.unknown(`${shown}: the query has ${parsed}, which decant does not read: answer it in plan.yaml`, c.node);
    return unknownRows(c, ask(answers, key, u), index, rest);
  }
  const hits = docs.filter((d) => matches(parsed!, d.fields));
  const options = rest.find((a): a is RHash => a instanceof RHash);
  const filter = options?.get(sym('filter_result')) ?? options?.get('filter_result');
  const rows = hits.map((d) => (filter instanceof RHash ? filtered(d, filter) : rowOf(d, index)));
  c.interp.report(
    'DEC0315',
    'info',
    `${shown} answered from the repo's ${FOLDER[index] ?? `data_bags/${index}/`} as chef-zero would: ${hits.length ? hits.map((d) => d.name).join(', ') : 'no match'}`,
    c.node.loc,
  );
  if (c.block) {
    for (const r of rows) c.interp.callProc(c.block, [r], c.node);
  }
  return new RArray(rows);
}

/** What each row of a search is in Chef: the index's object, or a Hash where filter_result picks the keys. */
const ROW_CLASS: Record<string, string> = { node: 'Chef::Node', role: 'Chef::Role', environment: 'Chef::Environment', client: 'Chef::ApiClient' };

/**
 * An unanswered search is still a list of rows (typed-unknown.ts): `.map { |n| n['ipaddress'] }`, `.each`,
 * `.empty?` stay unknown with its cause, `is_a?(Array)` is true, and a block given to search runs on one row,
 * declaring what it declares under that unknown.
 */
function unknownRows(c: Call, u: Unknown, index: string, rest: readonly RubyValue[]): RubyValue {
  const options = rest.find((a): a is RHash => a instanceof RHash);
  const filtered = options?.get(sym('filter_result')) ?? options?.get('filter_result');
  const rows = new TypedUnknown(u.reason, u.at, 'Array', filtered ? 'Hash' : ROW_CLASS[index] ?? 'Chef::DataBagItem');
  if (c.block) c.interp.send(rows, 'each', [], c.block, c.node);
  return rows;
}

/** plan.yaml's rows, each a node object (or what filter_result would keep), given to the block as the repo's would be. */
function answeredRows(c: Call, key: string, answer: Data, index: string, filtered: boolean): RubyValue {
  if (!Array.isArray(answer)) return c.interp.unknown(`plan.yaml answers ${key} with ${answer !== null && typeof answer === 'object' ? 'a mapping' : 'a scalar'}; a search returns a list`, c.node, 'DEC0301', 'warning');
  const rows = answer.map((row, i) => {
    const v = dataToRuby(row);
    if (!(v instanceof RHash)) return v;
    markMash(v, true);
    return index === 'node' && !filtered ? nodeRow(v, `node${i}`) : v;
  });
  if (c.block) for (const r of rows) c.interp.callProc(c.block, [r], c.node);
  return new RArray(rows);
}
