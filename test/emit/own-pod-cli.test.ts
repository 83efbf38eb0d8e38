/**
 * plan.yaml's `ownPod` through the command line: a unit that shared a pod
 * because it reached another over localhost gets its own, and its config
 * then names the other unit's Service; over a unix socket that cannot work,
 * and convert says so with exit 1.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decant as runCli, ensureBuilt, repo } from '../hardening/cli-run.js';

const fixture = (name: string) => join(repo, 'fixtures', name, 'input');

// The built CLI, as users run it: through tsx each of the four converts compiled the sources again, and the
// file ran close to its 30 s limit on a loaded machine.
beforeAll(() => ensureBuilt());
function decant(...args: string[]) {
  return runCli(args);
}

/** Convert once, set `ownPod: true` on the named unit in the plan it wrote, convert again with it. */
function convertWithOwnPod(name: string, unit: string): { out: string; code: number | null; stderr: string } {
  const root = mkdtempSync(join(tmpdir(), 'decant-own-pod-'));
  const first = decant('convert', fixture(name), '-o', join(root, 'first'));
  expect(first.code, first.stderr).toBe(0);
  const plan = readFileSync(join(root, 'first', 'plan.yaml'), 'utf8');
  const edited = plan.replace(new RegExp(`(name: ${unit}\\n\\s+ownPod:) false`), '$1 true');
  expect(edited).not.toBe(plan);
  writeFileSync(join(root, 'plan.yaml'), edited);
  const second = decant('convert', fixture(name), '-o', join(root, 'out'), '--plan', join(root, 'plan.yaml'));
  return { out: join(root, 'out'), code: second.code, stderr: second.stderr };
}

describe('plan.yaml ownPod', () => {
  it('loopback: the worker gets its own Deployment, its config names memcached\'s Service, the report shows the line before and after', () => {
    const { out, code, stderr } = convertWithOwnPod('e2e-localhost-cache', 'hit-counter');
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(out, 'hit-counter/images/hit-counter/config/etc/hit-counter/counter.conf'), 'utf8')).toContain('cache_server = memcached:11211\n');
    const app = (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { apps: { pods: unknown[]; rewrites: unknown[]; units: { name: string; pod: string }[] }[] }).apps[0]!;
    expect(app.pods).toEqual([]);
    expect(app.units.map((u) => [u.name, u.pod])).toEqual([['memcached', 'memcached'], ['hit-counter', 'hit-counter']]);
    expect(app.rewrites).toEqual([{ unit: 'hit-counter', file: '/etc/hit-counter/counter.conf', line: 2, before: '127.0.0.1:11211', after: 'memcached:11211', why: 'memcached runs in another pod; its Service answers there' }]);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('- unit hit-counter, /etc/hit-counter/counter.conf:2: `127.0.0.1:11211` → `memcached:11211` (memcached runs in another pod; its Service answers there)');
    expect(readFileSync(join(out, 'plan.yaml'), 'utf8')).toMatch(/name: hit-counter\n\s+ownPod: true/);
    // The rewritten connection now crosses the pod network, which the app's default-deny closes: a rule opens it.
    const policies = (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { apps: { networkPolicies: { name: string; kind: string; ports: unknown[] }[] }[] }).apps[0]!.networkPolicies;
    expect(policies.find((p) => p.name === 'memcached-from-hit-counter')).toMatchObject({ kind: 'connection', ports: [{ port: 11211, protocol: 'TCP' }] });
  });

  it('a unix socket cannot cross pods: DEC0532 at the site template, exit 1', () => {
    const { code, stderr } = convertWithOwnPod('e2e-php-fpm-socket', 'nginx');
    expect(code).toBe(1);
    expect(stderr).toMatch(/recipes\/default\.rb:33:1: error DEC0532: unit nginx reaches php-fpm through the unix socket \/run\/php\/php8\.2-fpm-php_site\.sock/);
  });
});
