import { cdk8sFormat } from './cdk8s/cdk8s-format.js';
import { composeFormat } from './compose/compose-format.js';
import { kustomizeFormat } from './kubernetes/kustomize-format.js';
import type { OutputFormat } from './output-format.js';

/**
 * Every output format `decant convert --format` can write, in the order they
 * are listed and written. A new format is one entry here: an OutputFormat
 * (src/emit/output-format.ts) whose `write(app, options)` returns its files.
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = [kustomizeFormat, composeFormat, cdk8sFormat];

/** What convert writes when --format is not given. */
export const DEFAULT_FORMATS: readonly string[] = ['kustomize'];

/**
 * `--format a,b`: each name once, in the registry's order (so output and
 * report do not depend on how the flag was spelled), or why it cannot be.
 */
export function parseFormats(flag: string): { formats: OutputFormat[] } | { error: string } {
  const names = flag.split(',').map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) return { error: `--format: name at least one of ${OUTPUT_FORMATS.map((f) => f.name).join(', ')}` };
  for (const n of names) {
    if (OUTPUT_FORMATS.some((f) => f.name === n)) continue;
    return { error: `--format ${n}: unknown output format (known: ${OUTPUT_FORMATS.map((f) => f.name).join(', ')})` };
  }
  return { formats: OUTPUT_FORMATS.filter((f) => names.includes(f.name)) };
}

/** The formats named, by name (already checked by parseFormats); the default when none are named. */
export function formatsNamed(names: readonly string[] | undefined): OutputFormat[] {
  const wanted = names ?? DEFAULT_FORMATS;
  return OUTPUT_FORMATS.filter((f) => wanted.includes(f.name));
}
