/**
 * compose.yaml's start-time work (src/emit/compose/compose-runtime*.ts): a
 * unit with a generated key or a config holding secret values gets a
 * one-shot `<unit>-runtime-files` service from its own image that its
 * service waits for, handing each folder over through a named volume; the
 * script itself is run here by this machine's /bin/sh, secret files and all,
 * and docker-compose (Debian's 1.29) reads the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { App, FileSpec, RuntimeStep, SecretSpec, Unit } from '../../src/model/plan.js';
import { composeFormat } from '../../src/emit/compose/compose-format.js';
import { composeRuntime } from '../../src/emit/compose/compose-runtime.js';
import { runtimeInitContainer } from '../../src/emit/kubernetes/runtime-init.js';
import type { Container } from '../../src/emit/kubernetes/types.js';
import { runtimeWork } from '../../src/emit/runtime-files.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from '../plan/make-converge.js';

const { catalog } = loadCatalog();
const dir = mkdtempSync(join(tmpdir(), 'decant-compose-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const origin = { resource: 'execute[key]', source: { file: 'recipes/default.rb', line: 3, column: 1 } };
const step = (command: string, writes: string[]): RuntimeStep => ({ ...origin, command, writes, what: 'a private key (openssl)' });
const filled = (path: string, substituted: string[]): FileSpec => ({ ...origin, resource: 'template[x]', path, content: { kind: 'inline', text: '' }, config: true, tunable: false, substituted });
const secret = (key: string, value: string): SecretSpec => ({ ...origin, key, env: key, value, reason: 'secret value, substituted when the pod starts' });

/** A planned app with one service unit, changed to carry the given start-time work. */
function appWith(change: (u: Unit) => Unit): App {
  const c = converge([
    res('package', 'memcached', { recipe: 'cache::default', actions: ['install'] }),
    res('service', 'memcached', { recipe: 'cache::default', actions: ['enable', 'start'] }),
  ]);
  const app = planApp(c, { name: 'cache', version: '1.0.0', labels: {}, catalog });
  return { ...app, units: app.units.map(change) };
}

const withWork = (u: Unit): Unit => ({
  ...u,
  files: [...u.files, filled('/etc/memcached.conf', ['DECANT_SECRET_PASSWORD'])],
  secrets: [...u.secrets, secret('DECANT_SECRET_PASSWORD', 'pw-$1 "q"\n')],
  runtimeSteps: [step('openssl genrsa -out /etc/memcached/tls.key 2048', ['/etc/memcached/tls.key'])],
});

const write = (app: App, includeSecrets = false) => composeFormat.write(app, { includeSecrets, mask: (t) => t.replace(/pw-[^"]*/g, 'MASKED') });
type Service = Record<string, unknown> & { entrypoint?: string[]; volumes?: { type: string; source: string; target: string }[]; depends_on?: Record<string, { condition: string }>; secrets?: { source: string; target: string }[] };
const composeOf = (files: { path: string; text?: string }[]) => parse(files.find((f) => f.path === 'cache/compose.yaml')!.text!, { version: '1.1' }) as { services: Record<string, Service>; volumes?: Record<string, object>; secrets?: Record<string, { file: string }> };

describe('start-time work in compose.yaml', () => {
  const app = appWith(withWork);
  const unit = app.units[0]!;
  const { files, diagnostics } = write(app);
  const compose = composeOf(files as { path: string; text?: string }[]);
  const name = unit.name;

  it('runs a one-shot service from the unit\'s own image as root, with the init container\'s capabilities', () => {
    expect(diagnostics).toEqual([]);
    const once = compose.services[`${name}-runtime-files`]!;
    expect(once.build).toEqual(compose.services[name]!.build);
    expect(once.image).toBe(compose.services[name]!.image);
    expect(once.user).toBe('0:0');
    expect(once.restart).toBe('no');
    expect(once.command).toBeUndefined();
    const init = runtimeInitContainer(unit, { name, image: unit.image } as Container)!;
    expect(once.cap_add).toEqual(init.securityContext!.capabilities!.add);
    expect(once.cap_drop).toEqual(['ALL']);
    // The same script as the init container's, every `$` written `$$` for Compose.
    const body = runtimeWork(unit)!.script.replace(/^set -e\n/, '').trimEnd().replace(/\$/g, '$$$$');
    expect(once.entrypoint!.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(once.entrypoint![2]).toContain(body);
  });

  it('makes the service wait for it to finish without error, and mount the folder it fills', () => {
    const service = compose.services[name]!;
    expect(service.depends_on).toEqual({ [`${name}-runtime-files`]: { condition: 'service_completed_successfully' } });
    // /etc/memcached.conf and /etc/memcached/tls.key: one folder, the outermost.
    expect(service.volumes).toContainEqual({ type: 'volume', source: `${name}-runtime-etc`, target: '/etc' });
    expect(compose.services[`${name}-runtime-files`]!.volumes).toEqual([{ type: 'volume', source: `${name}-runtime-etc`, target: `/decant-runtime/${name}-runtime-etc` }]);
    expect(compose.volumes).toHaveProperty(`${name}-runtime-etc`);
    expect(service.secrets).toBeUndefined();
  });

  it('reads each value from a secret file in OUT: a placeholder unless --include-secrets, the value exactly with it', () => {
    expect(compose.services[`${name}-runtime-files`]!.secrets).toEqual([{ source: `${name}-DECANT_SECRET_PASSWORD`, target: '/run/secrets/DECANT_SECRET_PASSWORD' }]);
    expect(compose.secrets).toEqual({ [`${name}-DECANT_SECRET_PASSWORD`]: { file: `./compose/${name}/secrets/DECANT_SECRET_PASSWORD` } });
    const path = `cache/compose/${name}/secrets/DECANT_SECRET_PASSWORD`;
    const placeholder = files.find((f) => f.path === path) as { text: string; holdsSecrets?: boolean };
    expect(placeholder.text).toMatch(/^REPLACE-ME/);
    expect(placeholder.holdsSecrets).toBe(true);
    const real = write(app, true).files;
    expect((real.find((f) => f.path === path) as { text: string }).text).toBe('pw-$1 "q"\n');
    expect((real.find((f) => f.path === 'cache/compose.yaml') as { text: string }).text).not.toContain('pw-$1');
  });

  it('runs under sh: values from the secret files byte for byte, the key made, each folder copied whole into its emptied volume', () => {
    const root = join(dir, 'run');
    const etc = join(root, 'etc');
    mkdirSync(join(etc, 'keys'), { recursive: true });
    writeFileSync(join(etc, 'app.conf'), 'pass=${DECANT_SECRET_PASS}\n', { mode: 0o640 });
    writeFileSync(join(etc, 'image-file'), 'from the image\n');
    const local = appWith((u) => ({
      ...u,
      files: [filled(join(etc, 'app.conf'), ['DECANT_SECRET_PASS'])],
      secrets: [secret('DECANT_SECRET_PASS', '')],
      runtimeSteps: [step(`printf key > ${join(etc, 'keys', 'tls.key')}`, [join(etc, 'keys', 'tls.key')])],
    }));
    const rt = composeRuntime(local.units[0]!)!;
    expect(rt.folders.map((f) => f.path)).toEqual([etc]);
    // The container's paths moved under this test's folder.
    const secrets = join(root, 'secrets');
    const stage = join(root, 'stage');
    mkdirSync(secrets);
    mkdirSync(join(stage, rt.folders[0]!.volume), { recursive: true });
    writeFileSync(join(stage, rt.folders[0]!.volume, 'stale-from-an-older-image'), 'x');
    const value = 'p&a\\ss/$1 "q" \'s\'\n\n';
    writeFileSync(join(secrets, 'DECANT_SECRET_PASS'), value);
    const script = rt.script.split('/run/secrets/').join(`${secrets}/`).split('/decant-runtime/').join(`${stage}/`);
    const r = spawnSync('/bin/sh', ['-c', script], { env: { PATH: process.env['PATH'] }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const copied = join(stage, rt.folders[0]!.volume);
    expect(readFileSync(join(copied, 'app.conf'), 'utf8')).toBe(`pass=${value}\n`);
    expect(statSync(join(copied, 'app.conf')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(copied, 'keys', 'tls.key'), 'utf8')).toBe('key');
    expect(readFileSync(join(copied, 'image-file'), 'utf8')).toBe('from the image\n');
    expect(() => statSync(join(copied, 'stale-from-an-older-image'))).toThrow();

    // A secret file missing stops the script, as a missing Secret key stops the init container.
    rmSync(join(secrets, 'DECANT_SECRET_PASS'));
    expect(spawnSync('/bin/sh', ['-c', script], { env: { PATH: process.env['PATH'] }, encoding: 'utf8' }).status).not.toBe(0);
  });

  it('writes a file inside a data directory straight into the data volume, never copying a folder over data', () => {
    const data = appWith((u) => ({ ...withWork(u), dataDirs: [{ path: '/var/lib/memcached', size: '1Gi' }], runtimeSteps: [step('openssl genrsa -out /var/lib/memcached/tls/k.pem', ['/var/lib/memcached/tls/k.pem'])] }));
    const rt = composeRuntime(data.units[0]!)!;
    expect(rt.data.map((d) => d.path)).toEqual(['/var/lib/memcached']);
    expect(rt.folders.map((f) => f.path)).toEqual(['/etc']);
    expect(rt.script).not.toContain('decant_sync /var/lib');
    const once = composeOf(write(data).files as { path: string; text?: string }[]).services[`${name}-runtime-files`]!;
    expect(once.volumes).toContainEqual({ type: 'volume', source: `${name}-data`, target: '/var/lib/memcached' });
  });

  it('says so when a file cannot be handed over (directly in /), and writes the rest', () => {
    const rooted = appWith((u) => ({ ...u, runtimeSteps: [step('openssl rand -out /seed 32', ['/seed']), step('openssl genrsa -out /etc/k.pem', ['/etc/k.pem'])] }));
    const { diagnostics: d, files: f } = write(rooted);
    expect(d.map((x) => [x.code, x.severity])).toEqual([['DEC0602', 'error']]);
    expect(d[0]!.message).toContain('/seed');
    expect(composeOf(f as { path: string; text?: string }[]).services[name]!.volumes).toContainEqual({ type: 'volume', source: `${name}-runtime-etc`, target: '/etc' });
  });

  it('puts the one-shot of a scheduled unit in its profile, so `run` starts it too', () => {
    const cron = appWith((u) => ({ ...withWork(u), workload: 'CronJob', schedule: '0 * * * *' }));
    const services = composeOf(write(cron).files as { path: string; text?: string }[]).services;
    expect(services[`${name}-runtime-files`]!.profiles).toEqual(['cron']);
    expect(services[name]!.profiles).toEqual(['cron']);
  });

  it('has nothing of it for a unit without start-time work', () => {
    const plain = composeOf(write(appWith((u) => u)).files as { path: string; text?: string }[]);
    expect(Object.keys(plain.services)).toEqual([name]);
    expect(plain.services[name]!.depends_on).toBeUndefined();
  });

  const hasCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasCompose)('is a Compose file docker-compose reads, the wait and the script kept', () => {
    const out = join(dir, 'config');
    for (const f of files as { path: string; text?: string }[]) {
      if (f.text === undefined) continue;
      mkdirSync(dirname(join(out, f.path)), { recursive: true });
      writeFileSync(join(out, f.path), f.text);
    }
    // The build context the Dockerfile format would write: config only checks that it is there.
    mkdirSync(join(out, 'cache', 'images', name), { recursive: true });
    const r = spawnSync('docker-compose', ['-f', 'compose.yaml', 'config'], { cwd: join(out, 'cache'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const seen = parse(r.stdout) as { services: Record<string, Service> };
    expect(seen.services[name]!.depends_on).toEqual({ [`${name}-runtime-files`]: { condition: 'service_completed_successfully' } });
    // config prints `$$` as written (its output is a Compose file too); the container's sh gets each as `$`, so the script itself.
    expect(seen.services[`${name}-runtime-files`]!.entrypoint![2]!.replace(/\$\$/g, '$')).toBe(composeRuntime(unit)!.script);
  });
});

