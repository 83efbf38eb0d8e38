/**
 * An attribute written with a value decant cannot know (`node.default['app']
 * ['password'] = shell_out(...)`, a write under a condition decant cannot
 * decide) takes plan.yaml's answer to its path, `node["app"]["password"]`.
 * The substitution is made where the value is stored, so every later read —
 * `node['app']`, `node['app']['password']`, `node.to_hash` — sees the
 * answer, and a question left open names the key in its reason.
 */
import { RArray, RHash, RSymbol, Unknown, type RubyValue } from '../values.js';
import { dataToRuby } from '../to-data.js';
import { answerFor, ask, attributeKey, type ValueAnswers } from './value-answers.js';

export function answerAttribute(answers: ValueAnswers | undefined, path: readonly string[], value: RubyValue): RubyValue {
  if (answers === undefined) return value;
  if (value instanceof Unknown) {
    const key = attributeKey(path);
    const answer = answerFor(answers, key);
    return answer === undefined ? ask(answers, key, value) : dataToRuby(answer);
  }
  // Only containers written with an Unknown inside are rebuilt: most writes hold none, and stay the value written.
  if (value instanceof RHash && holdsUnknown(value)) {
    return RHash.from(value.entries().map(([k, v]) => [k, answerAttribute(answers, [...path, k instanceof RSymbol ? k.name : String(k)], v)]));
  }
  if (value instanceof RArray && holdsUnknown(value)) return new RArray(value.items.map((v, i) => answerAttribute(answers, [...path, String(i)], v)));
  return value;
}

function holdsUnknown(v: RubyValue, depth = 0): boolean {
  if (v instanceof Unknown) return true;
  // Deep values were bounded by the write already; past this depth a question is not worth its key.
  if (depth > 32) return false;
  if (v instanceof RHash) return v.values().some((x) => holdsUnknown(x, depth + 1));
  if (v instanceof RArray) return v.items.some((x) => holdsUnknown(x, depth + 1));
  return false;
}
