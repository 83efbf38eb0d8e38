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
