/**
 * A pool of fuzz worker processes. Each case runs in a long-lived worker (so
 * tsx and the tree-sitter grammars load once per worker, not once per case);
 * the pool holds the wall-clock limit per stage and the memory limit
 * (--max-old-space-size), kills a worker that hangs, notes one that dies, and
 * starts a fresh one for the next case.
 */
import { fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..', '..');
const WORKER = join(HERE, 'worker.ts');

/**
 * CPU seconds a process has used (Linux /proc; clock ticks are 100 a second
 * there). The limit is on CPU time, not wall-clock time: on a shared machine
 * under load a case can wait for a core far longer than it runs.
 */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export class FuzzPool {
  /**
   * @param {{ jobs?: number, timeoutMs?: number, wallFactor?: number, maxOldSpaceMb?: number }} options
   *   timeoutMs: CPU time a stage may use; wallFactor × timeoutMs: wall-clock time it may take (a backstop
   *   for a stage that blocks without spending CPU).
   */
  constructor({ jobs = 2, timeoutMs = 10_000, wallFactor = 6, maxOldSpaceMb = 1024 } = {}) {
    this.jobs = jobs;
    this.timeoutMs = timeoutMs;
    this.wallFactor = wallFactor;
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
      if (!slot.ready || slot.timedOut || slot.current || this.queue.length === 0) continue;
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
    clearInterval(slot.timer);
    // Making a case can write thousands of files: give it longer than a stage.
    const limit = stage === 'generate' || stage === 'start' ? Math.max(60_000, this.timeoutMs) : this.timeoutMs;
    const cpu0 = cpuSeconds(slot.child.pid) ?? 0;
    const wall0 = Date.now();
    slot.stageCpu = () => (cpuSeconds(slot.child.pid) ?? cpu0) - cpu0;
    slot.timer = setInterval(() => {
      const cpu = slot.stageCpu();
      const wall = Date.now() - wall0;
      if (cpu * 1000 <= limit && wall <= limit * this.wallFactor) return;
      slot.timedOut = { cpuMs: Math.round(cpu * 1000), wallMs: wall, by: cpu * 1000 > limit ? 'cpu' : 'wall' };
      clearInterval(slot.timer);
      slot.child.kill('SIGKILL');
    }, 250);
  }

  #onMessage(slot, m) {
    // A result racing the kill is not believed: the case ran over its limit, and the exit reports it.
    if (slot.timedOut) return;
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
      clearInterval(slot.timer);
      slot.current = undefined;
      const result = cur.unhandled.length
        ? { ...m, kind: 'crash', unhandled: cur.unhandled }
        : m;
      cur.resolve({ ...result, task: cur.task, ms: Date.now() - cur.startedAt });
      this.#pump();
    }
  }

  #onExit(slot, code, signal) {
    clearInterval(slot.timer);
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
        ...(slot.timedOut ? { limit: slot.timedOut } : {}),
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
