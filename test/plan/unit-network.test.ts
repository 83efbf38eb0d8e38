/**
 * A unit whose config serves subnets (UnitNetwork): the subnets are read from
 * the declaring lines, an open need is an error and a needsInput reason
 * (non-zero exit), plan.yaml's `network:` answers it, and the answer reaches
 * the manifests and compose.yaml.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { applyPlanFile } from '../../src/plan/plan-file/apply-plan-file.js';
import { readPlanFile } from '../../src/plan/plan-file/read-plan-file.js';
import { toPlanFile } from '../../src/plan/plan-file/to-plan-file.js';
import { planApp } from '../../src/plan/plan-app.js';
import { markNeedsInput } from '../../src/plan/needs-input.js';
import { declaredSubnet, netmaskPrefix } from '../../src/plan/network/declared-subnet.js';
import { toYaml } from '../../src/emit/kubernetes/to-yaml.js';
import { lintExceptions, podTemplate } from '../../src/emit/kubernetes/pod-template.js';
import { subnetNetwork, serviceNetworks } from '../../src/emit/compose/compose-networks.js';
import { exitCodeForApps } from '../../src/pipeline/exit-code.js';
import type { App, UnitNetwork } from '../../src/model/plan.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();

const need: UnitNetwork = {
  subnets: ['192.168.9.0/24', '2001:db8:1::/64'],
  where: '/etc/dhcp/dhcpd.d/subnets.d/lan.conf:7 (subnet; catalog/directives/needs.yaml)',
  why: "dhcpd(8): … 'Not configured to listen on any interfaces!'",
  need: 'run the unit where its interface is on a subnet the config declares',
};

/** memcached with a network need: any unit will do, the need is by construct. */
function appWithNeed(): App {
  const app = planApp(converge([res('package', 'memcached'), res('service', 'memcached', { actions: ['start'] })]), { name: 'lan', version: '1.0.0', labels: {}, catalog });
  return { ...app, units: app.units.map((u) => ({ ...u, network: need })) };
}

const answered = (network: unknown) => {
  const app = appWithNeed();
  const file = toPlanFile({ apps: [app] });
  const edited = { ...file.apps[0]!, units: file.apps[0]!.units.map((u) => ({ ...u, network })) };
  const read = readPlanFile(toYaml({ ...file, apps: [edited] }), 'plan.yaml');
  expect(read.diagnostics).toEqual([]);
  return markNeedsInput(applyPlanFile(app, read.plan!.apps[0]!).app);
};

describe('subnets a config line declares', () => {
  it('reads an address with a netmask, or a prefix, after the option', () => {
    expect(declaredSubnet('subnet 192.168.9.0 netmask 255.255.255.0 {', 'subnet')).toBe('192.168.9.0/24');
    expect(declaredSubnet('  subnet6 2001:DB8:1::/64 {', 'subnet6')).toBe('2001:db8:1::/64');
    expect(declaredSubnet('subnet 10.0.0.0/8;', 'subnet')).toBe('10.0.0.0/8');
  });

  it('reads nothing from words that are neither form', () => {
    expect(declaredSubnet('subnet 192.168.9.0 netmask 255.0.255.0 {', 'subnet')).toBeUndefined();
    expect(declaredSubnet('subnet eth0 {', 'subnet')).toBeUndefined();
    expect(declaredSubnet('subnet 300.1.1.0/24', 'subnet')).toBeUndefined();
    expect(netmaskPrefix('255.255.255.255')).toBe(32);
    expect(netmaskPrefix('0.0.0.0')).toBe(0);
  });
});

describe('a unit whose config serves subnets', () => {
  it('left open: DEC0541 is an error and the unit needs input, so convert exits 1; plan.yaml writes network: null', () => {
    const app = markNeedsInput(appWithNeed());
    const d = app.diagnostics.find((x) => x.code === 'DEC0541');
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('declares 192.168.9.0/24, 2001:db8:1::/64');
    expect(d?.hint).toContain('network: { hostNetwork: true }');
    expect(app.units[0]!.needsInput).toEqual([expect.stringContaining('needs its interface on subnet 192.168.9.0/24, 2001:db8:1::/64')]);
    expect(exitCodeForApps([app])).toBe(1);
    expect(parse(toYaml(toPlanFile({ apps: [app] }))).apps[0].units[0].network).toBeNull();
  });

  it('answered with hostNetwork: no review item, the pod on the node network with the cluster DNS policy, and compose on the host', () => {
    const app = answered({ hostNetwork: true });
    expect(app.diagnostics.filter((x) => x.code === 'DEC0541')).toEqual([]);
    const u = app.units[0]!;
    expect(u.needsInput).toBeUndefined();
    expect(u.notes).toContain("runs on its node's network, as plan.yaml says: the node must be on the subnets its config serves");
    const spec = podTemplate(app, u).spec;
    expect([spec.hostNetwork, spec.dnsPolicy]).toEqual([true, 'ClusterFirstWithHostNet']);
    expect(subnetNetwork(app, u)).toBeUndefined();
    expect(serviceNetworks(app, u)).toBeUndefined();
    expect(parse(toYaml(toPlanFile({ apps: [app] }))).apps[0].units[0].network).toEqual({ hostNetwork: true });
  });

  it('answered with a Multus attachment: the networks annotation names it; compose gets a network holding the subnets', () => {
    const app = answered({ attachment: 'infra/lan-9' });
    const u = app.units[0]!;
    expect(u.needsInput).toBeUndefined();
    const t = podTemplate(app, u);
    expect(t.metadata.annotations?.['k8s.v1.cni.cncf.io/networks']).toBe('infra/lan-9');
    expect(t.spec.hostNetwork).toBeUndefined();
    expect(subnetNetwork(app, u)).toEqual({ name: `${u.name}-subnets`, network: { enable_ipv6: true, ipam: { config: [{ subnet: '192.168.9.0/24' }, { subnet: '2001:db8:1::/64' }] } } });
  });

  it('compose holds what one bridge can: the first IPv4 and the first IPv6 subnet', () => {
    const app = appWithNeed();
    const u = { ...app.units[0]!, network: { ...need, subnets: ['192.168.9.0/24', '192.168.0.0/24', '2001:db8:1::/64', '2001:db8:2:1::/64'] } };
    expect(subnetNetwork(app, u)?.network.ipam?.config).toEqual([{ subnet: '192.168.9.0/24' }, { subnet: '2001:db8:1::/64' }]);
    expect(subnetNetwork(app, { ...u, network: { ...need, subnets: ['10.1.0.0/16'] } })?.network).toEqual({ ipam: { config: [{ subnet: '10.1.0.0/16' }] } });
  });

  it('units serving the same subnets share the first one\'s compose network: Docker refuses a second holding them', () => {
    const one = appWithNeed();
    const app = { ...one, units: [one.units[0]!, { ...one.units[0]!, name: 'second' }] };
    expect(app.units.map((u) => subnetNetwork(app, u)?.name)).toEqual([`${one.units[0]!.name}-subnets`, `${one.units[0]!.name}-subnets`]);
  });

  it('an answer on a unit whose config asked nothing is kept as the reviewer\'s word, and said truthfully', () => {
    const plain = planApp(converge([res('package', 'memcached'), res('service', 'memcached', { actions: ['start'] })]), { name: 'lan', version: '1.0.0', labels: {}, catalog });
    const file = toPlanFile({ apps: [plain] });
    expect(file.apps[0]!.units[0]!.network).toBeUndefined();
    const edited = { ...file.apps[0]!, units: file.apps[0]!.units.map((u) => ({ ...u, network: { hostNetwork: true as const } })) };
    const read = readPlanFile(toYaml({ ...file, apps: [edited] }), 'plan.yaml');
    const app = markNeedsInput(applyPlanFile(plain, read.plan!.apps[0]!).app);
    const u = app.units[0]!;
    expect(u.network).toMatchObject({ subnets: [], where: 'plan.yaml', attach: { kind: 'host' } });
    expect(u.notes).toContain("runs on its node's network, as plan.yaml says");
    expect(u.needsInput).toBeUndefined();
    const t = podTemplate(app, u);
    expect(t.spec.hostNetwork).toBe(true);
    expect(lintExceptions(u)['decant.io/lint-exception.host-network']).toBe("plan.yaml puts it on the node's network");
    expect(parse(toYaml(toPlanFile({ apps: [app] }))).apps[0].units[0].network).toEqual({ hostNetwork: true });
  });

  it('a network answer of another shape is a DEC0504 with its line', () => {
    const unit = '      - name: dhcpd\n        workload: Deployment\n        baseImage: debian:bookworm-slim\n        command: [dhcpd]\n        ports: []\n        dataDirs: []\n        tunable: []\n        resources: []\n';
    for (const bad of ['network: host', 'network: { attachment: "Not A Name" }', 'network: { hostNetwork: false }']) {
      const r = readPlanFile(`version: 1\napps:\n  - name: lan\n    units:\n${unit}        ${bad}\n`, 'plan.yaml');
      expect(r.diagnostics.map((x) => `${x.code} ${x.location?.line}`)).toEqual(['DEC0504 13']);
    }
  });
});
