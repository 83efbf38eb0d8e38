import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/model/converge.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { loadVirtualHosts } from '../../../src/plan/catalog/load-virtual-hosts.js';
import { firewallOpenings } from '../../../src/plan/exposure/firewall-openings.js';
import { isPublicName } from '../../../src/plan/exposure/virtual-host-names.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { converge, res } from '../make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'webfront', version: '1.0.0', labels: {}, catalog };

function rendered(path: string, text: string, extra: Partial<Resource> = {}): Resource {
  return res('template', path, {
    actions: ['create'],
    content: { kind: 'rendered', text, complete: true, template: { file: 'templates/t.erb', line: 1, column: 1 }, unknowns: [] },
    notifies: [{ action: 'reload', resource: 'service[nginx]', timing: 'delayed' }],
    ...extra,
  });
}

function nginxWith(site: string, more: Resource[] = []) {
  return planApp(
    converge([
      res('package', 'nginx', { actions: ['install'] }),
      rendered('/etc/nginx/sites-available/default', site),
      ...more,
      res('service', 'nginx', { actions: ['enable', 'start'] }),
    ]),
    opts,
  );
}

describe('the catalog tables', () => {
  it('virtual-hosts.yaml reads without errors', () => {
    const { syntaxes, errors } = loadVirtualHosts();
    expect(errors).toEqual([]);
    expect(syntaxes.map((s) => s.format)).toEqual(['nginx', 'apache']);
  });
});

describe('isPublicName', () => {
  it('takes dotted DNS names and wildcards, not localhost, `_`, IPs or local domains', () => {
    expect(['www.example.test', '*.example.com', 'a-b.example.org'].map(isPublicName)).toEqual([true, true, true]);
    expect(['_', 'localhost', 'web', '127.0.0.1', 'box.local', 'db.internal', 'x.localhost'].map(isPublicName)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('exposure', () => {
  it('gives an nginx site with a public server_name an Ingress rule per name on its listen port, with the config line as evidence', () => {
    const app = nginxWith('server {\n  listen 8080;\n  server_name www.example.test example.test;\n}\n');
    expect(app.exposure).toEqual([
      {
        unit: 'nginx',
        ingress: { rules: [{ host: 'www.example.test', path: '/', port: 8080 }, { host: 'example.test', path: '/', port: 8080 }] },
        evidence: [
          { reason: 'virtual host www.example.test is a public name, served on port 8080', where: expect.stringMatching(/^\/etc\/nginx\/sites-available\/default:3 \(nginx server name\), written by template\[/) },
          { reason: 'virtual host example.test is a public name, served on port 8080', where: expect.stringContaining(':3 (nginx server name)') },
        ],
      },
    ]);
    const rule = app.networkRules?.find((r) => r.kind === 'public-ingress');
    expect(rule).toMatchObject({ name: 'nginx-public', toUnit: 'nginx', ports: [{ port: 8080, protocol: 'TCP' }] });
  });

  it('leaves a site answering only localhost or `_` on a high port behind its ClusterIP', () => {
    const app = nginxWith('server {\n  listen 8080;\n  server_name _ localhost;\n}\n');
    expect(app.exposure).toBeUndefined();
    expect(app.networkRules?.map((r) => r.kind)).toEqual(['default-deny', 'dns-egress']);
  });

  it('reads apache ServerName/ServerAlias with the VirtualHost port, dropping a :port suffix', () => {
    const app = planApp(
      converge([
        res('package', 'apache2', { actions: ['install'] }),
        rendered('/etc/apache2/sites-available/shop.conf', '<VirtualHost *:8080>\n  ServerName shop.example.com:8080\n  ServerAlias www.shop.example.com\n</VirtualHost>\nListen 8080\n', {
          notifies: [{ action: 'reload', resource: 'service[apache2]', timing: 'delayed' }],
        }),
        res('service', 'apache2', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    const e = app.exposure?.find((x) => x.unit === 'apache2');
    expect(e?.ingress?.rules.filter((r) => r.host)).toEqual([
      { host: 'shop.example.com', path: '/', port: 8080 },
      { host: 'www.shop.example.com', path: '/', port: 8080 },
    ]);
  });

  it('puts a port a firewall_rule opens to anywhere that is not HTTP on a LoadBalancer Service', () => {
    const app = planApp(
      converge([
        res('package', 'memcached', { actions: ['install'] }),
        res('firewall_rule', 'memcached', { actions: ['create'], properties: { port: 11211, protocol: 'tcp' } }),
        res('service', 'memcached', { actions: ['enable', 'start'] }),
      ]),
      opts,
    );
    expect(app.exposure).toEqual([
      {
        unit: 'memcached',
        loadBalancer: { ports: [{ port: 11211, protocol: 'TCP', name: 'memcache' }] },
        evidence: [{ reason: "the cookbook's firewall allows 11211/TCP from anywhere", where: expect.stringMatching(/^firewall_rule\[memcached\] at web\/recipes\/default\.rb:\d+$/) }],
      },
    ]);
  });

  it('gives port 80 on every interface an Ingress for any host', () => {
    const app = nginxWith('server {\n  listen 80;\n  server_name _;\n}\n');
    expect(app.exposure?.[0]?.ingress).toEqual({ rules: [{ path: '/', port: 80 }] });
  });
});

describe('firewallOpenings', () => {
  it('reads port lists and ranges, and only rules that allow inbound traffic from anywhere', () => {
    const rules = [
      res('firewall_rule', 'web', { properties: { port: [80, 443] } }),
      res('firewall_rule', 'range', { properties: { port: '6000:6002', protocol: 'udp', source: '0.0.0.0/0' } }),
      res('firewall_rule', 'office', { properties: { port: 22, source: '10.0.0.0/8' } }),
      res('firewall_rule', 'deny', { properties: { port: 25, command: 'deny' } }),
      res('firewall_rule', 'out', { properties: { port: 53, direction: 'out' } }),
    ];
    expect(firewallOpenings(rules).map((o) => `${o.port}/${o.protocol}`)).toEqual(['80/TCP', '443/TCP', '6000/UDP', '6001/UDP', '6002/UDP']);
  });
});

describe('exposure after plan.yaml', () => {
  it('follows the units plan.yaml shapes: a port it takes away is no longer public', async () => {
    const { applyPlanFile } = await import('../../../src/plan/plan-file/apply-plan-file.js');
    const { toPlanFile } = await import('../../../src/plan/plan-file/to-plan-file.js');
    const app = nginxWith('server {\n  listen 8080;\n  server_name www.example.test;\n}\n');
    const edited = toPlanFile({ apps: [app] }).apps[0]!;
    const kept = applyPlanFile(app, edited).app;
    expect(kept.exposure).toEqual(app.exposure);
    expect(kept.networkRules).toEqual(app.networkRules);
    const moved = applyPlanFile(app, { ...edited, units: edited.units.map((u) => ({ ...u, ports: [9090] })) }).app;
    expect(moved.exposure).toBeUndefined();
    expect(moved.networkRules?.map((r) => r.kind)).toEqual(['default-deny', 'dns-egress']);
  });
});
