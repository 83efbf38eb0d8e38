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
    // named.service's -f, made -g by catalog/logs/stderr-forms.yaml: named logs to syslog otherwise.
    expect(u.command).toEqual(['/usr/sbin/named', '-g', '-u', 'bind', '-4']);
    expect(u.notes.join('\n')).toMatch(/sent to the container's output instead: named -g .*named\(8\)/);
    expect(u.commandSource).toBe('package');
    expect(u.notes.join('\n')).toMatch(/\/etc\/default\/named \(the cookbook's file\)/);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0503')).toEqual([]);
  });

  it("a cookbook drop-in under /etc/systemd/system/<unit>.d overrides the package unit's ExecStart, as systemd reads it", () => {
    const app = planApp(
      converge([
        res('package', 'bind9', { actions: ['install'] }),
        // The service is asked by its alias (bind9); the drop-in is for the real unit name, in a later-sorting file than one it overrides.
        res('template', '/lib/systemd/system/named.service.d/20-exec.conf', { actions: ['create'], content: rendered('[Service]\nExecStart=\nExecStart=/usr/sbin/named -f -u nobody\n') }),
        res('template', '/etc/systemd/system/named.service.d/10-env.conf', { actions: ['create'], content: rendered('[Service]\nEnvironment=CONF=/etc/bind/custom.conf\n') }),
        res('template', '/etc/systemd/system/named.service.d/20-exec.conf', { actions: ['create'], content: rendered('[Service]\nExecStart=\nExecStart=/usr/sbin/named -f -u bind -c ${CONF}\n') }),
        res('service', 'bind9', { actions: ['enable', 'start'] }),
      ]),
      { name: 'dns', version: '1.0.0', labels: {}, catalog, packageFacts, foregroundForms },
    );
    const u = app.units[0]!;
    expect(u.command).toEqual(['/usr/sbin/named', '-g', '-u', 'bind', '-c', '/etc/bind/custom.conf']);
    expect(u.commandSource).toBe('package');
    const notes = u.notes.join('\n');
    expect(notes).toMatch(/drop-in \/etc\/systemd\/system\/named\.service\.d\/10-env\.conf \(template\[.*\) read after the unit, as systemd does: it sets Environment=/);
    expect(notes).toMatch(/drop-in \/etc\/systemd\/system\/named\.service\.d\/20-exec\.conf .*it sets ExecStart=/);
    expect(notes).not.toMatch(/\/lib\/systemd\/system\/named\.service\.d/);
  });

  it('a drop-in whose text is not known leaves the command unknown, naming the drop-in', () => {
    const app = planApp(
      converge([
        res('package', 'bind9', { actions: ['install'] }),
        res('template', '/etc/systemd/system/bind9.service.d/override.conf', { actions: ['create'], content: { kind: 'unknown', reason: 'node["x"] is not set' } }),
        res('service', 'bind9', { actions: ['enable', 'start'] }),
      ]),
      { name: 'dns', version: '1.0.0', labels: {}, catalog, packageFacts, foregroundForms },
    );
    expect(app.units[0]!.commandSource).toBe('unknown');
    expect(app.diagnostics.find((d) => d.code === 'DEC0503')!.message).toMatch(/the drop-in \/etc\/systemd\/system\/bind9\.service\.d\/override\.conf \(template\[.*\) changes the unit, and what it holds is not known/);
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
