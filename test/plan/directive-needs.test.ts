/**
 * catalog/directives/needs.yaml: an option of a daemon's config that opens a
 * port at a compiled-in number or needs a capability, read from the unit's
 * own files for the packages it installs — never from the service's name.
 */
import { describe, expect, it } from 'vitest';
import type { FileSpec } from '../../src/model/plan.js';
import { loadDirectiveNeeds } from '../../src/plan/catalog/load-directive-needs.js';
import { directiveNeeds } from '../../src/plan/directive-needs.js';

const file = (path: string, text: string): FileSpec => ({
  resource: `template[${path}]`,
  source: { file: 'recipes/default.rb', line: 1, column: 1 },
  path,
  content: { kind: 'rendered', text, complete: true },
  config: true,
  tunable: false,
});

const { needs, errors } = loadDirectiveNeeds();

describe('catalog/directives/needs.yaml', () => {
  it('loads, every entry citing where the need is documented', () => {
    expect(errors).toEqual([]);
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((n) => n.why.length > 20)).toBe(true);
  });
});

describe('directiveNeeds', () => {
  const dhcp = file('/etc/dnsmasq.d/dhcp.conf', '# dhcp-range=1.2.3.4\ndhcp-range=10.0.0.5,10.0.0.15,12h\ndomain=test.lab\nenable-tftp\ntftp-root=/var/lib/tftpboot\n');

  it('a DHCP range asks for 67/udp and NET_ADMIN; enable-tftp for 69/udp; each with the line and the reason', () => {
    const r = directiveNeeds([dhcp], ['dnsmasq'], needs);
    expect(r.ports.map((p) => `${p.port}/${p.transport} ${p.where}`)).toEqual([
      '67/UDP /etc/dnsmasq.d/dhcp.conf:2 (dhcp-range; catalog/directives/needs.yaml)',
      '69/UDP /etc/dnsmasq.d/dhcp.conf:4 (enable-tftp; catalog/directives/needs.yaml)',
    ]);
    expect(r.capabilities).toEqual(['NET_ADMIN']);
    expect(r.notes).toEqual([expect.stringMatching(/^keeps NET_ADMIN: \/etc\/dnsmasq.d\/dhcp.conf:2 \(dhcp-range; .*missing required capability NET_ADMIN/)]);
  });

  it('a commented option, or a unit that does not install the package, asks nothing', () => {
    expect(directiveNeeds([file('/etc/dnsmasq.d/x.conf', '#dhcp-range=1\n;enable-tftp\n')], ['dnsmasq'], needs)).toEqual({ ports: [], capabilities: [], notes: [], network: [] });
    expect(directiveNeeds([dhcp], ['isc-dhcp-server'], needs)).toEqual({ ports: [], capabilities: [], notes: [], network: [] });
  });

  it("dhcpd's subnet declarations ask the pod's network for an interface on them: one review item, with the line and what to do", () => {
    const conf = file('/etc/dhcp/dhcpd.d/subnets.d/lan.conf', '# LAN\nsubnet 10.9.0.0 netmask 255.255.255.0 {\n}\nsubnet6 2001:db8:9::/64 {\n}\nsubnet 10.8.0.0 netmask 255.255.0.0 { }\n');
    const r = directiveNeeds([conf], ['isc-dhcp-server'], needs);
    expect(r.ports).toEqual([]);
    expect(r.network).toEqual([
      {
        need: expect.stringMatching(/hostNetwork.*Multus/),
        where: '/etc/dhcp/dhcpd.d/subnets.d/lan.conf:2 (subnet; catalog/directives/needs.yaml)',
        why: expect.stringMatching(/Not configured to listen on any interfaces/),
        // Every declaration of either option, in the form decant's outputs give a network (CIDR).
        subnets: ['10.9.0.0/24', '10.8.0.0/16', '2001:db8:9::/64'],
      },
    ]);
    expect(directiveNeeds([conf], ['dnsmasq'], needs).network).toEqual([]);
  });

  it('an option name that only starts the line is not the option (dhcp-range-x)', () => {
    expect(directiveNeeds([file('/etc/x.conf', 'dhcp-range-x=1\n')], ['dnsmasq-base'], needs).capabilities).toEqual([]);
  });
});
