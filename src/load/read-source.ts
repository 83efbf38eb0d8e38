/**
 * The one way decant reads a file of a cookbook. Every path is resolved inside
 * the cookbook root, symlinks included, so "nothing outside the cookbook is
 * read" holds however a recipe or template names its files.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { Cookbook } from '../model/workspace.js';
import type { FileRef } from '../ruby/parser.js';

export interface SourceText {
  text: string;
  ref: FileRef;
}

/**
 * Larger files are not cookbook sources decant should read (a vendored binary,
 * a dump). Everything read here is parsed and evaluated, at a few seconds a
 * MiB (tree-sitter's parse and the copy of its tree out of WebAssembly); the
 * largest Ruby file in the real cookbooks tried is under 50 KB, the largest
 * template 72 KB. Files a cookbook ships as they are (cookbook_file) are
 * copied, not read here.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Reads `relativePath` (relative to the cookbook root, `/` separators) as UTF-8.
 * Refused (DEC0205): absolute paths and paths or symlinks that lead outside the
 * cookbook. Too large: DEC0206. Missing or not a file: a DEC0403 diagnostic
 * whose message names only the path and cookbook, so a caller reporting a
 * missing template can reuse it with its own code (`{ ...d, code: 'DEC0401' }`).
 */
export function readCookbookFile(cookbook: Cookbook, relativePath: string, requestedAt?: SourceLocation): SourceText | Diagnostic {
  return readContained(cookbook.root, relativePath, { cookbook: cookbook.name, requestedAt, what: `cookbook ${cookbook.name}` });
}

interface ContainedOptions {
  readonly cookbook?: string;
  readonly requestedAt?: SourceLocation;
  /** `cookbook nginx`, `the repository`: for messages. */
  readonly what: string;
}

/** Told of every file read (text) or looked for and not found (undefined), by absolute path. */
export type ReadObserver = (absPath: string, text: string | undefined) => void;

let observer: ReadObserver | undefined;

/**
 * Sets the observer and returns the previous one. A batch cache keys an input
 * on everything its conversion read, and every cookbook file is read here.
 */
export function observeReads(next: ReadObserver | undefined): ReadObserver | undefined {
  const previous = observer;
  observer = next;
  return previous;
}

/** Shared with the loader, which reads roles and data bags inside a chef-repo the same way. */
export function readContained(root: string, relativePath: string, options: ContainedOptions): SourceText | Diagnostic {
  const result = readContainedUnobserved(root, relativePath, options);
  if (observer) observer(resolve(root, relativePath), 'text' in result ? result.text : undefined);
  return result;
}

function readContainedUnobserved(root: string, relativePath: string, options: ContainedOptions): SourceText | Diagnostic {
  const shown = JSON.stringify(relativePath);
  if (relativePath === '' || isAbsolute(relativePath) || /^[A-Za-z]:[\\/]/.test(relativePath)) {
    return error('DEC0205', `${shown} is not a path inside ${options.what}; refused`, options.requestedAt);
  }
  const rootAbs = resolve(root);
  const abs = resolve(rootAbs, relativePath);
  if (!inside(rootAbs, abs)) {
    return error('DEC0205', `${shown} leads outside ${options.what}; refused`, options.requestedAt);
  }
  const display = relative(rootAbs, abs).split(sep).join('/');
  let real: string;
  let realRoot: string;
  try {
    // The native realpath(3): one call instead of an lstat per path component (a batch reads thousands of files).
    realRoot = realpathSync.native(rootAbs);
    real = realpathSync.native(abs);
  } catch {
    return error('DEC0403', `${display} not found in ${options.what}`, options.requestedAt);
  }
  if (!inside(realRoot, real)) {
    return error('DEC0205', `${shown} is a link that leads outside ${options.what}; refused`, options.requestedAt);
  }
  try {
    const st = statSync(real);
    if (!st.isFile()) return error('DEC0403', `${display} in ${options.what} is not a file`, options.requestedAt);
    if (st.size > MAX_SOURCE_BYTES) {
      return error(
        'DEC0206',
        `${display} in ${options.what} is ${st.size} bytes; decant reads files up to ${MAX_SOURCE_BYTES} bytes`,
        options.requestedAt,
      );
    }
    const text = readFileSync(real, 'utf8');
    return {
      text,
      ref: { file: display, ...(options.cookbook !== undefined ? { cookbook: options.cookbook } : {}), path: join(rootAbs, display) },
    };
  } catch (e) {
    return error('DEC0403', `${display} in ${options.what} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, options.requestedAt);
  }
}

export function isDiagnostic(value: SourceText | Diagnostic): value is Diagnostic {
  return 'code' in value;
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
