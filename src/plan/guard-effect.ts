import type { Guard } from '../model/converge.js';

/**
 * What the guards make of a resource on the first converge of a fresh image:
 * a `skip` guard skips it; `unknown` ones are decided the way a fresh image
 * implies (the resource runs) and said so; `shell` ones are carried into the
 * build step by the execute handler, or assumed to let the resource run.
 */
export function guardEffect(guards: readonly Guard[], carriesShell: boolean): { skip?: string; note?: string } {
  const skipping = guards.find((g) => g.outcome === 'skip');
  if (skipping) {
    return { skip: `skipped by its ${skipping.kind} guard on a fresh image${skipping.reason ? `: ${skipping.reason}` : ''}` };
  }
  const notes: string[] = [];
  if (guards.some((g) => g.outcome === 'unknown')) notes.push('a guard depends on the host: decided as on a fresh image (it runs), review');
  if (!carriesShell && guards.some((g) => g.outcome === 'shell')) notes.push('a shell guard was assumed to let it run on a fresh image');
  return notes.length ? { note: notes.join('; ') } : {};
}
