/**
 * catalog/logs/stderr-forms.yaml: the documented option that sends a daemon's
 * syslog-bound log to the container's output, keyed by its binary. Same shape
 * and checks as the foreground forms; data, never a branch on a name.
 */
import { join } from 'node:path';
import type { ForegroundForm } from '../package-unit-command.js';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCommandForms } from './load-foreground-forms.js';

export function loadStderrForms(dir: string = defaultCatalogDir()): { forms: ForegroundForm[]; errors: string[] } {
  return loadCommandForms(join(dir, 'logs', 'stderr-forms.yaml'));
}

let once: readonly ForegroundForm[] | undefined;

/** The shipped forms, read once per process (our data, fixed; a broken entry fails test/plan/syslog-relay.test.ts). */
export function defaultStderrForms(): readonly ForegroundForm[] {
  return (once ??= loadStderrForms().forms);
}
