/**
 * Writes evaluator values as Ruby literals, so the same variables reach
 * decant (as RubyValues) and ruby-erubis (as a literal it evals). Test-only,
 * and deliberately independent of the evaluator's own inspect.
 */
import { RArray, RFloat, RHash, RSymbol, type RubyValue } from '../../../src/chef/values.js';

export function rubyLiteral(value: RubyValue): string {
  if (value === null) return 'nil';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`not an Integer: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return rubyString(value);
  if (value instanceof RSymbol) return `${rubyString(value.name)}.to_sym`;
  // Float("1") is 1.0: JS prints integral floats without a point.
  if (value instanceof RFloat) return `Float(${rubyString(Object.is(value.value, -0) ? '-0.0' : String(value.value))})`;
  if (value instanceof RArray) return `[${value.items.map(rubyLiteral).join(', ')}]`;
  if (value instanceof RHash) return `{${value.entries().map(([k, v]) => `${rubyLiteral(k)} => ${rubyLiteral(v)}`).join(', ')}}`;
  throw new Error(`no Ruby literal for ${String(value)}`);
}

/** A double-quoted Ruby string: JSON's escapes are valid Ruby ones, and `#` is escaped so nothing interpolates. */
function rubyString(s: string): string {
  return JSON.stringify(s).replace(/#/g, '\\#');
}
