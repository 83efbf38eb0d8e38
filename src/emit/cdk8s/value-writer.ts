/**
 * Plain data (what the kustomize emitter writes as YAML) as a TypeScript
 * expression, through ts-morph's code writer: objects and arrays one entry a
 * line, short scalar lists on one line, multi-line text (config files) as
 * template literals so a reader sees the file as it is, and `Expression`s
 * as their code (`props.<name>`).
 */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { Expression } from './expression.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A single-quoted string literal: JSON's escapes, quotes swapped. */
export function quotedString(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/**
 * A template literal whose value is exactly `text`. A raw CR in a template
 * literal reads back as LF, so CR and the other control characters but tab
 * and newline are escapes; `\`, backquote and `${` are escaped.
 */
export function templateLiteral(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `\`${body}\``;
}

const propertyKey = (key: string) => (IDENTIFIER.test(key) ? key : quotedString(key));

/** File modes read as the octal people write them. */
const OCTAL_KEYS = new Set(['defaultMode', 'mode']);

function scalar(value: unknown, key: string | undefined): string | undefined {
  if (value instanceof Expression) return value.code;
  if (typeof value === 'string') return value.includes('\n') ? templateLiteral(value) : quotedString(value);
  if (typeof value === 'number') return key !== undefined && OCTAL_KEYS.has(key) && Number.isInteger(value) && value >= 0 ? `0o${value.toString(8)}` : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return undefined;
}

function writeValue(writer: CodeBlockWriter, value: unknown, key?: string): void {
  const simple = scalar(value, key);
  if (simple !== undefined) {
    writer.write(simple);
    return;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => scalar(v, undefined));
    const inline = items.every((i): i is string => i !== undefined && !i.includes('\n'));
    if (inline && items.join(', ').length <= 60) {
      writer.write(`[${items.join(', ')}]`);
      return;
    }
    writer.write('[').indent(() => {
      for (const item of value) {
        writeValue(writer, item);
        writer.write(',').newLine();
      }
    });
    writer.write(']');
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    writer.write('{}');
    return;
  }
  writer.write('{').indent(() => {
    for (const [k, v] of entries) {
      writer.write(`${propertyKey(k)}: `);
      writeValue(writer, v, k);
      writer.write(',').newLine();
    }
  });
  writer.write('}');
}

/** The expression of `value`, for a structure's initializer or a statement writer. */
export function valueWriter(value: unknown): WriterFunction {
  return (writer) => writeValue(writer, value);
}
