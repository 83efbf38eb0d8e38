/**
 * The node's attributes with Chef's precedence levels (CHEF-SEMANTICS.md,
 * "Attributes"). The contract between the evaluator (which reads and writes
 * through `node`) and the precedence store that implements it
 * (precedence-store.ts).
 */
import type { Data } from '../../model/data.js';
import type { RHash, RubyValue } from '../values.js';

export type Precedence = 'default' | 'force_default' | 'normal' | 'override' | 'force_override' | 'automatic';

/** Components applied from outside the cookbooks, which sort differently within default and override. */
export type ExternalOrigin = 'role' | 'environment' | 'policyfile';

export interface AttributeStore {
  /**
   * Set a role, environment or Policyfile component of the default or override
   * level. Within default: cookbook < environment < role; within override:
   * cookbook < role < environment.
   */
  setExternal(level: 'default' | 'override', origin: ExternalOrigin, value: RHash): void;
  /** Ohai's values (the `automatic` level). */
  setAutomatic(value: RHash): void;
  /**
   * `node.default['a']['b'] = v` from an attribute file or recipe (the node's
   * own component at that level). Hashes along the path are created.
   */
  write(level: Precedence, path: readonly string[], value: RubyValue): void;
  /**
   * The live value stored at exactly this level and path, for in-place
   * mutation (`node.default['list'] << 'x'`, `node.default['h'].merge!(...)`).
   * With `vivify`, missing hashes along the path are created (Chef's VividMash).
   */
  levelValue(level: Precedence, path: readonly string[], vivify: boolean): RubyValue | undefined;
  /** The merged view at `path` (`node['a']['b']`), a fresh copy: mutating it changes nothing. */
  read(path: readonly string[]): RubyValue | undefined;
  /** `node.rm('a','b')` (every level) or `node.rm_default(...)` etc. (one level). */
  remove(level: Precedence | 'all', path: readonly string[]): void;
  /** Merged attributes as plain data, keys in Chef's merge order. */
  toData(): Data;
}
