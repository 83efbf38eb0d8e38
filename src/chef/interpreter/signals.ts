/** Non-local control flow inside the interpreter, carried as JS exceptions. */
import type { RubyValue } from '../values.js';
import type { SourceLocation } from '../../model/source.js';

export class BreakSignal {
  constructor(readonly value: RubyValue, readonly tag: object) {}
}
export class NextSignal {
  constructor(readonly value: RubyValue) {}
}
export class ReturnSignal {
  constructor(readonly value: RubyValue, readonly frame: object) {}
}
/** `throw :tag` — rare in cookbooks, but `catch` is cheap to honour. */
export class ThrowSignal {
  constructor(readonly tag: RubyValue, readonly value: RubyValue) {}
}
/** A Ruby exception (`raise`, `fatal!`, or an error the interpreter models as one). */
export class RaiseSignal {
  constructor(
    readonly className: string,
    readonly message: string,
    readonly location: SourceLocation,
  ) {}
}
/** `retry` in a rescue handler: the begin body runs again. */
export class RetrySignal {}
/** The step budget or depth limit was hit: the current file stops, the run goes on. */
export class BudgetSignal {
  constructor(
    readonly code: 'DEC0303' | 'DEC0305' | 'DEC0311' | 'DEC0313',
    readonly message: string,
    readonly location: SourceLocation,
  ) {}
}

/** The tag of a `break` from a block: it ends the innermost method call that received a block. */
export const BREAK_ANY = {};
