import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { Code } from './codes.js';

export function diagnostic(
  code: Code,
  severity: Severity,
  message: string,
  location?: SourceLocation,
  hint?: string,
): Diagnostic {
  return {
    code,
    severity,
    message,
    ...(location ? { location } : {}),
    ...(hint ? { hint } : {}),
  };
}

export const error = (code: Code, message: string, location?: SourceLocation, hint?: string): Diagnostic =>
  diagnostic(code, 'error', message, location, hint);
export const warning = (code: Code, message: string, location?: SourceLocation, hint?: string): Diagnostic =>
  diagnostic(code, 'warning', message, location, hint);
export const info = (code: Code, message: string, location?: SourceLocation, hint?: string): Diagnostic =>
  diagnostic(code, 'info', message, location, hint);
