/** A custom resource instance whose actions declared nothing of its own is accounted for, never "unsupported". */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };

describe('custom resources that declare nothing of their own', () => {
  it('an accumulator whose action ran is decided by what it changed, with no DEC0501', () => {
    const app = planApp(
      converge([
        res('bind_view', 'internal', { actions: ['create'], customActionsRun: ['create'] }),
        res('service', 'named', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.decisions[0]).toMatchObject({ class: 'image' });
    expect(app.decisions[0]!.reason).toContain('action :create declares no resource of its own');
    expect(app.diagnostics.filter((d) => d.code === 'DEC0501')).toEqual([]);
  });

  it('an instance none of whose actions has a body (:nothing) is skipped', () => {
    const app = planApp(converge([res('bind_view', 'idle', { actions: ['nothing'], customActionsRun: [] }), res('service', 'named', { actions: ['start'] })]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'skipped' });
  });

  it('a type that is neither built in, handled nor a custom resource stays unsupported with DEC0501', () => {
    const app = planApp(converge([res('mystery_thing', 'x', { actions: ['create'] }), res('service', 'named', { actions: ['start'] })]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
    expect(app.diagnostics.filter((d) => d.code === 'DEC0501')).toHaveLength(1);
  });
});

describe('a custom resource asked for an action its definition lacks', () => {
  it('is unsupported with DEC0501 naming the action, as Chef would stop there', () => {
    const app = planApp(converge([res('half_loaded', 'x', { actions: ['install'], customActionsRun: [] }), res('service', 'named', { actions: ['start'] })]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
    expect(app.diagnostics.find((d) => d.code === 'DEC0501')?.message).toBe('half_loaded[x]: action :install is not defined by its custom resource');
  });
});

describe('a custom resource whose action changes the system in Ruby (DEC0328)', () => {
  const change = { what: "Creating user 'piggy'@'localhost'", via: 'converge_by', at: { cookbook: 'percona', file: 'resources/mysql_user.rb', line: 41, column: 5 } };

  it('declaring nothing else, it is unsupported and names the converge_by, not accounted for as done', () => {
    const app = planApp(converge([res('percona_mysql_user', 'piggy', { actions: ['create'], customActionsRun: ['create'], rubyChanges: [change] }), res('service', 'mysql', { actions: ['start'] })]), opts);
    expect(app.decisions[0]).toMatchObject({ class: 'unsupported' });
    expect(app.decisions[0]!.reason).toContain(`converge_by "Creating user 'piggy'@'localhost'" at percona/resources/mysql_user.rb:41:5`);
    expect(app.diagnostics.filter((d) => d.code === 'DEC0328').map((d) => d.severity)).toEqual(['warning']);
  });

  it('declaring resources too, it stays accounted for by them, with DEC0328 for the Ruby part', () => {
    const app = planApp(
      converge([
        res('mongodb_user', 'admin', { actions: ['add'], customActionsRun: ['add'], rubyChanges: [{ via: 'converge_by', at: change.at }] }),
        res('file', '/etc/app.conf', { actions: ['create'], via: 'mongodb_user[admin]' }),
        res('service', 'mysql', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.decisions[0]).toMatchObject({ class: 'image' });
    expect(app.diagnostics.find((d) => d.code === 'DEC0328')?.message).toBe('mongodb_user[admin]: besides the resources it declares, its actions change the system in Ruby (converge_by at percona/resources/mysql_user.rb:41:5): not carried into the image or the deployment');
  });

  it('of a type decant maps by its meaning (hostsfile_entry), it is decided by that mapping, not called unsupported', () => {
    const app = planApp(
      converge([
        res('hostsfile_entry', '10.0.0.5', {
          actions: ['create'],
          customActionsRun: ['create'],
          properties: { hostname: 'db.internal' },
          rubyChanges: [{ what: 'Create hostsfile_entry[10.0.0.5]', via: 'converge_by', at: { cookbook: 'hostsfile', file: 'resources/entry.rb', line: 49, column: 5 } }],
        }),
        res('service', 'mysql', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.decisions[0]).toMatchObject({ class: 'config' });
    expect(app.diagnostics.filter((d) => d.code === 'DEC0328')).toEqual([]);
    for (const u of app.units) expect(u.hostAliases?.map((h) => [h.ip, h.hostnames])).toEqual([['10.0.0.5', ['db.internal']]]);
  });
});
