/** The engine's pure parts: progress events, reading image.json, the HTTP target (systemd units: test/text/systemd-unit.test.ts). */
import { describe, expect, it } from 'vitest';
import { applyEvent, newProgress, parseEventLines } from '../../src/engine/build-progress.js';
import { parseImageData } from '../../src/engine/image-data.js';
import { httpTarget, verifyHostConfig } from '../../src/engine/verify.js';

describe('build progress', () => {
  it('follows steps across split stream events and keeps the failing step output', () => {
    const p = newProgress();
    const { events, rest } = parseEventLines(
      '{"stream":"Step 1/2 : FROM debian:bookworm-slim\\n"}\n{"stream":" ---\\u003e abc\\n"}\n{"stream":"Step 2/2 : RUN false\\n"}\n{"stream":" ---\\u003e Running in 1\\n"}\n{"stream":"\\u001b[91mpart"}\n{"stream":"ial line\\n\\u001b[0m"}\n{"errorDetail":{"code":1,"message":"returned a non-zero code: 1"},"error":"x"}\n{"str',
    );
    expect(rest).toBe('{"str');
    for (const e of events) applyEvent(p, e);
    expect(p.steps.map((s) => [s.step, s.total, s.instruction])).toEqual([
      [1, 2, 'FROM debian:bookworm-slim'],
      [2, 2, 'RUN false'],
    ]);
    expect(p.steps[1]!.lines).toEqual(['partial line']);
    expect(p.error).toBe('returned a non-zero code: 1');
  });

  it('marks cached steps and keeps a non-JSON line as output', () => {
    const p = newProgress();
    const { events } = parseEventLines('{"stream":"Step 1/1 : RUN x\\n ---\\u003e Using cache\\n"}\nnot json\n');
    for (const e of events) applyEvent(p, e);
    expect(p.steps[0]!.cached).toBe(true);
    expect(p.steps[0]!.lines).toEqual(['not json']);
  });
});

describe('image.json', () => {
  const data = {
    version: 1,
    files: ['/etc/a b.conf'],
    steps: [
      { line: 3, instruction: 'FROM', origins: [] },
      { line: 6, instruction: 'RUN', origins: [{ resource: 'package[nginx]', file: 'web/recipes/default.rb', line: 3 }] },
    ],
    health: { kind: 'http', port: 8080, path: '/healthz' },
    logs: { requests: true, files: ['/var/log/app/app.log'], syslog: ['/etc/app.conf:3 (log)'] },
    systemdService: 'greeter',
  };

  it('reads what emit wrote', () => {
    expect(parseImageData(JSON.stringify(data))).toEqual({ ok: true, data });
    const { health: _h, systemdService: _s, logs: _l, ...bare } = data;
    expect(parseImageData(JSON.stringify(bare))).toEqual({ ok: true, data: bare });
  });

  it('refuses what is not one, saying why, never throwing', () => {
    expect(parseImageData('{')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not JSON/) });
    expect(parseImageData('[]')).toMatchObject({ ok: false, reason: 'not an image.json of version 1' });
    expect(parseImageData(JSON.stringify({ ...data, version: 2 }))).toMatchObject({ ok: false });
    expect(parseImageData(JSON.stringify({ ...data, files: [1] }))).toMatchObject({ ok: false, reason: expect.stringContaining('"files"') });
    expect(parseImageData(JSON.stringify({ ...data, steps: [{ line: 0, instruction: 'FROM', origins: [] }] }))).toMatchObject({ ok: false, reason: expect.stringContaining('"steps"') });
    expect(parseImageData(JSON.stringify({ ...data, steps: [{ line: 1, instruction: 'FROM', origins: [{ resource: 'x' }] }] }))).toMatchObject({ ok: false });
    expect(parseImageData(JSON.stringify({ ...data, health: { kind: 'http', port: 70000, path: '/' } }))).toMatchObject({ ok: false, reason: expect.stringContaining('"health"') });
    expect(parseImageData(JSON.stringify({ ...data, systemdService: 3 }))).toMatchObject({ ok: false });
    expect(parseImageData(JSON.stringify({ ...data, logs: { requests: 'yes', files: [], syslog: [] } }))).toMatchObject({ ok: false, reason: expect.stringContaining('"logs"') });
    expect(parseImageData(JSON.stringify({ ...data, logs: { requests: true, files: [1], syslog: [] } }))).toMatchObject({ ok: false });
  });
});

describe('HTTP target', () => {
  it('takes port and path from the emitted HTTP health check, else a conventional HTTP port', () => {
    expect(httpTarget({ kind: 'http', port: 8443, path: '/healthz' }, [8443])).toEqual({ port: 8443, path: '/healthz' });
    expect(httpTarget({ kind: 'tcp', port: 6379 }, [6379])).toBeUndefined();
    expect(httpTarget({ kind: 'exec', command: ['true'] }, [8080])).toEqual({ port: 8080, path: '/' });
    expect(httpTarget(undefined, [6379, 80])).toEqual({ port: 80, path: '/' });
  });
});

describe('the verify container, as a pod runs it', () => {
  it('turns IPv6 on (a daemon binding ::1 starts) and adds the capabilities image.json names', () => {
    expect(verifyHostConfig(undefined, ['NET_ADMIN'])).toEqual({
      Sysctls: { 'net.ipv6.conf.all.disable_ipv6': '0', 'net.ipv6.conf.lo.disable_ipv6': '0' },
      CapAdd: ['NET_ADMIN'],
    });
  });
  it("a container joining its pod's network takes that namespace's settings, and keeps its socket volumes", () => {
    expect(verifyHostConfig({ networkOf: 'lead', volumes: [{ name: 'v', dir: '/run/php' }], otherPorts: [] }, [])).toEqual({ Binds: ['v:/run/php'], NetworkMode: 'container:lead' });
  });
  it('image.json capabilities are read, and refused when they are not capability names', () => {
    const base = { version: 1, files: [], steps: [{ line: 1, instruction: 'FROM', origins: [] }] };
    const read = parseImageData(JSON.stringify({ ...base, capabilities: ['NET_ADMIN'] }));
    expect(read.ok && read.data.capabilities).toEqual(['NET_ADMIN']);
    expect(parseImageData(JSON.stringify({ ...base, capabilities: ['net admin'] })).ok).toBe(false);
  });
});

describe('secret values verify gives the start-time script', () => {
  it("decant's placeholders become one plain word; a real value is kept", async () => {
    const { verifyValue, VERIFY_STAND_IN } = await import('../../src/engine/runtime-files.js');
    const { SECRET_PLACEHOLDER } = await import('../../src/emit/secret-text.js');
    const { COMPOSE_SECRET_PLACEHOLDER, COMPOSE_RUNTIME_SECRET_PLACEHOLDER } = await import('../../src/emit/compose/compose-format.js');
    for (const p of [SECRET_PLACEHOLDER, COMPOSE_SECRET_PLACEHOLDER, COMPOSE_RUNTIME_SECRET_PLACEHOLDER]) expect(verifyValue(p)).toBe(VERIFY_STAND_IN);
    expect(VERIFY_STAND_IN).toMatch(/^[a-z-]+$/);
    expect(verifyValue('s3cr3t with spaces')).toBe('s3cr3t with spaces');
  });
});
