import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintDockerfile } from '../support/lint/dockerfile-rules.js';
import { lintKubernetes } from '../support/lint/kube-lint.js';
import { validateManifest } from '../support/lint/kubernetes-schema.js';
import type { OutputFile } from '../../src/emit/output-file.js';
import { initParsers } from '../../src/ruby/parser.js';
import { convertCase } from '../golden/convert-case.js';
import { discoverCases } from '../support/fixtures.js';

/**
 * The invariants of DESIGN.md on every fixture's conversion: converting twice
 * gives the same bytes, every manifest validates strictly and passes the
 * kube-linter subset, every Dockerfile passes the lint rules, the
 * kustomization lists every manifest. (Byte-for-byte goldens live in test/golden.)
 */
const cases = discoverCases()
  .filter((c) => !c.isError)
  .map((c) => c.name);

const convert = convertCase;

const text = (f: OutputFile) => ('text' in f ? f.text : '');

describe.each(cases)('convert %s', (name) => {
  let files: OutputFile[] = [];
  beforeAll(async () => {
    await initParsers();
    files = await convert(name);
  }, 120_000);

  it('is deterministic', async () => {
    expect(JSON.stringify(await convert(name))).toBe(JSON.stringify(files));
  });

  it('Dockerfiles pass the lint rules', () => {
    for (const f of files.filter((x) => x.path.endsWith('/Dockerfile'))) {
      expect(lintDockerfile(text(f)).filter((x) => x.severity === 'error'), f.path).toEqual([]);
    }
  });

  it('manifests validate strictly, pass kube-lint, and are all in the kustomization', () => {
    const byApp = new Map<string, OutputFile[]>();
    for (const f of files.filter((x) => /\/k8s\/[^/]+\.yaml$/.test(x.path))) {
      const app = f.path.slice(0, f.path.indexOf('/k8s/'));
      byApp.set(app, [...(byApp.get(app) ?? []), f]);
    }
    for (const [app, list] of byApp) {
      const docs = list.flatMap((f) => parseAllDocuments(text(f)).map((d) => d.toJSON()));
      for (const d of docs) expect(validateManifest(d), `${app}: ${d?.kind}/${d?.metadata?.name}`).toEqual([]);
      expect(lintKubernetes(docs.filter((d) => d.kind !== 'Kustomization')), app).toEqual([]);
      const k = docs.find((d) => d.kind === 'Kustomization');
      expect(k?.resources).toEqual(list.map((f) => f.path.slice(`${app}/k8s/`.length)).filter((p) => p !== 'kustomization.yaml'));
    }
  });

  it('report.json names files that exist', () => {
    const report = files.find((f) => f.path === 'report.json');
    if (!report) return expect(files).toEqual([]);
    const r = JSON.parse(text(report));
    for (const a of r.apps) {
      for (const u of a.units) expect(files.some((f) => f.path === u.dockerfile), u.dockerfile).toBe(true);
      for (const res of a.resources) expect(['image', 'config', 'secret', 'workload', 'host', 'unsupported', 'skipped']).toContain(res.class);
    }
  });
});
