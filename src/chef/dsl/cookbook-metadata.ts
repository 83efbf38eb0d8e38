/**
 * Chef::Cookbook::Metadata as libraries use it to learn their own version: `m = Chef::Cookbook::Metadata.new;
 * m.from_file(path_to_metadata_rb); m.version`. A metadata.rb read from inside a loaded cookbook is that
 * cookbook's, which decant has already read (src/load/read-metadata.ts); any other file is the host's.
 */
import path from 'node:path';
import { RArray, RObject, Unknown } from '../values.js';
import { Instance, type InterpreterApi } from '../interpreter/runtime.js';
import { defineModule } from '../interpreter/define-module.js';
import { toS } from '../interpreter/ruby-text.js';
import type { CookbookMetadata } from '../../model/workspace.js';

const FIELDS = ['name', 'version', 'description', 'maintainer', 'license', 'source_url'] as const;

export function registerCookbookMetadata(interp: InterpreterApi, metadataOf: (cookbook: string) => CookbookMetadata | undefined): void {
  const cls = defineModule(interp, 'Chef::Cookbook::Metadata', true);
  cls.singletonMethods.set('new', () => new RObject('Chef::Cookbook::Metadata', new Instance(cls)));
  cls.methods.set('from_file', (c) => {
    const file = c.args[0] ?? null;
    if (file instanceof Unknown) return file;
    const own = c.node.loc.cookbook !== undefined && path.posix.basename(toS(file)) === 'metadata.rb' ? metadataOf(c.node.loc.cookbook) : undefined;
    if (!own || !(c.self instanceof RObject)) return c.interp.unknown(`Chef::Cookbook::Metadata#from_file(${JSON.stringify(toS(file))}) reads a file outside the cookbooks decant loaded`, c.node);
    const values: Record<(typeof FIELDS)[number], string | undefined> = {
      name: own.name, version: own.version ?? '0.0.0', description: own.description, maintainer: own.maintainer, license: own.license, source_url: own.sourceUrl,
    };
    for (const f of FIELDS) c.self.ivars.set(`@${f}`, values[f] ?? '');
    c.self.ivars.set('@dependencies', new RArray(own.depends.map((d) => d.name)));
    return true;
  });
  for (const f of FIELDS) {
    cls.methods.set(f, (c) => {
      const v = c.self instanceof RObject ? c.self.ivars.get(`@${f}`) : undefined;
      return v ?? c.interp.unknown(`Chef::Cookbook::Metadata#${f} before from_file read a cookbook's metadata.rb`, c.node);
    });
  }
}
