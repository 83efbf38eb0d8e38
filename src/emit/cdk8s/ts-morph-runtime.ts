/**
 * ts-morph, loaded when a cdk8s app is first written rather than when decant
 * starts: it loads the TypeScript compiler (over a second on a busy
 * machine), and every command but `convert --format cdk8s` runs without it.
 * The format's write is synchronous, so this is a CommonJS require (ts-morph
 * is a CommonJS package), not a dynamic import; the modules here import
 * ts-morph's types only.
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

let loaded: typeof TsMorph | undefined;

export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
  return loaded;
}
