import type { FileSpec } from '../model/plan.js';
import type { SourceLocation } from '../model/source.js';
import { safeRegex } from './config-paths.js';

/** One capture of a directive in a unit's file, with the line a reviewer is pointed at. */
export interface ConfigMatch {
  readonly path: string;
  /** 1-based line of the directive in the file as the image holds it. */
  readonly line: number;
  readonly value: string;
  readonly file: FileSpec;
}

/**
 * Every capture of `pattern` in the unit's known texts whose path one of
 * `files` matches, line by line (a directive is one line in every format
 * decant reads this way), comment lines skipped: `# access_log /x` is not a log.
 */
export function configMatches(files: readonly FileSpec[], fileRes: readonly string[], pattern: string): ConfigMatch[] {
  const re = safeRegex(pattern);
  const paths = fileRes.map((f) => safeRegex(f)).filter((x): x is RegExp => x !== undefined);
  if (!re) return [];
  const out: ConfigMatch[] = [];
  for (const file of files) {
    if (!paths.some((p) => p.test(file.path))) continue;
    if (file.content.kind !== 'rendered' && file.content.kind !== 'inline') continue;
    file.content.text.split('\n').forEach((text, i) => {
      if (/^\s*[#;]/.test(text)) return;
      const m = re.exec(text);
      if (m?.[1] !== undefined) out.push({ path: file.path, line: i + 1, value: m[1].trim(), file });
    });
  }
  return out;
}

/** `/etc/nginx/sites-available/site:3 (server_name), from template[…] at recipes/default.rb:19`. */
export function matchWhere(m: ConfigMatch, directive: string): string {
  return `${m.path}:${m.line} (${directive}), written by ${m.file.resource} at ${sourceAt(m.file.source)}`;
}

/** `cookbook/recipes/default.rb:12`: a chef-repo has many recipes/default.rb. */
export function sourceAt(loc: SourceLocation): string {
  return `${loc.cookbook ? `${loc.cookbook}/${loc.file}` : loc.file}:${loc.line}`;
}
