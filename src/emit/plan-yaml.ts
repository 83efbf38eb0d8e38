/**
 * plan.yaml's text: the plan file, with each open question of `values:`
 * written as a commented template under its app — why it is asked and
 * where, then the key with an empty answer of the kind it needs — so a
 * reviewer uncomments the line, fills it in and converts again with --plan.
 * Answered values are plain entries.
 */
import type { OpenQuestion } from '../model/converge.js';
import type { Plan } from '../model/plan.js';
import { PLAN_FILE_HEADER, toPlanFile } from '../plan/plan-file/to-plan-file.js';
import { toYaml } from './kubernetes/to-yaml.js';

/** The empty answer of the kind a key needs: a search returns a list, a data bag item is a mapping, the rest are text or a value. */
function template(key: string): string {
  if (key.startsWith('search(')) return '[]   # a list of node objects, e.g. [{name: db1, ipaddress: 10.0.0.5}]';
  if (key.startsWith('data_bag_item(')) return '{}   # the item, e.g. {id: item, password: ...}';
  return '""';
}

/**
 * `secret(text)`: whether an answer holds a secret value. Such an answer is
 * not copied into the written plan.yaml (every output file is redacted, and
 * `<redacted secret>` fed back would be taken as the answer): its line says
 * to keep answering it from the plan file given.
 */
export function planYaml(plan: Plan, secret: (text: string) => boolean = () => false): string {
  const file = toPlanFile(plan);
  const marks = new Map<string, { kind: 'open'; q: OpenQuestion } | { kind: 'secret' }>();
  const apps = file.apps.map((a, i) => {
    const questions = plan.apps[i]?.values?.open ?? [];
    const values: Record<string, unknown> = { ...(a.values ?? {}) };
    for (const [k, v] of Object.entries(values)) {
      if (v === null || !secret(JSON.stringify(v))) continue;
      const token = `decant-plan-value-${i}-${marks.size}`;
      values[k] = token;
      marks.set(token, { kind: 'secret' });
    }
    for (const q of questions) {
      const token = `decant-plan-value-${i}-${marks.size}`;
      values[q.key] = token;
      marks.set(token, { kind: 'open', q });
    }
    return Object.keys(values).length ? { ...a, values } : a;
  });
  const text = toYaml({ ...file, apps }).replace(/^( *)(.+): (decant-plan-value-\d+-\d+)$/gm, (line, indent: string, key: string, token: string) => {
    const m = marks.get(token);
    if (!m) return line;
    if (m.kind === 'secret') return `${indent}# ${key}: answered by the --plan file given; it holds a secret, so it is not copied here`;
    const why = m.q.why.replace(/\s+/g, ' ');
    return `${indent}# open: ${why}\n${indent}# ${key}: ${template(m.q.key)}`;
  });
  return PLAN_FILE_HEADER + text;
}
