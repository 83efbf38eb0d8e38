import { readFileSync } from 'node:fs';

/** package.json's version: part of every cache key, so a new decant never reuses an old conversion. */
export function decantVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
