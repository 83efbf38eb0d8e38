import type { App } from '../model/plan.js';
import { error } from '../diagnostics/create.js';

/** `--strict`: every unsupported resource is an error, so CI fails on what needs a person. */
export function applyStrict(app: App): App {
  const extra = app.decisions
    .filter((d) => d.class === 'unsupported')
    .map((d) => error('DEC0501', `${d.type}[${d.name}] is unsupported (--strict): ${d.reason}`, d.source));
  const rest = app.diagnostics.filter((d) => !(d.code === 'DEC0501' && d.severity !== 'error'));
  return { ...app, diagnostics: [...rest, ...extra] };
}
