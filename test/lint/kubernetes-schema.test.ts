import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateManifest } from '../support/lint/kubernetes-schema.js';

const casesDir = join(import.meta.dirname, 'cases', 'kubernetes');
const read = (dir: string) =>
  readdirSync(join(casesDir, dir))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(casesDir, dir, file), 'utf8') }));

describe('validateManifest accepts valid objects of every kind decant emits', () => {
  const kinds = new Set<string>();
  for (const { file, text } of read('valid')) {
    const doc = parse(text) as { kind: string };
    kinds.add(doc.kind);
    it(file, () => expect(validateManifest(doc)).toEqual([]));
  }
  it('covers the required kinds', () => {
    expect([...kinds].sort()).toEqual(
      ['ConfigMap', 'CronJob', 'Deployment', 'Ingress', 'Job', 'Kustomization', 'NetworkPolicy', 'PersistentVolumeClaim', 'Secret', 'Service', 'StatefulSet'],
    );
  });
});

describe('validateManifest refuses invalid objects, naming the path', () => {
  for (const { file, text } of read('invalid')) {
    it(file, () => {
      const expected = [...text.matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]).sort();
      expect(expected.length).toBeGreaterThan(0);
      const actual = validateManifest(parse(text)).map((e) => `${e.path}: ${e.message}`).sort();
      expect(actual).toEqual(expected);
    });
  }
  it('quotes label keys that are not identifiers', () => {
    const errors = validateManifest({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { labels: { 'app.kubernetes.io/name': 1 } } });
    expect(errors).toEqual([{ path: 'metadata.labels["app.kubernetes.io/name"]', message: 'expected string, got number' }]);
  });
  it('does not throw on non-objects', () => {
    expect(validateManifest(null)).toEqual([{ path: '(root)', message: 'a Kubernetes object must be a mapping' }]);
    expect(validateManifest({ kind: 'Service' })).toEqual([{ path: 'apiVersion', message: 'required field missing or not a string' }]);
    expect(validateManifest({ apiVersion: 'a/b/c', kind: 'X' })[0]?.path).toBe('kind');
  });
});
