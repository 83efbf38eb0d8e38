/**
 * Service-manager commands in execute/bash resources (issue 14): each is
 * dropped with what it means in a container, and the rest of a compound
 * command stays a build step.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { splitServiceManager } from '../../src/plan/service-manager-command.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };

describe('splitServiceManager', () => {
  it.each([
    ['/bin/systemctl --system daemon-reload', /re-reads systemd unit files: no init system in a container, nothing to do/],
    ['systemctl enable app.service', /enable app changes what starts at boot/],
    ['systemctl restart app', /the unit's container runs service app/],
    ['sudo service nginx reload', /the unit's container runs service nginx/],
    ['invoke-rc.d apache2 restart', /the unit's container runs service apache2/],
    ['/etc/init.d/memcached start', /the unit's container runs service memcached/],
    ['update-rc.d app defaults', /update-rc.d changes what starts at boot/],
    ['chkconfig app on', /chkconfig changes what starts at boot/],
    ['rc-update add app default', /rc-update changes what starts at boot/],
    ['systemctl stop app', /nothing runs while the image builds/],
  ])('%s alone is dropped whole', (command, meaning) => {
    const s = splitServiceManager(command);
    expect(s.kept).toBeUndefined();
    expect(s.dropped).toEqual([{ text: command, meaning: expect.stringMatching(meaning) }]);
  });

  it('a compound command keeps its other parts and drops only the service-manager part', () => {
    expect(splitServiceManager('cd /opt/app && make && systemctl restart app')).toEqual({
      kept: 'cd /opt/app && make',
      dropped: [{ text: 'systemctl restart app', meaning: "the unit's container runs service app" }],
    });
    expect(splitServiceManager('systemctl daemon-reload; chown app /srv/app').kept).toBe('chown app /srv/app');
    expect(splitServiceManager('a; systemctl restart x; b').kept).toBe('a; b');
  });

  it('where the shell needs a command (after then, after ||) it becomes true, so the script keeps its shape', () => {
    expect(splitServiceManager('if [ -f /etc/x ]; then\n  systemctl restart x\nfi\necho done').kept).toBe('if [ -f /etc/x ]; then\n  true\nfi\necho done');
    expect(splitServiceManager('make || systemctl restart x').kept).toBe('make || true');
  });

  it('leaves alone what is not a service-manager command, quoted text and here-documents', () => {
    for (const c of ['systemctl status x', 'echo "systemctl restart x" > /tmp/f', 'cat <<EOF > /etc/x\nsystemctl restart x\nEOF', 'make install']) {
      expect(splitServiceManager(c)).toEqual({ kept: c, dropped: [] });
    }
  });
});

describe('execute resources with service-manager commands', () => {
  it('a command that only drives the service manager is host-level with what it means', () => {
    const app = planApp(
      converge([
        res('execute', 'systemd reload', { actions: ['run'], properties: { command: '/bin/systemctl --system daemon-reload' } }),
        res('bash', 'restart app', { actions: ['run'], properties: { code: 'systemctl restart app' } }),
        res('service', 'nginx', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.decisions[0]).toMatchObject({ class: 'host', reason: expect.stringMatching(/`\/bin\/systemctl --system daemon-reload` \(re-reads systemd unit files/) });
    expect(app.decisions[1]).toMatchObject({ class: 'host', reason: expect.stringMatching(/the unit's container runs service app/) });
    expect(app.units[0]!.buildSteps).toEqual([]);
  });

  it('a compound command becomes a RUN of its other parts, the decision says what was dropped', () => {
    const app = planApp(
      converge([
        res('execute', 'install app', { actions: ['run'], properties: { command: 'make install && systemctl restart app' } }),
        res('service', 'nginx', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.units[0]!.buildSteps.map((s) => s.command)).toEqual(['make install']);
    expect(app.decisions[0]!.reason).toMatch(/^build step \(RUN\); service-manager part dropped from it: `systemctl restart app` \(the unit's container runs service app\)/);
  });
});
