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
