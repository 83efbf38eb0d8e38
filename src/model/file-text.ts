/**
 * The text of a file decant holds (rendered from a template, or written
 * inline), as the plan's passes that read or rewrite a config line need it; a
 * cookbook file's bytes and an unknown content hold none.
 */
import type { FileSource, FileSpec } from './plan.js';

export const textHeld = (s: FileSource): string | undefined => (s.kind === 'rendered' || s.kind === 'inline' ? s.text : undefined);

/** The file with its held text replaced; a file whose content holds no text is returned as it is. */
export const withTextHeld = (f: FileSpec, text: string): FileSpec => (f.content.kind === 'rendered' || f.content.kind === 'inline' ? { ...f, content: { ...f.content, text } } : f);
