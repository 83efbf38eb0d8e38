/**
 * What Ruby reads of the target's user database: `~name` in File.expand_path,
 * Dir.home(name) and Etc.getpwnam(name). Ruby asks the passwd database when
 * the expression runs, so the answer is the AccountProbe's: the Chef layer
 * knows the users the run has created by then; on its own the interpreter
 * knows root, whom chef-client runs as.
 */
import { RArray, RObject, RSymbol, Unknown, type RubyValue } from '../values.js';
import { Instance, ModuleDef, type Account, type AccountProbe, type Call, type InterpreterApi, type NotKnown } from './runtime.js';
import { defineModule } from './define-module.js';
import { RaiseSignal } from './signals.js';
import { str } from './builtins/helpers.js';
import { inspect } from './ruby-text.js';

/** root in every base image decant targets (base-passwd, setup): chef-client runs as root, so `~` is root's home too. */
export const ROOT_ACCOUNT: Account = { name: 'root', dir: '/root', shell: '/bin/bash', gecos: 'root', uid: 0, gid: 0 };

/** The interpreter's own answer: root only; anyone else is in a passwd database decant has not seen. */
export const ROOT_ONLY: AccountProbe = {
  user: (name) => (name === 'root' ? ROOT_ACCOUNT : { unknown: 'a user decant does not know' }),
};

/** A user's home as Ruby finds it at this call: the directory, or an Unknown; raises ArgumentError as Ruby does when the user does not exist. */
export function homeOf(c: Call, name: string, asked: string): string | Unknown {
  const found = c.interp.accounts.user(name);
  if ('dir' in found) return found.dir;
  // Ruby's own message, so a `rescue ArgumentError => e` in the cookbook sees what it would see.
  if ('absent' in found) throw new RaiseSignal('ArgumentError', `user ${name} doesn't exist`, c.node.loc);
  return c.interp.unknown(`${asked} names the home of ${found.unknown}`, c.node);
}

/**
 * `~` and `~name` at the start of a path, as File.expand_path reads them: the
 * path with the home put in, the path itself when it has no `~`, or an Unknown.
 */
export function expandHome(c: Call, p: string, asked: string): string | Unknown {
  const m = /^~([^/]*)(\/.*)?$/.exec(p);
  if (!m) return p;
  const home = homeOf(c, m[1] === '' ? 'root' : m[1]!, asked);
  return home instanceof Unknown ? home : `${home}${m[2] ?? ''}`;
}

const PASSWD_MEMBERS = ['name', 'passwd', 'uid', 'gid', 'gecos', 'dir', 'shell'] as const;

/** Etc::Passwd: a Struct with passwd's fields; a field decant cannot know (an id useradd picks) is Unknown, saying why. */
function passwdClass(interp: InterpreterApi): ModuleDef {
  const cls = defineModule(interp, 'Etc::Passwd', true);
  for (const m of PASSWD_MEMBERS) cls.methods.set(m, (c) => (c.self instanceof RObject ? c.self.ivars.get(`@${m}`) ?? null : null));
  cls.methods.set('members', () => new RArray(PASSWD_MEMBERS.map((m) => RSymbol.of(m))));
  return cls;
}

function passwdOf(cls: ModuleDef, a: Account, at: Call): RObject {
  const o = new RObject('Etc::Passwd', new Instance(cls));
  const known = <T extends RubyValue>(v: T | NotKnown): RubyValue => (typeof v === 'object' && v !== null && 'unknown' in v ? at.interp.unknown(v.unknown, at.node) : v);
  const values: Record<(typeof PASSWD_MEMBERS)[number], RubyValue> = {
    name: a.name, passwd: 'x', uid: known(a.uid), gid: known(a.gid), gecos: known(a.gecos), dir: a.dir, shell: known(a.shell),
  };
  for (const m of PASSWD_MEMBERS) o.ivars.set(`@${m}`, values[m]);
  return o;
}

export function registerAccounts(interp: InterpreterApi): void {
  const passwd = passwdClass(interp);
  const etc = defineModule(interp, 'Etc');
  etc.singletonMethods.set('getpwnam', (c) => {
    const name = c.args[0] ?? null;
    if (name instanceof Unknown) return name;
    const found = c.interp.accounts.user(str(name));
    if ('dir' in found) return passwdOf(passwd, found, c);
    if ('absent' in found) throw new RaiseSignal('ArgumentError', `can't find user for ${str(name)}`, c.node.loc);
    return c.interp.unknown(`Etc.getpwnam(${inspect(name)}) reads the passwd entry of ${found.unknown}`, c.node);
  });
  // Process::UID / Process::GID: from_name reads passwd as getpwnam does; switching chef-client's own ids
  // (eid=, switch) changes the running client's privileges, which leave nothing in the image.
  for (const [name, field] of [['Process::UID', 'uid'], ['Process::GID', 'gid']] as const) {
    const ids = defineModule(interp, name);
    ids.singletonMethods.set('from_name', (c) => {
      const user = c.args[0] ?? null;
      if (user instanceof Unknown) return user;
      const found = c.interp.accounts.user(str(user));
      if ('dir' in found) return typeof found[field] === 'number' ? found[field] : c.interp.unknown(`${name}.from_name(${inspect(user)}): ${(found[field] as NotKnown).unknown}`, c.node);
      if ('absent' in found) throw new RaiseSignal('ArgumentError', `can't find user for ${str(user)}`, c.node.loc);
      return c.interp.unknown(`${name}.from_name(${inspect(user)}) reads the passwd entry of ${found.unknown}`, c.node);
    });
    for (const own of ['eid=', 'change_privilege', 'grant_privilege', 'switch', 're_exchange']) ids.singletonMethods.set(own, (c) => c.args[0] ?? null);
    for (const read of ['eid', 'rid']) ids.singletonMethods.set(read, () => 0);
  }
  const dir = defineModule(interp, 'Dir', true);
  dir.singletonMethods.set('home', (c) => {
    const name = c.args[0] ?? null;
    if (name instanceof Unknown) return name;
    // Without a name, Dir.home is $HOME of chef-client, which runs as root.
    return name === null ? ROOT_ACCOUNT.dir : homeOf(c, str(name), `Dir.home(${inspect(name)})`);
  });
}
