/** ConfigMap keys are worked out in the plan, unique within a unit; emit prints them. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitPlan } from '../../src/emit/emit-plan.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { applyPlanFile } from '../../src/plan/plan-file/apply-plan-file.js';
import { toPlanFile } from '../../src/plan/plan-file/to-plan-file.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const conf = (path: string, text: string) => res('template', path, { content: { kind: 'inline', text } });

function colliding() {
  return planApp(
    converge([
      res('package', 'nginx'),
      conf('/etc/nginx/conf.d/app_a.conf', 'second\n'),
      conf('/etc/nginx/conf.d/app/a.conf', 'first\n'),
      conf('/etc/nginx/conf.d/app_a.conf-2', 'third\n'),
      conf('/etc/nginx/conf.d/plain.conf', 'plain\n'),
      res('service', 'nginx', { actions: ['start'] }),
    ]),
    { name: 'shop', version: '1.0.0', labels: {}, catalog },
  );
}

const manifests = (app: ReturnType<typeof colliding>) => {
  const files = emitPlan({ apps: [app] }, { includeSecrets: false, redact: [] }).files;
  const yaml = (name: string) => {
    const f = files.find((x) => x.path === `shop/k8s/${name}`);
    return parse(f && 'text' in f ? f.text : '');
  };
  return { configMap: yaml('nginx-configmap.yaml'), deployment: yaml('nginx-deployment.yaml') };
};

describe('ConfigMap keys', () => {
  it('keep the plain key made from the path when no other file makes it', () => {
    const app = colliding();
    expect(app.units[0]!.files.find((f) => f.path === '/etc/nginx/conf.d/plain.conf')!.configMapKey).toBe('etc_nginx_conf.d_plain.conf');
  });

  it('never let two files share one: the later path by sort order gets the first free numbered key, with DEC0506 at its resource', () => {
    const app = colliding();
    const keys = Object.fromEntries(app.units[0]!.files.map((f) => [f.path, f.configMapKey]));
    expect(keys).toEqual({
      '/etc/nginx/conf.d/app/a.conf': 'etc_nginx_conf.d_app_a.conf',
      // -2 is the plain key of app_a.conf-2: taken, so -3.
      '/etc/nginx/conf.d/app_a.conf': 'etc_nginx_conf.d_app_a.conf-3',
      '/etc/nginx/conf.d/app_a.conf-2': 'etc_nginx_conf.d_app_a.conf-2',
      '/etc/nginx/conf.d/plain.conf': 'etc_nginx_conf.d_plain.conf',
    });
    const d = app.diagnostics.filter((x) => x.code === 'DEC0506');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toBe(
      'unit nginx: /etc/nginx/conf.d/app_a.conf and /etc/nginx/conf.d/app/a.conf would both be ConfigMap key etc_nginx_conf.d_app_a.conf; /etc/nginx/conf.d/app_a.conf is shipped under etc_nginx_conf.d_app_a.conf-3',
    );
    // At the template that declared /etc/nginx/conf.d/app_a.conf (the second resource).
    expect(d[0]!.location).toEqual(app.units[0]!.files.find((f) => f.path === '/etc/nginx/conf.d/app_a.conf')!.source);
  });

  it('are what emit writes: each file its own text in the ConfigMap and its own mount', () => {
    const { configMap, deployment } = manifests(colliding());
    expect(configMap.data).toEqual({
      'etc_nginx_conf.d_app_a.conf': 'first\n',
      'etc_nginx_conf.d_app_a.conf-2': 'third\n',
      'etc_nginx_conf.d_app_a.conf-3': 'second\n',
      'etc_nginx_conf.d_plain.conf': 'plain\n',
    });
    const mounts = deployment.spec.template.spec.containers[0].volumeMounts.filter((m: { name: string }) => m.name === 'config');
    expect(mounts.map((m: { mountPath: string; subPath: string }) => [m.mountPath, m.subPath])).toEqual([
      ['/etc/nginx/conf.d/app/a.conf', 'etc_nginx_conf.d_app_a.conf'],
      ['/etc/nginx/conf.d/app_a.conf', 'etc_nginx_conf.d_app_a.conf-3'],
      ['/etc/nginx/conf.d/app_a.conf-2', 'etc_nginx_conf.d_app_a.conf-2'],
      ['/etc/nginx/conf.d/plain.conf', 'etc_nginx_conf.d_plain.conf'],
    ]);
  });

  it('are worked out again for the units a plan file shapes, its tunable list deciding', () => {
    const app = colliding();
    const file = toPlanFile({ apps: [app] }).apps[0]!;
    const edited = { ...file, units: file.units.map((u) => ({ ...u, tunable: ['/etc/nginx/conf.d/app_a.conf', '/etc/nginx/conf.d/plain.conf'] })) };
    const r = applyPlanFile(app, edited);
    const keys = Object.fromEntries(r.app.units[0]!.files.map((f) => [f.path, f.configMapKey]));
    expect(keys).toEqual({
      '/etc/nginx/conf.d/app/a.conf': undefined,
      '/etc/nginx/conf.d/app_a.conf': 'etc_nginx_conf.d_app_a.conf',
      '/etc/nginx/conf.d/app_a.conf-2': undefined,
      '/etc/nginx/conf.d/plain.conf': 'etc_nginx_conf.d_plain.conf',
    });
    // No collision left: the planner's DEC0506 goes, and none is added.
    expect([...r.app.diagnostics, ...r.diagnostics].filter((d) => d.code === 'DEC0506')).toEqual([]);
    expect(manifests(r.app).configMap.data).toEqual({ 'etc_nginx_conf.d_app_a.conf': 'second\n', 'etc_nginx_conf.d_plain.conf': 'plain\n' });
  });
});
