/**
 * A Dockerfile is line-based: a line break inside a value (a package or user
 * name from a cookbook) ends the instruction and starts another, so a
 * cookbook could add `RUN` steps of its own. Comments are escaped; a block
 * whose instructions would hold one is not written at all (the plan refuses
 * such resources first; this is the second lock).
 */
import type { DockerfileBlock } from './dockerfile-view.js';

// Tab is harmless; every other control character and the Unicode line separators are not.
const BREAKING_CHARS = '[\\u0000-\\u0008\\u000a-\\u001f\\u007f\\u0085\\u2028\\u2029]';
const HAS_BREAKING = new RegExp(BREAKING_CHARS);
const EACH_BREAKING = new RegExp(BREAKING_CHARS, 'g');

export function escapeComment(text: string): string {
  return text.replace(EACH_BREAKING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function lineSafeBlock(block: DockerfileBlock): DockerfileBlock {
  const comments = block.comments.map(escapeComment);
  if (!block.lines.some((l) => HAS_BREAKING.test(l))) return { comments, lines: block.lines };
  return {
    comments: [...comments, 'left out: a value here holds a line break, which would start a Dockerfile instruction of its own (needs review)'],
    lines: [],
  };
}
