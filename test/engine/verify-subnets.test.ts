/**
 * `decant verify` of a unit whose config serves subnets (issue 14), on a real
 * engine: Debian's isc-dhcp-server run as the dhcp cookbook's systemd unit
 * runs it (dhcpd -f -4 -cf …, and -6 with its own config), each config
 * declaring one subnet. image.json names the subnets; verify runs the
 * container on a network of its own holding them, so dhcpd finds an interface
 * there, stays up and listens on its port; the network is removed after. The
 * same image without `subnets` (the pod's own network) stops at start, as
 * DEC0541 says it would. Image and network names are this file's own.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit } from '../../src/engine/build.js';
import { dockerClient, engineProblem } from '../../src/engine/docker-client.js';
import type { EngineUnit } from '../../src/engine/report-units.js';
import { verifyUnit } from '../../src/engine/verify.js';

const docker = dockerClient();
const APP = 'verify-subnets';
const V4 = '10.213.7.0/24';
const V6 = '2001:db8:d7::/64';
let work: string;

const DOCKERFILE = (cmd: string[]) => [
  'FROM debian:bookworm-slim',
  'RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends isc-dhcp-server && rm -rf /var/lib/apt/lists/*',
  'COPY dhcpd.conf dhcpd6.conf /etc/dhcp/',
  'RUN touch /var/lib/dhcp/dhcpd.leases /var/lib/dhcp/dhcpd6.leases',
  `CMD ${JSON.stringify(cmd)}`,
  '',
].join('\n');
const STEPS = ['FROM', 'RUN', 'COPY', 'RUN', 'CMD'].map((instruction, i) => ({ line: i + 1, instruction, origins: [] }));

const units = {
  v4: { cmd: ['dhcpd', '-f', '-4', '-cf', '/etc/dhcp/dhcpd.conf'], port: 67 },
  v6: { cmd: ['dhcpd', '-f', '-6', '-cf', '/etc/dhcp/dhcpd6.conf'], port: 547 },
};

const unit = (name: keyof typeof units, imageData: string): EngineUnit => ({
  app: APP,
  name: `dhcpd-${name}`,
  workload: 'Deployment',
  image: `decant-${APP}-${name}:1`,
  dockerfile: join(work, name, 'Dockerfile'),
  context: join(work, name),
  imageData,
  ports: [],
});

async function imageData(name: keyof typeof units, subnets: readonly string[] | undefined): Promise<string> {
  const path = join(work, `${name}-${subnets ? 'subnets' : 'pod-network'}.json`);
  const data = { version: 1, files: ['/etc/dhcp/dhcpd.conf'], steps: STEPS, ports: [{ port: units[name].port, protocol: 'UDP' }], ...(subnets ? { subnets } : {}) };
  await writeFile(path, JSON.stringify(data));
  return path;
}

beforeAll(async () => {
  const problem = await engineProblem(docker);
  expect(problem, `no Docker engine: run scripts/engine-setup.sh (${problem})`).toBeUndefined();
  work = await mkdtemp(join(tmpdir(), `decant-${APP}-`));
  for (const [name, u] of Object.entries(units) as [keyof typeof units, (typeof units)['v4']][]) {
    const dir = join(work, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'Dockerfile'), DOCKERFILE(u.cmd));
    // As the cookbook's subnet templates write them: one declaration, an address and a netmask (v4) or a prefix (v6).
    await writeFile(join(dir, 'dhcpd.conf'), 'authoritative;\nsubnet 10.213.7.0 netmask 255.255.255.0 {\n  range 10.213.7.100 10.213.7.150;\n}\n');
    await writeFile(join(dir, 'dhcpd6.conf'), 'subnet6 2001:db8:d7::/64 {\n  range6 2001:db8:d7::100 2001:db8:d7::150;\n}\n');
    const built = await buildUnit(docker, unit(name, await imageData(name, [V4, V6])));
    expect(built.diagnostics).toEqual([]);
    expect(built.ok).toBe(true);
  }
}, 900_000);

afterAll(async () => {
  for (const name of Object.keys(units)) await docker.getImage(`decant-${APP}-${name}:1`).remove({ force: true }).catch(() => undefined);
  if (work) await rm(work, { recursive: true, force: true });
});

const madeNetworks = async () => (await docker.listNetworks()).filter((n) => (n.Labels ?? {})['io.decant.unit']?.startsWith(`${APP}/`));

describe('verify of a DHCP server on the subnets its config serves', () => {
  for (const name of ['v4', 'v6'] as const) {
    it(`dhcpd ${name}: on a network holding ${V4} and ${V6} it stays up and listens on ${units[name].port}/udp; the network is gone after`, async () => {
      const r = await verifyUnit(docker, unit(name, await imageData(name, [V4, V6])), { stayUpSeconds: 4, readySeconds: 10 });
      const byName = new Map(r.checks.map((c) => [c.name, c]));
      expect(byName.get('network holding the subnets its config serves')).toMatchObject({ ok: true, detail: expect.stringContaining(`holds ${V4} and ${V6}`) });
      expect(byName.get('stays up')?.ok).toBe(true);
      expect(byName.get(`port ${units[name].port}/UDP listens`)).toMatchObject({ ok: true, detail: expect.stringMatching(/^listening on (0\.0\.0\.0|\[::\]):/) });
      expect(r.checks.filter((c) => !c.ok)).toEqual([]);
      expect(await madeNetworks()).toEqual([]);
    }, 180_000);
  }

  it("without subnets (the pod's own network) dhcpd stops at start: what DEC0541 says", async () => {
    const r = await verifyUnit(docker, unit('v4', await imageData('v4', undefined)), { stayUpSeconds: 4, readySeconds: 5 });
    const up = r.checks.find((c) => c.name === 'stays up');
    expect(up).toMatchObject({ ok: false, detail: expect.stringContaining('Not configured to listen on any interfaces') });
    expect(r.checks.some((c) => c.name.startsWith('network holding'))).toBe(false);
  }, 180_000);
});
