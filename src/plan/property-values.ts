import { Unknown, type Data } from '../model/data.js';

/** Reads of resource properties as the plan needs them; Unknown and wrong types read as absent. */
export function str(v: Data | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function num(v: Data | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

export function bool(v: Data | undefined): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

export function strList(v: Data | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' ? [x] : []));
  const s = str(v);
  return s === undefined ? [] : [s];
}

/** File modes as Chef accepts them: `'0644'`, `'644'` or the integer 0644 (420). */
export function mode(v: Data | undefined): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v.toString(8).padStart(4, '0');
  if (typeof v === 'string' && /^[0-7]{3,4}$/.test(v)) return v.padStart(4, '0');
  return undefined;
}

export function strMap(v: Data | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    // `environment` may be given as ['K=V', …].
    for (const x of v) if (typeof x === 'string' && x.includes('=')) out[x.slice(0, x.indexOf('='))] = x.slice(x.indexOf('=') + 1);
    return out;
  }
  if (v === null || typeof v !== 'object' || v instanceof Unknown) return out;
  for (const k of Object.keys(v).sort()) {
    const s = str(v[k]);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/** A resource name for display: arrays as `a, b`, unknowns as a marker. */
export function displayName(v: Data): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(displayName).join(', ');
  if (v instanceof Unknown) return '<unknown>';
  return JSON.stringify(v);
}
