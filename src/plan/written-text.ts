/**
 * The files a cookbook writes, as text a reader can take a command from: a
 * rendered template, a `file`'s content, a `cookbook_file`'s source. The last
 * resource writing a path wins, as on the converged host.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Resource } from '../model/converge.js';
import { displayName, str } from './property-values.js';
import { resourceId } from './resource-id.js';

/** A cookbook_file is copied, not read, except a start script: past this size it is not one. */
const MAX_SCRIPT_BYTES = 256 * 1024;

export interface WrittenText {
  readonly resource: Resource;
  readonly path: string;
  /** The text, or undefined with `why` when what the resource writes is not known. */
  readonly text?: string;
  readonly why?: string;
  /** `template[/etc/sv/x/run] (recipes/default.rb:12, template templates/sv-x-run.erb)`: where a note points a reviewer. */
  readonly where: string;
}

// remote_file too: what it downloads is not known, but that it replaces the file is (a vendor's unit, an init script).
const FILE_TYPES = new Set(['template', 'file', 'cookbook_file', 'remote_file']);

export function writtenPath(r: Resource): string | undefined {
  return FILE_TYPES.has(r.type) ? (str(r.properties['path']) ?? displayName(r.name)) : undefined;
}

/** Where a resource is declared, and the cookbook file its text came from. */
export function whereOf(r: Resource): string {
  const at = `${r.source.file}:${r.source.line}`;
  const c = r.content;
  const from = c?.kind === 'rendered' ? `, template ${c.template.file}` : c?.kind === 'cookbook-file' ? `, file ${c.from.file}` : '';
  return `${resourceId(r)} (${at}${from})`;
}

/** The text a resource writes, when it is a file-like resource (or a resource the evaluator rendered, like runit_service's run script). */
export function textOf(r: Resource, path: string): WrittenText {
  const base = { resource: r, path, where: whereOf(r) };
  const c = r.content;
  if (c?.kind === 'rendered') return c.complete ? { ...base, text: c.text } : { ...base, why: `${resourceId(r)} renders values decant could not know` };
  if (c?.kind === 'inline') return { ...base, text: c.text };
  if (c?.kind === 'cookbook-file') {
    try {
      if (statSync(c.path).size > MAX_SCRIPT_BYTES) return { ...base, why: `${c.from.file} is over ${MAX_SCRIPT_BYTES} bytes` };
      return { ...base, text: readFileSync(c.path, 'utf8') };
    } catch (e) {
      return { ...base, why: `${c.from.file} cannot be read (${e instanceof Error ? e.message : String(e)})` };
    }
  }
  return { ...base, why: `what ${resourceId(r)} writes is not known${c?.kind === 'unknown' ? ` (${c.reason})` : ''}` };
}

/** The last file-like resource that writes a path matching `wanted`, with its text. */
export function lastWritten(resources: readonly Resource[], wanted: (path: string) => boolean): WrittenText | undefined {
  for (let i = resources.length - 1; i >= 0; i--) {
    const r = resources[i]!;
    if (r.guards.some((g) => g.outcome === 'skip') || r.actions.includes('delete')) continue;
    const path = writtenPath(r);
    if (path !== undefined && wanted(path)) return textOf(r, path);
  }
  return undefined;
}

/** Every file-like resource writing a path matching `wanted` (the last per path), in converge order. */
export function allWritten(resources: readonly Resource[], wanted: (path: string) => boolean): WrittenText[] {
  const byPath = new Map<string, WrittenText>();
  for (const r of resources) {
    if (r.guards.some((g) => g.outcome === 'skip') || r.actions.includes('delete')) continue;
    const path = writtenPath(r);
    if (path !== undefined && wanted(path)) byPath.set(path, textOf(r, path));
  }
  return [...byPath.values()];
}
