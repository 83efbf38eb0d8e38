/**
 * Chef::Util::PathHelper (chef-config's ChefConfig::PathHelper, as on Linux):
 * libraries clean the paths they build with it
 * (`Chef::Util::PathHelper.cleanpath(::File.join(dir, 'ca_keys'))`). On Linux
 * cleanpath is Pathname#cleanpath and join puts one separator between parts.
 */
import path from 'node:path';
import { RArray, Unknown, type RubyValue } from '../values.js';
import type { InterpreterApi } from '../interpreter/runtime.js';
import { defineModule } from '../interpreter/define-module.js';
import { cleanpath } from '../interpreter/core-pathname.js';
import { toS } from '../interpreter/ruby-text.js';

/** PathHelper.join: each part's leading separators and the joined path's trailing ones dropped, then joined with `/`. */
export function pathHelperJoin(parts: readonly string[]): string {
  return parts.reduce((joined, part) => `${joined.replace(/\/+$/, '')}/${part.replace(/^\/+/, '')}`);
}

export function registerPathHelper(interp: InterpreterApi): void {
  const helper = defineModule(interp, 'Chef::Util::PathHelper', true);
  const one = (fn: (p: string) => RubyValue) => (c: { args: readonly RubyValue[] }): RubyValue => {
    const v = c.args[0] ?? null;
    return v instanceof Unknown ? v : fn(toS(v));
  };
  helper.singletonMethods.set('cleanpath', one(cleanpath));
  helper.singletonMethods.set('dirname', one((p) => path.posix.dirname(p)));
  helper.singletonMethods.set('join', (c) => {
    const parts = c.args.flatMap((a) => (a instanceof RArray ? a.items : [a]));
    const u = parts.find((x): x is Unknown => x instanceof Unknown);
    if (u) return u;
    return parts.length ? pathHelperJoin(parts.map((p) => toS(p))) : null;
  });
}
