/**
 * Runs the inputs on `jobs` worker threads, one input per worker at a time,
 * the next input to whichever worker is free. With one job the inputs run in
 * this thread (same function, so the same bytes). A worker that dies takes
 * only its current input with it: that input fails and a new worker goes on.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { error } from '../diagnostics/create.js';
import { diagnosticJson } from '../emit/report/diagnostic-json.js';
import { EXIT_UNUSABLE } from './exit-code.js';
import { convertInput, newInputContext, type BatchOptions } from './convert-input.js';
import type { BatchInput } from './find-inputs.js';
import type { InputOutcome } from './input-outcome.js';
import { inputWeight } from './input-weight.js';

export type OnOutcome = (input: BatchInput, outcome: InputOutcome, done: number) => void;

export async function runInputs(inputs: readonly BatchInput[], jobs: number, options: BatchOptions, onOutcome: OnOutcome): Promise<InputOutcome[]> {
  if (jobs <= 1 || inputs.length <= 1) {
    const ctx = newInputContext();
    const out: InputOutcome[] = [];
    for (const input of inputs) {
      const o = await convertInput(input, options, ctx);
      out.push(o);
      onOutcome(input, o, out.length);
    }
    return out;
  }
  return runOnWorkers(inputs, Math.min(jobs, inputs.length), options, onOutcome);
}

function newWorker(options: BatchOptions): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const url = new URL(`./worker${ext}`, import.meta.url);
  if (ext === '.js') return new Worker(url, { workerData: { options } });
  // Run from the TypeScript sources (tests, `node --import tsx`): a worker
  // does not inherit tsx's loader hooks, so it registers them first.
  const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData: { options } });
}

function crashed(input: BatchInput, why: string): InputOutcome {
  const d = error('DEC0901', `internal error: the worker converting ${input.rel} stopped (${why})`);
  return {
    report: { input: input.rel, status: 'failed', exitCode: EXIT_UNUSABLE, apps: [], notes: [], diagnostics: [diagnosticJson(d)] },
    fromCache: false,
    stderr: `error DEC0901: ${d.message}`,
    ms: 0,
  };
}

function runOnWorkers(inputs: readonly BatchInput[], jobs: number, options: BatchOptions, onOutcome: OnOutcome): Promise<InputOutcome[]> {
  const results: (InputOutcome | undefined)[] = new Array(inputs.length);
  // Heaviest first (longest-processing-time order); results keep the inputs' order.
  const weights = inputs.map((i) => inputWeight(i.abs));
  const order = inputs.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  let next = 0;
  let done = 0;
  return new Promise((resolveAll) => {
    const finish = (id: number, outcome: InputOutcome) => {
      if (results[id]) return;
      results[id] = outcome;
      done++;
      onOutcome(inputs[id]!, outcome, done);
      if (done === inputs.length) resolveAll(results as InputOutcome[]);
    };
    const start = () => {
      const w = newWorker(options);
      let current: number | undefined;
      const feed = () => {
        if (next >= inputs.length) {
          current = undefined;
          void w.terminate();
          return;
        }
        current = order[next++]!;
        w.postMessage({ id: current, input: inputs[current] });
      };
      w.on('message', (m: { id: number; outcome: InputOutcome }) => {
        finish(m.id, m.outcome);
        feed();
      });
      const lost = (why: string) => {
        if (current === undefined) return;
        const id = current;
        current = undefined;
        finish(id, crashed(inputs[id]!, why));
        if (next < inputs.length) start();
      };
      w.on('error', (e) => lost(e.message));
      w.on('exit', (code) => lost(`exit code ${code}`));
      feed();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}
