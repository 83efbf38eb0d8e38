import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import ts from 'typescript';
import { propRef } from '../../../src/emit/cdk8s/expression.js';
import { quotedString, templateLiteral, valueWriter } from '../../../src/emit/cdk8s/value-writer.js';
import { classNames, pascalCase } from '../../../src/emit/cdk8s/class-names.js';

/** Evaluates a generated expression as JavaScript (after TypeScript strips nothing: the writer emits plain JS literals). */
const evaluate = (expression: string, props: Record<string, unknown> = {}): unknown => new Function('props', `return (${expression});`)(props);

function written(value: unknown): string {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('/x.ts', (w) => {
    w.write('export const x = ');
    valueWriter(value)(w);
    w.write(';');
  });
  return file.getFullText().replace(/^export const x = /, '').replace(/;\s*$/, '');
}

describe('value writer', () => {
  const awkward = ['plain', "it's", 'back\\slash', 'tick ` and ${x} and $y', 'cr\r\nlf\n', 'tab\tand\u0001control\n', 'line one\nline two\n', '\u2028sep\n'];

  it.each(awkward.map((t) => [JSON.stringify(t), t]))('reads %s back exactly', (_label, text) => {
    expect(evaluate(quotedString(text))).toBe(text);
    expect(evaluate(templateLiteral(text))).toBe(text);
    expect(evaluate(written({ text }))).toEqual({ text });
  });

  it('writes multi-line text as a template literal and keeps its lines unindented', () => {
    const out = written({ a: { conf: 'port 6379\nbind 0.0.0.0\n' } });
    expect(out).toContain('`port 6379\nbind 0.0.0.0\n`');
    expect(evaluate(out)).toEqual({ a: { conf: 'port 6379\nbind 0.0.0.0\n' } });
  });

  it('round-trips nested data with keys that are not identifiers, numbers, booleans and empty collections', () => {
    const value = { 'app.kubernetes.io/name': 'x', list: [1, 'two', { three: true }], empty: [], none: {}, n: null, defaultMode: 0o440 };
    const out = written(value);
    expect(out).toContain('defaultMode: 0o440');
    expect(evaluate(out)).toEqual(value);
  });

  it('writes prop references as props.<name>', () => {
    const out = written({ image: propRef('image'), ports: propRef('ports') });
    expect(out).toMatch(/image: props\.image,\s*ports: props\.ports/);
    expect(evaluate(out, { image: 'i', ports: [1] })).toEqual({ image: 'i', ports: [1] });
  });

  it('writes code TypeScript parses without errors', () => {
    const source = `const x = ${written({ a: ['x', { 'b-c': 'multi\nline`${}' }] })};`;
    const parsed = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
    expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });
});

describe('class names', () => {
  it('are PascalCase identifiers', () => {
    expect(pascalCase('nginx-site')).toBe('NginxSite');
    expect(pascalCase('1password')).toBe('Unit1password');
  });

  it('never clash with what the files import, the chart, or each other', () => {
    const { chart, units } = classNames('web', ['service', 'chart', 'construct', 'web', 'a-b1', 'a-b-1', 'api-object']);
    expect(chart).toBe('WebChart');
    expect(units).toEqual(['Service', 'ChartUnit', 'ConstructUnit', 'Web', 'AB1', 'AB1Unit', 'ApiObjectUnit']);
    expect(classNames('web', ['web-chart']).units).toEqual(['WebChartUnit']);
  });
});
