/**
 * `cookbook 'x', path: 'dir'` in a Policyfile, Berksfile or Cheffile: a
 * cookbook that lives in the repository itself. Other sources (a version
 * constraint, `git:`, `github:`, a supermarket `site`) are fetched by those
 * tools from the network, which decant never does: such cookbooks must be on
 * the cookbook path, and missing ones are reported where the run list needs
 * them.
 */
import { dirname, resolve, sep } from 'node:path';
import { error, warning } from '../diagnostics/create.js';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LiteralCall } from '../ruby/literal.js';

export interface CookbookSource {
  readonly name: string;
  /** Absolute folder. */
  readonly path: string;
}

/**
 * The path source of one `cookbook` call, if it has one. `within`, when
 * given, is the folder the path must stay inside (a Berksfile or Cheffile
 * names folders of its repository; anything else is refused).
 */
export function cookbookPathSource(
  call: LiteralCall,
  declaredIn: string,
  code: Code,
  diagnostics: Diagnostic[],
  within?: string,
): CookbookSource | undefined {
  const cb = call.args[0];
  const path = call.options['path'];
  if (typeof cb !== 'string') {
    diagnostics.push(warning(code, 'cookbook source decant cannot read; ignored', call.location));
    return undefined;
  }
  if (path === undefined) return undefined;
  if (typeof path !== 'string') {
    diagnostics.push(warning(code, `cookbook ${cb}: a path decant cannot read; ignored`, call.location));
    return undefined;
  }
  const absolute = resolve(dirname(declaredIn), path);
  if (within !== undefined && absolute !== within && !absolute.startsWith(within + sep)) {
    diagnostics.push(error('DEC0205', `cookbook ${cb}: path ${JSON.stringify(path)} leads outside the repository; refused`, call.location));
    return undefined;
  }
  return { name: cb, path: absolute };
}
