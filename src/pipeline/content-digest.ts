import { createHash } from 'node:crypto';

/** A short content hash for cache keys (not a security boundary: collisions only cost a stale cache hit). */
export function digest(...parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 32);
}
