import { posix } from 'node:path';
import type { SchemaField, SchemaType } from './schema-type.js';

/**
 * Reads one kubernetes-types declaration file (`apps/v1.d.ts`) into named
 * schema types. The files are generated and regular: imports, interfaces of
 * `name?: Type;` members, and `type X = …;` aliases. Anything else is refused
 * loudly, so a new package version with a new construct fails the tests
 * instead of silently accepting fields.
 */
export function readTypeDeclarations(module: string, source: string): Map<string, SchemaType> {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const imports = new Map<string, string>();
  const types = new Map<string, SchemaType>();
  const reader = new Reader(text);
  const resolve = (name: string): SchemaType => ({ kind: 'ref', module: imports.get(name) ?? module, name });
  while (!reader.atEnd()) {
    if (reader.accept('import')) {
      reader.expect('{');
      const names: string[] = [];
      while (!reader.accept('}')) {
        names.push(reader.identifier());
        reader.accept(',');
      }
      reader.expect('from');
      const from = reader.stringLiteral();
      reader.expect(';');
      const target = posix.join(posix.dirname(module), from);
      for (const name of names) imports.set(name, target);
    } else if (reader.accept('export')) {
      if (reader.accept('interface')) {
        const name = reader.identifier();
        types.set(name, readObject(reader, resolve));
      } else if (reader.accept('type')) {
        const name = reader.identifier();
        reader.expect('=');
        types.set(name, readType(reader, resolve));
        reader.expect(';');
      } else {
        throw new Error(`${module}: unexpected declaration near "${reader.peek()}"`);
      }
    } else {
      throw new Error(`${module}: unexpected token "${reader.peek()}"`);
    }
  }
  return types;
}

type Resolve = (name: string) => SchemaType;

function readObject(reader: Reader, resolve: Resolve): SchemaType {
  reader.expect('{');
  const fields = new Map<string, SchemaField>();
  while (!reader.accept('}')) {
    if (reader.accept('[')) {
      reader.identifier();
      reader.expect(':');
      reader.identifier();
      reader.expect(']');
      reader.expect(':');
      const values = readType(reader, resolve);
      reader.expect(';');
      reader.expect('}');
      return { kind: 'map', values };
    }
    reader.accept('readonly');
    const name = reader.peek().startsWith('"') ? reader.stringLiteral() : reader.identifier();
    const optional = reader.accept('?');
    reader.expect(':');
    fields.set(name, { type: readType(reader, resolve), required: !optional });
    reader.expect(';');
  }
  return { kind: 'object', fields };
}

function readType(reader: Reader, resolve: Resolve): SchemaType {
  const options = [readPrimary(reader, resolve)];
  while (reader.accept('|')) options.push(readPrimary(reader, resolve));
  return options.length === 1 ? (options[0] as SchemaType) : { kind: 'union', options };
}

function readPrimary(reader: Reader, resolve: Resolve): SchemaType {
  let type: SchemaType;
  const token = reader.peek();
  if (token.startsWith('"')) type = { kind: 'literal', value: reader.stringLiteral() };
  else if (token === '{') type = readObject(reader, resolve);
  else {
    const name = reader.identifier();
    if (name === 'string' || name === 'number' || name === 'boolean') type = { kind: name };
    else if (name === 'any' || name === 'unknown' || name === 'object') type = { kind: 'any' };
    else if (name === 'Array') {
      reader.expect('<');
      type = { kind: 'array', items: readType(reader, resolve) };
      reader.expect('>');
    } else type = resolve(name);
  }
  while (reader.accept('[')) {
    reader.expect(']');
    type = { kind: 'array', items: type };
  }
  return type;
}

class Reader {
  private readonly tokens: string[];
  private position = 0;

  constructor(text: string) {
    this.tokens = text.match(/"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$-]*|[{}[\]<>()|;:,=?]/g) ?? [];
  }

  atEnd(): boolean {
    return this.position >= this.tokens.length;
  }

  peek(): string {
    return this.tokens[this.position] ?? '<end>';
  }

  accept(token: string): boolean {
    if (this.peek() !== token) return false;
    this.position += 1;
    return true;
  }

  expect(token: string): void {
    if (!this.accept(token)) throw new Error(`expected "${token}", found "${this.peek()}"`);
  }

  identifier(): string {
    const token = this.peek();
    if (!/^[A-Za-z_$]/.test(token)) throw new Error(`expected a name, found "${token}"`);
    this.position += 1;
    return token;
  }

  stringLiteral(): string {
    const token = this.peek();
    if (!token.startsWith('"')) throw new Error(`expected a string, found "${token}"`);
    this.position += 1;
    return JSON.parse(token) as string;
  }
}
