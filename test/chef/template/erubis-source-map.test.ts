import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erubisSource, erubisSourceMapped } from '../../../src/chef/template/erubis-source.js';
import { lineColumnAt, templateOffsetAt } from '../../../src/chef/template/template-location.js';

const dir = join(import.meta.dirname, 'corpus');
const corpus = readdirSync(dir)
  .filter((n) => n.endsWith('.erb'))
  .sort()
  .map((n) => [n, readFileSync(join(dir, n), 'utf8')] as const);

describe('erubisSourceMapped: the map back to the template', () => {
  it.each(corpus)('%s: segments tile the source and verbatim code is copied unchanged', (_name, template) => {
    const { source, segments } = erubisSourceMapped(template);
    expect(source).toBe(erubisSource(template));
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.sourceOffset ?? source.length;
      expect(end).toBeGreaterThan(segment.sourceOffset);
      expect(segment.templateOffset).toBeGreaterThanOrEqual(0);
      expect(segment.templateOffset).toBeLessThanOrEqual(template.length);
      if (segment.verbatim) {
        const piece = source.slice(segment.sourceOffset, end);
        expect(template.slice(segment.templateOffset, segment.templateOffset + piece.length)).toBe(piece);
      }
    });
  });

  it('maps a place inside an expression to the same place in the template', () => {
    const template = '<%= a -%>\n<%= b -%>\nx\n  <%= foo.bar %>\n';
    const mapped = erubisSourceMapped(template);
    const inSource = mapped.source.indexOf('foo.bar');
    const offset = templateOffsetAt(mapped, inSource);
    expect(template.slice(offset, offset + 7)).toBe('foo.bar');
    expect(lineColumnAt(template, offset)).toEqual({ line: 4, column: 7 });
  });

  it('maps generated text to the start of the template text it quotes', () => {
    const template = "<% x = 1 %>\nit's\n";
    const mapped = erubisSourceMapped(template);
    const offset = templateOffsetAt(mapped, mapped.source.indexOf("it\\'s"));
    expect(lineColumnAt(template, offset)).toEqual({ line: 2, column: 1 });
  });
});
