/**
 * Manifests played for real with `podman kube play` (no mocks; fails when the
 * engine or podman is missing): the image built in Docker is loaded into
 * podman, the service answers inside the pod, the ConfigMap is mounted over
 * the file and the Secret reaches the container's environment.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient } from '../../src/engine/docker-client.js';
import { buildUnit } from '../../src/engine/build.js';
import { podExec, playManifests, readManifests, runCommand, type PlayedManifests } from '../../src/engine/podman-play.js';
import { podmanPlan } from '../../src/engine/podman-manifests.js';

const docker = dockerClient();
const HERE = import.meta.dirname;
const IMAGE = 'decant-engine-test-http-service:1';
let played: PlayedManifests | undefined;

beforeAll(async () => {
  const ctx = join(HERE, 'contexts', 'http-service');
  const built = await buildUnit(docker, { app: 'engine-test', name: 'http-service', workload: 'Deployment', image: IMAGE, dockerfile: join(ctx, 'Dockerfile'), context: ctx, ports: [8080] });
  expect(built.diagnostics).toEqual([]);
  expect((await runCommand('podman', ['version', '--format', '{{.Client.Version}}'])).code, 'podman missing: run scripts/engine-setup.sh').toBe(0);
}, 300_000);

afterAll(async () => {
  await played?.down();
}, 120_000);

describe('podman kube play', () => {
  it('plays a Deployment with a ConfigMap and a Secret, and the service answers inside the pod', async () => {
    const objects = await readManifests(join(HERE, 'manifests', 'web'));
    played = await playManifests(docker, objects, [IMAGE]);
    expect(played.diagnostics).toEqual([]);
    expect(played.plan.skipped).toEqual(['Service/web-httpd: podman kube play does not implement it']);
    expect(played.pods).toHaveLength(1);
    const pod = played.pods[0]!;
    let page = { code: -1, stdout: '', stderr: '' };
    for (let i = 0; i < 20 && page.code !== 0; i++) {
      page = await podExec(pod, 'httpd', ['busybox', 'wget', '-qO-', 'http://127.0.0.1:8080/index.html']);
      if (page.code !== 0) await new Promise((r) => setTimeout(r, 500));
    }
    expect(page.stderr).toBe('');
    expect(page.stdout).toBe('<html><body>served from the ConfigMap</body></html>\n');
    const env = await podExec(pod, 'httpd', ['printenv', 'API_TOKEN']);
    expect(env.stdout.trim()).toBe('placeholder-token');
  }, 300_000);

  it('takes everything down again', async () => {
    const pods = played!.pods;
    await played!.down();
    const left = await runCommand('podman', ['pod', 'ps', '--format', '{{.Name}}']);
    for (const p of pods) expect(left.stdout.split('\n')).not.toContain(p);
    const secrets = await runCommand('podman', ['secret', 'ls', '--format', '{{.Name}}']);
    expect(secrets.stdout.split('\n')).not.toContain('web-httpd-secret');
  }, 120_000);
});

describe('podman workarounds', () => {
  it('wraps StatefulSet and CronJob pod templates as Pods, with the claims Kubernetes would make', () => {
    const template = { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'i:1' }] } };
    const plan = podmanPlan([
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'redis' }, spec: { template, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } }] } },
      { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly' }, spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template } } } },
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { k: Buffer.from('v').toString('base64') }, stringData: { p: 'q' } },
      { apiVersion: 'v1', kind: 'Widget', metadata: { name: 'w' } },
    ]);
    expect(plan.objects.map((o) => `${o['kind']}/${(o['metadata'] as { name: string }).name}`)).toEqual(['PersistentVolumeClaim/data-redis-0', 'Pod/redis-0', 'Pod/nightly']);
    expect((plan.objects[1]!['spec'] as { volumes: unknown[] }).volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }]);
    expect(plan.secrets).toEqual([{ name: 's', data: { k: 'v', p: 'q' } }]);
    expect(plan.skipped).toEqual(['Widget/w: not a kind decant plays']);
  });

  it('keeps init containers ("always"), since podman 4.3 fails removing a "once" one that still runs', () => {
    const spec = { initContainers: [{ name: 'seed', image: 'i:1' }], containers: [{ name: 'c', image: 'i:1' }] };
    const plan = podmanPlan([{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { metadata: { labels: { a: 'b' } }, spec } } }]);
    const d = plan.objects[0]! as { metadata: { annotations: Record<string, string> }; spec: { template: { metadata: { labels: unknown; annotations: Record<string, string> } } } };
    expect(d.metadata.annotations['io.podman.annotations.init.container.type']).toBe('always');
    expect(d.spec.template.metadata).toEqual({ labels: { a: 'b' }, annotations: { 'io.podman.annotations.init.container.type': 'always' } });
  });

  it('mounts a ConfigMap key with subPath as a hostPath file, since podman 4.3 mounts a folder', () => {
    const plan = podmanPlan(
      [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { 'nginx.conf': 'events {}\n' } },
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'p' },
          spec: {
            containers: [{ name: 'c', image: 'i:1', volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx/nginx.conf', subPath: 'nginx.conf' }, { name: 'conf', mountPath: '/etc/x' }] }],
            volumes: [{ name: 'conf', configMap: { name: 'cm' } }],
          },
        },
      ],
      '/play',
    );
    expect(plan.files).toEqual([{ path: '/play/configmap-0', text: 'events {}\n' }]);
    const spec = plan.objects[1]!['spec'] as { containers: { volumeMounts: unknown[] }[]; volumes: unknown[] };
    expect(spec.containers[0]!.volumeMounts).toEqual([{ name: 'conf-0', mountPath: '/etc/nginx/nginx.conf' }, { name: 'conf', mountPath: '/etc/x' }]);
    expect(spec.volumes).toEqual([{ name: 'conf', configMap: { name: 'cm' } }, { name: 'conf-0', hostPath: { path: '/play/configmap-0', type: 'File' } }]);
  });
});
