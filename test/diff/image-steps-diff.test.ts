import { describe, expect, it } from 'vitest';
import { dockerfileSteps } from '../../src/diff/dockerfile-steps.js';
import { imageStepsDiff, type UnitImage } from '../../src/diff/image-steps-diff.js';
import { unifiedDiff } from '../../src/diff/line-diff.js';
import { fieldChanges } from '../../src/diff/field-changes.js';
import { packageChanges } from '../../src/diff/unit-diff.js';

const dockerfile = (pkgs: string, conf = 'config/etc/app.conf') =>
  [
    '# decant: image',
    'FROM debian:bookworm-slim',
    '',
    '# package[app] from app/recipes/default.rb:1',
    'RUN apt-get update \\',
    `    && apt-get install -y ${pkgs}`,
    '',
    '# template[/etc/app.conf] from app/recipes/default.rb:5',
    `COPY ${conf} /etc/app.conf`,
    '',
    'CMD ["app"]',
    '',
  ].join('\n');

const image = (text: string, conf: string): UnitImage => ({
  dockerfile: text,
  imageData: {
    version: 1,
    files: ['/etc/app.conf'],
    steps: [
      { line: 2, instruction: 'FROM', origins: [] },
      { line: 5, instruction: 'RUN', origins: [{ resource: 'package[app]', file: 'app/recipes/default.rb', line: 1 }] },
      { line: 9, instruction: 'COPY', origins: [{ resource: 'template[/etc/app.conf]', file: 'app/recipes/default.rb', line: 5 }] },
      { line: 11, instruction: 'CMD', origins: [] },
    ],
  },
  context: new Map([['config/etc/app.conf', Buffer.from(conf)]]),
});

describe('Dockerfile steps as the build cache sees them', () => {
  it('joins continuation lines, drops comments, and names the context files a COPY reads', () => {
    const steps = dockerfileSteps(dockerfile('app'));
    expect(steps.map((s) => [s.line, s.instruction])).toEqual([[2, 'FROM'], [5, 'RUN'], [9, 'COPY'], [11, 'CMD']]);
    expect(steps[1]!.text).toBe('RUN apt-get update \\\n    && apt-get install -y app');
    expect(steps[2]!.sources).toEqual(['config/etc/app.conf']);
    expect(dockerfileSteps('COPY --chown=a:b ["config/a b", "/etc/a b"]\n')[0]!.sources).toEqual(['config/a b']);
  });

  it('a COPY whose file changed rebuilds from that step on, and names the resource behind it', () => {
    const d = imageStepsDiff(image(dockerfile('app'), 'port 1\n'), image(dockerfile('app'), 'port 2\n'));
    expect(d.rebuild).toMatchObject({ fromStep: 3, fromLine: 9, instruction: 'COPY', steps: 2, total: 4 });
    expect(d.rebuild!.origins[0]!.resource).toBe('template[/etc/app.conf]');
    expect(d.steps).toEqual([expect.objectContaining({ status: 'changed', instruction: 'COPY', changedSources: ['config/etc/app.conf'] })]);
  });

  it('a changed package step rebuilds every later layer; an identical image rebuilds none', () => {
    const d = imageStepsDiff(image(dockerfile('app'), 'x'), image(dockerfile('app extra'), 'x'));
    expect(d.rebuild).toMatchObject({ fromStep: 2, steps: 3, total: 4 });
    expect(d.steps.map((s) => [s.status, s.instruction, s.origins[0]?.resource])).toEqual([['changed', 'RUN', 'package[app]']]);
    const same = imageStepsDiff(image(dockerfile('app'), 'x'), image(dockerfile('app'), 'x'));
    expect(same).toEqual({ steps: [], rebuild: null, commentsOnly: false });
    const comments = imageStepsDiff(image(dockerfile('app'), 'x'), image(dockerfile('app').replace(':1', ':2'), 'x'));
    expect(comments).toEqual({ steps: [], rebuild: null, commentsOnly: true });
  });

  it('an added step is added, not every later step changed', () => {
    const added = dockerfile('app').replace('CMD', 'RUN rm -f /etc/default\n\nCMD');
    const d = imageStepsDiff(image(dockerfile('app'), 'x'), { ...image(added, 'x'), imageData: null });
    expect(d.steps.map((s) => [s.status, s.instruction, s.new?.text])).toEqual([['added', 'RUN', 'RUN rm -f /etc/default']]);
    expect(d.rebuild).toMatchObject({ fromStep: 4, steps: 2, total: 5 });
  });
});

describe('unified diff', () => {
  it('shows changed lines with three lines of context and hunk positions', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n') + '\n';
    const b = a.replace('e\n', 'E\n');
    expect(unifiedDiff(a, b)).toBe(['--- old', '+++ new', '@@ -2,7 +2,7 @@', ' b', ' c', ' d', '-e', '+E', ' f', ' g', ' h', ''].join('\n'));
    expect(unifiedDiff(a, a)).toBe('');
    expect(unifiedDiff('', 'x\n')).toBe('--- old\n+++ new\n@@ -0,0 +1,1 @@\n+x\n');
  });
});

describe('fields compared as data', () => {
  it('matches named list items by name and keeps word lists whole', () => {
    const a = { spec: { containers: [{ name: 'web', image: 'a:1', command: ['x', '-p', '1'] }, { name: 'side', image: 's' }] } };
    const b = { spec: { containers: [{ name: 'side', image: 's' }, { name: 'web', image: 'a:2', command: ['x', '-p', '2'] }] } };
    expect(fieldChanges(a, b)).toEqual([
      { path: 'spec.containers[name=web].command', old: ['x', '-p', '1'], new: ['x', '-p', '2'] },
      { path: 'spec.containers[name=web].image', old: 'a:1', new: 'a:2' },
    ]);
    expect(fieldChanges({ data: { f: 'a\nb\n' } }, { data: { f: 'a\nc\n' } })[0]!.diff).toContain('-b\n+c');
    expect(fieldChanges({ a: 1 }, { b: 1 })).toEqual([
      { path: 'a', old: 1, new: null },
      { path: 'b', old: null, new: 1 },
    ]);
  });

  it('compares the package lock by name', () => {
    const lock = (...p: [string, string][]) => ({ packages: p.map(([name, version]) => ({ name, version, source: 'debian' })) });
    expect(packageChanges(lock(['nginx', '1.22.1-9'], ['libc6', '2.36-9']), lock(['nginx', '1.22.1-9+deb12u1'], ['zlib1g', '1:1.2.13']))).toEqual([
      { name: 'libc6', old: '2.36-9', new: null },
      { name: 'nginx', old: '1.22.1-9', new: '1.22.1-9+deb12u1' },
      { name: 'zlib1g', old: null, new: '1:1.2.13' },
    ]);
  });
});
