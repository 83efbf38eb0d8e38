/**
 * The functions a maintainer script defines, found in the shapes Debian's
 * scripts write them, so installStarts reads them where they are called.
 */
import { describe, expect, it } from 'vitest';
import { shellFunctions } from '../../src/facts/shell-functions.js';

describe('shellFunctions', () => {
  it('finds `name ()` with the brace on the next line, `name() {`, and `function name {`, with their body lines', () => {
    const lines = ['#!/bin/sh', 'one ()', '{', '\tsystemctl start a', '}', 'two() {', '\tif true; then', '\t\t:', '\tfi', '}', 'function three {', '\techo', '}', 'one'];
    const got = shellFunctions(lines);
    expect(Object.fromEntries(got.bodies)).toEqual({ one: [3], two: [6, 7, 8], three: [11] });
    expect([...got.definitionLines].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('a body holding a brace group of its own ends at its own closing brace', () => {
    const lines = ['f () {', '\t{', '\t\techo a', '\t} > /dev/null', '\techo b', '}', 'f'];
    expect(shellFunctions(lines).bodies.get('f')).toEqual([1, 2, 3, 4]);
  });

  it('a bare word alone on a line is a command, not a definition; an unclosed definition takes the rest', () => {
    expect(shellFunctions(['configure', 'echo']).bodies.size).toBe(0);
    expect(shellFunctions(['g () {', '\techo']).bodies.get('g')).toEqual([1]);
  });
});
