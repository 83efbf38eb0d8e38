import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/model/plan.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { loadRequestOptions, type RequestOption } from '../../../src/plan/catalog/load-request-options.js';
import { requestLoggingAsWritten, withRequestLogging } from '../../../src/plan/logs/request-logging.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { converge, res } from '../make-converge.js';

const unit = (command: string[], extra: Partial<Unit> = {}): Unit => ({
  name: 'u', workload: 'Deployment', baseImage: 'debian:bookworm-slim', packageManager: 'apt', image: 'a-u:1', repositories: [], packages: [], groups: [],
  users: [], directories: [], files: [], links: [], buildSteps: [], secrets: [], command, runAsNonRoot: false, capabilities: [], ports: [],
  dataDirs: [], logs: [], env: {}, resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }, notes: [], ...extra,
});

const rules: RequestOption[] = [
  { binary: 'quietd', append: ['-vv'], unless: ['-v'], ask: 'connect', trace: 'line', why: 'quietd(8)' },
  { binary: 'multi', applet: 'httpd', append: ['-l', '/dev/stdout'], unless: ['-l'], ask: 'http', trace: 'query', why: 'multi(1)' },
];

describe('request-options.yaml', () => {
  it('reads without errors, every entry citing its manual page', () => {
    const { options, errors } = loadRequestOptions();
    expect(errors).toEqual([]);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o.why).toMatch(/[\w.-]\(\d\)/);
  });

  it('names what is wrong with a broken entry', async () => {
    const { mkdtemp, mkdir, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'decant-request-options-'));
    await mkdir(join(dir, 'logs'));
    await writeFile(join(dir, 'logs', 'request-options.yaml'), '- binary: a\n  append: [-v]\n  ask: connect\n  trace: query\n  why: a(1)\n- binary: b\n  append: [-v]\n  ask: ping\n  trace: line\n  why: b(1)\n');
    const { options, errors } = loadRequestOptions(dir);
    expect(options).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/entry 1: only an HTTP request has a query string/), expect.stringMatching(/entry 2: ask must be http or connect/)]);
  });
});

describe('withRequestLogging', () => {
  it('appends the option to a daemon keyed by its binary, marks the unit and says why', () => {
    const u = withRequestLogging(unit(['/usr/bin/quietd', '-p', '1']), rules);
    expect(u.command).toEqual(['/usr/bin/quietd', '-p', '1', '-vv']);
    expect(u.requestLog).toEqual({ ask: 'connect', trace: 'line', option: ['-vv'], why: 'quietd(8)' });
    expect(u.notes).toEqual(["-vv added to the command so each request or connection it serves shows in the container's output (quietd(8))"]);
  });

  it('matches a multi-call binary by its applet only', () => {
    expect(withRequestLogging(unit(['multi', 'httpd', '-f']), rules).command).toEqual(['multi', 'httpd', '-f', '-l', '/dev/stdout']);
    expect(withRequestLogging(unit(['multi', 'ftpd']), rules).requestLog).toBeUndefined();
  });

  it('marks a command that holds the option already without adding it twice', () => {
    const u = withRequestLogging(unit(['multi', 'httpd', '-l', '/dev/stdout', '-f']), rules);
    expect(u.command).toEqual(['multi', 'httpd', '-l', '/dev/stdout', '-f']);
    expect(u.requestLog?.trace).toBe('query');
    expect(u.notes[0]).toMatch(/already \(-l \/dev\/stdout: multi\(1\)\)/);
  });

  it("leaves a command whose log the cookbook chose (an `unless` option) to the log-file rules, unmarked", () => {
    const u = withRequestLogging(unit(['multi', 'httpd', '-l', '/var/log/multi.log']), rules);
    expect(u.command).toEqual(['multi', 'httpd', '-l', '/var/log/multi.log']);
    expect(u.requestLog).toBeUndefined();
  });

  it('leaves run-once units and unknown binaries alone', () => {
    expect(withRequestLogging(unit(['quietd'], { workload: 'CronJob' }), rules).command).toEqual(['quietd']);
    expect(withRequestLogging(unit(['otherd']), rules)).toEqual(unit(['otherd']));
  });
});

describe('requestLoggingAsWritten (a command plan.yaml sets)', () => {
  it('marks a command holding the option and never adds it', () => {
    expect(requestLoggingAsWritten(unit(['quietd', '-vv']), rules).requestLog?.ask).toBe('connect');
    const bare = requestLoggingAsWritten(unit(['quietd'], { requestLog: { ask: 'connect', trace: 'line', option: ['-vv'], why: 'x' } }), rules);
    expect(bare.command).toEqual(['quietd']);
    expect(bare.requestLog).toBeUndefined();
  });
});

describe('through the planner', () => {
  it("memcached's catalog command gets -vv and image data for verify's request", () => {
    const { catalog } = loadCatalog();
    const app = planApp(converge([res('package', 'memcached', { actions: ['install'] }), res('service', 'memcached', { actions: ['enable', 'start'] })]), { name: 'c', version: '1.0.0', labels: {}, catalog });
    const u = app.units[0]!;
    expect(u.command.at(-1)).toBe('-vv');
    expect(u.requestLog).toMatchObject({ ask: 'connect', trace: 'line' });
    expect(u.notes.join('\n')).toMatch(/-vv added to the command .*memcached\(1\)/);
  });
});
