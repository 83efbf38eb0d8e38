import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { validateEntry } from '../../src/plan/catalog/validate-entry.js';

describe('service catalog', () => {
  const { catalog, errors } = loadCatalog();

  it('every catalog file passes the schema', () => {
    expect(errors).toEqual([]);
  });

  it('covers the services the issue names, and the host-level ones with a reason', () => {
    const names = catalog.entries.map((e) => e.name).sort();
    for (const n of ['apache2', 'cron', 'haproxy', 'memcached', 'mysql', 'nginx', 'ntp', 'openssh-server', 'php-fpm', 'postfix', 'postgresql', 'rabbitmq', 'redis', 'tomcat', 'varnish']) {
      expect(names).toContain(n);
    }
    for (const n of ['cron', 'ntp', 'openssh-server']) expect(catalog.entries.find((e) => e.name === n)?.host?.length ?? 0).toBeGreaterThan(20);
  });

  it('every service entry runs in the foreground with a debian command and a port', () => {
    for (const e of catalog.entries.filter((x) => !x.host)) {
      expect(e.command?.['debian']?.length, e.name).toBeGreaterThan(0);
      expect(e.ports.length, e.name).toBeGreaterThan(0);
      expect(e.command!['debian']!.join(' '), e.name).not.toMatch(/daemonize yes|daemon on/);
    }
  });

  it('rejects unknown keys, bad ports and bad regexes', () => {
    const r = validateEntry(
      { name: 'x', description: 'd', packages: { debian: ['x'] }, services: { debian: ['x'] }, command: { debian: ['x'] }, ports: [{ name: 'p', port: 70000 }], prot: 1, settings: [{ name: 'port', files: ['('], pattern: 'x' }, { name: 'q', files: ['x'], pattern: '^\\s*port (\\d+)' }] },
      'x.yaml',
    );
    expect(r.entry).toBeUndefined();
    expect(r.errors.join('\n')).toMatch(/prot: unknown key/);
    expect(r.errors.join('\n')).toMatch(/ports\[0\]/);
    expect(r.errors.join('\n')).toMatch(/bad regex \(/);
    expect(r.errors.join('\n')).toMatch(/settings\[1\]\.pattern: starts lines with \^\\s/);
  });

  it('reads nginx listen ports but not commented ones', async () => {
    const { readSetting } = await import('../../src/plan/read-settings.js');
    const nginx = catalog.entries.find((e) => e.name === 'nginx')!;
    const file = {
      resource: 't', source: { file: 'f', line: 1, column: 1 }, path: '/etc/nginx/conf.d/x.conf', config: true, tunable: true,
      content: { kind: 'rendered' as const, text: '  # listen 443;\n  listen 127.0.0.1:8081;\n  listen [::]:8082 default_server;\n  listen 8081;\n', complete: true },
    };
    expect(readSetting(nginx.settings[0]!, [file])).toEqual(['8081', '8082']);
  });
});

describe('foreground forms (catalog/foreground/forms.yaml)', () => {
  it('every form of the shipped data is valid', async () => {
    const { loadForegroundForms } = await import('../../src/plan/catalog/load-foreground-forms.js');
    const { forms, errors } = loadForegroundForms();
    expect(errors).toEqual([]);
    expect(forms.map((f) => f.binary)).toContain('nginx');
  });
});
