/**
 * An owner or group no one makes. Chef's `directory '/var/log' do group
 * 'syslog'` fails on a Debian 12 server, where no syslog group exists (it is
 * Ubuntu's, made by its rsyslog): the run stops at that resource. decant
 * would have written `chown root:syslog` into a build step and the whole image
 * would fail to build, taking every other resource of the unit with it. Here
 * the ownership is an error at the resource's line (the unit needs input)
 * and the image leaves it out, so the rest still builds and can be checked.
 *
 * Decided only where every source of accounts is known: Debian's base image,
 * package facts of every package the unit installs (their maintainer scripts'
 * users and groups), and the cookbook's own user and group resources; a unit
 * with a build step that makes accounts itself, or a package not in the
 * archive, is left alone.
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PackageFactsView } from '../model/package-facts.js';
import type { App, DirectorySpec, FileSpec, Unit } from '../model/plan.js';
import { debianBaseGroup, debianBaseUser } from './base-image-users.js';

const MAKES_ACCOUNTS = /\b(useradd|groupadd|adduser|addgroup|usermod|systemd-sysusers)\b/;

export interface KnownAccounts {
  readonly user: (name: string) => boolean;
  readonly group: (name: string) => boolean;
}

/** The accounts the unit's image has; undefined when decant cannot know them all. */
export function knownAccounts(unit: Unit, view: PackageFactsView | undefined): KnownAccounts | undefined {
  if (!view || !view.platform.startsWith('debian')) return undefined;
  const installed = unit.packages.map((p) => p.name);
  if (installed.some((n) => view.missing(n) !== undefined)) return undefined;
  if (unit.buildSteps.some((s) => MAKES_ACCOUNTS.test(s.command))) return undefined;
  const users = new Set([...view.users(installed).map((u) => u.name), ...unit.users.map((u) => u.name), ...(unit.user ? [unit.user] : [])]);
  const groups = new Set([
    ...view.groups(installed).map((g) => g.name),
    ...view.users(installed).flatMap((u) => (u.primaryGroup ? [u.primaryGroup] : [])),
    ...unit.groups.map((g) => g.name),
    // useradd makes a group of the user's name unless one is given (USERGROUPS_ENAB yes on Debian).
    ...unit.users.map((u) => u.group ?? u.name),
    // A catalog service user is made with a group of its name (serviceUserBlock).
    ...(unit.user ? [unit.user] : []),
  ]);
  return { user: (n) => debianBaseUser(n) || users.has(n) || /^\d+$/.test(n), group: (n) => debianBaseGroup(n) || groups.has(n) || /^\d+$/.test(n) };
}

type Owned = DirectorySpec | FileSpec;

/** The accounts of one entry nobody makes: `owner syslog`, `group syslog`. */
export function unknownOwnership(entry: Owned, known: KnownAccounts): string[] {
  return [
    ...(entry.owner !== undefined && !known.user(entry.owner) ? [`owner ${entry.owner}`] : []),
    ...(entry.group !== undefined && !known.group(entry.group) ? [`group ${entry.group}`] : []),
  ];
}

function withoutUnknown<T extends Owned>(entry: T, known: KnownAccounts): T {
  const { owner, group, ...rest } = entry;
  return { ...rest, ...(owner !== undefined && known.user(owner) ? { owner } : {}), ...(group !== undefined && known.group(group) ? { group } : {}) } as T;
}

/** The app with each such ownership an error at its resource and left out of the image. */
export function flagUnknownAccounts(app: App, view: PackageFactsView | undefined): App {
  const diagnostics: Diagnostic[] = [];
  const units = app.units.map((u) => {
    const known = knownAccounts(u, view);
    if (!known) return u;
    const reasons: string[] = [];
    const check = <T extends Owned>(entry: T): T => {
      const missing = unknownOwnership(entry, known);
      if (!missing.length) return entry;
      const why = `${entry.resource} sets ${missing.join(' and ')} on ${entry.path}, which neither the base image, the packages the unit installs nor the cookbook makes: Chef's run fails there; the image leaves that ownership out`;
      reasons.push(why);
      diagnostics.push(error('DEC0529', `unit ${u.name}: ${why}`, entry.source, 'create the account first (a user or group resource, or the package that makes it), or name one the target has; on another platform the account may exist (--platform)'));
      return withoutUnknown(entry, known);
    };
    const directories = u.directories.map(check);
    const files = u.files.map(check);
    if (!reasons.length) return u;
    return { ...u, directories, files, needsInput: [...(u.needsInput ?? []), ...reasons] };
  });
  return diagnostics.length ? { ...app, units, diagnostics: [...app.diagnostics, ...diagnostics] } : app;
}
