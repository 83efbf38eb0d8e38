/**
 * A pool of fuzz worker processes. Each case runs in a long-lived worker (so
 * tsx and the tree-sitter grammars load once per worker, not once per case);
 * the pool holds the wall-clock limit per stage and the memory limit
 * (--max-old-space-size), kills a worker that hangs, notes one that dies, and
 * starts a fresh one for the next case.
 */
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..', '..');
const WORKER = join(HERE, 'worker.ts');

export class FuzzPool {
  /**
   * @param {{ jobs?: number, timeoutMs?: number, maxOldSpaceMb?: number }} options
   */
  constructor({ jobs = 2, timeoutMs = 10_000, maxOldSpaceMb = 1024 } = {}) {
    this.jobs = jobs;
    this.timeoutMs = timeoutMs;
    this.maxOldSpaceMb = maxOldSpaceMb;
    this.queue = [];
    this.slots = [];
    this.closed = false;
    this.pids = [];
  }

  /** Run one task ({kind:'mutation', seed, caseNo} or {kind:'dir', dir, runList}); resolves with its result, never rejects. */
  run(task) {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.#pump();
    });
  }

  async close() {
    this.closed = true;
    for (const s of this.slots) {
      if (s.child && s.child.exitCode === null) s.child.kill('SIGKILL');
    }
    // Each worker made its own scratch folder (worker-main.ts); a killed one could not remove it.
    for (const pid of this.pids) rmSync(join(tmpdir(), `decant-fuzz-${pid}`), { recursive: true, force: true });
  }

  #pump() {
    while (this.slots.length < this.jobs) this.slots.push(this.#spawn());
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue;
      const job = this.queue.shift();
      slot.current = { ...job, stage: 'start', dir: '', steps: [], fixture: '', unhandled: [], startedAt: Date.now() };
      this.#arm(slot, 'start');
      slot.child.send(job.task);
    }
  }

  #spawn() {
    const slot = { child: undefined, ready: false, current: undefined, stderr: '', timer: undefined, timedOut: false };
    const child = fork(WORKER, [], {
      cwd: REPO,
      execArgv: ['--import', 'tsx', `--max-old-space-size=${this.maxOldSpaceMb}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    slot.child = child;
    this.pids.push(child.pid);
    child.stdout.on('data', () => {});
    child.stderr.on('data', (d) => {
      slot.stderr = (slot.stderr + d.toString()).slice(-8000);
    });
    child.on('message', (m) => this.#onMessage(slot, m));
    child.on('exit', (code, signal) => this.#onExit(slot, code, signal));
    return slot;
  }

  #arm(slot, stage) {
    clearTimeout(slot.timer);
    // Making a case can write thousands of files: give it longer than a stage.
    const limit = stage === 'generate' || stage === 'start' ? Math.max(60_000, this.timeoutMs) : this.timeoutMs;
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      slot.child.kill('SIGKILL');
    }, limit);
  }

  #onMessage(slot, m) {
    if (m.type === 'ready') {
      slot.ready = true;
      this.#pump();
      return;
    }
    const cur = slot.current;
    if (!cur) return;
    if (m.type === 'stage') {
      cur.stage = m.stage;
      cur.dir = m.dir;
      cur.stageStartedAt = Date.now();
      this.#arm(slot, m.stage);
    } else if (m.type === 'generated') {
      cur.steps = m.steps;
      cur.fixture = m.fixture;
    } else if (m.type === 'unhandled') {
      cur.unhandled.push(m);
    } else if (m.type === 'result') {
      clearTimeout(slot.timer);
      slot.current = undefined;
      const result = cur.unhandled.length
        ? { ...m, kind: 'crash', unhandled: cur.unhandled }
        : m;
      cur.resolve({ ...result, task: cur.task, ms: Date.now() - cur.startedAt });
      this.#pump();
    }
  }

  #onExit(slot, code, signal) {
    clearTimeout(slot.timer);
    this.slots = this.slots.filter((s) => s !== slot);
    const cur = slot.current;
    if (cur) {
      const oom = /heap out of memory|Allocation failed|invalid (array|string) length/i.test(slot.stderr);
      const kind = slot.timedOut ? 'hang' : oom ? 'oom' : 'died';
      cur.resolve({
        type: 'result',
        kind,
        task: cur.task,
        dir: cur.dir,
        fixture: cur.fixture,
        steps: cur.steps,
        stages: [],
        stage: cur.stage,
        exit: { code, signal },
        stderrTail: slot.stderr.slice(-3000),
        ms: Date.now() - cur.startedAt,
        stageMs: cur.stageStartedAt ? Date.now() - cur.stageStartedAt : undefined,
      });
    } else if (!this.closed && !slot.ready) {
      // A worker that cannot even start would loop forever: fail the queue loudly.
      const err = `fuzz worker failed to start (code ${code}, signal ${signal}):\n${slot.stderr}`;
      for (const job of this.queue.splice(0)) job.resolve({ type: 'result', kind: 'fuzzer-error', task: job.task, error: err, stages: [], steps: [] });
      return;
    }
    if (!this.closed) this.#pump();
  }
}
