/**
 * A service the catalog does not describe takes its command from the unit its
 * package ships (issue 14), through planApp, over facts recorded from Debian 12.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import type { ForegroundForm } from '../../src/plan/package-unit-command.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const foregroundForms = parse(readFileSync(join(import.meta.dirname, '../../catalog/foreground/forms.yaml'), 'utf8')) as ForegroundForm[];
let packageFacts: PackageFactsView;
beforeAll(async () => {
  packageFacts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

const rendered = (text: string) => ({ kind: 'rendered' as const, text, complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] });

describe('the command of a service from its package unit', () => {
  it("bind9: named.service's ExecStart with the cookbook's /etc/default/named, commandSource package, no DEC0503", () => {
    const app = planApp(
      converge([
        res('package', 'bind9', { actions: ['install'] }),
        res('template', '/etc/default/named', { actions: ['create'], content: rendered('RESOLVCONF=no\nOPTIONS="-u bind -4"\n') }),
        res('service', 'bind9', { actions: ['enable', 'start'] }),
      ]),
      { name: 'dns', version: '1.0.0', labels: {}, catalog, packageFacts, foregroundForms },
    );
    const u = app.units[0]!;
    expect(u.command).toEqual(['/usr/sbin/named', '-f', '-u', 'bind', '-4']);
    expect(u.commandSource).toBe('package');
    expect(u.notes.join('\n')).toMatch(/\/etc\/default\/named \(the cookbook's file\)/);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0503')).toEqual([]);
  });

  it('the same run offline is an error at the service, with what to write in plan.yaml', () => {
    const app = planApp(
      converge([res('package', 'bind9', { actions: ['install'] }), res('service', 'bind9', { actions: ['enable', 'start'] })]),
      { name: 'dns', version: '1.0.0', labels: {}, catalog },
    );
    expect(app.units[0]!.commandSource).toBe('unknown');
    expect(app.diagnostics.find((d) => d.code === 'DEC0503')).toMatchObject({ severity: 'error', message: expect.stringMatching(/offline/) });
  });


  it('a service no installed package ships a unit for says which packages were looked at', () => {
    const app = planApp(
      converge([res('package', 'bind9', { actions: ['install'] }), res('service', 'unbound', { actions: ['start'] })]),
      { name: 'x', version: '1.0.0', labels: {}, catalog, packageFacts, foregroundForms },
    );
    expect(app.diagnostics.find((d) => d.code === 'DEC0503')!.message).toMatch(/no package the run installs \(bind9\) ships a systemd unit or init script named unbound/);
  });
});
