import type { SchemaLookup, SchemaType } from './schema-type.js';

export interface SchemaError {
  path: string;
  message: string;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return path === '' ? segment : /^[A-Za-z_$]/.test(segment) ? `${path}.${segment}` : `${path}[${segment}]`;
}

function describe(type: SchemaType, lookup: SchemaLookup, depth = 0): string {
  switch (type.kind) {
    case 'literal':
      return JSON.stringify(type.value);
    case 'union':
      return type.options.map((o) => describe(o, lookup, depth)).join(' or ');
    case 'ref': {
      const target = lookup(type.module, type.name);
      return target && depth < 3 ? describe(target, lookup, depth + 1) : type.name;
    }
    case 'map':
    case 'object':
      return 'object';
    default:
      return type.kind;
  }
}

/**
 * Checks a value against a schema with additional properties refused, as
 * `kubeconform -strict` does: unknown fields, missing required fields and
 * wrong JSON types are errors. null is accepted where a field is optional,
 * the way the API server decodes it.
 */
export function walkSchema(value: unknown, type: SchemaType, path: string, lookup: SchemaLookup, errors: SchemaError[]): void {
  const at = path === '' ? '(root)' : path;
  switch (type.kind) {
    case 'any':
      return;
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== type.kind) errors.push({ path: at, message: `expected ${type.kind}, got ${typeName(value)}` });
      return;
    case 'literal':
      if (value !== type.value) errors.push({ path: at, message: `expected ${JSON.stringify(type.value)}, got ${JSON.stringify(value)}` });
      return;
    case 'array':
      if (!Array.isArray(value)) {
        errors.push({ path: at, message: `expected array, got ${typeName(value)}` });
        return;
      }
      value.forEach((item, index) => walkSchema(item, type.items, `${path}[${index}]`, lookup, errors));
      return;
    case 'map':
      if (!isPlainObject(value)) {
        errors.push({ path: at, message: `expected object, got ${typeName(value)}` });
        return;
      }
      for (const key of Object.keys(value).sort()) walkSchema(value[key], type.values, join(path, key), lookup, errors);
      return;
    case 'object': {
      if (!isPlainObject(value)) {
        errors.push({ path: at, message: `expected object, got ${typeName(value)}` });
        return;
      }
      for (const [name, field] of [...type.fields].sort(([a], [b]) => a.localeCompare(b))) {
        if (field.required && (value[name] === undefined || value[name] === null)) errors.push({ path: join(path, name), message: 'required field missing' });
      }
      for (const key of Object.keys(value).sort()) {
        const field = type.fields.get(key);
        if (!field) errors.push({ path: join(path, key), message: 'unknown field' });
        else if (value[key] !== null || field.required) walkSchema(value[key], field.type, join(path, key), lookup, errors);
      }
      return;
    }
    case 'union': {
      const attempts = type.options.map((option) => {
        const optionErrors: SchemaError[] = [];
        walkSchema(value, option, path, lookup, optionErrors);
        return optionErrors;
      });
      if (attempts.some((a) => a.length === 0)) return;
      errors.push({ path: at, message: `expected ${describe(type, lookup)}, got ${typeName(value)}` });
      return;
    }
    case 'ref': {
      const target = lookup(type.module, type.name);
      if (!target) {
        errors.push({ path: at, message: `no schema for ${type.module}.${type.name}` });
        return;
      }
      walkSchema(value, target, path, lookup, errors);
      return;
    }
    default: {
      const unknownKind: never = type;
      errors.push({ path: at, message: `schema construct not understood: ${JSON.stringify(unknownKind)}` });
    }
  }
}
