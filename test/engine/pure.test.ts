/** The engine's pure parts: progress events, Dockerfile steps, COPY destinations (systemd units: test/text/systemd-unit.test.ts). */
import { describe, expect, it } from 'vitest';
import { applyEvent, newProgress, parseEventLines } from '../../src/engine/build-progress.js';
import { dockerfileInstructions, instructionForStep, originsOf, parseOrigin } from '../../src/engine/dockerfile-steps.js';
import { copiedPaths } from '../../src/engine/rendered-files.js';
import { httpTarget } from '../../src/engine/verify.js';

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

describe('Dockerfile steps', () => {
  const text = [
    '# header',
    'ARG BASE=debian:bookworm-slim',
    'FROM $BASE',
    '',
    '# package[nginx] from web/recipes/default.rb:3',
    '# package[curl] from web/recipes/default.rb:4:5',
    'RUN apt-get update \\',
    '    # a comment inside the instruction',
    '    && apt-get install -y nginx',
    '',
    '# execute[seed] from web/recipes/seed.rb:12',
    'USER www',
    'RUN seed',
    'USER root',
    '# runs as www',
    'USER www',
  ].join('\n');
  const ins = dockerfileInstructions(text);

  it('counts steps from FROM, with continuation lines joined', () => {
    expect(instructionForStep(ins, 1)!.text).toBe('FROM $BASE');
    expect(instructionForStep(ins, 2)!.line).toBe(7);
    expect(instructionForStep(ins, 2)!.text).toBe('RUN apt-get update \\\n&& apt-get install -y nginx');
    expect(instructionForStep(ins, 4)!.line).toBe(13);
    expect(instructionForStep(ins, 9)).toBeUndefined();
  });

  it('names every resource of a block, and the block above for an instruction inside one', () => {
    expect(originsOf(ins, ins.indexOf(instructionForStep(ins, 2)!))).toEqual([
      { resource: 'package[nginx]', file: 'web/recipes/default.rb', line: 3 },
      { resource: 'package[curl]', file: 'web/recipes/default.rb', line: 4 },
    ]);
    expect(originsOf(ins, ins.indexOf(instructionForStep(ins, 4)!))).toEqual([{ resource: 'execute[seed]', file: 'web/recipes/seed.rb', line: 12 }]);
    // A block whose comment names no resource has none: not the resource of an earlier block.
    expect(originsOf(ins, ins.length - 1)).toEqual([]);
  });

  it('reads only origin comments', () => {
    expect(parseOrigin('template[/etc/a b.conf] from c/templates/x.erb:1')).toEqual({ resource: 'template[/etc/a b.conf]', file: 'c/templates/x.erb', line: 1 });
    expect(parseOrigin('runs as www')).toBeUndefined();
  });
});

describe('rendered files', () => {
  it('lists COPY destinations, not build-step scripts', () => {
    const text = [
      'FROM x',
      'COPY --chown=www:www config/etc/nginx/nginx.conf /etc/nginx/nginx.conf',
      'COPY scripts/step-01.sh /tmp/decant/scripts/step-01.sh',
      'ADD https://example.org/key.asc /etc/apt/keyrings/',
      'COPY files/srv/a /srv/a',
    ].join('\n');
    expect(copiedPaths(text)).toEqual(['/etc/apt/keyrings/key.asc', '/etc/nginx/nginx.conf', '/srv/a']);
  });
});

describe('HTTP target', () => {
  it('takes port and path from the emitted HTTP health check, else a conventional HTTP port', () => {
    const test = ['CMD', 'bash', '-c', "exec 3<>/dev/tcp/127.0.0.1/8443 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3"];
    expect(httpTarget(test, [8443])).toEqual({ port: 8443, path: '/healthz' });
    expect(httpTarget(['CMD', 'bash', '-c', 'exec 3<>/dev/tcp/127.0.0.1/6379'], [6379])).toBeUndefined();
    expect(httpTarget(undefined, [6379, 80])).toEqual({ port: 80, path: '/' });
  });
});
