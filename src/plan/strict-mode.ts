import type { App } from '../model/plan.js';
import { error } from '../diagnostics/create.js';

/**
 * `--strict`: every unsupported resource is an error, so CI fails on what
 * needs a person; and a unit that needs input (a file with unknowns, no
 * command, key material) is left out rather than shipped broken. Its
 * resources stay in the report, assigned to no unit, with the reason.
 */
export function applyStrict(app: App): App {
  const extra = app.decisions
    .filter((d) => d.class === 'unsupported')
    .map((d) => error('DEC0501', `${d.type}[${d.name}] is unsupported (--strict): ${d.reason}`, d.source));
  const rest = app.diagnostics.filter((d) => !(d.code === 'DEC0501' && d.severity !== 'error'));
  const leftOut = new Map(app.units.filter((u) => u.needsInput?.length).map((u) => [u.name, u.needsInput!]));
  const decisions = app.decisions.map((d) => {
    const reasons = d.unit !== undefined ? leftOut.get(d.unit) : undefined;
    if (!reasons) return d;
    const { unit, ...others } = d;
    return { ...others, reason: `unit ${unit} left out (--strict): it needs input: ${reasons.join('; ')}` };
  });
  return { ...app, units: app.units.filter((u) => !leftOut.has(u.name)), decisions, diagnostics: [...rest, ...extra] };
}
