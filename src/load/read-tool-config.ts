/**
 * The cookbook folders a chef-repo's own tool configuration names. knife and chef-client in local mode
 * (chef-zero) read .chef/config.rb, else .chef/knife.rb (chef-config's WorkstationConfigLoader); a repository
 * run with `chef-solo -c solo.rb` or `chef-client -z -c zero.rb` keeps that file at its root. Their `cookbook_path` is where that repository's cookbooks are, vendored ones included
 * (`cookbook_path ["#{current_dir}/../cookbooks", "#{current_dir}/../berks-cookbooks"]`). Only the path
 * arithmetic such files do is read (`File.dirname(__FILE__)`, File.join, File.expand_path); the rest of the file
 * (keys, node names, ENV) is none of decant's business.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { warning } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { Unknown, type Data } from '../model/data.js';
import { readLiteralFile, type LiteralCall } from '../ruby/literal.js';
import { isDir } from './list-files.js';
import { isDiagnostic, readContained } from './read-source.js';

/** Folders that hold vendored cookbooks by convention: `berks vendor`'s default and the common `berks vendor vendor/cookbooks`. */
export const VENDORED_FOLDERS = ['berks-cookbooks', 'vendor/cookbooks'] as const;

/** The workstation configuration first found is the one knife reads. */
const WORKSTATION_CONFIGS = ['.chef/config.rb', '.chef/knife.rb'];

/** What a repository keeps for `chef-solo -c solo.rb` or `chef-client -z -c zero.rb` (or client.rb) runs. */
const RUN_CONFIGS = ['solo.rb', 'zero.rb', 'client.rb'];

export interface ConfiguredPaths {
  /** Absolute folders, in the order the configuration names them. */
  readonly folders: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export function configuredCookbookPaths(repo: string): ConfiguredPaths {
  const folders: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const workstation = WORKSTATION_CONFIGS.find((f) => existsSync(join(repo, f)));
  for (const rel of [...(workstation ? [workstation] : []), ...RUN_CONFIGS.filter((f) => existsSync(join(repo, f)))]) {
    for (const folder of cookbookPathsOf(repo, rel, diagnostics)) if (!folders.includes(folder)) folders.push(folder);
  }
  return { folders, diagnostics };
}

function cookbookPathsOf(repo: string, rel: string, diagnostics: Diagnostic[]): string[] {
  const src = readContained(repo, rel, { what: 'the repository' });
  if (isDiagnostic(src)) {
    diagnostics.push({ ...src, code: 'DEC0334', severity: 'warning' });
    return [];
  }
  const file = readLiteralFile(src.text, src.ref, { code: 'DEC0334', filePath: resolve(repo, rel), workingDirectory: resolve(repo), appendable: new Set(['cookbook_path']) });
  // A later `cookbook_path` replaces what came before, as a Ruby config setting does; `cookbook_path << x` adds to it.
  let named: { call: LiteralCall; value: Data }[] = [];
  for (const call of file.calls) {
    if (call.method === 'cookbook_path') named = flat(call.args).map((value) => ({ call, value }));
    else if (call.method === 'cookbook_path<<') named.push(...call.args.map((value) => ({ call, value })));
  }
  const out: string[] = [];
  for (const { call, value } of named) {
    const folder = folderOf(repo, rel, call, value, diagnostics);
    if (folder !== undefined) out.push(folder);
  }
  return out;
}

function flat(values: readonly Data[]): Data[] {
  return values.flatMap((v) => (Array.isArray(v) ? flat(v) : [v]));
}

function folderOf(repo: string, rel: string, call: LiteralCall, value: Data, diagnostics: Diagnostic[]): string | undefined {
  if (typeof value !== 'string') {
    const why = value instanceof Unknown ? value.reason : `${JSON.stringify(value)} is not a path`;
    diagnostics.push(warning('DEC0334', `cookbook_path in ${rel}: ${why}; that folder is not searched`, call.location, 'give it with --cookbook-path'));
    return undefined;
  }
  // knife resolves a relative path against the folder it runs in: the repository's root, where it is run.
  const abs = resolve(repo, value);
  const inRepo = relative(resolve(repo), abs);
  if (inRepo.startsWith(`..${sep}`) || inRepo === '..' || isAbsolute(inRepo)) {
    // A workstation's own folder (a home directory, /var/chef) is no part of the input: only a warning, as nothing is wrong.
    diagnostics.push(warning('DEC0334', `cookbook_path in ${rel}: ${JSON.stringify(value)} is outside the repository; not searched`, call.location, 'give it with --cookbook-path'));
    return undefined;
  }
  if (!isDir(abs)) {
    diagnostics.push(warning('DEC0334', `cookbook_path in ${rel}: ${inRepo || '.'} is not a folder of the repository; not searched`, call.location, 'vendor the cookbooks there (berks vendor) or give their folder with --cookbook-path'));
    return undefined;
  }
  return abs;
}
