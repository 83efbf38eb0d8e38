/**
 * scripts/engine-setup.sh on a machine where it already ran (CI runs it before
 * the tests): quick and installs nothing; the base image it made is slim the
 * way Debian's -slim images are.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dockerClient } from '../../src/engine/docker-client.js';
import { runCapture } from '../../src/engine/run-capture.js';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'engine-setup.sh');

describe('engine-setup.sh', () => {
  it('is idempotent and quick when the engine and base image are there', async () => {
    const started = Date.now();
    const r = await run('bash', [SCRIPT]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.stderr).toBe('engine-setup: ready\n');
    expect(await readFile('/etc/containers/containers.conf', 'utf8')).toMatch(/^default_ulimits = \["nofile=1024:1024","nproc=4096:4096"\]$/m);
  }, 30_000);

  it('refuses a base it cannot make', async () => {
    await expect(run('bash', [SCRIPT, '--base', 'potato'])).rejects.toMatchObject({ stderr: expect.stringContaining('unsupported base suite: potato') });
  }, 30_000);

  it('made debian:bookworm-slim slim: no docs but copyrights, no apt lists, excludes for later installs', async () => {
    const docker = dockerClient();
    const r = await runCapture(docker, 'debian:bookworm-slim', [
      'bash',
      '-c',
      'find /usr/share/doc -type f ! -name copyright | wc -l; ls /var/lib/apt/lists | grep -v partial | wc -l; ls /usr/share/man | wc -l; cat /etc/dpkg/dpkg.cfg.d/docker | grep -c path-exclude; . /etc/os-release; echo $VERSION_CODENAME',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')).toEqual(['0', '0', '0', '7', 'bookworm', '']);
    const size = (await docker.getImage('debian:bookworm-slim').inspect()).Size;
    // Debian's own bookworm-slim is about 75 MB.
    expect(size).toBeLessThan(80_000_000);
  }, 60_000);
});
