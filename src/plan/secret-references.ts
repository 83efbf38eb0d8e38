/**
 * Which parts of a file's text are secret (issue 16). decant knows secrets
 * as values — data bag items (the repo's, and those plan.yaml answers) and
 * attributes whose key names a secret — so a rendered file's secret parts are
 * where those values occur in it. Each value gets one reference for the whole
 * app, `${DECANT_SECRET_<KEY>}`, named after the key it was found under: the
 * same name is the Secret key that carries the value and the variable the
 * runtime-files init container substitutes.
 */
import { secretForms } from './secret-forms.js';
import type { NamedSecret } from './secret-values.js';

export interface SecretReference {
  /** The text the Secret key holds: the value, or the form the cookbook wrote it in (`how`). */
  readonly value: string;
  /** `DECANT_SECRET_DB_PASSWORD`: the Secret key, and the variable in the text as `${…}`. */
  readonly env: string;
  /** For a form of the value (shell-escaped, URL-encoded…): how it was written, for the reviewer who fills the Secret. */
  readonly how?: string;
}

const envName = (name: string): string => `DECANT_SECRET_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'VALUE'}`;

/**
 * One reference per value; two values found under the same key are numbered, in value order. Each form of a value
 * that differs from it (`Shellwords.escape(pw)` in a command) gets its own reference, `DECANT_SECRET_<KEY>_SHELL`,
 * holding that form: filled in as it is, the text reads exactly as the cookbook wrote it.
 */
export function secretReferences(named: readonly NamedSecret[]): SecretReference[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const out: SecretReference[] = [];
  const add = (value: string, name: string, how?: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    const base = envName(name);
    let env = base;
    for (let i = 2; taken.has(env); i++) env = `${base}_${i}`;
    taken.add(env);
    out.push({ value, env, ...(how !== undefined ? { how } : {}) });
  };
  const sorted = [...named].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  // The values first, so a value keeps its plain name even when it equals another's encoded form.
  for (const n of sorted) add(n.value, n.name);
  for (const n of sorted) for (const f of secretForms(n.value).slice(1)) add(f.text, `${n.name}_${f.form}`, f.how);
  return out;
}

/** `secret value`, or `secret value (shell-escaped …)` for a form: what a Secret key holds, for its reason. */
export function secretWhat(r: SecretReference): string {
  return r.how ? `secret value ${r.how}` : 'secret value';
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
