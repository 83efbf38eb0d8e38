/**
 * A Dockerfile is line-based: a line break inside a value (a package or user
 * name from a cookbook) ends the instruction and starts another, so a
 * cookbook could add `RUN` steps of its own. Comments are escaped; a block
 * whose instructions would hold one is not written at all (the plan refuses
 * such resources first; this is the second lock).
 */
import type { DockerfileBlock } from './view-types.js';
import { escapeControl, hasLineBreaking } from '../../text/escape-control.js';

export const escapeComment = escapeControl;

export function lineSafeBlock(block: DockerfileBlock): DockerfileBlock {
  const comments = block.comments.map(escapeComment);
  if (!block.lines.some(hasLineBreaking)) return { comments, lines: block.lines };
  return {
    comments: [...comments, 'left out: a value here holds a line break, which would start a Dockerfile instruction of its own (needs review)'],
    lines: [],
  };
}
