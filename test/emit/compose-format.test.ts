/**
 * compose.yaml (`decant convert --format compose`): what each unit becomes,
 * that it says what the manifests say (probes, secrets), and that Compose
 * itself reads it (docker-compose config, from Debian; the test tools setup
 * installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Plan, Unit } from '../../src/model/plan.js';
import { emitPlan } from '../../src/emit/emit-plan.js';
import { composeCpus, composeMemory } from '../../src/emit/compose/compose-limits.js';
import { composeLiteral } from '../../src/emit/compose/compose-literal.js';
import { COMPOSE_RUNTIME_SECRET_PLACEHOLDER } from '../../src/emit/compose/compose-format.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, nginxSite, res } from '../plan/make-converge.js';

const { catalog } = loadCatalog();

function webAndStore(): Plan {
  const c = converge(
    [
      ...nginxSite(8080).resources,
      res('package', 'redis-server', { recipe: 'web::store', actions: ['install'] }),
      res('template', '/etc/redis/redis.conf', {
        recipe: 'web::store',
        actions: ['create'],
        notifies: [{ action: 'restart', resource: 'service[redis-server]', timing: 'delayed' }],
        content: { kind: 'rendered', text: 'port 6379\nrequirepass hunter2-secret\ndir /var/lib/redis\n', complete: true, template: { file: 'templates/redis.conf.erb', line: 1, column: 1 }, unknowns: [] },
      }),
      res('service', 'redis-server', { recipe: 'web::store', actions: ['enable', 'start'] }),
      res('cron', 'rotate', { recipe: 'web::cron', actions: ['create'], properties: { minute: '*/5', command: 'date >> /tmp/stamp' } }),
    ],
    { redis: { password: 'hunter2-secret' } },
  );
  return { apps: [planApp(c, { name: 'webfront', version: '1.4.2', labels: {}, catalog })] };
}

const emit = (plan: Plan, includeSecrets = false, formats: string[] = ['kustomize', 'compose']) => emitPlan(plan, { includeSecrets, redact: ['hunter2-secret'], formats }).files;
const textOf = (files: ReturnType<typeof emit>, path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f || !('text' in f)) throw new Error(`no text file ${path}`);
  return f.text;
};
type Service = Record<string, unknown> & { healthcheck?: { test: string[] }; depends_on?: Record<string, { condition: string }> };
const composeOf = (files: ReturnType<typeof emit>) => parse(textOf(files, 'webfront/compose.yaml'), { version: '1.1' }) as { services: Record<string, Service>; volumes?: object; secrets?: Record<string, { file: string }> };
const withUnit = (plan: Plan, name: string, change: (u: Unit) => Unit): Plan => ({ apps: plan.apps.map((a) => ({ ...a, units: a.units.map((u) => (u.name === name ? change(u) : u)) })) });

describe('compose.yaml', () => {
  const plan = webAndStore();
  const files = emit(plan);
  const compose = composeOf(files);
  const cronName = plan.apps[0]!.units.find((u) => u.workload === 'CronJob')!.name;

  it('has a service per unit, built from its image folder and tagged as the manifests name the image', () => {
    // redis's config holds its password: the one-shot service substituting it at start comes with it.
    expect(Object.keys(compose.services).sort()).toEqual([...plan.apps[0]!.units.map((u) => u.name), 'redis-runtime-files'].sort());
    for (const u of plan.apps[0]!.units) {
      expect(compose.services[u.name]!.build).toEqual({ context: `./images/${u.name}` });
      expect(compose.services[u.name]!.image).toBe(u.image);
      expect(files.some((f) => f.path === `webfront/images/${u.name}/Dockerfile`)).toBe(true);
    }
  });

  it('runs each service as the manifests do: command, user, published ports, capabilities', () => {
    const redis = compose.services['redis']!;
    const unit = plan.apps[0]!.units.find((u) => u.name === 'redis')!;
    expect(redis.command).toEqual([...unit.command]);
    expect(redis.user).toBe(`${unit.uid}:${unit.gid}`);
    expect(redis.ports).toEqual(['127.0.0.1:${WEBFRONT_REDIS_PORT_6379:-6379}:6379/tcp']);
    expect(redis.cap_drop).toEqual(['ALL']);
    expect(redis.restart).toBe('unless-stopped');
    const deployment = parse(textOf(files, 'webfront/k8s/nginx-deployment.yaml'));
    expect(compose.services['nginx']!.cap_add).toEqual(deployment.spec.template.spec.containers[0].securityContext.capabilities.add);
  });

  it('probes with the same check as the manifests', () => {
    const docs = files.filter((f) => f.path.startsWith('webfront/k8s/') && f.path.endsWith('.yaml')).flatMap((f) => parseAllDocuments('text' in f ? f.text : '').map((d) => d.toJS()));
    for (const name of ['nginx', 'redis']) {
      const workload = docs.find((d) => (d.kind === 'Deployment' || d.kind === 'StatefulSet') && d.metadata.name === name);
      const probe = workload.spec.template.spec.containers[0].readinessProbe;
      expect(probe.exec, name).toBeDefined();
      expect(compose.services[name]!.healthcheck!.test).toEqual(['CMD', ...probe.exec.command]);
    }
  });

  it('keeps a data directory on a named volume, and binds the tunable config read-only from OUT', () => {
    const redis = compose.services['redis']!;
    expect(redis.volumes).toContainEqual({ type: 'volume', source: 'redis-data', target: '/var/lib/redis' });
    expect(compose.volumes).toEqual({ 'redis-data': {}, 'redis-runtime-etc-redis': {} });
    const nginx = compose.services['nginx']!;
    const bind = (nginx.volumes as { type: string; source: string; target: string; read_only?: boolean }[]).find((v) => v.target === '/etc/nginx/sites-available/default');
    expect(bind).toMatchObject({ type: 'bind', read_only: true });
    expect(textOf(files, `webfront/${bind!.source.replace(/^\.\//, '')}`)).toContain('listen 8080;');
  });

  it('mounts no config holding a secret value whole: its values come from secret files in OUT, placeholders unless --include-secrets, never in compose.yaml', () => {
    const secretFiles = files.filter((f) => f.path.startsWith('webfront/compose/redis/secrets/'));
    expect(secretFiles.map((f) => f.path)).toEqual(['webfront/compose/redis/secrets/DECANT_SECRET_PASSWORD']);
    for (const f of secretFiles) expect('text' in f && f.text).toBe(COMPOSE_RUNTIME_SECRET_PLACEHOLDER);
    expect(files.some((f) => 'text' in f && f.text.includes('hunter2-secret'))).toBe(false);
    expect(compose.services['redis']!.secrets).toBeUndefined();
    expect(compose.services['redis-runtime-files']!.secrets).toEqual([{ source: 'redis-DECANT_SECRET_PASSWORD', target: '/run/secrets/DECANT_SECRET_PASSWORD' }]);
    for (const [, s] of Object.entries(compose.secrets!)) expect(files.some((f) => f.path === `webfront/${s.file.replace(/^\.\//, '')}`)).toBe(true);

    const real = emit(plan, true);
    // The value exactly, no newline added: the script takes the file's bytes as they are.
    expect(textOf(real, 'webfront/compose/redis/secrets/DECANT_SECRET_PASSWORD')).toBe('hunter2-secret');
    const holding = real.filter((f) => 'text' in f && f.text.includes('hunter2-secret')).map((f) => f.path);
    expect(holding).not.toContain('webfront/compose.yaml');
  });

  it('puts a scheduled unit in the cron profile with its schedule, never restarted by compose', () => {
    const cron = compose.services[cronName]!;
    expect(cron.profiles).toEqual(['cron']);
    expect((cron.labels as Record<string, string>)['decant.io/schedule']).toBe('*/5 * * * *');
    expect(cron.restart).toBe('no');
    expect(cron.healthcheck).toBeUndefined();
  });

  it('starts a one-shot unit after the app services, once healthy where they have a check', () => {
    const asJob = composeOf(emit(withUnit(plan, cronName, (u) => ({ ...u, workload: 'Job' }))));
    expect(asJob.services[cronName]!.depends_on).toEqual({ nginx: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    expect(asJob.services[cronName]!.profiles).toBeUndefined();
    expect(compose.services['nginx']!.depends_on).toBeUndefined();
  });

  it('writes a $ from the cookbook literally, and YAML 1.1 words as strings', () => {
    const edited = composeOf(emit(withUnit(plan, 'redis', (u) => ({ ...u, command: ['sh', '-c', 'exec redis-server --dir $HOME', 'no'] }))));
    expect(edited.services['redis']!.command).toEqual(['sh', '-c', 'exec redis-server --dir $$HOME', 'no']);
    expect(composeLiteral('a$b${c}')).toBe('a$$b$${c}');
  });

  it('puts a node agent on the host network, unpublished, with its node paths read-only', () => {
    const agent = composeOf(emit(withUnit(plan, 'nginx', (u) => ({ ...u, workload: 'DaemonSet', nodeAccess: { hostNetwork: true, hostPaths: [{ path: '/proc', mountPath: '/host/proc' }] } })))).services['nginx']!;
    expect(agent.network_mode).toBe('host');
    expect(agent.ports).toBeUndefined();
    expect(agent.volumes).toContainEqual({ type: 'bind', source: '/proc', target: '/host/proc', read_only: true });
  });

  it('gives the manifests\' limits in compose units', () => {
    expect(composeMemory('512Mi')).toBe('512m');
    expect(composeMemory('1Gi')).toBe('1g');
    expect(composeMemory('1.5Gi')).toBeUndefined();
    expect(composeCpus('500m')).toBe(0.5);
    expect(composeCpus('2')).toBe(2);
  });

  it('is the same bytes every time', () => {
    expect(JSON.stringify(emit(plan))).toBe(JSON.stringify(files));
  });

  it('is written only when asked for, and report.json names each output', () => {
    const kustomizeOnly = emit(plan, false, ['kustomize']);
    expect(kustomizeOnly.some((f) => f.path.startsWith('webfront/compose'))).toBe(false);
    const composeOnly = emit(plan, false, ['compose']);
    expect(composeOnly.some((f) => f.path.startsWith('webfront/k8s/'))).toBe(false);
    const report = JSON.parse(textOf(composeOnly, 'report.json'));
    expect(report.apps[0].outputs).toEqual([{ format: 'compose', path: 'webfront/compose.yaml' }]);
    expect(report.apps[0].manifests).toBeUndefined();
    expect(JSON.parse(textOf(files, 'report.json')).apps[0].outputs).toEqual([
      { format: 'kustomize', path: 'webfront/k8s' },
      { format: 'compose', path: 'webfront/compose.yaml' },
    ]);
    expect(textOf(files, 'report.md')).toContain('outputs: kustomize `webfront/k8s` · compose `webfront/compose.yaml`');
  });

  const hasCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasCompose)('is a Compose file docker-compose reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-compose-config-'));
    for (const f of files) {
      if (!('text' in f) || !f.path.startsWith('webfront/')) continue;
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const r = spawnSync('docker-compose', ['-f', 'compose.yaml', '--profile', 'cron', 'config'], { cwd: join(dir, 'webfront'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const seen = parse(r.stdout) as { services: Record<string, Service> };
    expect(seen.services['redis']!.command).toEqual([...plan.apps[0]!.units.find((u) => u.name === 'redis')!.command]);
  });
});
