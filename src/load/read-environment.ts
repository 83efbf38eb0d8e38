/** environments/NAME.rb (Chef's environment DSL) and environments/NAME.json. */
import { warning } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Environment } from '../model/workspace.js';
import { readLiteralFile } from '../ruby/literal.js';
import { emptyCommonFields, readCommonCall } from './dsl-common-fields.js';
import { hashArgument, isHash } from './dsl-values.js';
import { parseJsonSource } from './json-source.js';
import { checkName, startOf } from './read-role.js';
import type { SourceText } from './read-source.js';

export function readEnvironment(src: SourceText, fileName: string): { environment?: Environment; diagnostics: Diagnostic[] } {
  return src.ref.file.endsWith('.json') ? environmentFromJson(src, fileName) : environmentFromRuby(src, fileName);
}

function environmentFromRuby(src: SourceText, fileName: string): { environment?: Environment; diagnostics: Diagnostic[] } {
  const file = readLiteralFile(src.text, src.ref, { code: 'DEC0204' });
  const diagnostics = [...file.diagnostics];
  const common = emptyCommonFields();
  const cookbookVersions: Record<string, string> = {};
  for (const call of file.calls) {
    if (readCommonCall(call, common, diagnostics)) continue;
    switch (call.method) {
      case 'cookbook_versions':
        for (const [k, v] of Object.entries(hashArgument(call, 'DEC0204', diagnostics))) {
          if (typeof v === 'string') cookbookVersions[k] = v;
        }
        break;
      case 'cookbook': {
        const [cb, constraint] = call.args;
        if (typeof cb === 'string' && typeof constraint === 'string') cookbookVersions[cb] = constraint;
        else diagnostics.push(warning('DEC0204', `cookbook expects a name and a version constraint; ignored`, call.location));
        break;
      }
      default:
        diagnostics.push(warning('DEC0204', `${call.method} is not part of Chef's environment DSL; ignored`, call.location));
    }
  }
  checkName(common.name, fileName, common.nameAt, 'environment', diagnostics);
  return {
    environment: {
      name: fileName,
      ...(common.description !== undefined ? { description: common.description } : {}),
      defaultAttributes: common.defaultAttributes,
      overrideAttributes: common.overrideAttributes,
      cookbookVersions,
      location: startOf(src),
    },
    diagnostics,
  };
}

function environmentFromJson(src: SourceText, fileName: string): { environment?: Environment; diagnostics: Diagnostic[] } {
  const parsed = parseJsonSource(src, 'DEC0204');
  const diagnostics = [...parsed.diagnostics];
  if (!isHash(parsed.value)) {
    if (parsed.diagnostics.length === 0) diagnostics.push(warning('DEC0204', `${src.ref.file} does not hold a JSON object`, startOf(src)));
    return { diagnostics };
  }
  const json = parsed.value;
  checkName(typeof json['name'] === 'string' ? json['name'] : undefined, fileName, startOf(src), 'environment', diagnostics);
  const versions = json['cookbook_versions'];
  const cookbookVersions: Record<string, string> = {};
  if (isHash(versions)) for (const [k, v] of Object.entries(versions)) if (typeof v === 'string') cookbookVersions[k] = v;
  return {
    environment: {
      name: fileName,
      ...(typeof json['description'] === 'string' ? { description: json['description'] } : {}),
      defaultAttributes: isHash(json['default_attributes']) ? json['default_attributes'] : {},
      overrideAttributes: isHash(json['override_attributes']) ? json['override_attributes'] : {},
      cookbookVersions,
      location: startOf(src),
    },
    diagnostics,
  };
}
