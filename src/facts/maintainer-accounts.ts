/**
 * The users and groups a package creates, read from its maintainer scripts
 * (adduser/addgroup, useradd/groupadd, usermod -G) and its sysusers.d files,
 * without running them.
 *
 * Shell variables the script sets once to a plain word (USER="memcache", the
 * usual style) are substituted. Not covered, and said in the fact's
 * `accountNotes` where seen: names or ids held in other variables (set twice,
 * computed, read from debconf), accounts made by helper scripts
 * the postinst sources or by debconf answers, and creation inside functions
 * whose call is conditional — those are read as if they always ran, which is
 * what a fresh install does. Ids are kept only when the script fixes them.
 */
import type { AccountFact } from '../model/package-facts.js';
import { plainAssignments, shellWords, simpleCommands, substitute } from './shell-commands.js';

export interface Accounts {
  users: AccountFact[];
  groups: AccountFact[];
  notes: string[];
}

const ADDUSER_VALUE = new Set(['--home', '--shell', '--uid', '--gid', '--ingroup', '--gecos', '--comment', '--firstuid', '--lastuid', '--firstgid', '--lastgid', '--conf', '--add-extra-groups-to']);
const USERADD_VALUE = new Set(['-b', '-c', '-d', '-e', '-f', '-g', '-G', '-k', '-K', '-p', '-s', '-u', '-Z', '-R', '-P', '--base-dir', '--comment', '--home-dir', '--home', '--expiredate', '--inactive', '--gid', '--groups', '--skel', '--key', '--password', '--shell', '--uid', '--selinux-user', '--root', '--prefix']);

interface Parsed {
  options: Map<string, string | true>;
  args: (string | undefined)[];
}

/** Options and operands of a command's words, `--opt=value` and `--opt value` alike; redirections dropped. */
function parseWords(words: readonly (string | undefined)[], valued: ReadonlySet<string>): Parsed {
  const options = new Map<string, string | true>();
  const args: (string | undefined)[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w !== undefined && /^\d*[<>]/.test(w)) {
      if (/^\d*[<>]&?$/.test(w)) i++;
      continue;
    }
    if (w === undefined || !w.startsWith('-') || w === '-') {
      args.push(w);
      continue;
    }
    const eq = w.indexOf('=');
    if (w.startsWith('--') && eq > 0) options.set(w.slice(0, eq), w.slice(eq + 1));
    else if (valued.has(w)) options.set(w, words[++i] ?? '');
    else options.set(w, true);
  }
  return { options, args };
}

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: string | true | undefined): number | undefined => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** One adduser/addgroup call into accounts. */
function fromAdduser(command: string, p: Parsed, from: string, acc: Accounts): void {
  const system = p.options.has('--system');
  const known = p.args.filter((a): a is string => a !== undefined);
  if (known.length !== p.args.length) return void acc.notes.push(`${from}: ${command} names its account in a variable`);
  // `adduser --group NAME` without --system is addgroup.
  if (command === 'addgroup' || (command === 'adduser' && !system && p.options.has('--group') && known.length === 1)) {
    if (known[0]) acc.groups.push(clean({ name: known[0], id: num(p.options.get('--gid')), system, from }));
    return;
  }
  if (known.length === 2) {
    // `adduser USER GROUP`: adds an existing user to an existing group.
    acc.users.push(clean({ name: known[0]!, system, groups: [known[1]!], from }));
    return;
  }
  const name = known[0];
  if (!name) return;
  // `--group` with --system makes a group of the same name and uses it as the primary group.
  const ownGroup = p.options.has('--group');
  if (ownGroup) acc.groups.push(clean({ name, id: num(p.options.get('--gid')), system, from }));
  acc.users.push(
    clean({
      name,
      id: num(p.options.get('--uid')),
      system,
      // Without --home a system user's home is left to adduser.conf; a normal user's is /home/NAME.
      home: str(p.options.get('--home')) ?? (system ? undefined : `/home/${name}`),
      shell: str(p.options.get('--shell')) ?? (system ? '/usr/sbin/nologin' : '/bin/bash'),
      primaryGroup: str(p.options.get('--ingroup')) ?? (ownGroup ? name : system ? 'nogroup' : name),
      from,
    }),
  );
}

function fromUseradd(command: string, p: Parsed, from: string, acc: Accounts): void {
  const name = p.args[p.args.length - 1];
  if (name === undefined || p.args.length === 0) return void acc.notes.push(`${from}: ${command} names its account in a variable`);
  const system = p.options.has('-r') || p.options.has('--system');
  if (command === 'groupadd') return void acc.groups.push(clean({ name, id: num(p.options.get('-g') ?? p.options.get('--gid')), system, from }));
  if (command === 'usermod') {
    const groups = str(p.options.get('-G') ?? p.options.get('--groups'));
    if (groups) acc.users.push(clean({ name, system: false, groups: groups.split(','), from }));
    return;
  }
  const group = str(p.options.get('-g') ?? p.options.get('--gid'));
  // useradd makes a same-name group unless -N or -g (USERGROUPS_ENAB yes on Debian and RHEL).
  const ownGroup = !group && !p.options.has('-N') && !p.options.has('--no-user-group');
  if (ownGroup) acc.groups.push(clean({ name, system, from }));
  const extra = str(p.options.get('-G') ?? p.options.get('--groups'));
  acc.users.push(
    clean({
      name,
      id: num(p.options.get('-u') ?? p.options.get('--uid')),
      system,
      home: str(p.options.get('-d') ?? p.options.get('--home-dir') ?? p.options.get('--home')) ?? `/home/${name}`,
      shell: str(p.options.get('-s') ?? p.options.get('--shell')) ?? '/bin/sh',
      primaryGroup: group ?? name,
      groups: extra?.split(','),
      from,
    }),
  );
}

const COMMANDS = new Set(['adduser', 'addgroup', 'useradd', 'groupadd', 'usermod']);

/** Accounts a maintainer script creates; `name` labels where each was read ('postinst'). */
export function accountsFromScript(name: string, script: string, acc: Accounts = { users: [], groups: [], notes: [] }): Accounts {
  const vars = plainAssignments(script);
  for (const { line, text } of simpleCommands(script)) {
    const words = shellWords(substitute(text, vars));
    const at = words.findIndex((w) => w !== undefined && COMMANDS.has(w.replace(/^.*\//, '')));
    if (at < 0) continue;
    const command = words[at]!.replace(/^.*\//, '');
    const from = `${name}:${line}`;
    const rest = words.slice(at + 1);
    if (command === 'adduser' || command === 'addgroup') fromAdduser(command, parseWords(rest, ADDUSER_VALUE), from, acc);
    else fromUseradd(command, parseWords(rest, USERADD_VALUE), from, acc);
  }
  return acc;
}

/** Accounts of a sysusers.d file (sysusers.d(5): u, g, m lines; r ranges carry no account). */
export function accountsFromSysusers(name: string, text: string, acc: Accounts = { users: [], groups: [], notes: [] }): Accounts {
  text.split('\n').forEach((raw, i) => {
    const words = shellWords(raw.replace(/^\s*#.*$/, ''));
    const [type, who, idField, , home, shell] = words;
    const from = `${name}:${i + 1}`;
    if (!type || !who) return;
    const [uid, gid] = (idField ?? '-').split(':');
    const id = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
    if (type.startsWith('u')) {
      acc.groups.push(clean({ name: who, id: id(gid ?? uid), system: true, from }));
      acc.users.push(
        clean({ name: who, id: id(uid), system: true, home: home && home !== '-' ? home : '/', shell: shell && shell !== '-' ? shell : '/usr/sbin/nologin', primaryGroup: gid && !/^\d+$/.test(gid) ? gid : who, from }),
      );
    } else if (type.startsWith('g')) acc.groups.push(clean({ name: who, id: id(uid), system: true, from }));
    else if (type.startsWith('m') && idField) acc.users.push(clean({ name: who, system: true, groups: [idField], from }));
  });
  return acc;
}

/**
 * One account per name: the first full definition wins, later membership lines
 * add their groups to it (a script often checks, creates, then adds groups).
 */
export function mergeAccounts(list: readonly AccountFact[]): AccountFact[] {
  const out = new Map<string, AccountFact>();
  for (const a of list) {
    const prior = out.get(a.name);
    if (!prior) out.set(a.name, a);
    else {
      const groups = [...new Set([...(prior.groups ?? []), ...(a.groups ?? [])])];
      const base = prior.home === undefined && a.home !== undefined ? a : prior;
      out.set(a.name, clean({ ...base, groups: groups.length ? groups : undefined }));
    }
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
