/**
 * Runs one case inside a fuzz worker: builds the mutated cookbook (or takes a
 * given folder), then calls the `inspect` and `convert` command handlers
 * exactly as the CLI does, with their output captured, and classifies what
 * happened. Hangs and out-of-memory deaths are judged by the parent (pool.mjs),
 * which can kill this process.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectCommand } from '../../src/cli/commands/inspect.js';
import { convertCommand } from '../../src/cli/commands/convert.js';
import { initParsers } from '../../src/ruby/parser.js';
import { discoverFixtures } from './fixtures.js';
import { writeCase } from './make-case.js';
import { writeSnippetCase } from './snippet-case.js';
import type { CaseResult, CaughtError, StageName, StageResult, Task } from './protocol.js';

interface Handler {
  handler: (args: never) => void | Promise<void>;
}

// Deep enough to see past a recursion to who started it.
Error.stackTraceLimit = 40;
const caught: CaughtError[] = [];
const BUILTIN = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError', 'EvalError', 'AggregateError']);
(globalThis as { __fuzzCaught?: (e: unknown) => void }).__fuzzCaught = (e) => {
  // Interpreter signals (raise, break, budget) are control flow, not bugs.
  if (!(e instanceof Error) || !BUILTIN.has(e.constructor.name)) return;
  if ((e as NodeJS.ErrnoException).code !== undefined) return; // file system answers (ENOENT …) are expected
  caught.push({ name: e.name, message: e.message.slice(0, 500), stack: srcFrames(e.stack ?? '') });
  if (caught.length > 20) caught.shift();
};

/** The stack's frames, decant's own first; node_modules frames dropped. */
function srcFrames(stack: string): string[] {
  return stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l) && !l.includes('node_modules') && !l.includes('node:internal') && !l.includes('/bench/fuzz/'))
    .map((l) => l.trim().replace(/file:\/\/\/work\/main\//g, '').replace(/\/work\/main\//g, ''))
    .slice(0, 40);
}

const STACK_TRACE = /^[ \t]+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;
const DIAGNOSTIC = /(?:^|\n)(?:(\S[^\n]*?):(\d+):(\d+): )?(error|warning|info) (DEC\d{4}): ([^\n]*)/g;

function parseDiagnostics(stderr: string, stdout: string): StageResult['diagnostics'] {
  const out: StageResult['diagnostics'] = [];
  // inspect --json prints its diagnostics on stdout, with the location split out.
  if (stdout.trimStart().startsWith('{')) {
    try {
      const doc = JSON.parse(stdout) as { diagnostics?: { code: string; severity: string; message: string; file?: string; line?: number; column?: number }[] };
      for (const d of doc.diagnostics ?? []) out.push({ code: d.code, severity: d.severity, message: d.message.slice(0, 300), file: d.file, line: d.line, column: d.column });
    } catch {
      // not the inspect document (convert --json prints report.json): read stderr below
    }
  }
  if (out.length === 0) {
    for (const m of stderr.matchAll(DIAGNOSTIC)) {
      out.push({ code: m[5]!, severity: m[4]!, message: m[6]!.slice(0, 300), file: m[1], line: m[2] ? Number(m[2]) : undefined, column: m[3] ? Number(m[3]) : undefined });
    }
  }
  return out.slice(0, 200);
}

async function runHandler(stage: StageName, command: Handler, args: Record<string, unknown>): Promise<StageResult> {
  const out: string[] = [];
  const err: string[] = [];
  const realOut = process.stdout.write.bind(process.stdout);
  const realErr = process.stderr.write.bind(process.stderr);
  let outBytes = 0;
  const capture = (sink: string[]) => (chunk: unknown) => {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    // Keep memory bounded: a huge report is not what we are looking for.
    if (outBytes < 20_000_000) sink.push(s);
    outBytes += s.length;
    return true;
  };
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  process.exitCode = undefined;
  caught.length = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let thrown: CaughtError | undefined;
  try {
    await command.handler(args as never);
  } catch (e) {
    const x = e instanceof Error ? e : new Error(String(e));
    thrown = { name: x.name, message: x.message.slice(0, 500), stack: srcFrames(x.stack ?? '') };
  } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
  }
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const exitCode = typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  const stdout = out.join('');
  const stderr = err.join('');
  const diagnostics = parseDiagnostics(stderr, stdout);
  const stackInOutput = STACK_TRACE.test(stderr) || STACK_TRACE.test(stdout);
  let kind: StageResult['kind'] = 'ok';
  let reason = '';
  if (thrown) [kind, reason] = ['crash', `exception escaped the ${stage} command: ${thrown.name}: ${thrown.message}`];
  else if (stackInOutput) [kind, reason] = ['crash', 'a JavaScript stack trace on the CLI output'];
  else if (![0, 1, 2].includes(exitCode)) [kind, reason] = ['crash', `exit code ${exitCode}`];
  else if (diagnostics.some((d) => d.code === 'DEC0901')) [kind, reason] = ['internal', 'DEC0901 internal error caught at a stage boundary'];
  return {
    stage,
    kind,
    reason,
    exitCode,
    ms,
    cpuMs,
    diagnostics,
    ...(thrown ? { thrown } : {}),
    caught: kind === 'ok' ? [] : [...caught],
    stderrHead: stderr.slice(0, 4000),
  };
}

const fixtures = discoverFixtures();
const scratch = join(tmpdir(), `decant-fuzz-${process.pid}`);

async function runTask(task: Task, send: (m: unknown) => void): Promise<CaseResult> {
  let dir: string;
  let steps: string[] = [];
  let fixture = '';
  let runList: string[] | undefined;
  let platform = 'debian-12';
  let environment: string | undefined;
  if (task.kind === 'mutation') {
    dir = join(scratch, `case-${task.seed}-${task.caseNo}${task.light ? '-light' : ''}`);
    send({ type: 'stage', stage: 'generate', dir });
    const c = writeCase(task.seed, task.caseNo, fixtures, dir, { light: task.light === true });
    steps = c.steps;
    fixture = c.fixture.name;
    runList = c.fixture.runList;
    platform = c.fixture.platform;
    environment = c.fixture.environment;
    send({ type: 'generated', dir, steps, fixture });
  } else if (task.kind === 'snippet') {
    dir = join(scratch, `sweep-${task.name.replace(/[^\w-]/g, '_')}`);
    send({ type: 'stage', stage: 'generate', dir });
    steps = writeSnippetCase(task.name, dir);
    fixture = 'sweep';
    send({ type: 'generated', dir, steps, fixture });
  } else {
    dir = task.dir;
    runList = task.runList;
    fixture = task.dir;
  }
  const n = task.kind === 'mutation' ? task.caseNo : 0;
  const common = {
    platform,
    ...(runList ? { 'run-list': runList.join(',') } : {}),
    ...(environment ? { environment } : {}),
    'cookbook-path': [],
    // The handler is called without yargs, so its DECANT_OFFLINE default is not applied: a fixture whose
    // packages are not in the facts cache would wait on the engine and look hung.
    offline: process.env['DECANT_OFFLINE'] === '1',
  };
  const stages: StageResult[] = [];
  if (task.only !== 'convert') {
    send({ type: 'stage', stage: 'inspect', dir });
    stages.push(await runHandler('inspect', inspectCommand as unknown as Handler, { ...common, path: dir, json: task.kind === 'dir' || n % 2 === 0 }));
  }
  if (task.only !== 'inspect') {
    const out = join(scratch, `out-${task.kind === 'mutation' ? `${task.seed}-${task.caseNo}` : task.kind}`);
    rmSync(out, { recursive: true, force: true });
    send({ type: 'stage', stage: 'convert', dir });
    stages.push(
      await runHandler('convert', convertCommand as unknown as Handler, {
        ...common,
        paths: [dir],
        out,
        'include-secrets': false,
        strict: n % 5 === 0,
        force: false,
        json: n % 3 === 0,
        // The handler is called without yargs, so its defaults do not apply: a fuzz case tests how decant
        // takes hostile input, not the archive, and a mutated package name must not start an engine probe.
        offline: true,
      }),
    );
    rmSync(out, { recursive: true, force: true });
  }
  const worst = stages.find((s) => s.kind === 'crash') ?? stages.find((s) => s.kind === 'internal');
  return { type: 'result', kind: worst?.kind ?? 'ok', dir, fixture, steps, stages };
}

await initParsers();
mkdirSync(scratch, { recursive: true });
process.on('message', (msg: Task) => {
  const send = (m: unknown) => process.send!(m);
  runTask(msg, send).then(
    (r) => send(r),
    (e: unknown) => {
      const x = e instanceof Error ? e : new Error(String(e));
      send({ type: 'result', kind: 'fuzzer-error', dir: '', fixture: '', steps: [], stages: [], error: `${x.message}\n${srcFrames(x.stack ?? '').join('\n')}` });
    },
  );
});
// A rejection nobody awaited is a crash of the case being run (the parent attributes it).
process.on('unhandledRejection', (e) => {
  const x = e instanceof Error ? e : new Error(String(e));
  process.send!({ type: 'unhandled', message: `${x.name}: ${x.message}`, stack: srcFrames(x.stack ?? '') });
});
process.send!({ type: 'ready' });
