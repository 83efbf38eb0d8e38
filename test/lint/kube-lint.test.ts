import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { KUBE_CHECKS, kubeLintExceptions, lintKubernetes } from '../support/lint/kube-lint.js';
import { validateManifest } from '../support/lint/kubernetes-schema.js';

const casesDir = join(import.meta.dirname, 'cases', 'kube-lint');
const load = (file: string): unknown[] => parseAllDocuments(readFileSync(join(casesDir, file), 'utf8')).map((d) => d.toJS() as unknown);
const files = readdirSync(casesDir);
const checkNames = KUBE_CHECKS.map((c) => c.name).sort();

describe('lintKubernetes: a failing and a passing case per check', () => {
  it('implements the twenty-one checks decant relies on', () => {
    expect(checkNames).toEqual([
      'dangling-service', 'docker-sock', 'drop-net-raw-capability', 'env-var-secret', 'host-ipc', 'host-network', 'host-pid',
      'invalid-target-ports', 'job-ttl-seconds-after-finished', 'latest-tag', 'liveness-port', 'mismatching-selector',
      'no-read-only-root-fs', 'privilege-escalation-container', 'privileged-container', 'readiness-port', 'run-as-non-root',
      'sensitive-host-mounts', 'ssh-port', 'unset-cpu-requirements', 'unset-memory-requirements',
    ]);
  });
  for (const check of checkNames) {
    it(`${check} fires on ${check}-fail`, () => {
      expect(files).toContain(`${check}-fail.yaml`);
      expect(lintKubernetes(load(`${check}-fail.yaml`)).map((f) => f.rule)).toContain(check);
    });
    it(`${check} is quiet on ${check}-pass`, () => {
      expect(files).toContain(`${check}-pass.yaml`);
      expect(lintKubernetes(load(`${check}-pass.yaml`)).filter((f) => f.rule === check)).toEqual([]);
    });
  }
  it('every case is itself a valid Kubernetes object, so a check never fires on a typo', () => {
    for (const file of files) {
      for (const doc of load(file)) expect({ file, errors: validateManifest(doc) }).toEqual({ file, errors: [] });
    }
  });
});

describe('lintKubernetes details', () => {
  it('passes a base shaped like the emitter output', () => {
    expect(lintKubernetes(load('clean.yaml'))).toEqual([]);
  });
  it('names the object and container', () => {
    expect(lintKubernetes(load('latest-tag-fail.yaml')).filter((f) => f.rule === 'latest-tag')).toEqual([
      { rule: 'latest-tag', severity: 'error', line: 0, message: 'Pod/a: container "a" uses image "decant/web:latest" with the latest tag' },
      { rule: 'latest-tag', severity: 'error', line: 0, message: 'Pod/a: container "b" uses image "registry.example:5000/decant/web" without a tag' },
    ]);
  });
  it('lets an object opt out of a check with a reason the report can show', () => {
    const docs = load('run-as-non-root-fail.yaml') as { metadata: { annotations?: Record<string, string> } }[];
    (docs[0] as (typeof docs)[number]).metadata.annotations = { 'decant.io/lint-exception.run-as-non-root': 'nginx master binds port 80 as root' };
    expect(lintKubernetes(docs).filter((f) => f.rule === 'run-as-non-root')).toEqual([]);
    expect(kubeLintExceptions(docs)).toEqual([{ object: 'Pod/a', rule: 'run-as-non-root', reason: 'nginx master binds port 80 as root' }]);
    expect(lintKubernetes(docs).length).toBeGreaterThan(0);
  });
  it('does not throw on malformed objects', () => {
    expect(() => lintKubernetes([null, 3, 'x', { kind: 'Pod', spec: { containers: 'nope', volumes: [null] } }])).not.toThrow();
  });
});
