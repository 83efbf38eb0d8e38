/**
 * Policyfile.rb: the run list and its named run lists, attributes
 * (`default['a'] = ...`, `override[...]`), and `cookbook 'x', path: '...'`
 * sources, which add folders to the cookbook path.
 */
import { basename } from 'node:path';
import { warning } from '../diagnostics/create.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Policyfile } from '../model/workspace.js';
import { readLiteralFile } from '../ruby/literal.js';
import { cookbookPathSource } from './cookbook-sources.js';
import { isHash, stringList } from './dsl-values.js';
import { startOf } from './read-role.js';
import type { SourceText } from './read-source.js';

export interface PolicyfileResult {
  readonly policyfile: Policyfile;
  /** Absolute folders of `cookbook 'x', path: '...'`, with the name the Policyfile gives them. */
  readonly cookbookSources: readonly { name: string; path: string }[];
  readonly diagnostics: Diagnostic[];
}

export function readPolicyfile(src: SourceText, absolutePath: string): PolicyfileResult {
  const file = readLiteralFile(src.text, src.ref, { code: 'DEC0204' });
  const diagnostics = [...file.diagnostics];
  let name = basename(absolutePath).replace(/\.rb$/, '');
  let runList: string[] = [];
  const namedRunLists: Record<string, string[]> = {};
  const cookbookSources: { name: string; path: string }[] = [];
  for (const call of file.calls) {
    switch (call.method) {
      case 'name':
        if (typeof call.args[0] === 'string') name = call.args[0];
        break;
      case 'run_list':
        runList = stringList(call.args, call, 'DEC0204', diagnostics);
        break;
      case 'named_run_list': {
        const [listName, ...items] = call.args;
        if (typeof listName === 'string') namedRunLists[listName] = stringList(items, call, 'DEC0204', diagnostics);
        else diagnostics.push(warning('DEC0204', 'named_run_list expects a name first; ignored', call.location));
        break;
      }
      case 'cookbook': {
        const source = cookbookPathSource(call, absolutePath, 'DEC0204', diagnostics);
        if (source) cookbookSources.push(source);
        break;
      }
      case 'default_source':
      case 'include_policy':
        // Where chef fetches cookbooks from a server or supermarket; decant reads the cookbook path only.
        break;
      default:
        diagnostics.push(warning('DEC0204', `${call.method} is not part of the Policyfile DSL decant reads; ignored`, call.location));
    }
  }
  const attrs: Record<'default' | 'override', Data> = { default: {}, override: {} };
  for (const a of file.assignments) {
    if (a.receiver !== 'default' && a.receiver !== 'override') {
      diagnostics.push(warning('DEC0204', `assignment to ${a.receiver}[...] is not a Policyfile attribute; ignored`, a.location));
      continue;
    }
    setPath(attrs, [a.receiver, ...a.path], a.value);
  }
  return {
    policyfile: { name, runList, namedRunLists, defaultAttributes: attrs.default, overrideAttributes: attrs.override, location: startOf(src) },
    cookbookSources,
    diagnostics,
  };
}

function setPath(root: Record<string, Data>, path: readonly string[], value: Data): void {
  let cur: Record<string, Data> = root;
  for (const key of path.slice(0, -1)) {
    const next = cur[key];
    if (!isHash(next ?? null)) cur[key] = {};
    cur = cur[key] as Record<string, Data>;
  }
  cur[path[path.length - 1]!] = value;
}
