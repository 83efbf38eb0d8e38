/**
 * A rough cost of converting an input: the bytes of Ruby and ERB under it.
 * The pool hands out the heaviest inputs first, so a big chef-repo sorted
 * last does not leave one worker busy while the others have finished.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_FILES = 5000;

export function inputWeight(abs: string): number {
  let bytes = 0;
  let files = 0;
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (files >= MAX_FILES || e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < 8 && e.name !== 'test' && e.name !== 'spec') walk(p, depth + 1);
      } else if (e.name.endsWith('.rb') || e.name.endsWith('.erb')) {
        files++;
        try {
          bytes += statSync(p).size;
        } catch {
          continue;
        }
      }
    }
  };
  walk(abs, 0);
  return bytes;
}
