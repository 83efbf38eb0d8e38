import { secretTexts } from '../plan/secret-forms.js';

/**
 * Replaces every secret value (four characters or more) in a text with `replacement`, in each form a cookbook
 * writes it in too (`Shellwords.escape(pw)` in a command, an encoded one in a URL): those are the value as well.
 */
export function redactor(values: readonly string[], replacement = '<redacted secret>'): (text: string) => string {
  // Longest first, so a value containing another is replaced whole.
  const list = [...new Set(secretTexts(values.filter((v) => v.length >= 4)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return (text) => list.reduce((t, v) => t.split(v).join(replacement), text);
}
