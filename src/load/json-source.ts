/** JSON files of a chef-repo or cookbook as Data, with a diagnostic (not a throw) for bad JSON. */
import { error } from '../diagnostics/create.js';
import type { Code } from '../diagnostics/codes.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { SourceText } from './read-source.js';

export function parseJsonSource(src: SourceText, code: Code): { value: Data; diagnostics: Diagnostic[] } {
  try {
    return { value: JSON.parse(src.text) as Data, diagnostics: [] };
  } catch (e) {
    return { value: null, diagnostics: [error(code, `${src.ref.file} is not valid JSON: ${(e as Error).message}`, jsonErrorLocation(src, e as Error))] };
  }
}

/** V8 names the offset (`at position 12`); turn it into line and column for the code frame. */
function jsonErrorLocation(src: SourceText, e: Error): SourceLocation {
  const m = /position (\d+)/.exec(e.message);
  let line = 1;
  let column = 1;
  if (m) {
    const before = src.text.slice(0, Number(m[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  return {
    file: src.ref.file,
    line,
    column,
    ...(src.ref.cookbook !== undefined ? { cookbook: src.ref.cookbook } : {}),
    ...(src.ref.path !== undefined ? { path: src.ref.path } : {}),
  };
}
