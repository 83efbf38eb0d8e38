/**
 * TypeScript class names for an app's chart and its units' constructs, from
 * their DNS-label names: PascalCase, never one the generated files import
 * (a unit may well be called `service` or `secret`), never starting with a
 * digit, and unique within the app (`a-b1` and `a-b-1` both read `AB1`).
 */
import { NETWORK_POLICIES_CLASS } from './network-policies-source.js';

const IMPORTED = new Set(['App', 'ApiObject', 'Chart', 'ChartProps', 'Construct', NETWORK_POLICIES_CLASS]);

export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(joined) ? joined : `Unit${joined}`;
}

/** The chart's class name and each unit's, in the order given. */
export function classNames(appName: string, unitNames: readonly string[]): { chart: string; units: string[] } {
  const chart = `${pascalCase(appName)}Chart`;
  const taken = new Set([...IMPORTED, chart]);
  const units = unitNames.map((name) => {
    const base = pascalCase(name);
    let candidate = taken.has(base) || taken.has(`${base}Props`) ? `${base}Unit` : base;
    for (let i = 2; taken.has(candidate) || taken.has(`${candidate}Props`); i++) candidate = `${base}Unit${i}`;
    taken.add(candidate);
    taken.add(`${candidate}Props`);
    return candidate;
  });
  return { chart, units };
}
