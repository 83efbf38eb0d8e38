/**
 * The sweep's case names, read from hostile-snippets.ts without loading
 * TypeScript into the parent process: every `'name': (` key of the two
 * snippet tables, as `ruby:<name>` or `erb:<name>` (snippet-case.ts builds each).
 */
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('./hostile-snippets.ts', import.meta.url), 'utf8');
const erbAt = source.indexOf('export const ERB_SNIPPETS');
const keys = (text) => [...text.matchAll(/^\s+'([\w-]+)': \(/gm)].map((m) => m[1]);

export const SWEEP_NAMES = [
  ...keys(source.slice(0, erbAt)).map((n) => `ruby:${n}`),
  ...keys(source.slice(erbAt)).map((n) => `erb:${n}`),
].sort();
