/**
 * Issue 16, through the CLI: what must not be in an image layer but must be
 * there when the service starts. A config holding secret values ships with
 * references in the image and the values in the Secret, substituted by the
 * runtime-files init container (the unit's own image) into an emptyDir
 * mounted at its path; a sensitive file holding no value decant tracks stays
 * a whole-file Secret, and its review item says why. Key material a build
 * step or an openssl_* resource makes is made by the same init container,
 * and the review item says it is per pod and how to make it stable.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decant, ensureBuilt } from './cli-run.js';

let root: string;

const PASSWORD = 'pw-7d1e-start-time';
const LITERAL = 'literal-9c4b-only-here';

function repoWith(name: string, recipe: string, templates: Record<string, string> = {}): string {
  const dir = join(root, name);
  const files: Record<string, string> = {
    [`cookbooks/${name}/metadata.rb`]: `name '${name}'\nversion '1.0.0'\n`,
    [`cookbooks/${name}/recipes/default.rb`]: recipe,
    'data_bags/app/db.json': JSON.stringify({ id: 'db', user: 'cacheuser', password: PASSWORD }),
    ...Object.fromEntries(Object.entries(templates).map(([k, v]) => [`cookbooks/${name}/templates/${k}`, v])),
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const SERVICE = "package 'memcached'\nservice 'memcached' do\n  action [:enable, :start]\nend\n";

interface Pod {
  initContainers?: { name: string; command: string[]; env?: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[]; securityContext: { runAsUser?: number } }[];
  containers: { volumeMounts?: { name: string; mountPath: string; subPath?: string }[] }[];
  volumes?: { name: string; emptyDir?: object }[];
}
const pod = (out: string, app: string): Pod => (parse(readFileSync(join(out, app, 'k8s', 'memcached-deployment.yaml'), 'utf8')) as { spec: { template: { spec: Pod } } }).spec.template.spec;
const report = (out: string) =>
  JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { apps: { needsReview: { what: string; todo?: string }[]; units: { needsInput: boolean }[] }[] };

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'decant-start-time-'));
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a sensitive template holding a data bag value', () => {
  let cookbook: string;
  beforeAll(() => {
    cookbook = repoWith(
      'sasl',
      `creds = data_bag_item('app', 'db')\ntemplate '/etc/memcached.conf' do\n  source 'memcached.conf.erb'\n  mode '0640'\n  variables(password: creds['password'])\n  sensitive true\nend\n${SERVICE}`,
      { 'memcached.conf.erb': '-p 11211\n# sasl password <%= @password %>\n' },
    );
  });

  it('ships its text with a reference in the image, the value in the Secret, and an init container that writes it whole at start', () => {
    const out = join(root, 'out-sasl');
    const r = decant(['convert', cookbook, '-o', out, '--offline']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'sasl', 'images', 'memcached', 'config', 'etc', 'memcached.conf'), 'utf8')).toBe('-p 11211\n# sasl password ${DECANT_SECRET_PASSWORD}\n');
    const secret = parse(readFileSync(join(out, 'sasl', 'k8s', 'memcached-secret.yaml'), 'utf8')) as { stringData: Record<string, string> };
    expect(Object.keys(secret.stringData)).toEqual(['DECANT_SECRET_PASSWORD']);
    expect(secret.stringData['DECANT_SECRET_PASSWORD']).toMatch(/^REPLACE-ME/);
    const spec = pod(out, 'sasl');
    const init = spec.initContainers!.find((c) => c.name === 'runtime-files')!;
    expect(init.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(init.command[2]).toContain('decant_fill /etc/memcached.conf');
    expect(init.env).toContainEqual({ name: 'DECANT_SECRET_PASSWORD', valueFrom: { secretKeyRef: { name: 'memcached-secret', key: 'DECANT_SECRET_PASSWORD' } } });
    expect(init.securityContext.runAsUser).toBe(0);
    expect(spec.volumes).toContainEqual({ name: 'runtime-files', emptyDir: {} });
    expect(spec.containers[0]!.volumeMounts).toContainEqual({ name: 'runtime-files', mountPath: '/etc/memcached.conf', subPath: '01-memcached.conf', readOnly: true });
    // The author said sensitive: the reviewer is told the rest of the file ships in the image.
    expect(report(out).apps[0]!.needsReview.map((i) => i.what)).toContainEqual(expect.stringMatching(/^DEC0524: \/etc\/memcached\.conf is sensitive: the values decant tracks as secret \(DECANT_SECRET_PASSWORD\) come from the Secret/));
    const image = JSON.parse(readFileSync(join(out, 'sasl', 'images', 'memcached', 'image.json'), 'utf8')) as { runtime: { files: unknown[]; secretEnv: string[] } };
    expect(image.runtime.files).toEqual([{ path: '/etc/memcached.conf', key: '01-memcached.conf' }]);
    expect(image.runtime.secretEnv).toEqual(['DECANT_SECRET_PASSWORD']);
  });

  it('writes the value only into the Secret with --include-secrets', () => {
    const out = join(root, 'out-sasl-values');
    const r = decant(['convert', cookbook, '-o', out, '--offline', '--include-secrets']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'sasl', 'k8s', 'memcached-secret.yaml'), 'utf8')).toContain(`DECANT_SECRET_PASSWORD: ${PASSWORD}`);
    for (const f of ['images/memcached/config/etc/memcached.conf', 'images/memcached/Dockerfile', 'images/memcached/image.json', 'k8s/memcached-deployment.yaml']) {
      expect(readFileSync(join(out, 'sasl', f), 'utf8')).not.toContain(PASSWORD);
    }
  });
});

describe('a sensitive file holding no value decant tracks', () => {
  it('stays a whole-file Secret placeholder, and the review item says why', () => {
    const cookbook = repoWith('whole', `file '/etc/memcached.key' do\n  content '${LITERAL}'\n  sensitive true\nend\n${SERVICE}`);
    const out = join(root, 'out-whole');
    const r = decant(['convert', cookbook, '-o', out, '--offline']);
    expect(r.code, r.stderr).toBe(0);
    const secret = parse(readFileSync(join(out, 'whole', 'k8s', 'memcached-secret.yaml'), 'utf8')) as { stringData: Record<string, string> };
    expect(Object.keys(secret.stringData)).toEqual(['etc_memcached.key']);
    expect(pod(out, 'whole').initContainers).toBeUndefined();
    expect(report(out).apps[0]!.needsReview.map((i) => i.what)).toContainEqual(
      'Secret key etc_memcached.key (/etc/memcached.key) holds a placeholder: sensitive resource: decant tracks no secret value in it, so the whole file is the secret',
    );
    // Not even in the code frame of a diagnostic at the resource.
    expect(`${r.stdout}${r.stderr}`).not.toContain(LITERAL);
  });
});

describe('key material', () => {
  it('a build step naming its output runs in the init container at start, with a review item saying the key is per pod', () => {
    const cookbook = repoWith(
      'tls',
      `${SERVICE}execute 'self-signed cert' do\n  command 'openssl req -x509 -newkey rsa:2048 -nodes -keyout /etc/memcached/tls.key -out /etc/memcached/tls.crt -days 30 -subj /CN=cache'\n  not_if 'test -f /etc/memcached/tls.crt'\nend\n`,
    );
    const out = join(root, 'out-tls');
    const r = decant(['convert', cookbook, '-o', out, '--offline']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'tls', 'images', 'memcached', 'Dockerfile'), 'utf8')).not.toMatch(/openssl/);
    expect(r.stderr).toMatch(/default\.rb:5:1: warning DEC0523: unit memcached: execute\[self-signed cert\] makes a certificate and its key \(openssl req\) \(\/etc\/memcached\/tls\.key, \/etc\/memcached\/tls\.crt\) when the pod starts, in the runtime-files init container, never in an image layer: each pod gets its own/);
    const item = report(out).apps[0]!.needsReview.find((i) => i.what.startsWith('DEC0523'))!;
    expect(item.todo).toMatch(/create a Secret holding \/etc\/memcached\/tls\.key, \/etc\/memcached\/tls\.crt and mount it at those paths/);
    const spec = pod(out, 'tls');
    const script = spec.initContainers!.find((c) => c.name === 'runtime-files')!.command[2]!;
    // The step's guard comes along, as the RUN would have had it.
    expect(script).toContain('if ! test -f /etc/memcached/tls.crt; then openssl req -x509');
    expect(spec.containers[0]!.volumeMounts!.filter((m) => m.name === 'runtime-files').map((m) => m.mountPath).sort()).toEqual(['/etc/memcached/tls.crt', '/etc/memcached/tls.key']);
  });

  it('an openssl_rsa_private_key resource is made at start by the image, which gets openssl', () => {
    const cookbook = repoWith('rsa', `openssl_rsa_private_key '/etc/memcached/server.key' do\n  key_length 3072\n  mode '0600'\nend\n${SERVICE}`);
    const out = join(root, 'out-rsa');
    const r = decant(['convert', cookbook, '-o', out, '--offline']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'rsa', 'images', 'memcached', 'Dockerfile'), 'utf8')).toMatch(/^ {8}openssl \\$/m);
    const script = pod(out, 'rsa').initContainers!.find((c) => c.name === 'runtime-files')!.command[2]!;
    expect(script).toContain('openssl genrsa -out /etc/memcached/server.key 3072 && chmod 0600 /etc/memcached/server.key');
    expect(r.stderr).toMatch(/warning DEC0523: openssl_rsa_private_key\[\/etc\/memcached\/server\.key\] makes a private key \(openssl\)/);
  });
});
