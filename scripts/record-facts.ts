/**
 * Re-records the package facts unit tests read (test/facts/recorded/), from
 * the real archive through the engine: `npm run facts:record`. Each recording
 * is one request set resolved by the probe with a fresh cache, so it is what
 * the archive says today, not what an old cache remembers.
 *
 * Usage: npm run facts:record [-- NAME …]   (NAME: a set below; default all)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackageRequest } from '../src/model/package-facts.js';
import { recordingOf } from '../src/facts/recorded-facts.js';
import { dockerClient, engineProblem } from '../src/engine/docker-client.js';
import { resolvePackageFacts } from '../src/engine/package-facts/resolve-facts.js';

const ROOT = fileURLToPath(new URL('../test/facts/recorded/', import.meta.url));

/** The sets the tests need: daemons with units, accounts and /etc/default files; and refusals. */
const SETS: Record<string, { platform: string; requests: PackageRequest[] }> = {
  services: {
    platform: 'debian-12',
    requests: ['apache2', 'bind9', 'nginx', 'memcached', 'redis-server', 'openssh-server'].map((name) => ({ name })),
  },
  // What the fixtures marked `"packageFacts": "recorded"` install: their goldens convert with these, as their e2e tests do with the engine.
  fixtures: {
    platform: 'debian-12',
    requests: ['beanstalkd', 'busybox', 'nagios-nrpe-server'].map((name) => ({ name })),
  },
  refusals: {
    platform: 'debian-12',
    requests: [{ name: 'apache' }, { name: 'nginxx' }, { name: 'memcached', version: '9.9' }, { name: 'tini' }],
  },
};

const docker = dockerClient();
const problem = await engineProblem(docker);
if (problem) {
  console.error(`no Docker engine (${problem}): run scripts/engine-setup.sh`);
  process.exit(2);
}
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(SETS);
for (const name of names) {
  const set = SETS[name];
  if (!set) throw new Error(`no recorded set ${name}; sets: ${Object.keys(SETS).join(', ')}`);
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'decant-record-'));
  try {
    const out = await resolvePackageFacts(docker, set.platform, set.requests, { cacheDir });
    if (!out.ok) throw new Error(`${name}: ${out.reason}`);
    const file = path.join(ROOT, set.platform, `${name}.json`);
    await writeFile(file, `${JSON.stringify(recordingOf(out.resolution, out.facts), null, 1)}\n`);
    console.log(`${file}: ${out.resolution.packages.length} packages, ${out.facts.length} facts`);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}
