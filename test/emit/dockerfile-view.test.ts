import { describe, expect, it } from 'vitest';
import { dockerfileView } from '../../src/emit/dockerfile/dockerfile-view.js';
import { renderDockerfile } from '../../src/emit/dockerfile/render-dockerfile.js';
import { lintDockerfile } from '../support/lint/dockerfile-rules.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from '../plan/make-converge.js';
import { SYSLOG_RELAY_PATH, syslogRelayScript } from '../../src/text/syslog-reader.js';

const { catalog } = loadCatalog();

function build() {
  const app = planApp(
    converge([
      res('apt_repository', 'nodesource', {
        properties: { uri: 'https://deb.nodesource.com/node_20.x', components: ['main'], key: 'https://deb.nodesource.com/gpgkey/nodesource.gpg.key' },
      }),
      res('package', 'nodejs', { properties: { version: '20.11.1-1nodesource1' } }),
      res('group', 'app', { properties: { gid: 1200 } }),
      res('user', 'app', { properties: { uid: 1200, gid: 'app', home: '/srv/app', manage_home: true, shell: '/bin/bash' } }),
      res('directory', '/srv/app/releases', { properties: { owner: 'app', group: 'app', mode: '0750' } }),
      res('bash', 'build assets', {
        properties: { code: 'cd /srv/app\nnpm ci --omit=dev\n', user: 'app', cwd: '/srv/app', environment: { NODE_ENV: 'production' } },
        guards: [{ kind: 'not_if', form: 'command', command: 'test -d /srv/app/node_modules', outcome: 'shell', location: { file: 'r', line: 1, column: 1 } }],
      }),
      res('execute', 'count', { properties: { command: 'ls /srv | wc -l > /srv/count' } }),
      res('file', '/etc/app.env', { properties: { mode: '0640', owner: 'root', group: 'app' }, content: { kind: 'inline', text: 'A=1\n' } }),
      res('service', 'nginx', { actions: ['start'] }),
    ]),
    { name: 'shop', version: '3.1.0', labels: {}, catalog },
  );
  return { app, ...dockerfileView(app, app.units[0]!) };
}

describe('dockerfileView', () => {
  const { view, contextFiles } = build();
  const text = renderDockerfile(view);

  it('orders repositories, packages, accounts, directories, steps, config', () => {
    const order = ['ADD https://deb.nodesource.com', 'apt-get install', 'groupadd', 'useradd', 'mkdir -p /srv/app/releases', 'step-01.sh', 'wc -l', 'COPY --chown=root:app config/etc/app.env', 'CMD'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((x) => x >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('pins versions the cookbook gave and carries the shell guard, user and cwd', () => {
    expect(text).toContain('nodejs=20.11.1-1nodesource1');
    expect(text).toContain("WORKDIR /srv/app\nRUN if ! test -d /srv/app/node_modules; then su -s /bin/bash -c 'NODE_ENV=production bash /tmp/decant/scripts/step-01.sh' app; fi");
    expect(contextFiles.find((f) => f.path === 'scripts/step-01.sh')).toMatchObject({ text: '#!/bin/bash\nset -e\ncd /srv/app\nnpm ci --omit=dev\n', mode: 0o755 });
    expect(contextFiles.find((f) => f.path === 'config/etc/app.env')).toMatchObject({ mode: 0o640 });
  });

  it('names the resource and file:line over each block', () => {
    expect(text).toContain('# bash[build assets] from web/recipes/default.rb:');
    expect(text).toContain('# apt_repository[nodesource] from web/recipes/default.rb:');
  });

  it('uses pipefail because a step pipes, and passes the lint rules', () => {
    expect(text).toContain('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
    expect(lintDockerfile(text, { pinnedPackages: ['nodejs'] }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe("dockerfileView of a unit started behind decant's syslog relay", () => {
  const { app } = build();
  const relayed = { ...app.units[0]!, command: ['perl', SYSLOG_RELAY_PATH, '--user', 'app', '--', '/usr/sbin/svcd', '-f'] };
  const { view, contextFiles, imageData } = dockerfileView(app, relayed);
  const text = renderDockerfile(view);

  it('copies the relay from the build context, executable, where the command runs it, before the CMD', () => {
    expect(contextFiles.find((f) => f.path === `scripts${SYSLOG_RELAY_PATH}`)).toEqual({ path: `scripts${SYSLOG_RELAY_PATH}`, text: syslogRelayScript(), mode: 0o755 });
    const copy = text.indexOf(`COPY scripts${SYSLOG_RELAY_PATH} ${SYSLOG_RELAY_PATH}`);
    expect(copy).toBeGreaterThan(0);
    expect(copy).toBeLessThan(text.indexOf('CMD ["perl"'));
    expect(text).toContain(`CMD ["perl","${SYSLOG_RELAY_PATH}","--user","app","--","/usr/sbin/svcd","-f"]`);
  });

  it("names the service it wraps as the step's origin, and image.json lists the file for verify", () => {
    expect(text).toMatch(/# service\[nginx\] from web\/recipes\/default\.rb:\d+\n# decant's syslog relay, which the command starts/);
    const step = imageData.steps.find((s) => s.instruction === 'COPY' && s.origins.some((o) => o.resource === 'service[nginx]'));
    expect(step).toBeDefined();
    expect(imageData.files).toContain(SYSLOG_RELAY_PATH);
  });

  it('ships no relay for a command that does not start it', () => {
    const { contextFiles: plain } = build();
    expect(plain.some((f) => f.path.endsWith('syslog-relay.pl'))).toBe(false);
  });
});
