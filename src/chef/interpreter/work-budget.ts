/** How much a built-in's work costs against the step budget: it grows with the size of what the built-in reads. */
import { RArray, RHash, type RubyValue } from '../values.js';

/** Characters (or elements) a built-in may read for one step of the budget: about what one step of evaluation costs. */
export const WORK_PER_STEP = 256;
/** Appending costs what is appended, not what it is appended to. */
export const APPENDS = new Set(['<<', 'concat', 'push', 'append']);

export function workOf(v: RubyValue): number {
  if (typeof v === 'string') return v.length;
  if (v instanceof RArray) return v.items.length;
  if (v instanceof RHash) return v.size;
  return 0;
}
