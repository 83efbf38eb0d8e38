/**
 * Array elements a block parameter stands for. Ruby strings are references: in `list.each { |s| s.gsub!(/x/, 'y') }`
 * the block's `s` is list's element, so the in-place method changes list. decant's strings are JavaScript values,
 * so the iterator says which slot it yields from, the block remembers it for its first parameter, and an in-place
 * String method on that parameter writes the new string back into the slot as well as into the variable.
 */
import { RArray, type RubyValue } from '../values.js';
import type { Scope } from './runtime.js';

export interface ElementSlot {
  readonly array: RArray;
  readonly index: number;
}

/** The slot the next block call's first argument comes from; taken (and cleared) by that call. */
let pending: ElementSlot | undefined;
const bound = new WeakMap<Scope, Map<string, ElementSlot>>();

/** Run `fn` (one yield of an iterator) saying its first argument is `array[index]`. */
export function yieldingElement<T>(array: RArray, index: number, fn: () => T): T {
  pending = { array, index };
  try {
    return fn();
  } finally {
    pending = undefined;
  }
}

/** The pending slot, cleared so a nested call does not take it too. */
export function takePendingSlot(): ElementSlot | undefined {
  const slot = pending;
  pending = undefined;
  return slot;
}

/** A block parameter bound to a String element: remembered on the block's scope. */
export function bindSlot(scope: Scope, name: string, slot: ElementSlot | undefined, value: RubyValue): void {
  if (!slot || typeof value !== 'string' || slot.array.items[slot.index] !== value) return;
  let names = bound.get(scope);
  if (!names) bound.set(scope, (names = new Map()));
  names.set(name, slot);
}

/**
 * After `name` (holding `before`) was changed in place to `after`: the element it stands for changes too, if the
 * variable is a block parameter bound to a slot that still holds the same string (a reassigned variable is no
 * longer the element, as in Ruby).
 */
export function writeSlot(scope: Scope, name: string, before: string, after: RubyValue): void {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    if (!s.owns(name)) continue;
    const slot = bound.get(s)?.get(name);
    if (slot && slot.array.items[slot.index] === before) slot.array.items[slot.index] = after;
    return;
  }
}
