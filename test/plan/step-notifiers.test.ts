/**
 * A build step Chef runs only when notified carries who notifies it and
 * when, and the unit's steps follow Chef's run order: delayed ones last.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const rendered = (text: string) => ({ kind: 'rendered' as const, text, complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] });
const notifyRun = (resource: string, timing: 'delayed' | 'immediately') => ({ action: 'run', resource, timing });

describe('build steps run by notifications', () => {
  const resources = () => [
    res('package', 'nginx', { actions: ['install'] }),
    res('execute', 'check', { actions: ['nothing'], properties: { command: 'nginx -t' } }),
    res('execute', 'count', { actions: ['nothing'], properties: { command: 'wc -l /etc/nginx/list' } }),
    res('execute', 'always', { actions: ['run'], properties: { command: 'mkdir -p /srv/www' } }),
    res('template', '/etc/nginx/list', { actions: ['create'], content: rendered('a\n'), notifies: [notifyRun('execute[count]', 'immediately'), notifyRun('execute[always]', 'delayed')] }),
    res('template', '/etc/nginx/nginx.conf', { actions: ['create'], content: rendered('events {}\n'), notifies: [notifyRun('execute[check]', 'delayed')] }),
    res('service', 'nginx', { actions: ['enable', 'start'] }),
  ];

  it('say who runs them; a step whose own action runs it carries nothing', () => {
    const steps = planApp(converge(resources()), { name: 'web', version: '1.0.0', labels: {}, catalog }).units[0]!.buildSteps;
    const by = Object.fromEntries(steps.map((s) => [s.resource, s.notifiedBy]));
    expect(by['execute[check]']).toEqual({ delayed: true, immediately: [] });
    expect(by['execute[count]']).toEqual({ delayed: false, immediately: ['template[/etc/nginx/list]'] });
    expect(by['execute[always]']).toBeUndefined();
  });

  it('a subscription is a notification from what it watches', () => {
    const rs = resources().map((r) =>
      r.name === 'count' ? { ...r, subscribes: [{ action: 'run', resource: 'template[/etc/nginx/nginx.conf]', timing: 'delayed' as const }] } : r,
    );
    const steps = planApp(converge(rs), { name: 'web', version: '1.0.0', labels: {}, catalog }).units[0]!.buildSteps;
    expect(steps.find((s) => s.resource === 'execute[count]')!.notifiedBy).toEqual({ delayed: true, immediately: ['template[/etc/nginx/list]'] });
  });

  it('delayed steps come after the others, each group in converge order', () => {
    const steps = planApp(converge(resources()), { name: 'web', version: '1.0.0', labels: {}, catalog }).units[0]!.buildSteps;
    expect(steps.map((s) => s.resource)).toEqual(['execute[count]', 'execute[always]', 'execute[check]']);
  });
});
