/**
 * Text from a cookbook shown where one line is expected: a Dockerfile comment,
 * a diagnostic on a terminal. A line break there starts a new line (in a
 * Dockerfile, a new instruction); an escape character drives the terminal.
 * Such characters are shown as `\uXXXX` instead.
 */

// Tab is harmless; every other control character and the Unicode line separators are not.
const BREAKING_CHARS = '[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029]';

/** True when `text` holds a character that would break the line it is written on. */
export const hasLineBreaking = (text: string): boolean => new RegExp(BREAKING_CHARS).test(text);

export function escapeControl(text: string): string {
  return text.replace(new RegExp(BREAKING_CHARS, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `escapeControl`, cut to `max` characters (escapes counted) with a note of the full length. */
export function oneLine(text: string, max: number): string {
  const escaped = escapeControl(text.length > max ? text.slice(0, max) : text);
  if (escaped.length <= max && text.length <= max) return escaped;
  return `${escaped.slice(0, max)}… (cut: ${text.length} characters in all)`;
}
