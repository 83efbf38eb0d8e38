/**
 * What a recipe or library downloads while Chef runs (Net::HTTP, open-uri, Chef::HTTP): the answer is whatever the
 * URL serves on the day the node converges, which no reading of the cookbook can know and an image must not bake
 * in as a guess. One cause for all of them, naming the call and the URL where it is known, so the report and
 * plan.yaml say which download a person must answer.
 */
import { RObject, Unknown, type RubyValue } from '../values.js';
import type { Ast } from './ast.js';
import type { Call, Native } from './runtime.js';
import { toS } from './ruby-text.js';

/** A URL argument as text: a String, a URI object's text, or '' when it is neither (or unknown). */
export function urlText(v: RubyValue | undefined): string {
  if (v === undefined || v === null || v instanceof Unknown) return '';
  if (v instanceof RObject) {
    const s = v.ivars.get('@to_s');
    return typeof s === 'string' ? s : '';
  }
  return typeof v === 'string' ? v : toS(v);
}

/** The Unknown a converge-time download answers. */
export function fetchedAtConverge(c: Call, call: string, url: string, node: Ast = c.node): Unknown {
  const where = url ? ` ${url.slice(0, 160)}` : '';
  return c.interp.unknown(`fetched from URL at converge time (${call}${where}): only the network knows what it serves`, node);
}

/** A native answering a download whose URL is its first argument. */
export const downloads = (call: string): Native => (c) => fetchedAtConverge(c, call, urlText(c.args[0]));
