/**
 * A method nil does not have, called where a begin/rescue is running: Ruby raises NoMethodError there, and a
 * cookbook's `begin node['a']['b']['c'] rescue NoMethodError; default end` relies on it to take its default.
 * Outside a rescue decant keeps the call an unknown value (the file goes on); inside one the raise is what
 * Ruby does, so the handler runs. Only nil is decided so: its method list is short and fixed, while a gem the
 * cookbook requires might add to it (then the call stays unknown).
 */
import { RaiseSignal } from './signals.js';
import type { Ast } from './ast.js';
import type { Evaluator } from './evaluator.js';

/** `nil.methods` on Ruby 3.1 with nothing required. */
const NIL_METHODS = new Set(
  ('! != !~ & <=> == === =~ ^ __id__ __send__ class clone define_singleton_method display dup enum_for eql? equal? ' +
    'extend freeze frozen? hash inspect instance_eval instance_exec instance_of? instance_variable_defined? ' +
    'instance_variable_get instance_variable_set instance_variables is_a? itself kind_of? method methods nil? ' +
    'object_id private_methods protected_methods public_method public_methods public_send rationalize ' +
    'remove_instance_variable respond_to? send singleton_class singleton_method singleton_methods taint tainted? ' +
    'tap then to_a to_c to_enum to_f to_h to_i to_r to_s trust untaint untrust untrusted? yield_self |').split(' '),
);

/** Throws Ruby's NoMethodError when nil surely lacks `name` and a rescue is running; returns otherwise. */
export function raiseOnNilUnderRescue(interp: Evaluator, name: string, at: Ast): void {
  if (interp.rescuing === 0 || NIL_METHODS.has(name) || interp.requiredGems.size > 0) return;
  interp.report('DEC0301', 'info', `undefined method '${name}' for nil: Ruby raises NoMethodError here and the cookbook's rescue handles it`, at.loc);
  throw new RaiseSignal('NoMethodError', `undefined method \`${name}' for nil:NilClass`, at.loc);
}
