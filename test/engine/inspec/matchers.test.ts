import { describe, expect, it } from 'vitest';
import { applyMatcher, cmp, compareVersions } from '../../../src/engine/inspec/matchers.js';
import { NotStatic, TestHash, TestRegex, TestSymbol } from '../../../src/engine/inspec/model.js';
import { dig } from '../../../src/engine/inspec/evaluate-expectation.js';

const ok = (v: ReturnType<typeof applyMatcher>) => ('ok' in v ? v.ok : `unsupported: ${v.unsupported}`);

describe('cmp, with InSpec meanings (docs.chef.io/inspec/matchers)', () => {
  it('compares strings case-insensitively and strings with numbers', () => {
    expect(cmp('RAW', '==', 'raw')).toBe(true);
    expect(cmp('2', '==', 2)).toBe(true);
    expect(cmp(2, '==', '2')).toBe(true);
    expect(cmp('2', '==', 3)).toBe(false);
    expect(cmp('abc', '==', 2)).toBe(false);
  });

  it('reads an octal string against a mode, and numeric operators', () => {
    expect(cmp(0o644, '==', '0644')).toBe(true);
    expect(cmp(0o640, '==', '0644')).toBe(false);
    expect(cmp(0o600, '<=', '0644')).toBe(true);
    expect(cmp(420, '==', 420)).toBe(true);
    expect(cmp(5, '>=', 3)).toBe(true);
    expect(cmp('10', '>', '9')).toBe(true);
  });

  it('compares one-element arrays to a value, and regexes to text', () => {
    expect(cmp(['root'], '==', 'root')).toBe(true);
    expect(cmp(['root'], '==', ['root'])).toBe(true);
    expect(cmp(['root', 'adm'], '==', 'root')).toBe(false);
    expect(cmp(['raw'], '==', /RAW/i)).toBe(true);
    expect(cmp('true', '==', 'TRUE')).toBe(true);
    expect(cmp(true, '==', 'true')).toBe(true);
    expect(cmp(false, '==', 'true')).toBe(false);
  });

  it('orders versions part by part', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('1.22.1-9', '1.22.1-9')).toBe(0);
    expect(cmp('1.22.1-9', '>', '1.18.0')).toBe(true);
    expect(cmp('7.0.15-1~deb12u1', '<', '7.2')).toBe(true);
  });
});

describe('applyMatcher', () => {
  it('eq is exact: types must match', () => {
    expect(ok(applyMatcher({ name: 'eq', args: ['22'] }, '22', false))).toBe(true);
    expect(ok(applyMatcher({ name: 'eq', args: [22] }, '22', false))).toBe(false);
    expect(ok(applyMatcher({ name: 'eq', args: [[1, 2]] }, [1, 2], false))).toBe(true);
    expect(ok(applyMatcher({ name: 'eq', args: [new TestHash([[new TestSymbol('a'), 1]])] }, { a: 1 }, false))).toBe(true);
  });

  it('match uses Ruby line anchors, include works on strings, arrays and hashes, negation flips', () => {
    const re = new TestRegex('^port 6380$', 'm');
    expect(ok(applyMatcher({ name: 'match', args: [re] }, 'bind 0.0.0.0\nport 6380\n', false))).toBe(true);
    expect(ok(applyMatcher({ name: 'match', args: [re] }, 'port 6379\n', true))).toBe(true);
    expect(ok(applyMatcher({ name: 'include', args: ['tcp'] }, ['tcp', 'tcp6'], false))).toBe(true);
    expect(ok(applyMatcher({ name: 'include', args: ['listen 80'] }, 'server { listen 80; }', false))).toBe(true);
    expect(ok(applyMatcher({ name: 'include', args: ['x'] }, { x: 1 }, false))).toBe(true);
    expect(ok(applyMatcher({ name: 'include', args: ['udp'] }, ['tcp'], false))).toBe(false);
  });

  it('be with operators, be_in, start_with, be_empty, contain', () => {
    expect(ok(applyMatcher({ name: 'be', operator: '>=', args: [10] }, 12, false))).toBe(true);
    expect(ok(applyMatcher({ name: 'be', operator: '<', args: [10] }, 12, false))).toBe(false);
    expect(ok(applyMatcher({ name: 'be', operator: '<', args: [10] }, '12', false))).toMatch(/^unsupported: be < compares numbers/);
    expect(ok(applyMatcher({ name: 'be_in', args: [['www-data', 'nginx']] }, 'nginx', false))).toBe(true);
    expect(ok(applyMatcher({ name: 'start_with', args: ['/usr'] }, '/usr/sbin/nginx', false))).toBe(true);
    expect(ok(applyMatcher({ name: 'be_empty', args: [] }, '', false))).toBe(true);
    expect(ok(applyMatcher({ name: 'contain', args: [new TestRegex('port \\d+', 'm')] }, 'port 1', false))).toBe(true);
  });

  it('says unsupported, not passed, for what it does not know', () => {
    expect(ok(applyMatcher({ name: 'have_attributes', args: [] }, 1, false))).toMatch(/^unsupported: matcher have_attributes/);
    expect(ok(applyMatcher({ name: 'eq', args: [new NotStatic('node attributes')] }, 1, false))).toBe('unsupported: node attributes');
    expect(ok(applyMatcher({ name: 'cmp', operator: '>', args: [[1]] }, { a: 1 }, false))).toMatch(/^unsupported: cmp >/);
  });

  it('failure details say what was expected and what came back', () => {
    const v = applyMatcher({ name: 'match', args: [new TestRegex('maintenance mode', 'm')] }, 'ok www.example.test\n', false);
    expect(v).toEqual({ ok: false, detail: 'expected to match /maintenance mode/, got "ok www.example.test\\n"' });
  });
});

describe('property paths', () => {
  it('walks hashes (header names case-insensitively), arrays and length', () => {
    const doc = { headers: { 'content-type': 'text/plain' }, list: [1, 2, 3] };
    expect(dig(doc, ['headers', 'Content-Type'])).toBe('text/plain');
    expect(dig(doc, ['list', 'length'])).toBe(3);
    expect(dig(doc, ['list', 'first'])).toBe(1);
    expect(dig(doc, ['list', '-1'])).toBe(3);
    expect(dig(doc, ['missing', 'deeper'])).toBe(null);
  });
});
