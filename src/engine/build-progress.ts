/**
 * Reads the legacy builder's progress events (JSON lines from POST /build).
 * A failing RUN does not fail the HTTP call: the failure arrives as an event
 * with `errorDetail`, so the build's outcome is decided here, not by the call.
 */

/** One event as the engine sends it; only the fields decant reads. */
export interface BuildEvent {
  readonly stream?: string;
  readonly error?: string;
  readonly errorDetail?: { readonly code?: number; readonly message?: string };
  readonly aux?: { readonly ID?: string };
  readonly status?: string;
}

export interface StepOutput {
  /** 1-based, as `Step N/M` prints it. */
  readonly step: number;
  readonly total: number;
  /** The instruction as the builder echoes it, e.g. `RUN apt-get update`. */
  readonly instruction: string;
  readonly lines: string[];
  /** The engine reused a cached layer for this step. */
  cached: boolean;
}

export interface BuildProgress {
  readonly steps: StepOutput[];
  imageId?: string;
  error?: string;
  /** Text after the last newline of a stream event, joined with the next one. */
  pending: string;
}

export const newProgress = (): BuildProgress => ({ steps: [], pending: '' });

const STEP = /^Step (\d+)\/(\d+) : (.*)$/;

export const currentStep = (p: BuildProgress): StepOutput | undefined => p.steps[p.steps.length - 1];

function addLine(p: BuildProgress, raw: string): void {
  // The legacy builder colours a step's stderr with ANSI escapes.
  const line = raw.replace(/\r$/, '').replace(/\x1b\[[0-9;]*m/g, '');
  if (line.trim() === '') return;
  const m = STEP.exec(line);
  if (m) {
    p.steps.push({ step: Number(m[1]), total: Number(m[2]), instruction: m[3]!, lines: [], cached: false });
    return;
  }
  const step0 = currentStep(p);
  if (step0 && /^ ---> Using cache/.test(line)) step0.cached = true;
  // Builder bookkeeping, not the step's own output.
  if (/^ ---> |^Removing intermediate container |^Successfully (built|tagged) /.test(line)) return;
  const step = currentStep(p);
  if (step) step.lines.push(line);
}

/** Folds one event into the progress; returns the step that started with it, if any. */
export function applyEvent(p: BuildProgress, e: BuildEvent): StepOutput | undefined {
  const before = p.steps.length;
  if (typeof e.stream === 'string') {
    const text = p.pending + e.stream;
    const parts = text.split('\n');
    p.pending = parts.pop() ?? '';
    for (const part of parts) addLine(p, part);
  }
  if (e.aux?.ID) p.imageId = e.aux.ID;
  if (e.errorDetail || e.error) {
    if (p.pending) {
      addLine(p, p.pending);
      p.pending = '';
    }
    p.error = e.errorDetail?.message ?? e.error ?? 'build failed';
  }
  return p.steps.length > before ? currentStep(p) : undefined;
}

/** Splits a chunked body into events; a line that is not JSON is kept as output, not dropped. */
export function parseEventLines(buffer: string): { events: BuildEvent[]; rest: string } {
  const parts = buffer.split('\n');
  const rest = parts.pop() ?? '';
  const events: BuildEvent[] = [];
  for (const line of parts) {
    const t = line.trim();
    if (!t) continue;
    try {
      events.push(JSON.parse(t) as BuildEvent);
    } catch {
      events.push({ stream: `${t}\n` });
    }
  }
  return { events, rest };
}
