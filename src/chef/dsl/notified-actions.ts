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
 * The custom-resource actions `converged` fires, in declaration order: its own notifications to instances in
 * `collection`, then the instances there that subscribe to it. `identityOf` names a notification's target.
 */
export function firedActions(
  converged: ResourceBuilder,
  collection: readonly ResourceBuilder[],
  isCustom: (b: ResourceBuilder) => boolean,
  identityOf: (target: RubyValue) => string | undefined,
): FiredAction[] {
  const byIdentity = new Map<string, ResourceBuilder>();
  for (const b of collection) if (!b.deleted && isCustom(b) && !byIdentity.has(b.identity)) byIdentity.set(b.identity, b);
  const out: FiredAction[] = [];
  for (const n of converged.notifies) {
    const id = typeof n.target === 'string' ? n.target.trim() : identityOf(n.target);
    const instance = id === undefined ? undefined : byIdentity.get(id);
    const action = actionName(n.action);
    if (instance && instance !== converged && action) out.push({ instance, action, immediate: isImmediate(n) });
  }
  for (const instance of byIdentity.values()) {
    if (instance === converged) continue;
    for (const s of instance.subscribes) {
      const id = typeof s.target === 'string' ? s.target.trim() : identityOf(s.target);
      const action = actionName(s.action);
      if (id === converged.identity && action) out.push({ instance, action, immediate: isImmediate(s) });
    }
  }
  return out;
}
