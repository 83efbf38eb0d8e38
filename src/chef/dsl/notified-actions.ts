/**
 * Which actions of custom resource instances a converged resource's notifications fire (issue 15): Chef runs the
 * notified action when the notifier changes, and on a first converge every resource changes. `notifies` on the
 * notifier and `subscribes` on the instance both count; :immediately fires right after the notifier,
 * anything else at the end of the run.
 */
import { RSymbol, type RubyValue } from '../values.js';
import type { Call } from '../interpreter/runtime.js';
import type { PendingNotification, ResourceBuilder } from './resource-builder.js';

export interface FiredAction {
  readonly instance: ResourceBuilder;
  readonly action: string;
  readonly immediate: boolean;
}

const actionName = (v: RubyValue): string | undefined => (v instanceof RSymbol ? v.name : typeof v === 'string' ? v : undefined);
const isImmediate = (n: PendingNotification) => {
  const t = actionName(n.timing);
  return t === 'immediately' || t === 'immediate';
};

/**
 * The custom-resource actions `converged` fires, in declaration order: its own notifications (each target found
 * with `find`, the run's lookup by identity), then the `subscribers` (instances declared with `subscribes`) that
 * name it. `identityOf` names a target given as a resource rather than as `type[name]` text.
 */
export function firedActions(
  converged: ResourceBuilder,
  subscribers: readonly ResourceBuilder[],
  isCustom: (b: ResourceBuilder) => boolean,
  identityOf: (target: RubyValue) => string | undefined,
  find: (identity: string) => ResourceBuilder | undefined,
): FiredAction[] {
  const idOf = (target: RubyValue) => (typeof target === 'string' ? target.trim() : identityOf(target));
  const out: FiredAction[] = [];
  for (const n of converged.notifies) {
    const id = idOf(n.target);
    const instance = id === undefined ? undefined : find(id);
    const action = actionName(n.action);
    if (instance && !instance.deleted && isCustom(instance) && instance !== converged && action) out.push({ instance, action, immediate: isImmediate(n) });
  }
  for (const instance of subscribers) {
    if (instance === converged || instance.deleted) continue;
    for (const s of instance.subscribes) {
      const action = actionName(s.action);
      if (idOf(s.target) === converged.identity && action) out.push({ instance, action, immediate: isImmediate(s) });
    }
  }
  return out;
}

/** What runs a notified action: the run's custom resources. */
export interface NotifiedActionRunner {
  has(type: string): boolean;
  runNotified(instance: ResourceBuilder, action: string, c: Call): boolean;
}

/**
 * The run's notifications to custom resources while it converges: which instances were declared where (a notified
 * action runs with the instance's own declaration call), which subscribe, and the delayed actions queued.
 */
export class NotifiedActions {
  /** Where a custom instance was declared, for a notified action run later. */
  private readonly calls = new Map<ResourceBuilder, Call>();
  /** Custom instances declared with `subscribes`, in declaration order. */
  private readonly subscribers: ResourceBuilder[] = [];
  private readonly delayed: FiredAction[] = [];
  constructor(
    private readonly custom: NotifiedActionRunner,
    private readonly identityOf: (target: RubyValue) => string | undefined,
    private readonly find: (identity: string) => ResourceBuilder | undefined,
  ) {}

  declared(builder: ResourceBuilder, c: Call): void {
    if (!this.custom.has(builder.type)) return;
    this.calls.set(builder, c);
    if (builder.subscribes.length > 0) this.subscribers.push(builder);
  }

  /** `b` converged: the actions it fires :immediately run now; the others are queued for the end of the run. */
  converged(b: ResourceBuilder): void {
    for (const f of firedActions(b, this.subscribers, (x) => this.custom.has(x.type), this.identityOf, this.find)) {
      // An instance not converged yet (declared after the notifier) runs it once it has: at the end.
      if (!f.immediate || !f.instance.customActionsRun) this.delayed.push(f);
      else this.run(f);
    }
  }

  /** The end of the run: the delayed actions, in the order they were queued, each once. */
  runDelayed(): void {
    for (const f of this.delayed.splice(0)) if (!f.instance.deleted) this.run(f);
  }

  private run(f: FiredAction): void {
    const c = this.calls.get(f.instance);
    if (c) this.custom.runNotified(f.instance, f.action, c);
  }
}
