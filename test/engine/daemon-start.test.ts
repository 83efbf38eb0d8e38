/**
 * Two daemons that stopped in the corpus's containers, built and run on a real
 * engine from a cookbook shaped like theirs, with Debian 12's real packages:
 *
 * - vsftpd as the container's PID 1 died with SIGSEGV once clients closed
 *   right after the greeting (its listener reaps an orphan it did not fork):
 *   the unit runs it under tini (catalog/init/needs-init.yaml) and it stays up;
 * - mosquitto with `user mosquitto` and `pid_file /var/run/mosquitto.pid`
 *   stopped at start ("Unable to write pid file.": it writes the pid after
 *   dropping to its user): the image makes that file the user's
 *   (catalog/directives/drops-privileges.yaml), and the broker starts as root,
 *   drops, and stays up.
 *
 * The containers are run here, not through verify, so the clients that close
 * early are the test's own, from inside the container (no network target).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repo as ROOT } from '../hardening/cli-run.js';

const run = promisify(execFile);

async function decant(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [join(ROOT, 'bin', 'decant.js'), ...args], { cwd: ROOT, maxBuffer: 32 << 20, timeout: 900_000 })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

// Unique to this file: engine tests of several helpers run at once on one engine.
const NAME = 'daemonstart';
const containers: string[] = [];
const images: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'decant-daemon-start-'));
afterAll(() => {
  for (const c of containers) spawnSync('docker', ['rm', '-f', c], { encoding: 'utf8' });
  for (const i of images) spawnSync('docker', ['rmi', '-f', i], { encoding: 'utf8' });
  rmSync(work, { recursive: true, force: true });
});

const FILES: Record<string, string> = {
  [`${NAME}/metadata.rb`]: `name '${NAME}'\nversion '1.0.0'\n`,
  [`${NAME}/recipes/ftp.rb`]: "package 'vsftpd'\ntemplate '/etc/vsftpd.conf' do\n  source 'vsftpd.conf.erb'\n  notifies :restart, 'service[vsftpd]'\nend\nservice 'vsftpd' do\n  action [:enable, :start]\nend\n",
  [`${NAME}/templates/default/vsftpd.conf.erb`]: 'listen=YES\nlisten_ipv6=NO\nanonymous_enable=NO\nlocal_enable=YES\nftpd_banner=FTP ready\nsecure_chroot_dir=/var/run/vsftpd/empty\npam_service_name=vsftpd\n',
  [`${NAME}/recipes/mqtt.rb`]: "package 'mosquitto'\ntemplate '/etc/mosquitto/mosquitto.conf' do\n  source 'mosquitto.conf.erb'\n  notifies :reload, 'service[mosquitto]'\nend\nservice 'mosquitto' do\n  action :nothing\nend\n",
  [`${NAME}/templates/default/mosquitto.conf.erb`]: 'user mosquitto\npid_file /var/run/mosquitto.pid\nlistener 1883\nallow_anonymous true\nlog_dest stderr\n',
};

function docker(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('docker', args, { encoding: 'utf8', timeout: 120_000 });
}

/** Converts and builds one recipe; the image's name. */
async function built(recipe: string): Promise<{ image: string; out: string }> {
  const out = join(work, recipe);
  const converted = await decant(['convert', join(work, 'repo', NAME), '--run-list', `recipe[${NAME}::${recipe}]`, '-o', out]);
  expect(converted.code, converted.stderr).toBe(0);
  const build = await decant(['build', out, '--json']);
  expect(build.code, build.stderr).toBe(0);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { apps: { units: { image: string }[] }[] };
  const image = report.apps[0]!.units[0]!.image;
  images.push(image);
  return { image, out };
}

function started(image: string, name: string): string {
  const container = `${NAME}-${name}-${process.pid}`;
  containers.push(container);
  docker('rm', '-f', container);
  const r = docker('run', '-d', '--name', container, image);
  expect(r.status, r.stderr).toBe(0);
  return container;
}

const status = (container: string) => docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', container).stdout.trim();

describe('daemons that must not be PID 1 or that drop privileges, on a real engine', () => {
  // No skip when the engine is missing: the test command sets it up, so a missing engine is a failure.
  beforeAll(() => {
    expect(docker('info').status, 'a Docker engine answers').toBe(0);
    ensureBuilt();
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(work, 'repo', rel)), { recursive: true });
      writeFileSync(join(work, 'repo', rel), text);
    }
  });

  it('vsftpd runs under tini and stays up after clients close right after the greeting', async () => {
    const { image, out } = await built('ftp');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/runs under tini/);
    const container = started(image, 'ftp');
    await new Promise((r) => setTimeout(r, 2000));
    // Twenty clients that read the greeting and hang up: as PID 1, vsftpd died within a few.
    for (let i = 0; i < 20; i++) docker('exec', container, 'bash', '-c', 'exec 3<>/dev/tcp/127.0.0.1/21; timeout 1 head -c 12 <&3 >/dev/null; exec 3>&-');
    await new Promise((r) => setTimeout(r, 1000));
    expect(status(container)).toBe('running 0');
    const greeting = docker('exec', container, 'bash', '-c', 'exec 3<>/dev/tcp/127.0.0.1/21; timeout 2 head -n 1 <&3');
    expect(greeting.stdout).toMatch(/^220 FTP ready/);
    expect(docker('exec', container, 'cat', '/proc/1/comm').stdout.trim()).toBe('tini');
  }, 900_000);

  it('mosquitto starts as root, drops to its user and writes the pid file its config names', async () => {
    const { image } = await built('mqtt');
    expect(docker('image', 'inspect', '-f', '{{.Config.User}}', image).stdout.trim()).toBe('');
    const container = started(image, 'mqtt');
    await new Promise((r) => setTimeout(r, 3000));
    expect(status(container), docker('logs', container).stderr).toBe('running 0');
    expect(docker('logs', container).stderr).not.toMatch(/Unable to write pid file/);
    const pid = docker('exec', container, 'sh', '-c', 'stat -c %U /var/run/mosquitto.pid; cat /var/run/mosquitto.pid; echo; stat -c %U /proc/1');
    expect(pid.stdout.split('\n').filter(Boolean)).toEqual(['mosquitto', '1', 'mosquitto']);
  }, 900_000);
});
