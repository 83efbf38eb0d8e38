#!/usr/bin/env node
/**
 * decant's fuzz command: mutates the fixture cookbooks (byte and token level),
 * runs `inspect` and `convert` on each mutation in worker processes with a
 * time limit per stage (--timeout: CPU milliseconds, with 6× that as a
 * wall-clock backstop, since a shared machine's load would otherwise turn slow
 * cases into false hangs) and a memory limit (--max-old-space, MB), and reports crashes, hangs, out-of-memory and
 * internal errors (DEC0901) with the case that caused them.
 *
 *   node bench/fuzz/run.mjs [--cases N] [--seed S] [--start K] [--case N]
 *                           [--jobs J] [--only inspect|convert] [--timeout MS]
 *   node bench/fuzz/run.mjs --sweep [--jobs J] [--only …]   every hostile snippet once, at its largest
 *
 * The workers run decant's TypeScript through tsx rather than dist/: the fuzz
 * then tests the source as it is now (no build step to forget) and stack
 * frames name src/ files and lines. Case N of seed S is always the same input.
 * Offending inputs are saved under bench/fuzz/findings/<seed>-<case>/.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FuzzPool, REPO } from './pool.mjs';
import { caseName, groupFindings } from './group-findings.mjs';
import { SWEEP_NAMES } from './sweep-names.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string', default: '0' },
    case: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '10000' },
    'max-old-space': { type: 'string', default: '1024' },
    findings: { type: 'string', default: join(REPO, 'bench', 'fuzz', 'findings') },
    summary: { type: 'string' },
    sweep: { type: 'boolean', default: false },
  },
});
const intArg = (name) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`fuzz: --${name} must be a whole number, not ${values[name]}\n`);
    process.exit(2);
  }
  return n;
};
if (values.only && !['inspect', 'convert'].includes(values.only)) {
  process.stderr.write('fuzz: --only is inspect or convert\n');
  process.exit(2);
}
const seed = intArg('seed');
const start = values.case !== undefined ? intArg('case') : intArg('start');
const count = values.sweep ? SWEEP_NAMES.length : values.case !== undefined ? 1 : intArg('cases');
const pool = new FuzzPool({ jobs: Math.max(1, intArg('jobs')), timeoutMs: intArg('timeout'), maxOldSpaceMb: intArg('max-old-space') });

const results = [];
const summaryPath = values.summary ?? join(values.findings, values.sweep ? 'summary-sweep.json' : `summary-${seed}-${start}-${count}.json`);
const counts = { ok: 0, crash: 0, internal: 0, hang: 0, oom: 0, died: 0, 'fuzzer-error': 0 };
const began = Date.now();
let done = 0;

function saveFinding(r) {
  const name = r.task.kind === 'snippet' ? `sweep-${r.task.name.replace(/[^\w-]/g, '_')}` : `${seed}-${r.task.caseNo}`;
  const dest = join(values.findings, name);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (r.dir && existsSync(r.dir)) {
    try {
      cpSync(r.dir, join(dest, 'input'), { recursive: true, verbatimSymlinks: true });
    } catch (e) {
      writeFileSync(join(dest, 'copy-failed.txt'), String(e));
    }
  }
  const { dir: _dir, ...rest } = r;
  writeFileSync(
    join(dest, 'finding.json'),
    JSON.stringify({ ...rest, reproduce: r.task.kind === 'snippet' ? 'node bench/fuzz/run.mjs --sweep' : `node bench/fuzz/run.mjs --seed ${seed} --case ${r.task.caseNo}${values.only ? ` --only ${values.only}` : ''}` }, null, 2) + '\n',
  );
}

function progress(final = false) {
  const secs = (Date.now() - began) / 1000;
  const bad = Object.entries(counts).filter(([k, v]) => k !== 'ok' && v > 0).map(([k, v]) => `${k} ${v}`).join(', ');
  process.stderr.write(`${final ? 'done' : 'progress'}: ${done}/${count} cases in ${secs.toFixed(0)} s (${(done / secs).toFixed(2)}/s)${bad ? `; ${bad}` : '; all clean'}\n`);
}

const pending = [];
const only = values.only ? { only: values.only } : {};
const tasks = values.sweep
  ? SWEEP_NAMES.map((name) => ({ kind: 'snippet', name, ...only }))
  : Array.from({ length: count }, (_, i) => ({ kind: 'mutation', seed, caseNo: start + i, ...only }));
for (const task of tasks) {
  pending.push(
    pool.run(task).then((r) => {
      done++;
      counts[r.kind] = (counts[r.kind] ?? 0) + 1;
      // Keep the list small in memory: a passing case needs only its timing.
      results.push(r.kind === 'ok' ? { kind: 'ok', task: r.task, ms: r.ms, fixture: r.fixture } : r);
      if (r.kind !== 'ok') {
        saveFinding(r);
        process.stderr.write(`case ${caseName(r.task)}: ${r.kind}${r.stage ? ` in ${r.stage}` : ''} (${r.fixture}; ${(r.steps ?? []).join('; ')})\n`);
      }
      if (r.dir && r.dir.includes('decant-fuzz-')) rmSync(r.dir, { recursive: true, force: true });
      if (done % 100 === 0) {
        progress();
        writeSummary();
      }
    }),
  );
}
function writeSummary() {
  const groups = groupFindings(results);
  const slow = results.filter((r) => r.kind === 'ok').sort((a, b) => b.ms - a.ms).slice(0, 10).map((r) => ({ case: caseName(r.task), ms: r.ms, fixture: r.fixture }));
  const secs = (Date.now() - began) / 1000;
  const summary = {
    seed,
    start,
    cases: count,
    done,
    seconds: Math.round(secs),
    casesPerSecond: Number((done / secs).toFixed(2)),
    counts,
    slowestPassing: slow,
    groups: groups.map((g) => ({ key: g.key, kind: g.kind, count: g.count, cases: g.cases, example: { case: caseName(g.example.task), fixture: g.example.fixture, steps: g.example.steps } })),
  };
  mkdirSync(join(summaryPath, '..'), { recursive: true });
  writeFileSync(summaryPath, JSON.stringify(summary, null, 2) + '\n');
  return groups;
}

// A long run stopped early (time ran out) still leaves its summary of the cases done.
process.on('SIGTERM', () => {
  writeSummary();
  progress(true);
  pool.close().then(() => process.exit(3));
});

await Promise.all(pending);
await pool.close();
progress(true);
const groups = writeSummary();
for (const g of groups) process.stdout.write(`${String(g.count).padStart(5)}  ${g.key}\n        e.g. case ${caseName(g.example.task)}: ${g.example.fixture}; ${(g.example.steps ?? []).join('; ')}\n`);
process.stdout.write(`summary: ${summaryPath}\n`);
process.exitCode = groups.length ? 1 : 0;
