import type { Plan } from '../../../model/plan.js';

/** Shorter lines of a multi-line secret are too common (`}`, `end`) to take out of every file shown. */
const MIN_SECRET_LINE = 8;

/**
 * Every value report.html must not show: those the conversion redacts
 * everywhere (data bag values, secret attributes) and each Secret's own
 * value — report.html shows the cookbook's source, where a sensitive file's
 * literal content is written out (`content 's3cr3t'`); a multi-line value
 * is also taken out line by line, since the source spells it in pieces.
 */
export function pageSecretValues(plan: Plan, redact: readonly string[]): string[] {
  const values = new Set(redact);
  for (const app of plan.apps) {
    for (const unit of app.units) {
      for (const s of unit.secrets) {
        if (s.value === undefined) continue;
        values.add(s.value);
        for (const line of s.value.split('\n')) if (line.trim().length >= MIN_SECRET_LINE) values.add(line.trim());
      }
    }
  }
  return [...values].sort();
}
