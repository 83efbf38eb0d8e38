/**
 * The fixture cookbooks the fuzzer mutates, with the run list and platform
 * their case.json gives, and which of their files decant reads as Ruby, ERB
 * or JSON (integration tests and kitchen.yml are never read by inspect or
 * convert, so mutating them would only waste cases).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(REPO, 'fixtures');

export type FileKind = 'ruby' | 'erb' | 'json';

export interface FuzzFixture {
  /** `e2e-redis` or `_errors_/endless-loop`. */
  readonly name: string;
  readonly input: string;
  readonly runList?: string[];
  readonly platform: string;
  readonly environment?: string;
  /** Paths relative to `input`, sorted, with their kind. */
  readonly files: readonly { readonly path: string; readonly kind: FileKind }[];
}

function kindOf(path: string): FileKind | undefined {
  if (/(^|\/)test\//.test(path) || /(^|\/)spec\//.test(path)) return undefined;
  if (path.endsWith('.erb')) return 'erb';
  if (path.endsWith('.rb')) return 'ruby';
  if (path.endsWith('.json')) return 'json';
  return undefined;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, root, out);
    else if (e.isFile()) out.push(relative(root, p));
  }
}

export function discoverFixtures(root = FIXTURES): FuzzFixture[] {
  const found: FuzzFixture[] = [];
  const scan = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '_errors_') continue;
      const caseDir = join(dir, name);
      if (!statSync(caseDir).isDirectory()) continue;
      const caseFile = join(caseDir, 'case.json');
      let spec: { input?: string; runList?: string[]; platform?: string; environment?: string } = {};
      if (existsSync(caseFile)) spec = JSON.parse(readFileSync(caseFile, 'utf8')) as typeof spec;
      const input = join(caseDir, spec.input ?? 'input');
      if (!existsSync(input)) continue;
      const all: string[] = [];
      walk(input, input, all);
      const files = all.flatMap((path) => {
        const kind = kindOf(path);
        return kind ? [{ path, kind }] : [];
      });
      found.push({
        name: prefix + name,
        input,
        ...(spec.runList ? { runList: spec.runList } : {}),
        platform: spec.platform ?? 'debian-12',
        ...(spec.environment ? { environment: spec.environment } : {}),
        files,
      });
    }
  };
  scan(root, '');
  if (existsSync(join(root, '_errors_'))) scan(join(root, '_errors_'), '_errors_/');
  return found;
}
