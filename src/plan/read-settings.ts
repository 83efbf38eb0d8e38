import type { FileSpec } from '../model/plan.js';
import type { CatalogSetting } from './catalog/catalog-entry.js';
import { safeRegex } from './config-paths.js';

/**
 * Every value a catalog setting finds in the unit's rendered files, in file
 * order then text order, each once (nginx may `listen` on several ports).
 */
export function readSetting(setting: CatalogSetting, files: readonly FileSpec[]): string[] {
  const pattern = safeRegex(setting.pattern, 'gm');
  if (!pattern) return [];
  const fileRes = setting.files.map((f) => safeRegex(f)).filter((x): x is RegExp => x !== undefined);
  const out: string[] = [];
  for (const f of files) {
    if (!fileRes.some((re) => re.test(f.path))) continue;
    if (f.content.kind !== 'rendered' && f.content.kind !== 'inline') continue;
    const text = stripComments(f.content.text);
    for (const m of text.matchAll(pattern)) if (m[1] !== undefined && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

/** `#` comments would otherwise yield ports the service never opens (`# listen 443 ssl;`). */
function stripComments(text: string): string {
  return text
    .split('\n')
    .map((l) => (/^\s*[#;]/.test(l) ? '' : l))
    .join('\n');
}
