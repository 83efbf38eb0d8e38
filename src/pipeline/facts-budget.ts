/**
 * A time budget for one evaluation's facts work (--facts-timeout). inspect
 * reads a cookbook in seconds and is run over whole corpora, so on a cold
 * cache it asks the engine for at most this long; what the probe has not
 * answered by then stays unknown with that cause, and the probe is abandoned
 * (its container removed, nothing cached half-done). convert has no budget
 * unless asked: its output is built on the facts.
 */
import type { FactsAnswer, ObservationAnswer, PackageFactsSource } from './package-facts-source.js';

const GATHER_HINT = 'once gathered they are cached: run `decant convert`, or give --facts-timeout 0 (no limit) or a larger one';

/** The cause every value the budget left unknown carries, with what gathers the facts; `observing`: the facts were had, the command's observation was not. */
export function budgetReason(platform: string, seconds: number, observing = false): string {
  return observing
    ? `the observation in a ${platform} container did not finish within ${seconds} s (--facts-timeout); ${GATHER_HINT}`
    : `package facts for ${platform} were not gathered within ${seconds} s (--facts-timeout); ${GATHER_HINT}`;
}

/**
 * `source` under a budget of `seconds` (undefined: none, the source itself).
 * The clock starts at the first question, so evaluating before it costs
 * nothing. When it runs out, the question waiting is answered with the cause
 * at once and its work aborted; later questions are answered so without
 * asking. `onAbort` sees the signal (tests).
 */
export function withFactsBudget(source: PackageFactsSource, seconds: number | undefined, onAbort?: (signal: AbortSignal) => void): PackageFactsSource {
  if (seconds === undefined || !(seconds > 0)) return source;
  const controller = new AbortController();
  let expired: Promise<void> | undefined;
  const clock = () =>
    (expired ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        controller.abort(new Error(`the facts budget of ${seconds} s ran out`));
        onAbort?.(controller.signal);
        resolve();
      }, seconds * 1000);
      // A budget never keeps the process alive once the work is done.
      timer.unref();
    }));
  async function within<T extends FactsAnswer | ObservationAnswer>(platform: string, observing: boolean, ask: (signal: AbortSignal) => Promise<T>): Promise<T | { ok: false; reason: string; cause?: string }> {
    const out = { ok: false as const, reason: budgetReason(platform, seconds!, observing), cause: `not gathered within ${seconds} s` };
    if (controller.signal.aborted) return out;
    const ends = clock().then(() => out);
    // A source answers failures as reasons; whatever an abandoned one rejects with later is dropped.
    const asked = ask(controller.signal).catch((e: unknown) => ({ ok: false as const, reason: e instanceof Error ? e.message : String(e) }));
    const answer = await Promise.race([asked, ends]);
    // A source that gave up because it was aborted failed for the budget: the budget's cause is the one to say.
    return !answer.ok && controller.signal.aborted ? out : answer;
  }
  const budgeted: PackageFactsSource = {
    ...(source.cacheDir !== undefined ? { cacheDir: source.cacheDir } : {}),
    resolve: (platform, requests, repositories, signal) => within(platform, false, (own) => source.resolve(platform, requests, repositories, both(own, signal))),
  };
  const observe = source.observe?.bind(source);
  return observe ? { ...budgeted, observe: (platform, requests, repositories, packages, signal) => within(platform, true, (own) => observe(platform, requests, repositories, packages, both(own, signal))) } : budgeted;
}

/** The budget's signal, and the caller's when it gave one. */
function both(own: AbortSignal, other: AbortSignal | undefined): AbortSignal {
  return other ? AbortSignal.any([own, other]) : own;
}
