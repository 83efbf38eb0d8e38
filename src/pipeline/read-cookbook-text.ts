import { readFileSync, statSync } from 'node:fs';

/** decant parses no file over this (README, "Limits on what decant reads"): report.html shows none either. */
const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * A cookbook file's text for report.html, by its absolute path (a location
 * the evaluator recorded, so inside the cookbook); undefined when it is not
 * a regular file, too large, unreadable or not text.
 */
export function readCookbookText(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_SOURCE_BYTES) return undefined;
    const text = readFileSync(path, 'utf8');
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}
