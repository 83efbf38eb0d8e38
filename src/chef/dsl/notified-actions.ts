/**
 * Which actions of custom resource instances a converged resource's notifications fire (issue 15): Chef runs the
 * notified action when the notifier changes, and on a first converge every resource changes. `notifies` on the
 * notifier and `subscribes` on the instance both count; :immediately fires right after the notifier,
 * anything else at the end of the run.
 */
import { RSymbol, type RubyValue } from '../values.js';
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
