/**
 * Maps a place in the Ruby that Erubis generates back to the template it came
 * from. Erubis keeps most newlines, but `-%>` after an expression drops one,
 * so source line numbers drift from template line numbers (Chef's own
 * TemplateError reports the drifted line); decant reports the template's.
 */
import type { MappedSource } from './erubis-source.js';

/** Template offset (UTF-16 units, as JS strings and web-tree-sitter count) for a source offset. */
export function templateOffsetAt(mapped: MappedSource, sourceOffset: number): number {
  const segments = mapped.segments;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.sourceOffset <= sourceOffset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return 0;
  const segment = segments[found]!;
  return segment.verbatim ? segment.templateOffset + (sourceOffset - segment.sourceOffset) : segment.templateOffset;
}

/**
 * 1-based line and column of an offset in a text. Columns count UTF-16 code
 * units, the unit web-tree-sitter's columns use, so these agree with
 * locations read from syntax trees. A lone CR is not a line break (Ruby and
 * tree-sitter both break lines on LF).
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
