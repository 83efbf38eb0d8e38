import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/model/converge.js';
import type { FileSpec, Unit } from '../../../src/model/plan.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { converge, res } from '../make-converge.js';
import { loadRequestDirectives, type RequestDirective } from '../../../src/plan/catalog/load-request-directives.js';
import { setDirective } from '../../../src/plan/logs/directive-lines.js';
import { configFileNamed, requestDirectiveFor, withRequestDirective } from '../../../src/plan/logs/request-directives.js';
import { requestLoggingAsWritten } from '../../../src/plan/logs/request-logging.js';

const unit = (command: string[], files: FileSpec[], extra: Partial<Unit> = {}): Unit => ({
  name: 'u', workload: 'Deployment', baseImage: 'debian:bookworm-slim', packageManager: 'apt', image: 'a-u:1', repositories: [], packages: [], groups: [],
  users: [], directories: [], files, links: [], buildSteps: [], secrets: [], command, runAsNonRoot: false, capabilities: [], ports: [],
  dataDirs: [], logs: [], env: {}, resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }, notes: [], ...extra,
});

const rendered = (path: string, text: string): FileSpec => ({
  path, resource: `template[${path}]`, source: { file: 'c/recipes/default.rb', line: 3, column: 1 }, content: { kind: 'rendered', text, complete: true }, config: true, tunable: false,
});

const textAt = (u: Unit, path: string) => {
  const c = u.files.find((f) => f.path === path)!.content;
  return c.kind === 'rendered' ? c.text : undefined;
};

const nrpe: RequestDirective = { binary: { name: 'quietd' }, config: ['-c'], includes: [], syntax: 'key=value', key: 'debug', value: '1', quiet: ['0'], ask: 'connect', trace: 'line', why: 'quietd.cfg(5)' };
const fpm: RequestDirective = {
  binary: { pattern: /^(?:pooled[0-9.]*)$/ }, config: ['--config', '-y'], includes: ['pool.d/*.conf'], sections: { except: ['global'] }, syntax: 'key = value',
  key: 'access.log', value: '/proc/self/fd/2', quiet: [], ask: 'http', trace: 'line', why: 'pooled.conf(8)',
};

describe('request-directives.yaml', () => {
  it('reads without errors, every entry citing its manual page; php-fpm is matched by a declared pattern', () => {
    const { directives, errors } = loadRequestDirectives();
    expect(errors).toEqual([]);
    for (const d of directives) expect(d.why).toMatch(/[\w.-]\(\d\)|nrpe\.cfg/);
    expect(requestDirectiveFor(['php-fpm8.2', '--nodaemonize'], directives)?.key).toBe('access.log');
    expect(requestDirectiveFor(['/usr/sbin/php-fpm', '--nodaemonize'], directives)?.key).toBe('access.log');
    expect(requestDirectiveFor(['/usr/sbin/nrpe', '-c', '/etc/nagios/nrpe.cfg', '-f'], directives)?.key).toBe('debug');
    expect(requestDirectiveFor(['php8.2'], directives)).toBeUndefined();
  });

  it('names what is wrong with a broken entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'decant-request-directives-'));
    await mkdir(join(dir, 'logs'));
    const entries = [
      '- { binary: a, binaryPattern: "a.*", config: [-c], syntax: key=value, key: k, value: "1", ask: connect, trace: line, why: a(1) }',
      '- { binary: b, config: [-c], syntax: "k: v", key: k, value: "1", ask: connect, trace: line, why: b(1) }',
      '- { binaryPattern: "(", config: [-c], syntax: key=value, key: k, value: "1", ask: connect, trace: line, why: c(1) }',
      '- { binary: d, config: [-c], includes: [/etc/x/*.conf], syntax: key=value, key: k, value: "1", ask: connect, trace: line, why: d(1) }',
      '- { binary: e, config: [-c], syntax: key=value, key: k, value: "1", ask: connect, trace: query, why: e(1) }',
    ];
    await writeFile(join(dir, 'logs', 'request-directives.yaml'), `${entries.join('\n')}\n`);
    const { directives, errors } = loadRequestDirectives(dir);
    expect(directives).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(/entry 1: give binary or binaryPattern, one of them/),
      expect.stringMatching(/entry 2: syntax must be/),
      expect.stringMatching(/entry 3: \( is not a regular expression/),
      expect.stringMatching(/entry 4: includes are relative/),
      expect.stringMatching(/entry 5: only an HTTP request has a query string/),
    ]);
  });
});

describe('setDirective', () => {
  it('rewrites a quiet value in place, keeping its indentation, and says the line before and after', () => {
    const r = setDirective('a=1\n  debug=0\nb=2\n', nrpe);
    expect(r.text).toBe('a=1\n  debug=1\nb=2\n');
    expect(r.edits).toEqual([{ line: 2, before: '  debug=0', after: '  debug=1' }]);
  });

  it('reads the last assignment, as the daemon does, and leaves comments alone', () => {
    expect(setDirective('# debug=0\ndebug=0\ndebug=1\n', nrpe)).toMatchObject({ edits: [], held: 1, chosen: [] });
    expect(setDirective('debug=1\ndebug=0\n', nrpe).edits).toEqual([{ line: 2, before: 'debug=0', after: 'debug=1' }]);
  });

  it('leaves a value of the file own (not a quiet one) as the file chose it', () => {
    expect(setDirective('debug=2\n', nrpe)).toEqual({ text: 'debug=2\n', edits: [], held: 0, chosen: [1] });
  });

  it('adds the directive after the last line when the file does not set it', () => {
    expect(setDirective('a=1\n\n# end\n', nrpe)).toMatchObject({ text: 'a=1\ndebug=1\n\n# end\n', edits: [{ line: 2, before: '', after: 'debug=1' }] });
    expect(setDirective('a=1', nrpe)).toMatchObject({ text: 'a=1\ndebug=1\n' });
    expect(setDirective('', nrpe)).toMatchObject({ text: 'debug=1\n', edits: [{ line: 1, before: '', after: 'debug=1' }] });
  });

  it('sets it in each named section but the excepted ones, leaving a section that chose its own value', () => {
    const text = '[global]\nerror_log = /x\n\n[one]\nlisten = /run/one.sock\n\n[two]\naccess.log = /var/log/two.log\n\n[three]\npm = static\n';
    const r = setDirective(text, fpm);
    expect(r.text).toBe('[global]\nerror_log = /x\n\n[one]\nlisten = /run/one.sock\naccess.log = /proc/self/fd/2\n\n[two]\naccess.log = /var/log/two.log\n\n[three]\npm = static\naccess.log = /proc/self/fd/2\n');
    expect(r.edits).toEqual([
      { line: 6, before: '', after: 'access.log = /proc/self/fd/2' },
      { line: 13, before: '', after: 'access.log = /proc/self/fd/2' },
    ]);
    expect(r.chosen).toEqual([8]);
  });

  it('sets nothing in a file without a section, where the key would land in no pool', () => {
    expect(setDirective('; only comments\n', fpm)).toMatchObject({ edits: [], held: 0, chosen: [] });
  });
});

describe('configFileNamed', () => {
  it('takes the word after the option, or the value joined to a long option', () => {
    expect(configFileNamed(['nrpe', '-c', '/etc/nagios/nrpe.cfg', '-f'], ['-c'])).toBe('/etc/nagios/nrpe.cfg');
    expect(configFileNamed(['php-fpm8.2', '--fpm-config=/etc/php/8.2/fpm/php-fpm.conf'], ['--fpm-config'])).toBe('/etc/php/8.2/fpm/php-fpm.conf');
    expect(configFileNamed(['nrpe', '-f'], ['-c'])).toBeUndefined();
  });
});

describe('withRequestDirective', () => {
  it('sets the directive in the config the command names, marks the unit and lists the line changed', () => {
    const u = withRequestDirective(unit(['/usr/sbin/quietd', '-c', '/etc/q/q.cfg', '-f'], [rendered('/etc/q/q.cfg', 'port=1\ndebug=0\n')]), [nrpe]);
    expect(textAt(u, '/etc/q/q.cfg')).toBe('port=1\ndebug=1\n');
    const why = "set so each request or connection the daemon serves shows in the container's output; quietd.cfg(5)";
    expect(u.requestLog).toEqual({ ask: 'connect', trace: 'line', option: ['debug=1'], why: 'quietd.cfg(5)', rewrites: [{ unit: 'u', file: '/etc/q/q.cfg', line: 2, before: 'debug=0', after: 'debug=1', why }] });
    expect(u.notes).toEqual([`/etc/q/q.cfg:2: \`debug=0\` → \`debug=1\`: ${why}`]);
    expect(u.command).toEqual(['/usr/sbin/quietd', '-c', '/etc/q/q.cfg', '-f']);
  });

  it('sets it in the files the config includes (a versioned binary matched by its pattern), not in files elsewhere', () => {
    const pool = rendered('/etc/p/8.2/pool.d/site.conf', '[site]\nlisten = /run/p.sock\n');
    const other = rendered('/etc/p/8.2/other/site.conf', '[site]\nlisten = /run/q.sock\n');
    const u = withRequestDirective(unit(['pooled8.2', '--nodaemonize', '--config', '/etc/p/8.2/pooled.conf'], [pool, other]), [fpm]);
    expect(textAt(u, pool.path)).toBe('[site]\nlisten = /run/p.sock\naccess.log = /proc/self/fd/2\n');
    expect(textAt(u, other.path)).toBe('[site]\nlisten = /run/q.sock\n');
    expect(u.requestLog?.rewrites).toEqual([expect.objectContaining({ file: pool.path, line: 3, before: '', after: 'access.log = /proc/self/fd/2' })]);
    expect(u.notes[0]).toMatch(/^\/etc\/p\/8\.2\/pool\.d\/site\.conf:3: added `access\.log = \/proc\/self\/fd\/2`: set so/);
  });

  it('leaves a unit whose config chose its own value to the log-file rules', () => {
    const before = unit(['pooled', '-y', '/etc/p/pooled.conf'], [rendered('/etc/p/pool.d/a.conf', '[a]\naccess.log = /var/log/a.log\n')]);
    expect(withRequestDirective(before, [fpm])).toBe(before);
  });

  it('only marks a unit whose config holds the directive already', () => {
    const u = withRequestDirective(unit(['quietd', '-c', '/etc/q.cfg'], [rendered('/etc/q.cfg', 'debug=1\n')]), [nrpe]);
    expect(u.requestLog).toMatchObject({ option: ['debug=1'], rewrites: [] });
    expect(u.notes).toEqual(['/etc/q.cfg sets `debug=1` already: the daemon logs each request or connection it serves (quietd.cfg(5))']);
  });

  it("says so when the image ships the package's config, not the cookbook's", () => {
    const u = withRequestDirective(unit(['quietd', '-c', '/etc/q.cfg'], []), [nrpe]);
    expect(u.requestLog).toBeUndefined();
    expect(u.notes).toEqual(["the daemon logs each request or connection only with `debug=1` in /etc/q.cfg, and the cookbook renders none of these into the image (its package's stay as they are): not set (quietd.cfg(5))"]);
  });

  it('leaves run-once units, units already logging by a command option, and commands naming no config', () => {
    const files = [rendered('/etc/q.cfg', 'debug=0\n')];
    const job = unit(['quietd', '-c', '/etc/q.cfg'], files, { workload: 'Job' });
    const optioned = unit(['quietd', '-c', '/etc/q.cfg'], files, { requestLog: { ask: 'connect', trace: 'line', option: ['-v'], why: 'x' } });
    const bare = unit(['quietd'], files);
    for (const u of [job, optioned, bare]) expect(withRequestDirective(u, [nrpe])).toBe(u);
  });

  it('keeps the mark when plan.yaml gives the same daemon another command, drops it for another daemon', () => {
    const set = withRequestDirective(unit(['quietd', '-c', '/etc/q.cfg'], [rendered('/etc/q.cfg', 'debug=0\n')]), [nrpe]);
    expect(requestLoggingAsWritten({ ...set, command: ['quietd', '-c', '/etc/q.cfg', '-n'] }, [], [nrpe]).requestLog).toEqual(set.requestLog);
    expect(requestLoggingAsWritten({ ...set, command: ['other'] }, [], [nrpe]).requestLog).toBeUndefined();
  });
});

describe('through the planner (catalog php-fpm, Debian pool.d)', () => {
  const { catalog } = loadCatalog();
  const pool = (text: string): Resource =>
    res('template', '/etc/php/8.2/fpm/pool.d/site.conf', {
      actions: ['create'],
      content: { kind: 'rendered', text, complete: true, template: { file: 'templates/pool.erb', line: 1, column: 1 }, unknowns: [] },
      notifies: [{ action: 'restart', resource: 'service[php8.2-fpm]', timing: 'delayed' }],
    });
  const plan = (text: string) =>
    planApp(converge([res('package', 'php8.2-fpm', { actions: ['install'] }), pool(text), res('service', 'php8.2-fpm', { actions: ['enable', 'start'] })]), { name: 'site', version: '1.0.0', labels: {}, catalog });

  it("adds access.log to the cookbook's pool, lists the rewrite in the app and marks the unit for verify", () => {
    const app = plan('[site]\nlisten = /run/php/site.sock\n');
    const u = app.units.find((x) => x.name === 'php-fpm')!;
    expect(textAt(u, '/etc/php/8.2/fpm/pool.d/site.conf')).toBe('[site]\nlisten = /run/php/site.sock\naccess.log = /proc/self/fd/2\n');
    expect(u.requestLog).toMatchObject({ ask: 'http', trace: 'line', option: ['access.log = /proc/self/fd/2'] });
    expect(app.rewrites).toEqual([expect.objectContaining({ unit: 'php-fpm', file: '/etc/php/8.2/fpm/pool.d/site.conf', line: 3, before: '', after: 'access.log = /proc/self/fd/2' })]);
  });

  it("leaves a pool's own access log file alone: linked to stdout and marked as a request log", () => {
    const app = plan('[site]\nlisten = /run/php/site.sock\naccess.log = /var/log/php/site.access.log\n');
    const u = app.units.find((x) => x.name === 'php-fpm')!;
    expect(textAt(u, '/etc/php/8.2/fpm/pool.d/site.conf')).toBe('[site]\nlisten = /run/php/site.sock\naccess.log = /var/log/php/site.access.log\n');
    expect(u.requestLog).toBeUndefined();
    expect(app.rewrites).toBeUndefined();
    expect(u.logs.find((l) => l.path === '/var/log/php/site.access.log')).toEqual({ path: '/var/log/php/site.access.log', stream: 'stdout', requests: true });
  });
});
