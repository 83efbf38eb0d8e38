import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/model/plan.js';
import { emitPlan } from '../../src/emit/emit-plan.js';
import { withConnections } from '../../src/plan/connections/app-connections.js';
import { validateManifest } from '../support/lint/kubernetes-schema.js';
import { lintKubernetes } from '../support/lint/kube-lint.js';
import { config, tcp, unit } from '../plan/connections/unit-fixture.js';

const phpFpm = { ...unit('php-fpm', { files: [{ ...config('/etc/php/8.2/fpm/pool.d/www.conf', '[www]\nlisten = /run/php/php8.2-fpm.sock\n'), tunable: true, configMapKey: 'www.conf' }] }), dataDirs: [{ path: '/var/lib/php/sessions', size: '1Gi' }] };
const nginx = unit('nginx', {
  ports: [tcp(8080)],
  files: [{ ...config('/etc/nginx/sites-available/app', 'server {\n  listen 8080;\n  location ~ \\.php$ { fastcgi_pass unix:/run/php/php8.2-fpm.sock; }\n}\n'), tunable: true, configMapKey: 'app' }],
});
const app: App = withConnections({ name: 'shop', runList: ['shop::default'], version: '1.0.0', labels: {}, platform: 'debian-12', units: [phpFpm, nginx], decisions: [], diagnostics: [] });

type Doc = { kind: string; metadata: { name: string }; spec: Record<string, any> };
const docs = (): Doc[] =>
  emitPlan({ apps: [app] }, { includeSecrets: false, redact: [] })
    .files.filter((f) => f.path.startsWith('shop/k8s/') && 'text' in f)
    .flatMap((f) => parseAllDocuments((f as { text: string }).text).map((d) => d.toJS() as Doc));

describe('a pod group in the manifests', () => {
  const all = docs();
  const workloads = all.filter((d) => ['Deployment', 'StatefulSet'].includes(d.kind));

  it('one workload runs both units, each its own container and image', () => {
    expect(workloads.map((w) => [w.kind, w.metadata.name])).toEqual([['Deployment', 'php-fpm']]);
    const pod = workloads[0]!.spec['template'].spec;
    expect(pod.containers.map((c: { name: string; image: string }) => [c.name, c.image])).toEqual([
      ['php-fpm', 'app-php-fpm:1'],
      ['nginx', 'app-nginx:1'],
    ]);
  });

  it('the socket directory is an emptyDir mounted in both; each member keeps its own config and data, renamed apart', () => {
    const pod = workloads[0]!.spec['template'].spec;
    const mounts = (name: string) => pod.containers.find((c: { name: string }) => c.name === name).volumeMounts.map((m: { name: string; mountPath: string }) => `${m.name}@${m.mountPath}`);
    expect(mounts('php-fpm')).toEqual(['config@/etc/php/8.2/fpm/pool.d/www.conf', 'sockets@/run/php', 'data@/var/lib/php/sessions']);
    expect(mounts('nginx')).toEqual(['nginx-config@/etc/nginx/sites-available/app', 'sockets@/run/php']);
    expect(pod.volumes.map((v: { name: string }) => v.name)).toEqual(['config', 'data', 'nginx-config', 'sockets']);
    expect(pod.volumes.find((v: { name: string }) => v.name === 'sockets')).toEqual({ name: 'sockets', emptyDir: {} });
    // The socket directory made 0777 first, as an emptyDir is on Kubernetes, whatever the runtime gives it.
    expect(pod.initContainers.map((c: { name: string; command: string[] }) => [c.name, c.command.join(' ')])).toEqual([
      ['socket-dirs', 'chmod 0777 /run/php'],
      ['seed-data', expect.stringContaining('/var/lib/php/sessions')],
    ]);
  });

  it("every member's Service selects the shared pod", () => {
    const svc = all.find((d) => d.kind === 'Service' && d.metadata.name === 'nginx')!;
    expect(svc.spec['selector']).toEqual(workloads[0]!.spec['selector'].matchLabels);
    expect(workloads[0]!.spec['template'].metadata.labels).toMatchObject(svc.spec['selector']);
  });

  it('validates and passes the lint rules', () => {
    for (const d of all) expect(validateManifest(d)).toEqual([]);
    expect(lintKubernetes(all)).toEqual([]);
  });
});

describe('an exporter scraping its service on localhost', () => {
  const redis = unit('redis', { ports: [tcp(6379)] });
  const exporter = unit('redis-exporter', {
    command: ['prometheus-redis-exporter', '--web.listen-address', ':9121', '--redis.addr=redis://localhost:6379'],
    ports: [{ ...tcp(9121), speaks: 'metrics' }],
  });
  const shop: App = withConnections({ name: 'shop', runList: ['shop::default'], version: '1.0.0', labels: {}, platform: 'debian-12', units: [redis, exporter], decisions: [], diagnostics: [] });

  it("joins the pod of the service it watches, annotated for Prometheus to scrape its port", () => {
    expect(shop.pods).toEqual([{ name: 'redis', units: ['redis', 'redis-exporter'], sharedDirs: [] }]);
    const files = emitPlan({ apps: [shop] }, { includeSecrets: false, redact: [] }).files;
    const deployment = files.find((f) => f.path === 'shop/k8s/redis-deployment.yaml') as { text: string };
    const doc = parseAllDocuments(deployment.text)[0]!.toJS() as Doc;
    expect(doc.spec['template'].metadata.annotations).toEqual({ 'prometheus.io/path': '/metrics', 'prometheus.io/port': '9121', 'prometheus.io/scrape': 'true' });
    expect(files.some((f) => f.path === 'shop/k8s/redis-exporter-deployment.yaml')).toBe(false);
  });
});

describe('NetworkPolicies of a unit that shares a pod', () => {
  it('select the pod it runs in (labelled as its first unit), in both directions of a connection', async () => {
    const { networkPolicies } = await import('../../src/emit/kubernetes/network-policy.js');
    const rule = { name: 'php-fpm-from-nginx', kind: 'connection' as const, toUnit: 'php-fpm', fromUnit: 'nginx', ports: [{ port: 9000, protocol: 'TCP' as const }], reason: 'test' };
    const [ingress, egress] = networkPolicies(app, rule, app.units);
    const lead = { 'app.kubernetes.io/name': 'php-fpm', 'app.kubernetes.io/part-of': 'shop' };
    expect(ingress!.spec.podSelector).toEqual({ matchLabels: lead });
    expect(egress!.spec.podSelector).toEqual({ matchLabels: lead });
  });
});

describe('a pod group in compose.yaml', () => {
  it('members join the first unit\'s network, which publishes their ports; the socket volume is made 0777 first and never copied from an image', async () => {
    const { composeFormat } = await import('../../src/emit/compose/compose-format.js');
    const { parse } = await import('yaml');
    const written = composeFormat.write(app, { includeSecrets: false, mask: (t: string) => t } as never);
    const compose = parse(written.files.find((f) => f.path.endsWith('compose.yaml'))!.text) as { services: Record<string, any>; volumes: Record<string, unknown> };
    expect(compose.services['nginx'].network_mode).toBe('service:php-fpm');
    expect(compose.services['nginx'].ports).toBeUndefined();
    expect(compose.services['php-fpm'].ports).toEqual(['127.0.0.1:${SHOP_NGINX_PORT_8080:-8080}:8080/tcp']);
    expect(compose.services['php-fpm-socket-dirs'].command).toEqual(['chmod', '0777', '/run/php']);
    expect(compose.services['nginx'].depends_on).toEqual({ 'php-fpm-socket-dirs': { condition: 'service_completed_successfully' }, 'php-fpm': { condition: 'service_started' } });
    for (const s of ['nginx', 'php-fpm', 'php-fpm-socket-dirs']) expect(compose.services[s].volumes).toContainEqual({ type: 'volume', source: 'php-fpm-sockets', target: '/run/php', volume: { nocopy: true } });
    expect(Object.keys(compose.volumes)).toContain('php-fpm-sockets');
  });
});
