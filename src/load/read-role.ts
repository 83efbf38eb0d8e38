/**
 * roles/NAME.rb (Chef's role DSL) and roles/NAME.json. A role is looked up by
 * its file name, as chef-client in local mode finds it; a different `name`
 * inside the file is reported.
 */
import { warning } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { Role } from '../model/workspace.js';
import { readLiteralFile } from '../ruby/literal.js';
import { emptyCommonFields, readCommonCall } from './dsl-common-fields.js';
import { hashArgument, isHash, stringList, stringListMap } from './dsl-values.js';
import { parseJsonSource } from './json-source.js';
import type { SourceText } from './read-source.js';

export function readRole(src: SourceText, fileName: string): { role?: Role; diagnostics: Diagnostic[] } {
  return src.ref.file.endsWith('.json') ? roleFromJson(src, fileName) : roleFromRuby(src, fileName);
}

function roleFromRuby(src: SourceText, fileName: string): { role?: Role; diagnostics: Diagnostic[] } {
  const file = readLiteralFile(src.text, src.ref, { code: 'DEC0204' });
  const diagnostics = [...file.diagnostics];
  const common = emptyCommonFields();
  let runList: string[] = [];
  let envRunLists: Record<string, string[]> = {};
  for (const call of file.calls) {
    if (readCommonCall(call, common, diagnostics)) continue;
    switch (call.method) {
      // Chef::Role aliases recipes to run_list (the pre-run_list role DSL): the last call sets the list.
      case 'run_list':
      case 'recipes':
        runList = stringList(call.args, call, 'DEC0204', diagnostics);
        break;
      case 'env_run_lists':
        envRunLists = stringListMap(hashArgument(call, 'DEC0204', diagnostics), call, 'DEC0204', diagnostics);
        break;
      default:
        diagnostics.push(warning('DEC0204', `${call.method} is not part of Chef's role DSL; ignored`, call.location));
    }
  }
  checkName(common.name, fileName, common.nameAt, 'role', diagnostics);
  const location = startOf(src);
  const { description, defaultAttributes, overrideAttributes } = common;
  return {
    role: { name: fileName, ...(description !== undefined ? { description } : {}), runList, envRunLists, defaultAttributes, overrideAttributes, location },
    diagnostics,
  };
}

function roleFromJson(src: SourceText, fileName: string): { role?: Role; diagnostics: Diagnostic[] } {
  const parsed = parseJsonSource(src, 'DEC0204');
  const diagnostics = [...parsed.diagnostics];
  if (!isHash(parsed.value)) {
    if (parsed.diagnostics.length === 0) diagnostics.push(warning('DEC0204', `${src.ref.file} does not hold a JSON object`, startOf(src)));
    return { diagnostics };
  }
  const json = parsed.value;
  const location = startOf(src);
  const call = { method: 'run_list', args: [], options: {}, location };
  checkName(typeof json['name'] === 'string' ? json['name'] : undefined, fileName, location, 'role', diagnostics);
  return {
    role: {
      name: fileName,
      ...(typeof json['description'] === 'string' ? { description: json['description'] } : {}),
      // Role.from_hash reads "recipes" (the legacy key) only when there is no "run_list".
      runList: stringList([('run_list' in json ? json['run_list'] : json['recipes']) ?? []], call, 'DEC0204', diagnostics),
      envRunLists: stringListMap(json['env_run_lists'], { ...call, method: 'env_run_lists' }, 'DEC0204', diagnostics),
      defaultAttributes: isHash(json['default_attributes']) ? json['default_attributes'] : {},
      overrideAttributes: isHash(json['override_attributes']) ? json['override_attributes'] : {},
      location,
    },
    diagnostics,
  };
}

export function checkName(
  name: string | undefined,
  fileName: string,
  at: SourceLocation | undefined,
  what: string,
  diagnostics: Diagnostic[],
): void {
  if (name !== undefined && name !== fileName) {
    diagnostics.push(
      warning('DEC0204', `${what} file ${fileName} names itself ${JSON.stringify(name)}; decant finds it as ${JSON.stringify(fileName)}, as chef-client does`, at),
    );
  }
}

export function startOf(src: SourceText): SourceLocation {
  return { file: src.ref.file, line: 1, column: 1, ...(src.ref.path !== undefined ? { path: src.ref.path } : {}) };
}
