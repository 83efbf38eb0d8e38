/**
 * The target's users as the run has made them so far (docs/design-notes.md,
 * "`~name`, Dir.home and Etc.getpwnam"). Ruby reads the passwd database when an expression runs:
 * `~foo`, Dir.home('foo') and Etc.getpwnam('foo') find foo once user[foo] has
 * converged — in a custom resource's action or a lazy value, which run at
 * converge time — and raise ArgumentError before then (a compile-time
 * expression, or one that runs before user[foo] does), as on a fresh image.
 * A user the run never declares is root, one a package installed earlier
 * creates (package facts), or one decant does not know.
 */
import type { AccountFact } from '../../model/package-facts.js';
import { Unknown, type RubyValue } from '../values.js';
import type { Account, AccountProbe, NotKnown } from '../interpreter/runtime.js';
import { ROOT_ACCOUNT } from '../interpreter/core-accounts.js';
import type { UseraddDefaults } from '../platform/targets.js';

/** Core resource types that create and change local users. */
export const USER_TYPES: ReadonlySet<string> = new Set(['user', 'linux_user']);

type Entry = Account | { readonly absent: string } | NotKnown;

/** One user resource as it converged: whether it ran, its actions, and the properties that shape the passwd entry. */
export interface UserConverge {
  readonly identity: string;
  /** The user's name: `username`, else the resource's name. */
  readonly name: RubyValue;
  /** `skipped`: a guard skipped it, so nothing changed. */
  readonly ran: 'ran' | 'skipped' | NotKnown;
  readonly actions: readonly string[] | NotKnown;
  readonly properties: ReadonlyMap<string, RubyValue>;
}

export class RunAccounts implements AccountProbe {
  /** Names the run has declared a user resource for, with where, whether converged yet or not. */
  private readonly declared = new Map<string, string>();
  private readonly entries = new Map<string, Entry>();
  /** Set when a user resource whose name decant does not know converged: any user may be that one. */
  private anyUser: string | undefined;

  constructor(
    private readonly useradd: UseraddDefaults,
    /** The users the packages installed so far create, or `offline` when packages were installed without facts. */
    private readonly packageUsers: () => readonly AccountFact[] | 'offline',
  ) {}

  /** The run declared a user resource (converged or not). */
  declare(name: RubyValue, identity: string): void {
    if (typeof name === 'string' && !this.declared.has(name)) this.declared.set(name, identity);
  }

  /** A new walk over the run from its start (the converge pass after the custom resources' actions ran): nothing has converged yet. */
  restart(): void {
    this.entries.clear();
    this.anyUser = undefined;
  }

  converged(u: UserConverge): void {
    if (u.ran === 'skipped') return;
    if (typeof u.name !== 'string') {
      this.anyUser = `the user ${u.identity} converged before, whose name decant does not know (${u.name instanceof Unknown ? u.name.reason : 'not a String'})`;
      return;
    }
    const name = u.name;
    const why = u.ran !== 'ran' ? `whether ${u.identity} ran depends on ${u.ran.unknown}` : !Array.isArray(u.actions) ? `the actions of ${u.identity} are unknown (${(u.actions as NotKnown).unknown})` : undefined;
    if (why !== undefined) {
      this.entries.set(name, { unknown: `user ${name}: ${why}` });
      return;
    }
    let entry = this.current(name);
    for (const action of u.actions as readonly string[]) entry = this.apply(entry, action, name, u);
    if (entry !== undefined) this.entries.set(name, entry);
  }

  user(name: string): Entry {
    const entry = this.entries.get(name);
    if (entry !== undefined) return entry;
    if (name === ROOT_ACCOUNT.name) return ROOT_ACCOUNT;
    if (this.anyUser) return { unknown: this.anyUser };
    const fromPackages = this.packageUsers();
    const fact = fromPackages === 'offline' ? undefined : fromPackages.find((u) => u.name === name);
    if (fact) return packageAccount(fact);
    const at = this.declared.get(name);
    if (at === undefined) return { unknown: 'a user decant does not know' };
    if (fromPackages === 'offline') return { unknown: `user ${name}, which ${at} creates later and a package installed before might create already (only package facts say)` };
    return { absent: `${at} has not converged yet` };
  }

  private current(name: string): Entry | undefined {
    const e = this.entries.get(name);
    if (e !== undefined) return e;
    return name === ROOT_ACCOUNT.name ? ROOT_ACCOUNT : undefined;
  }

  /**
   * Chef's user providers: `create` makes the user or brings an existing one to the properties given;
   * `manage`/`modify`/`lock`/`unlock` change an existing one only; `remove` deletes it.
   */
  private apply(entry: Entry | undefined, action: string, name: string, u: UserConverge): Entry | undefined {
    if (action === 'remove') return { absent: `${u.identity} removed it` };
    const exists = entry !== undefined && 'dir' in entry;
    if (action === 'create') return this.account(name, exists ? entry : undefined, u);
    if (['manage', 'modify', 'lock', 'unlock'].includes(action) && exists) return this.account(name, entry, u);
    return entry;
  }

  private account(name: string, before: Account | undefined, u: UserConverge): Entry {
    const p = u.properties;
    const home = field(p.get('home'), u.identity, 'home');
    if (typeof home === 'object') return { unknown: `user ${name}: ${home.unknown}` };
    const picked = (what: string): NotKnown => ({ unknown: `the ${what} of user ${name} is picked when useradd creates it on the node` });
    return {
      name,
      dir: home ?? before?.dir ?? `${this.useradd.homeBase}/${name}`,
      shell: field(p.get('shell'), u.identity, 'shell') ?? before?.shell ?? this.useradd.shell,
      gecos: field(p.get('comment'), u.identity, 'comment') ?? before?.gecos ?? '',
      uid: id(p.get('uid'), u.identity, 'uid') ?? before?.uid ?? picked('uid'),
      gid: id(p.get('gid'), u.identity, 'gid') ?? before?.gid ?? picked('gid'),
    };
  }
}

/** A String property: its value, undefined when not set (nil), or why it is not known. */
function field(v: RubyValue | undefined, identity: string, what: string): string | undefined | NotKnown {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  return { unknown: `the ${what} of ${identity} is ${v instanceof Unknown ? `unknown (${v.reason})` : 'not a plain String'}` };
}

/** uid/gid: a number (or a numeric String); a group name or an unknown value leaves the number to the node. */
function id(v: RubyValue | undefined, identity: string, what: string): number | undefined | NotKnown {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return { unknown: `the ${what} of ${identity} is ${v instanceof Unknown ? `unknown (${v.reason})` : `${typeof v === 'string' ? `the group ${v}` : 'a value'}, whose number the node picks`}` };
}

function packageAccount(f: AccountFact): Entry {
  const unread = (what: string): NotKnown => ({ unknown: `the ${what} of user ${f.name}, which a package creates (${f.from}), is not in the package facts` });
  if (f.home === undefined) return { unknown: `user ${f.name}, which a package creates (${f.from}): the package facts do not say its home` };
  return {
    name: f.name,
    dir: f.home,
    shell: f.shell ?? unread('shell'),
    gecos: unread('comment'),
    uid: f.id ?? { unknown: `the uid of user ${f.name} is picked when its package creates it (${f.from})` },
    gid: unread('gid'),
  };
}
