import type { App, Unit } from '../../model/plan.js';

export function unitLabels(app: App, unit: Unit): Record<string, string> {
  return {
    'app.kubernetes.io/managed-by': 'decant',
    'app.kubernetes.io/name': unit.name,
    'app.kubernetes.io/part-of': app.name,
    'app.kubernetes.io/version': labelValue(app.version),
  };
}

/** Selectors must never change between versions: name and part-of only. */
export function selectorLabels(app: App, unit: Unit): Record<string, string> {
  return { 'app.kubernetes.io/name': unit.name, 'app.kubernetes.io/part-of': app.name };
}

/** Label values: 63 characters of `[A-Za-z0-9._-]`, alphanumeric at both ends. */
function labelValue(v: string): string {
  return v.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '') || 'unknown';
}
