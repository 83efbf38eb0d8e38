import { describe, expect, it } from 'vitest';
import type { Unit, UnitExposure } from '../../../src/model/plan.js';
import { networkRules } from '../../../src/plan/exposure/network-rules.js';

const unit = (name: string, ports: { port: number; protocol: 'TCP' | 'UDP' }[]): Unit =>
  ({ name, ports: ports.map((p) => ({ ...p, name: `p${p.port}`, from: 'catalog' })) }) as unknown as Unit;

const web = unit('web', [{ port: 8080, protocol: 'TCP' }]);
const cache = unit('cache', [{ port: 11211, protocol: 'TCP' }, { port: 11211, protocol: 'UDP' }]);
const exposed: UnitExposure = { unit: 'web', ingress: { rules: [{ host: 'a.example', path: '/', port: 8080 }] }, evidence: [{ reason: 'public name', where: '/etc/x:1' }] };

describe('networkRules', () => {
  it('denies by default, allows DNS, opens exposed units on their public ports, with reasons', () => {
    const rules = networkRules('shop', [web, cache], [exposed], []);
    expect(rules.map((r) => [r.name, r.kind, r.toUnit, r.ports])).toEqual([
      ['shop-default-deny', 'default-deny', undefined, []],
      ['shop-dns-egress', 'dns-egress', undefined, [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }]],
      ['web-public', 'public-ingress', 'web', [{ port: 8080, protocol: 'TCP' }]],
    ]);
    expect(rules[2]).toMatchObject({ reason: 'web is public: public name', where: '/etc/x:1' });
  });

  it('allows each connection edge on its port, or every port of its protocol, merging edges between the same units', () => {
    const rules = networkRules('shop', [web, cache], [], [
      { fromUnit: 'web', toUnit: 'cache', protocol: 'TCP', reason: 'memcached_servers attribute', where: 'attributes/default.rb:3' },
      { fromUnit: 'web', toUnit: 'cache', protocol: 'UDP', port: 11211 },
      { fromUnit: 'web', toUnit: 'nowhere', protocol: 'TCP', port: 1 },
      { fromUnit: 'cache', toUnit: 'cache', protocol: 'TCP' },
    ]);
    const edges = rules.filter((r) => r.kind === 'connection');
    expect(edges).toEqual([
      {
        name: 'cache-from-web',
        kind: 'connection',
        toUnit: 'cache',
        fromUnit: 'web',
        ports: [{ port: 11211, protocol: 'TCP' }, { port: 11211, protocol: 'UDP' }],
        reason: 'web connects to cache: memcached_servers attribute',
        where: 'attributes/default.rb:3',
      },
    ]);
  });

  it('makes no rules for an app without units', () => {
    expect(networkRules('empty', [], [], [])).toEqual([]);
  });
});
