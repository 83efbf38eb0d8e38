/**
 * A user resource as RunAccounts records it, read from its builder while the
 * custom resources' actions run (before the converge pass decides guards):
 * a guard or an unknown condition around it leaves open whether it ran.
 */
import { RSymbol, Unknown, type RubyValue } from '../values.js';
import { toS } from '../interpreter/ruby-text.js';
import type { NotKnown } from '../interpreter/runtime.js';
import type { ResourceBuilder } from './resource-builder.js';
import type { UserConverge } from './run-accounts.js';
import type { Guard } from '../../model/converge.js';

/** The user a user resource manages: its `username`, else its name. */
export function userNameOf(b: ResourceBuilder): RubyValue {
  return b.properties.get('username') ?? b.name;
}

function actionsOf(b: ResourceBuilder): readonly string[] | NotKnown {
  if (!b.actions) return b.defaultActions() ?? { unknown: `no default action known for ${b.type}` };
  const out: string[] = [];
  for (const a of b.actions) {
    if (a instanceof Unknown) return { unknown: a.reason };
    out.push(a instanceof RSymbol ? a.name : toS(a));
  }
  return out;
}

function ranOf(b: ResourceBuilder): 'ran' | NotKnown {
  const guard = b.guards[0];
  if (guard) return { unknown: `its ${guard.kind} guard (${guard.location.file}:${guard.location.line})` };
  const condition = b.conditions[0];
  if (condition) return { unknown: `a condition decant could not decide (${condition.reason})` };
  return 'ran';
}

export function userConvergeOf(b: ResourceBuilder): UserConverge {
  return { identity: b.identity, name: userNameOf(b), ran: ranOf(b), actions: actionsOf(b), properties: b.properties };
}

/** The same resource as the converge pass walks it: its guards decided, its properties resolved. */
export function userConvergeInPass(b: ResourceBuilder, properties: ReadonlyMap<string, RubyValue>, guards: readonly Guard[], actions: readonly string[] | Unknown): UserConverge {
  const undecided = guards.find((g) => g.outcome === 'unknown' || g.outcome === 'shell');
  const ran = guards.some((g) => g.outcome === 'skip')
    ? 'skipped'
    : undecided
      ? { unknown: undecided.outcome === 'shell' ? `its ${undecided.kind} command \`${undecided.command ?? ''}\`, run on the node` : undecided.reason ?? `its ${undecided.kind} guard` }
      : 'ran';
  return {
    identity: b.identity,
    name: properties.get('username') ?? b.name,
    ran,
    actions: actions instanceof Unknown ? { unknown: actions.reason } : actions,
    properties,
  };
}
