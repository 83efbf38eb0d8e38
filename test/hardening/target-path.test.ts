import { describe, expect, it } from 'vitest';
import { contextPath } from '../../src/emit/dockerfile/context-path.js';
import { escapeComment, lineSafeBlock } from '../../src/emit/dockerfile/line-safe.js';
import { targetPath } from '../../src/plan/target-path.js';

describe('targetPath: where a resource writes in the image', () => {
  it.each([
    ['/etc/nginx/nginx.conf', '/etc/nginx/nginx.conf', false],
    ['/../../../tmp/x', '/tmp/x', true],
    ['/etc/nginx/../../etc//passwd', '/etc/passwd', true],
    // Harmless spellings: no warning.
    ['/srv/app/', '/srv/app', false],
    ['/etc/./x', '/etc/x', false],
    ['/etc//x', '/etc/x', false],
  ])('%s is %s', (raw, path, normalised) => {
    expect(targetPath(raw)).toEqual({ ok: true, path, normalised });
  });

  it.each([
    ['a/../../..', /relative/],
    ['../../etc/x', /relative/],
    ['etc/x', /relative/],
    ['', /relative/],
    ['/etc/x\nRUN touch /pwned', /control character/],
    ['/etc/\u0000x', /control character/],
    ['/..', /root folder/],
    ['/', /root folder/],
  ])('%j is refused', (raw, reason) => {
    const t = targetPath(raw);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.reason).toMatch(reason);
  });
});

describe('contextPath: the build-context file of a target path', () => {
  it.each([
    ['/etc/nginx/x.conf', 'config/etc/nginx/x.conf'],
    ['/../../../tmp/x', 'config/tmp/x'],
    ['a/../../../../zz', 'config/zz'],
    ['../../../../../escape', 'config/escape'],
  ])('%s stays under config/', (path, expected) => {
    expect(contextPath('config', path)).toBe(expected);
  });
});

describe('Dockerfile lines', () => {
  it('comments keep line breaks as escapes', () => {
    expect(escapeComment('package[p\nRUN touch /pwned]')).toBe('package[p\\u000aRUN touch /pwned]');
    expect(escapeComment('a\u2028b\tc')).toBe('a\\u2028b\tc');
  });

  it('a block whose instruction holds a line break is left out with a note', () => {
    const safe = lineSafeBlock({ comments: ['user[x\ny]'], lines: ["RUN useradd 'x\ny'"] });
    expect(safe.lines).toEqual([]);
    expect(safe.comments[0]).toBe('user[x\\u000ay]');
    expect(safe.comments[1]).toMatch(/left out: a value here holds a line break/);
    const kept = { comments: ['ok'], lines: ['RUN true \\', '    && echo hi'] };
    expect(lineSafeBlock(kept)).toEqual(kept);
  });
});
