/**
 * A DHCP server's subnets through the command line (issue 14): a cookbook
 * modelled on the dhcp cookbook's pattern (the package, a dhcpd.conf with one
 * subnet, its own systemd unit running dhcpd -f -4 -cf …) converts with
 * DEC0541 and exit 1 while plan.yaml leaves `network: null`; answered with
 * hostNetwork or a Multus attachment, it converts clean and the manifests,
 * compose.yaml and image.json say so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
let cookbook: string;

function decant(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const RECIPE = `package 'isc-dhcp-server'

file '/etc/dhcp/dhcpd.conf' do
  content "authoritative;\\nsubnet 192.168.9.0 netmask 255.255.255.0 {\\n  range 192.168.9.100 192.168.9.150;\\n}\\n"
end

systemd_unit 'dhcpd-lan.service' do
  content(
    'Unit' => { 'Description' => 'DHCP server of the lab LAN' },
    'Service' => { 'ExecStart' => '/usr/sbin/dhcpd -f -4 -cf /etc/dhcp/dhcpd.conf' },
    'Install' => { 'WantedBy' => 'multi-user.target' }
  )
  action [:create, :enable, :start]
end
`;

beforeAll(() => {
  cookbook = join(mkdtempSync(join(tmpdir(), 'decant-plan-network-')), 'lab_dhcp');
  mkdirSync(join(cookbook, 'recipes'), { recursive: true });
  writeFileSync(join(cookbook, 'metadata.rb'), "name 'lab_dhcp'\nversion '0.1.0'\nsupports 'debian'\n");
  writeFileSync(join(cookbook, 'recipes', 'default.rb'), RECIPE);
});

const convert = (out: string, ...more: string[]) => decant('convert', cookbook, '--run-list', 'recipe[lab_dhcp]', '--offline', '--format', 'kustomize,compose', '-o', out, ...more);
const fresh = () => join(mkdtempSync(join(tmpdir(), 'decant-plan-network-out-')), 'out');
const k8sText = (out: string) => readdirSync(join(out, 'lab-dhcp', 'k8s')).map((f) => readFileSync(join(out, 'lab-dhcp', 'k8s', f), 'utf8')).join('\n');

/** The first plan.yaml with every unit's open network answered as given. */
function answered(out: string, network: unknown): string {
  const plan = parse(readFileSync(join(out, 'plan.yaml'), 'utf8'));
  for (const u of plan.apps[0].units) if (u.network === null) u.network = network;
  const path = join(out, '..', `plan-${Object.keys(network as object)[0]}.yaml`);
  writeFileSync(path, stringify(plan));
  return path;
}

describe('decant convert: a unit serving a subnet', () => {
  let open: string;

  it('left open: DEC0541, the unit needs input, exit 1; plan.yaml writes network: null; image.json and compose hold the subnet', () => {
    open = fresh();
    const r = convert(open);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toMatch(/error DEC0541: unit dhcpd-lan: \/etc\/dhcp\/dhcpd.conf:2 \(subnet; catalog\/directives\/needs.yaml\) declares 192.168.9.0\/24/);
    const unit = parse(readFileSync(join(open, 'plan.yaml'), 'utf8')).apps[0].units[0];
    expect(unit.network).toBeNull();
    expect(JSON.parse(readFileSync(join(open, 'lab-dhcp', 'images', 'dhcpd-lan', 'image.json'), 'utf8')).subnets).toEqual(['192.168.9.0/24']);
    const compose = parse(readFileSync(join(open, 'lab-dhcp', 'compose.yaml'), 'utf8'));
    expect(compose.networks['dhcpd-lan-subnets']).toEqual({ ipam: { config: [{ subnet: '192.168.9.0/24' }] } });
    expect(Object.keys(compose.services['dhcpd-lan'].networks)).toContain('dhcpd-lan-subnets');
  }, 200_000);

  it('answered hostNetwork: exit 0, the pod on the node network, compose on the host', () => {
    const out = fresh();
    const r = convert(out, '--plan', answered(open, { hostNetwork: true }));
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/DEC0541/);
    expect(r.code).toBe(0);
    expect(k8sText(out)).toMatch(/^\s+hostNetwork: true$/m);
    expect(k8sText(out)).toMatch(/^\s+dnsPolicy: ClusterFirstWithHostNet$/m);
    expect(parse(readFileSync(join(out, 'lab-dhcp', 'compose.yaml'), 'utf8')).services['dhcpd-lan'].network_mode).toBe('host');
  }, 200_000);

  it('answered with a Multus attachment: exit 0, the networks annotation names it', () => {
    const out = fresh();
    const r = convert(out, '--plan', answered(open, { attachment: 'infra/lab-lan' }));
    expect(r.code).toBe(0);
    expect(k8sText(out)).toContain('k8s.v1.cni.cncf.io/networks: infra/lab-lan');
    expect(k8sText(out)).not.toContain('hostNetwork');
  }, 200_000);
});
