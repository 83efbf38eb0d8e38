import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, formatsNamed, parseFormats } from '../../src/emit/formats.js';

const names = (r: ReturnType<typeof parseFormats>) => ('formats' in r ? r.formats.map((f) => f.name) : r.error);

describe('output formats (--format)', () => {
  it('registers kustomize, compose and cdk8s, kustomize the default', () => {
    expect(OUTPUT_FORMATS.map((f) => f.name)).toEqual(['kustomize', 'compose', 'cdk8s']);
    expect(DEFAULT_FORMATS).toEqual(['kustomize']);
    expect(formatsNamed(undefined).map((f) => f.name)).toEqual(['kustomize']);
  });

  it('takes any comma-separated combination, each once, in the registry order', () => {
    expect(names(parseFormats('compose'))).toEqual(['compose']);
    expect(names(parseFormats('compose,kustomize'))).toEqual(['kustomize', 'compose']);
    expect(names(parseFormats(' kustomize , compose,compose '))).toEqual(['kustomize', 'compose']);
    expect(names(parseFormats('cdk8s,kustomize'))).toEqual(['kustomize', 'cdk8s']);
  });

  it('refuses unknown names and no name', () => {
    expect(names(parseFormats('kustomize,helm'))).toBe('--format helm: unknown output format (known: kustomize, compose, cdk8s)');
    expect(names(parseFormats(' , '))).toMatch(/^--format: name at least one of kustomize, compose, cdk8s$/);
  });
});
