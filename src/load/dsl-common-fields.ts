/**
 * What Chef's role and environment DSLs share: `name`, `description`,
 * `default_attributes` and `override_attributes`. Each reader handles its own
 * methods (run lists, cookbook versions) and hands the rest here.
 */
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { LiteralCall } from '../ruby/literal.js';
import { hashArgument } from './dsl-values.js';

export interface CommonFields {
  name?: string;
  nameAt?: SourceLocation;
  description?: string;
  defaultAttributes: Data;
  overrideAttributes: Data;
}

export function emptyCommonFields(): CommonFields {
  return { defaultAttributes: {}, overrideAttributes: {} };
}

/** Reads `call` into `fields` when it is one of the shared methods; false otherwise. */
export function readCommonCall(call: LiteralCall, fields: CommonFields, diagnostics: Diagnostic[]): boolean {
  switch (call.method) {
    case 'name':
      if (typeof call.args[0] === 'string') {
        fields.name = call.args[0];
        fields.nameAt = call.location;
      }
      return true;
    case 'description':
      if (typeof call.args[0] === 'string') fields.description = call.args[0];
      return true;
    case 'default_attributes':
      fields.defaultAttributes = hashArgument(call, 'DEC0204', diagnostics);
      return true;
    case 'override_attributes':
      fields.overrideAttributes = hashArgument(call, 'DEC0204', diagnostics);
      return true;
    default:
      return false;
  }
}
