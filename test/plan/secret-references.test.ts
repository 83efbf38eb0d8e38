/** Which parts of a file's text are secret, and what stands in their place (src/plan/secret-references.ts). */
import { describe, expect, it } from 'vitest';
import { secretReferences, withReferences } from '../../src/plan/secret-references.js';

describe('secretReferences', () => {
  it('names each value after its key, numbering two values under one key, each value once', () => {
    const refs = secretReferences([
      { value: 'bbbb-second', name: 'password' },
      { value: 'aaaa-first', name: 'password' },
      { value: 'aaaa-first', name: 'other' },
      { value: 'tok-1234', name: 'api-token' },
      { value: 'xxxx', name: '' },
    ]);
    expect(refs).toEqual([
      { value: 'aaaa-first', env: 'DECANT_SECRET_PASSWORD' },
      { value: 'bbbb-second', env: 'DECANT_SECRET_PASSWORD_2' },
      { value: 'tok-1234', env: 'DECANT_SECRET_API_TOKEN' },
      { value: 'xxxx', env: 'DECANT_SECRET_VALUE' },
    ]);
  });
});

describe('withReferences', () => {
  const refs = [
    { value: 'pass', env: 'DECANT_SECRET_SHORT' },
    { value: 'password-long', env: 'DECANT_SECRET_LONG' },
  ];

  it('replaces the longest value first, so a value holding another is replaced whole, and lists what it used', () => {
    expect(withReferences('a=password-long\nb=pass\n', refs)).toEqual({ text: 'a=${DECANT_SECRET_LONG}\nb=${DECANT_SECRET_SHORT}\n', used: [refs[1], refs[0]] });
  });

  it('leaves a text holding none as it was', () => {
    expect(withReferences('nothing here\n', refs)).toEqual({ text: 'nothing here\n', used: [] });
  });
});
