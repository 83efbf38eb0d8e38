import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, formatsNamed, parseFormats } from '../../src/emit/formats.js';

const names = (r: ReturnType<typeof parseFormats>) => ('formats' in r ? r.formats.map((f) => f.name) : r.error);

describe('output formats (--format)', () => {
  it('registers kustomize and compose, kustomize the default', () => {
    expect(OUTPUT_FORMATS.map((f) => f.name)).toEqual(['kustomize', 'compose']);
    expect(DEFAULT_FORMATS).toEqual(['kustomize']);
    expect(formatsNamed(undefined).map((f) => f.name)).toEqual(['kustomize']);
  });

  it('takes any comma-separated combination, each once, in the registry order', () => {
    expect(names(parseFormats('compose'))).toEqual(['compose']);
    expect(names(parseFormats('compose,kustomize'))).toEqual(['kustomize', 'compose']);
    expect(names(parseFormats(' kustomize , compose,compose '))).toEqual(['kustomize', 'compose']);
  });

  it('refuses unknown names, no name, and formats this version does not write', () => {
    expect(names(parseFormats('kustomize,helm'))).toBe('--format helm: unknown output format (known: kustomize, compose)');
    expect(names(parseFormats(' , '))).toMatch(/^--format: name at least one of kustomize, compose$/);
    expect(names(parseFormats('cdk8s'))).toBe('--format cdk8s: not available in this version of decant');
  });
});
