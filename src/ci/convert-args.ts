/**
 * The `decant convert` arguments that reproduce a tree, from report.json's
 * `convert` record (paths relative to OUT) turned into paths relative to the
 * repository root. A path outside the repository cannot be reached from a CI
 * checkout: that is an error, not a pipeline that fails later.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ConvertInvocation } from '../model/convert-invocation.js';

export const FACTS_CACHE_DIR = '.decant-facts';

export type ConvertArgs = { readonly args: string[]; readonly factsCache?: string } | { readonly outside: string };

/** PATH (relative to OUT) relative to ROOT, with `/`; undefined when it leaves ROOT. */
function fromRoot(root: string, out: string, p: string): string | undefined {
  const rel = relative(root, resolve(out, p));
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/') || '.';
}

export function convertArgs(inv: ConvertInvocation, root: string, out: string): ConvertArgs {
  const paths: string[] = [];
  const place = (p: string): boolean => {
    const r = fromRoot(root, out, p);
    if (r !== undefined) paths.push(r);
    return r !== undefined;
  };
  for (const p of [...inv.inputs, ...inv.cookbookPaths, ...(inv.plan !== undefined ? [inv.plan] : []), ...(inv.factsFile !== undefined ? [inv.factsFile] : [])]) {
    if (!place(p)) return { outside: p };
  }
  const at = (i: number) => paths[i]!;
  const args: string[] = inv.inputs.map((_, i) => at(i));
  let k = inv.inputs.length;
  if (inv.runList !== undefined) args.push('--run-list', inv.runList);
  args.push('--platform', inv.platform);
  if (inv.environment !== undefined) args.push('--environment', inv.environment);
  if (inv.suite !== undefined) args.push('--suite', inv.suite);
  for (const _ of inv.cookbookPaths) args.push('--cookbook-path', at(k++));
  if (inv.plan !== undefined) args.push('--plan', at(k++));
  if (inv.format !== undefined) args.push('--format', inv.format);
  if (inv.includeSecrets) args.push('--include-secrets');
  if (inv.strict) args.push('--strict');
  if (inv.batch) args.push('--batch');
  if (inv.facts === 'offline') args.push('--offline');
  if (inv.facts === 'recorded') args.push('--facts-file', at(k++));
  // Facts from the engine go through a cache folder inside the checkout, which CI keeps between pipelines.
  if (inv.facts === 'engine') args.push('--facts-cache', FACTS_CACHE_DIR);
  return inv.facts === 'engine' ? { args, factsCache: FACTS_CACHE_DIR } : { args };
}
