/**
 * `require` of a gem decant does not evaluate (one a cookbook installs with
 * `chef_gem`): the constants it would define are Unknown with that reason,
 * so a reviewer reads "gem inifile is not evaluated" and not a bare
 * "uninitialized constant".
 */
import type { RubyValue } from '../values.js';
import type { InterpreterApi } from './runtime.js';
import { registerDeepSort } from './core-deepsort.js';
import { registerIniFile } from './core-inifile.js';
import { registerGyoku } from './core-gyoku.js';
import { registerTomlRb } from './core-toml-rb.js';

/** Libraries `require` loads from Ruby itself or Chef's own gems: requiring them is no gem decant skips. */
export const EVALUATED_LIBRARIES: ReadonlySet<string> = new Set([
  'json', 'yaml', 'psych', 'set', 'digest', 'digest/md5', 'digest/sha1', 'digest/sha2', 'digest/sha256', 'base64', 'erb', 'uri',
  'open-uri', 'net/http', 'net/https', 'shellwords', 'ostruct', 'securerandom', 'fileutils', 'pathname', 'socket', 'resolv',
  'etc', 'openssl', 'tempfile', 'timeout', 'time', 'date', 'English', 'forwardable', 'singleton', 'mixlib/shellout', 'ipaddr',
  'rubygems', 'chef', 'chef/mixin/shell_out', 'chef/mixin/deep_merge', 'chef/mash', 'chef/log', 'chef/resource', 'chef/provider',
  'chef/version_constraint', 'chef/util/file_edit', 'chef/mixin/which', 'chef/dsl/recipe', 'chef/mixin/securable', 'pp', 'logger', 'mixlib/log',
  // Chef renders templates with Erubis, so a cookbook's `require 'erubis'` loads what Chef already ships.
  'erubis',
  // Gems small and pure enough that decant evaluates them (core-deepsort.ts, core-inifile.ts, core-gyoku.ts, core-toml-rb.ts).
  'deepsort', 'inifile', 'gyoku', 'chef-gyoku', 'toml-rb',
]);

/** The gem a constant most likely comes from (`IniFile` from inifile, `TomlRB` from toml-rb), among the gems required and not evaluated. */
export function gemOfConstant(name: string, gems: ReadonlySet<string>): string | undefined {
  const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const want = key(name);
  for (const gem of gems) if (key(gem.split('/')[0]!) === want) return gem.split('/')[0];
  return undefined;
}

/** `require NAME`: Ruby's and Chef's own libraries are there; anything else is a gem decant does not evaluate. */
export function requireLibrary(interp: InterpreterApi, name: RubyValue): RubyValue {
  if (typeof name !== 'string') return true;
  interp.requiredLibraries.add(name);
  if (name === 'deepsort') registerDeepSort(interp);
  if (name === 'inifile') registerIniFile(interp);
  if (name === 'gyoku' || name === 'chef-gyoku') registerGyoku(interp);
  if (name === 'toml-rb') registerTomlRb(interp);
  if (!EVALUATED_LIBRARIES.has(name) && !name.startsWith('chef/') && !name.startsWith('digest/') && !name.startsWith('net/')) interp.requiredGems.add(name);
  return true;
}
