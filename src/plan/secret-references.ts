/**
 * Which parts of a file's text are secret (issue 16). decant knows secrets
 * as values — data bag items (the repo's, and those plan.yaml answers) and
 * attributes whose key names a secret — so a rendered file's secret parts are
 * where those values occur in it. Each value gets one reference for the whole
 * app, `${DECANT_SECRET_<KEY>}`, named after the key it was found under: the
 * same name is the Secret key that carries the value and the variable the
 * runtime-files init container substitutes.
 */
import type { NamedSecret } from './secret-values.js';

export interface SecretReference {
  readonly value: string;
  /** `DECANT_SECRET_DB_PASSWORD`: the Secret key, and the variable in the text as `${…}`. */
  readonly env: string;
}

const envName = (name: string): string => `DECANT_SECRET_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'VALUE'}`;

/** One reference per value; two values found under the same key are numbered, in value order. */
export function secretReferences(named: readonly NamedSecret[]): SecretReference[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const out: SecretReference[] = [];
  for (const n of [...named].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))) {
    if (seen.has(n.value)) continue;
    seen.add(n.value);
    const base = envName(n.name);
    let env = base;
    for (let i = 2; taken.has(env); i++) env = `${base}_${i}`;
    taken.add(env);
    out.push({ value: n.value, env });
  }
  return out;
}

/**
 * The text with each secret value replaced by its reference (longest value
 * first, so a value holding another is replaced whole), and the references
 * used, sorted. No references used: the text is returned as it was.
 */
export function withReferences(text: string, refs: readonly SecretReference[]): { text: string; used: SecretReference[] } {
  const used: SecretReference[] = [];
  let out = text;
  for (const r of [...refs].sort((a, b) => b.value.length - a.value.length || (a.env < b.env ? -1 : 1))) {
    if (!out.includes(r.value)) continue;
    out = out.split(r.value).join(`\${${r.env}}`);
    used.push(r);
  }
  return { text: out, used: used.sort((a, b) => (a.env < b.env ? -1 : 1)) };
}
