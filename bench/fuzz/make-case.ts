/**
 * Case N of seed S: which fixture, which files, which mutations. The same two
 * numbers always give the same mutated cookbook, so a finding is reproduced
 * with `node bench/fuzz/run.mjs --seed S --case N`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BYTE_MUTATIONS, BYTE_MUTATION_NAMES } from './byte-mutations.js';
import type { FuzzFixture } from './fixtures.js';
import { caseRng, type Rng } from './prng.js';
import type { SnippetContext } from './hostile-snippets.js';
import { ERB_TOKEN_MUTATION_NAMES, RUBY_TOKEN_MUTATION_NAMES, mutateTokens } from './token-mutations.js';

export interface FuzzCase {
  readonly seed: number;
  readonly caseNo: number;
  readonly fixture: FuzzFixture;
  /** One line per mutation, e.g. `token:insert-snippet recipes/default.rb`. */
  readonly steps: string[];
}

const SEGMENTS = ['recipes', 'attributes', 'resources', 'providers', 'libraries', 'definitions', 'templates', 'files'];

function cookbookDirOf(path: string): string {
  const parts = path.split('/');
  const i = parts.findIndex((p) => SEGMENTS.includes(p));
  if (i >= 0) return parts.slice(0, i).join('/');
  return dirname(path) === '.' ? '' : dirname(path);
}

function snippetContext(root: string, path: string, fallback: string): SnippetContext {
  const cbDir = cookbookDirOf(path);
  let cookbook = cbDir.split('/').pop() || fallback;
  const meta = join(root, cbDir, 'metadata.rb');
  try {
    const m = /^\s*name\s+['"]([^'"]+)['"]/m.exec(readFileSync(meta, 'latin1'));
    if (m) cookbook = m[1]!;
  } catch {
    // metadata.rb gone or made a folder by an earlier step: the folder name will do
  }
  const r = /(?:^|\/)recipes\/(.+)\.rb$/.exec(path);
  return { cookbook, ...(r ? { recipe: r[1]! } : {}) };
}

type Structural = (root: string, fx: FuzzFixture, rng: Rng) => string;

const anyCookbookDir = (fx: FuzzFixture, rng: Rng) => (fx.files.length ? cookbookDirOf(rng.pick(fx.files).path) : '');

/** Changes to the cookbook's tree rather than to a file's text. */
const STRUCTURAL: Record<string, Structural> = {
  'symlink-template-out': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    const erb = fx.files.filter((f) => f.kind === 'erb' && cookbookDirOf(f.path) === cb);
    const target = erb.length ? rng.pick(erb).path : join(cb, 'templates', 'default', 'extra.erb');
    rmSync(join(root, target), { force: true });
    mkdirSync(dirname(join(root, target)), { recursive: true });
    symlinkSync('/etc/passwd', join(root, target));
    return target;
  },
  'symlink-recipe-out': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    const target = join(cb, 'recipes', 'default.rb');
    rmSync(join(root, target), { force: true });
    mkdirSync(dirname(join(root, target)), { recursive: true });
    symlinkSync('/etc/hostname', join(root, target));
    return target;
  },
  'symlink-dir-loop': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    const seg = rng.pick(['templates', 'files', 'recipes', 'libraries', 'attributes']);
    mkdirSync(join(root, cb, seg), { recursive: true });
    symlinkSync('..', join(root, cb, seg, 'loop'));
    return join(cb, seg, 'loop');
  },
  'symlink-dir-root': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    mkdirSync(join(root, cb, 'files'), { recursive: true });
    symlinkSync('/', join(root, cb, 'files', 'host'));
    return join(cb, 'files', 'host');
  },
  'dangling-symlink': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    mkdirSync(join(root, cb, 'recipes'), { recursive: true });
    symlinkSync('/nonexistent/nowhere.rb', join(root, cb, 'recipes', 'ghost.rb'));
    return join(cb, 'recipes', 'ghost.rb');
  },
  'file-becomes-dir': (root, fx, rng) => {
    if (!fx.files.length) return '';
    const f = rng.pick(fx.files).path;
    rmSync(join(root, f), { force: true });
    mkdirSync(join(root, f, 'inner'), { recursive: true });
    return f;
  },
  'remove-metadata': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    rmSync(join(root, cb, 'metadata.rb'), { force: true });
    return join(cb, 'metadata.rb');
  },
  'weird-file-names': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    const name = rng.pick(['a b.rb', 'ü.rb', '-rf.rb', 'x\ny.rb', '.hidden.rb', "it's.rb", '%s.rb', 'default.rb.rb']);
    mkdirSync(join(root, cb, 'recipes'), { recursive: true });
    writeFileSync(join(root, cb, 'recipes', name), "log 'weird'\n");
    return join(cb, 'recipes', name);
  },
  'many-files': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    const dir = join(root, cb, rng.pick(['files/default/many', 'templates/many', 'attributes']));
    mkdirSync(dir, { recursive: true });
    const n = rng.pick([300, 1000, 4000]);
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `f${i}.rb`), `node.default['m${i % 7}'] = ${i}\n`);
    return `${n} files in ${dir.slice(root.length + 1)}`;
  },
  'oversized-file': (root, fx, rng) => {
    const cb = anyCookbookDir(fx, rng);
    const target = join(cb, 'attributes', 'huge.rb');
    mkdirSync(dirname(join(root, target)), { recursive: true });
    writeFileSync(join(root, target), "node.default['a'] = 1\n".repeat(rng.pick([40_000, 150_000])));
    return target;
  },
};

const STRUCTURAL_NAMES = Object.keys(STRUCTURAL).sort();

export interface CaseOptions {
  /**
   * The quick test's cases: every size choice takes its smallest option, and
   * what is slow by design (the endless-loop fixture, snippets that spend the
   * whole step budget, thousands of files) is left to the full run.
   */
  readonly light?: boolean;
}

const LIGHT_STRUCTURAL = STRUCTURAL_NAMES.filter((n) => n !== 'many-files' && n !== 'oversized-file');

function lightRng(rng: Rng): Rng {
  // Size lists are written smallest first.
  return { ...rng, pick: <T>(items: readonly T[]) => (typeof items[0] === 'number' ? items[0] : rng.pick(items)) };
}

/** Copy the fixture into `dir` and mutate it; returns the steps taken. */
export function writeCase(seed: number, caseNo: number, allFixtures: readonly FuzzFixture[], dir: string, options: CaseOptions = {}): FuzzCase {
  const light = options.light === true;
  const rng = light ? lightRng(caseRng(seed, caseNo)) : caseRng(seed, caseNo);
  const fixtures = light ? allFixtures.filter((f) => f.name !== '_errors_/endless-loop') : allFixtures;
  const fixture = fixtures[rng.int(fixtures.length)]!;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  cpSync(fixture.input, dir, { recursive: true });
  const steps: string[] = [];
  const texts = new Map<string, Buffer>();
  const read = (p: string) => texts.get(p) ?? readFileSync(join(dir, p));
  const count = 1 + (rng.chance(0.35) ? 1 + rng.int(2) : 0);
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    if (roll < 0.07 || fixture.files.length === 0) {
      const name = rng.pick(light ? LIGHT_STRUCTURAL : STRUCTURAL_NAMES);
      // Structural steps act on disk: flush pending text edits first so they are not undone.
      for (const [p, b] of texts) writeFileSync(join(dir, p), b);
      texts.clear();
      try {
        steps.push(`tree:${name} ${STRUCTURAL[name]!(dir, fixture, rng)}`);
      } catch (e) {
        steps.push(`tree:${name} not applied (${(e as Error).message})`);
      }
      continue;
    }
    const file = rng.pick(fixture.files);
    let before: Buffer;
    try {
      before = read(file.path);
    } catch {
      continue; // an earlier structural step removed it
    }
    if (roll < 0.42 || file.kind === 'json') {
      const name = rng.pick(BYTE_MUTATION_NAMES);
      texts.set(file.path, BYTE_MUTATIONS[name]!(before, rng));
      steps.push(`byte:${name} ${file.path}`);
    } else {
      const names = file.kind === 'ruby' ? RUBY_TOKEN_MUTATION_NAMES : ERB_TOKEN_MUTATION_NAMES;
      const name = rng.pick(names);
      const ctx = { ...snippetContext(dir, file.path, fixture.name), light };
      const notes: string[] = [];
      const after = mutateTokens(file.kind, name, before.toString('utf8'), rng, ctx, notes);
      texts.set(file.path, Buffer.from(after, 'utf8'));
      steps.push(`token:${name}${notes.length ? `(${notes.join(',')})` : ''} ${file.path}`);
    }
  }
  for (const [p, b] of texts) {
    try {
      writeFileSync(join(dir, p), b);
    } catch (e) {
      steps.push(`write ${p} failed (${(e as Error).message})`);
    }
  }
  return { seed, caseNo, fixture, steps };
}
