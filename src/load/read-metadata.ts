/**
 * A cookbook's metadata from metadata.json (preferred, as Chef's cookbook
 * loader does when both exist) or metadata.rb (read with the literal reader).
 * The name falls back to the folder name, as Chef does for a cookbook whose
 * metadata has none.
 */
import { basename, join } from 'node:path';
import { warning } from '../diagnostics/create.js';
import { Unknown, type Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { CookbookMetadata, Dependency } from '../model/workspace.js';
import { readLiteralFile, type LiteralCall } from '../ruby/literal.js';
import { isFile } from './list-files.js';
import { parseJsonSource } from './json-source.js';
import { isDiagnostic, readContained } from './read-source.js';

export interface MetadataResult {
  readonly metadata: CookbookMetadata;
  /** `metadata.rb` or `metadata.json`, when one was read. */
  readonly file?: string;
  readonly diagnostics: Diagnostic[];
}

/** Calls whose values decant never uses and which commonly read other files (`IO.read('README.md')`). */
const IGNORED = new Set(['long_description', 'recipe', 'provides', 'replaces', 'grouping', 'attribute', 'gem', 'ohai_version', 'privacy']);

export function readMetadata(root: string): MetadataResult {
  const folderName = basename(root);
  if (isFile(join(root, 'metadata.json'))) return readMetadataJson(root, folderName);
  if (isFile(join(root, 'metadata.rb'))) return readMetadataRb(root, folderName);
  return { metadata: { name: folderName, depends: [], supports: [] }, diagnostics: [] };
}

function readMetadataRb(root: string, folderName: string): MetadataResult {
  const src = readContained(root, 'metadata.rb', { cookbook: folderName, what: `cookbook ${folderName}` });
  if (isDiagnostic(src)) return { metadata: { name: folderName, depends: [], supports: [] }, diagnostics: [src] };
  const file = readLiteralFile(src.text, src.ref, { code: 'DEC0203', ignore: IGNORED });
  const diagnostics = [...file.diagnostics];
  const fields: { -readonly [K in keyof CookbookMetadata]?: CookbookMetadata[K] } = {};
  const depends: Dependency[] = [];
  const supports: string[] = [];
  for (const call of file.calls) {
    switch (call.method) {
      case 'name':
      case 'version':
      case 'description':
      case 'maintainer':
      case 'license':
      case 'source_url': {
        const value = stringArg(call, diagnostics);
        if (value === undefined) break;
        const key = call.method === 'source_url' ? 'sourceUrl' : call.method;
        fields[key] = value;
        break;
      }
      case 'depends': {
        const name = stringArg(call, diagnostics);
        if (name === undefined) break;
        const constraint = call.args[1];
        depends.push({
          name,
          ...(typeof constraint === 'string' ? { constraint } : {}),
          location: call.location,
        });
        break;
      }
      case 'supports': {
        const name = stringArg(call, diagnostics);
        if (name !== undefined) supports.push(name);
        break;
      }
      default:
        // maintainer_email, issues_url, chef_version, ... : known metadata Chef keeps and decant does not need.
        break;
    }
  }
  const name = fields.name ?? folderName;
  return {
    metadata: { ...fields, name, depends: depends.map((d) => ({ ...d, location: { ...d.location!, cookbook: name } })), supports },
    file: 'metadata.rb',
    diagnostics: withRef(diagnostics, name),
  };
}

function readMetadataJson(root: string, folderName: string): MetadataResult {
  const src = readContained(root, 'metadata.json', { cookbook: folderName, what: `cookbook ${folderName}` });
  if (isDiagnostic(src)) return { metadata: { name: folderName, depends: [], supports: [] }, diagnostics: [src] };
  const parsed = parseJsonSource(src, 'DEC0203');
  const diagnostics = [...parsed.diagnostics];
  const json = parsed.value;
  const obj = json !== null && typeof json === 'object' && !Array.isArray(json) && !(json instanceof Unknown) ? json : {};
  const str = (k: string) => (typeof obj[k] === 'string' ? (obj[k] as string) : undefined);
  const at: SourceLocation = { file: src.ref.file, line: 1, column: 1, cookbook: str('name') ?? folderName, ...(src.ref.path ? { path: src.ref.path } : {}) };
  const deps = obj['dependencies'];
  const platforms = obj['platforms'];
  const depends: Dependency[] =
    deps && typeof deps === 'object' && !Array.isArray(deps) && !(deps instanceof Unknown)
      ? Object.keys(deps)
          .sort()
          .map((name) => ({ name, ...(typeof deps[name] === 'string' ? { constraint: deps[name] as string } : {}), location: at }))
      : [];
  const supports =
    platforms && typeof platforms === 'object' && !Array.isArray(platforms) && !(platforms instanceof Unknown) ? Object.keys(platforms) : [];
  const optional = (k: keyof CookbookMetadata, v: string | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    metadata: {
      name: str('name') ?? folderName,
      ...optional('version', str('version')),
      ...optional('description', str('description')),
      ...optional('maintainer', str('maintainer')),
      ...optional('license', str('license')),
      ...optional('sourceUrl', str('source_url')),
      depends,
      supports,
    },
    file: 'metadata.json',
    diagnostics,
  };
}

function stringArg(call: LiteralCall, diagnostics: Diagnostic[]): string | undefined {
  const v: Data | undefined = call.args[0];
  if (typeof v === 'string') return v;
  // An Unknown was reported by the literal reader already.
  if (!(v instanceof Unknown)) {
    diagnostics.push(warning('DEC0203', `${call.method} expects a string here; ignored`, call.location));
  }
  return undefined;
}

/** Metadata diagnostics name the cookbook, so the CLI can place them. */
function withRef(diagnostics: Diagnostic[], cookbook: string): Diagnostic[] {
  return diagnostics.map((d) => (d.location ? { ...d, location: { ...d.location, cookbook } } : d));
}
