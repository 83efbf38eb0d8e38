/**
 * A resource property decant could not work out, answered in plan.yaml by the
 * resource and the property's path: `template[/etc/app.conf].variables.password`
 * (a dotted path into a Hash property, as inspect's `unknown` lists it under
 * `properties.`). Applied in the converge pass, before templates render, so
 * the file is rendered with the answer.
 */
import { RHash, RSymbol, Unknown, type RubyValue } from '../values.js';
import { dataToRuby } from '../to-data.js';
import { isMash, markMash } from '../interpreter/builtins/mash.js';
import { answerFor, ask, propertyKey, type ValueAnswers } from './value-answers.js';

export function answerProperty(answers: ValueAnswers | undefined, resource: string, path: readonly string[], value: RubyValue): RubyValue {
  if (answers === undefined) return value;
  if (value instanceof Unknown) {
    const key = propertyKey(resource, path);
    const answer = answerFor(answers, key);
    return answer === undefined ? ask(answers, key, value) : dataToRuby(answer);
  }
  if (!(value instanceof RHash) || path.length > 16 || !holdsUnknown(value, 0)) return value;
  const out = RHash.from(value.entries().map(([k, v]) => [k, answerProperty(answers, resource, [...path, k instanceof RSymbol ? k.name : String(k)], v)]));
  // A Mash stays one: templates read `@vars[:a]` and `@vars['a']` alike.
  return isMash(value) ? markMash(out, false) : out;
}

function holdsUnknown(v: RubyValue, depth: number): boolean {
  if (v instanceof Unknown) return true;
  return v instanceof RHash && depth < 16 && v.values().some((x) => holdsUnknown(x, depth + 1));
}
