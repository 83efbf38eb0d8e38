/**
 * InSpec `json`, `yaml` and `ini`: the file is read inside the container and
 * parsed on the host; `its('a.b')` walks the parsed document. A `content:`
 * option parses the given text instead.
 */
import { parse as parseYaml } from 'yaml';
import { quote, sh } from '../exec.js';
import { failed, type Resource } from './facts.js';
import type { Actual } from '../matchers.js';

export type Format = 'json' | 'yaml' | 'ini';

/** INI as InSpec's SimpleConfig reads it: `[section]`, `key = value`, `;` and `#` comments. */
export function parseIni(text: string): { [k: string]: Actual } {
  const root: { [k: string]: Actual } = {};
  let section = root;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith(';') || line.startsWith('#')) continue;
    const head = /^\[(.+)\]$/.exec(line);
    if (head) {
      const s: { [k: string]: Actual } = {};
      root[head[1]!.trim()] = s;
      section = s;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) section[line] = '';
    else section[line.slice(0, eq).trim()] = line.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return root;
}

function toPlain(v: unknown): Actual {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, toPlain(x)]));
  return String(v);
}

export function parseDocument(format: Format, text: string): Actual {
  switch (format) {
    case 'json':
      return toPlain(JSON.parse(text));
    case 'yaml':
      return toPlain(parseYaml(text));
    case 'ini':
      return parseIni(text);
    default:
      throw new Error(`unknown format ${String(format)}`);
  }
}

export function configFileResource(format: Format): Resource {
  return async (args, ctx) => {
    const [first] = args;
    let text: string;
    let source: string;
    if (typeof first === 'string') {
      const r = await sh(ctx.exec, `cat -- ${quote(first)}`);
      if (r.error) return failed(r.error);
      if (r.exitCode !== 0) return failed(`cannot read ${first}: ${r.stderr.trim()}`);
      text = r.stdout;
      source = first;
    } else if (first && typeof first === 'object' && !Array.isArray(first) && !(first instanceof RegExp) && typeof first['content'] === 'string') {
      text = first['content'];
      source = 'the given content';
    } else if (first && typeof first === 'object' && !Array.isArray(first) && !(first instanceof RegExp) && typeof first['path'] === 'string') {
      return configFileResource(format)([first['path']], ctx);
    } else {
      return { unsupported: `${format} needs a path or content:` };
    }
    let doc: Actual;
    try {
      doc = parseDocument(format, text);
    } catch (e) {
      return failed(`${source} is not valid ${format}: ${(e as Error).message}`);
    }
    return {
      predicates: {},
      properties: { params: doc, content: text },
      document: async () => doc,
    };
  };
}
