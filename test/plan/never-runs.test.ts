/**
 * A resource declared `action :nothing` that nothing in the run notifies is
 * skipped, whatever its type: rsyslog's 35-imfile.conf waited for an
 * rsyslog_file_input that the run did not have, and copied anyway its empty
 * imfile module failed `rsyslogd -N 1`.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const rendered = (text: string) => ({ kind: 'rendered' as const, text, complete: true, template: { file: 't', line: 1, column: 1 }, unknowns: [] });
const plan = (resources: ReturnType<typeof res>[]) => planApp(converge(resources), { name: 'web', version: '1.0.0', labels: {}, catalog });
const decision = (app: ReturnType<typeof plan>, name: string) => app.decisions.find((d) => d.name === name)!;

describe('action :nothing and never notified', () => {
  const snippet = (extra: Partial<ReturnType<typeof res>> = {}) =>
    res('template', '/etc/nginx/conf.d/idle.conf', { actions: ['nothing'], content: rendered('# idle\n'), ...extra });

  it('a template is skipped and not copied into the image', () => {
    const app = plan([res('package', 'nginx', { actions: ['install'] }), snippet(), res('service', 'nginx', { actions: ['enable', 'start'] })]);
    expect(decision(app, '/etc/nginx/conf.d/idle.conf')).toMatchObject({ class: 'skipped', reason: expect.stringMatching(/nothing in the run notifies it/) });
    expect(app.units[0]!.files.map((f) => f.path)).not.toContain('/etc/nginx/conf.d/idle.conf');
  });

  it('notified, or with a delayed_action, it converges as before', () => {
    const notifier = res('template', '/etc/nginx/nginx.conf', {
      actions: ['create'],
      content: rendered('events {}\n'),
      notifies: [{ action: 'create', resource: 'template[/etc/nginx/conf.d/idle.conf]', timing: 'immediately' }],
    });
    const notified = plan([res('package', 'nginx', { actions: ['install'] }), notifier, snippet(), res('service', 'nginx', { actions: ['enable', 'start'] })]);
    expect(decision(notified, '/etc/nginx/conf.d/idle.conf').class).toBe('config');
    const delayed = plan([res('package', 'nginx', { actions: ['install'] }), snippet({ properties: { delayed_action: 'create' } }), res('service', 'nginx', { actions: ['enable', 'start'] })]);
    expect(decision(delayed, '/etc/nginx/conf.d/idle.conf').class).toBe('config');
  });

  it('a service declared :nothing is left to the service handler', () => {
    const app = plan([res('package', 'nginx', { actions: ['install'] }), res('service', 'nginx', { actions: ['nothing'] })]);
    expect(decision(app, 'nginx').reason).not.toMatch(/nothing in the run notifies it/);
  });
});

describe('notified only by resources that never run', () => {
  it('a chain of :nothing resources with no live notifier is skipped end to end (apt’s update-success-stamp)', () => {
    const update = res('execute', 'apt-get update', {
      actions: ['nothing'],
      properties: { command: 'apt-get update' },
      notifies: [{ action: 'touch', resource: 'file[/var/lib/apt/periodic/update-success-stamp]', timing: 'immediately' }],
    });
    const stamp = res('file', '/var/lib/apt/periodic/update-success-stamp', { actions: ['nothing'] });
    const app = plan([res('package', 'nginx', { actions: ['install'] }), stamp, update, res('service', 'nginx', { actions: ['enable', 'start'] })]);
    expect(decision(app, '/var/lib/apt/periodic/update-success-stamp')).toMatchObject({
      class: 'skipped',
      reason: 'action :nothing, and only resources that never run notify it (execute[apt-get update]): it never runs',
    });
    expect(app.units[0]!.files.map((f) => f.path)).not.toContain('/var/lib/apt/periodic/update-success-stamp');
    expect(app.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('a notifier that runs keeps the chain alive', () => {
    const conf = res('template', '/etc/nginx/nginx.conf', {
      actions: ['create'],
      content: rendered('events {}\n'),
      notifies: [{ action: 'run', resource: 'execute[apt-get update]', timing: 'immediately' }],
    });
    const update = res('execute', 'apt-get update', {
      actions: ['nothing'],
      properties: { command: 'apt-get update' },
      notifies: [{ action: 'touch', resource: 'file[/var/lib/apt/periodic/stamp]', timing: 'immediately' }],
    });
    const stamp = res('file', '/var/lib/apt/periodic/stamp', { actions: ['nothing'], properties: { content: '' } });
    const app = plan([res('package', 'nginx', { actions: ['install'] }), conf, stamp, update, res('service', 'nginx', { actions: ['enable', 'start'] })]);
    expect(decision(app, '/var/lib/apt/periodic/stamp').class).not.toBe('skipped');
  });
});
