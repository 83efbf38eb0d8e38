import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuzzPool, type PoolResult } from '../../bench/fuzz/pool.mjs';

/**
 * Hostile input never crashes or hangs decant (issue 8). Two parts:
 *
 * - QUICK_CASES light fuzz cases of one seed (bench/fuzz: byte, token and tree
 *   mutations of the fixtures), run through `inspect` and `convert` in worker
 *   processes with a CPU-time limit. Light cases take the smallest size of
 *   every mutation and leave what is slow by design (the endless-loop fixture,
 *   snippets that spend the whole step budget) to `npm run fuzz`.
 * - One small cookbook per bug the fuzzer found (regressions/<name>/), each
 *   asserting that decant answers with a diagnostic at file:line:col instead
 *   of hanging or failing internally. A bug not yet fixed by its owner is an
 *   `it.fails` naming the bug, so the test turns red once it is fixed and the
 *   marker can go.
 */

const QUICK_SEED = 1;
const QUICK_CASES = 240;

/**
 * Light cases of QUICK_SEED that hit a known bug, with the bug's regression
 * input; they pass again once the bug is fixed (and then fail as it.fails).
 */
const KNOWN_QUICK: Record<number, string> = {};

const REGRESSIONS = join(import.meta.dirname, 'regressions');

interface Regression {
  readonly name: string;
  readonly runList?: string[];
  /** Where the diagnostic must point. */
  readonly file: string;
  readonly lines: readonly [number, number];
  /** Stages whose output must hold that diagnostic (both, unless only one reports on it). */
  readonly located?: readonly ('inspect' | 'convert')[];
  /** The bug while it is open: the test is it.fails until it is fixed. */
  readonly openBug?: string;
}

const REGRESSION_CASES: Regression[] = [
  {
    name: 'empty-loop-block',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): `loop do end` with an empty body never ends. Kernel#loop
    // (src/chef/interpreter/builtins/kernel.ts:70) calls yieldTo in a bare
    // for(;;), and an empty block evaluates no node, so the step budget in
    // Interpreter.eval never counts. Found by fuzz seed 1 (snippet loop-do).
  },
  {
    name: 'template-empty-loop',
    file: 'templates/motd.erb',
    lines: [2, 2],
    // Was a bug (fixed): the same Kernel#loop hang, reached from a template (`<%= loop {} %>`).
    // Found by fuzz seed 1 case 89 (token:replace-code in app.ini.erb).
  },
  {
    name: 'deep-nesting',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): 5,000 nested arrays overflow the stack in toAst's recursive
    // convert/walk (src/chef/interpreter/ast.ts:58 and :168), called from
    // ChefRun.parse (src/chef/dsl/chef-run.ts:103) outside the interpreter's
    // guard; evaluate() turns it into DEC0901 with no location and drops the
    // whole converge. Found by fuzz seed 1 cases 0, 16, 24, 54, 189, 258.
  },
  {
    name: 'deep-if-syntax-error',
    file: 'recipes/default.rb',
    lines: [2, 10_002],
    // Was a bug (fixed): a syntax error 10,000 `if`s deep overflows the stack in
    // syntaxDiagnostics' recursive walk (src/ruby/parser.ts:112), so
    // parseRuby throws; evaluate() reports DEC0901 with no location and
    // drops the converge. Found by fuzz seed 1 case 141.
  },
  {
    name: 'cyclic-template-variables',
    file: 'recipes/default.rb',
    lines: [2, 7],
    // Was a bug (fixed): a hash that holds itself, passed as template variables, overflows
    // the stack in needsResolve (src/chef/dsl/converge-pass.ts:68-70), which
    // recurses through values with no cycle check; evaluate() reports DEC0901
    // (at the last node, line 8) and drops the converge. Found by the sweep
    // (snippet cyclic-template-vars).
  },
  {
    name: 'invalid-unicode-escape',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): "\u{110000}" throws RangeError from String.fromCodePoint
    // (then src/chef/interpreter/string-literals.ts:8, now src/ruby/) and becomes DEC0901 for the
    // rest of the file; Ruby rejects the literal as a syntax error ("invalid
    // Unicode codepoint (too large)"), which is what decant should report.
    // Found by the sweep (snippet invalid-escape).
  },
  {
    name: 'template-string-doubling',
    file: 'templates/big.erb',
    lines: [2, 2],
    // Was a bug (fixed): a string doubled 40 times hits V8's "Invalid string length" in
    // String#+ (src/chef/interpreter/builtins/string-methods.ts:121) and is
    // reported as DEC0901; there is no size budget for values or rendered
    // templates (issue 8, Budgets). Found by the sweep (erb-string-doubling,
    // string-doubling, string-times-huge).
  },
  {
    name: 'array-doubling',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): an array doubled 40 times runs the worker out of memory (V8 fatal
    // "heap out of memory" at 1 GB): no size budget for arrays, so the whole
    // process dies. Found by the sweep (snippet array-doubling).
  },
  {
    name: 'regexp-backtracking',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): /^(a+)+$/ against 40 a's and a '!' backtracks for ages in the
    // JavaScript RegExp decant builds (src/chef/interpreter/regexp.ts:37);
    // no step is counted inside a match, so the budget cannot stop it.
    // Found by the sweep (redos, erb-redos).
  },
  {
    name: 'role-deep-nesting',
    runList: ['role[deep]'],
    file: 'roles/deep.rb',
    lines: [3, 3002],
    // Was a bug (fixed): 3,000 nested blocks in a role file overflow the stack in the role
    // reader (src/ruby/literal.ts:128 call -> :159 eachBlock -> :224 value);
    // loadWorkspace's catch (src/load/load-workspace.ts:35) reports
    // "DEC0901 loading stopped" with no location and nothing is loaded
    // (exit 2). Found by fuzz seed 1 case 617.
  },
  {
    name: 'metadata-invalid-unicode-escape',
    file: 'metadata.rb',
    lines: [4, 4],
    // Was a bug (fixed): the metadata.rb reader (src/ruby/literal.ts) had its own
    // copy of the escape rules, without the U+10FFFF check the evaluator got:
    // String.fromCodePoint threw and loading stopped with DEC0901 and no
    // location. Found by fuzz seed 1 case 3090 (invalid-escape in metadata.rb).
  },
  {
    name: 'name-with-many-newlines',
    file: 'recipes/default.rb',
    lines: [2, 2],
    // inspect has nothing to say about the name; convert finds no command for the service.
    located: ['convert'],
    // Was a bug (fixed): the diagnostic printed the name as it was, half a
    // megabyte of blank lines, and the fuzz worker's stack-trace check
    // (/^\s+at /m) went quadratic over them. Messages now print as one bounded
    // line. Found by fuzz seed 1 case 848 (many-lines in a recipe).
  },
  {
    name: 'splat-of-nothing',
    file: 'attributes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): `x = */5'` parses as a splat with no operand; the
    // evaluator read children[0] of it (src/chef/interpreter/interpreter.ts,
    // splat_argument) and stopped the file with DEC0901. A missing child now
    // evaluates to an Unknown at its parent. Found by fuzz seed 2 case 291.
  },
  {
    name: 'loop-over-big-string',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): the step budget counted nodes, not work. A loop whose
    // test reads a megabyte string (or, in seed 2 case 2456, a megabyte
    // literal re-read on every pass) ran 2,000,000 steps of a megabyte each:
    // minutes, not seconds. Built-ins now charge a step per 256 characters
    // or elements they are given, literals are read once, and String#length
    // no longer copies the string into an array.
  },
  {
    name: 'attribute-holds-node',
    file: 'recipes/default.rb',
    lines: [2, 3],
    // Was a bug (fixed): `node.default['a'] = node.default` in a loop nests the
    // attributes a level deeper each pass and every write copies all of them:
    // quadratic, 30 s of CPU before the step budget ran out (fuzz seed 3
    // case 2492). A write now pays a step per element it copies, and past
    // 1,000 levels the attribute becomes Unknown (DEC0305).
  },
  {
    name: 'chained-string-loop',
    file: 'recipes/default.rb',
    lines: [3, 3],
    // Was a bug (fixed): adjacent literals (`"" "" …`) are one chained_string
    // node whose parts were evaluated without counting steps, so a loop
    // testing 50,000 of them ran for minutes (fuzz seed 3 case 4653).
  },
];

/** What the case did wrong, or '' when it held up. */
function trouble(r: PoolResult): string {
  if (r.kind === 'ok') return '';
  if (r.kind === 'hang' || r.kind === 'oom' || r.kind === 'died' || r.kind === 'fuzzer-error') {
    return `${r.kind} in ${'stage' in r && r.stage ? r.stage : '?'}${'limit' in r && r.limit ? ` (${r.limit.by} limit, ${r.limit.cpuMs} ms CPU)` : ''}: ${r.steps.join('; ')}${r.error ? `\n${r.error}` : ''}`;
  }
  return r.stages
    .filter((s) => s.kind !== 'ok')
    .map((s) => {
      const err = s.thrown ?? s.caught.at(-1);
      return `${s.kind} in ${s.stage}: ${s.reason}${err ? `\n  ${err.name}: ${err.message}\n  ${err.stack.slice(0, 4).join('\n  ')}` : ''}`;
    })
    .join('\n');
}

describe('fuzz: light cases of seed 1 hold up in inspect and convert', () => {
  const results = new Map<number, PoolResult>();
  let pool: FuzzPool;
  beforeAll(async () => {
    pool = new FuzzPool({ jobs: 2, timeoutMs: 10_000 });
    const runs = Array.from({ length: QUICK_CASES }, (_, caseNo) =>
      pool.run({ kind: 'mutation', seed: QUICK_SEED, caseNo, light: true }).then((r) => results.set(caseNo, r)),
    );
    await Promise.all(runs);
  }, 900_000);
  afterAll(() => pool?.close());

  const cases = Array.from({ length: QUICK_CASES }, (_, i) => i);
  for (const caseNo of cases) {
    const known = KNOWN_QUICK[caseNo];
    const name = `case ${caseNo}${known ? ` (known: ${known})` : ''}`;
    (known ? it.fails : it)(name, () => {
      const r = results.get(caseNo);
      expect(r, 'the case ran').toBeDefined();
      expect(trouble(r!), r && r.kind !== 'ok' ? `seed ${QUICK_SEED} case ${caseNo} light` : '').toBe('');
      // Every diagnostic a passing case produced names where it is, when it names a file at all.
      for (const s of r!.stages) {
        for (const d of s.diagnostics.filter((x) => x.file !== undefined)) {
          expect(d.line! >= 1 && d.column! >= 1, `${d.code} ${d.file}:${d.line}:${d.column}`).toBe(true);
        }
      }
    });
  }
});

describe('fuzz regressions: a diagnostic at file:line:col, not a crash or a hang', () => {
  const results = new Map<string, PoolResult>();
  let pool: FuzzPool;
  beforeAll(async () => {
    // A hang is judged after 5 s of CPU: the bugs pinned here are endless, not slow.
    pool = new FuzzPool({ jobs: 2, timeoutMs: 5_000 });
    await Promise.all(REGRESSION_CASES.map((c) => pool.run({ kind: 'dir', dir: join(REGRESSIONS, c.name), ...(c.runList ? { runList: c.runList } : {}) }).then((r) => results.set(c.name, r))));
  }, 900_000);
  afterAll(() => pool?.close());

  for (const c of REGRESSION_CASES) {
    (c.openBug ? it.fails : it)(`${c.name}${c.openBug ? ` (open bug: ${c.openBug})` : ''}`, () => {
      const r = results.get(c.name)!;
      expect(trouble(r)).toBe('');
      expect(r.stages.map((s) => s.stage)).toEqual(['inspect', 'convert']);
      for (const s of r.stages.filter((x) => (c.located ?? ['inspect', 'convert']).includes(x.stage as 'inspect' | 'convert'))) {
        const located = s.diagnostics.filter(
          (d) => d.code !== 'DEC0901' && d.file?.endsWith(c.file) && d.line! >= c.lines[0] && d.line! <= c.lines[1] && d.column! >= 1,
        );
        expect(located, `${s.stage}: ${JSON.stringify(s.diagnostics.slice(0, 5))}`).not.toEqual([]);
      }
    });
  }
});
