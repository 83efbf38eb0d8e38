/**
 * A daemon that must not be PID 1 (catalog/init/needs-init.yaml) runs under
 * tini: in a container the command is PID 1 and inherits every orphaned
 * process, which a host's init would have reaped. tini reaps them and passes
 * signals on, so the daemon sees what it sees on a host. The wrap goes on the
 * unit's command, not the image's ENTRYPOINT, so the Dockerfile, the
 * manifests and compose (which all run the unit's command) agree.
 */
import type { Unit } from '../model/plan.js';
import type { NeedsInit } from './catalog/load-needs-init.js';

/** Debian's tini: a minimal init, its binary and package. */
const TINI = '/usr/bin/tini';
const TINI_PACKAGE = 'tini';

/** The catalog entry for the daemon `command` starts, by its binary's file name; undefined when it may be PID 1. */
export function initNeededBy(command: readonly string[], entries: readonly NeedsInit[]): NeedsInit | undefined {
  const binary = command[0]?.split('/').pop();
  return binary === undefined ? undefined : entries.find((e) => e.binary === binary);
}

/**
 * `unit` with its command under tini and tini installed, when `daemon` (the
 * command as decided before any wrapping for logs) names a daemon that must
 * not be PID 1; `unit` unchanged otherwise, when the command is already under
 * tini, or when the image installs no package (no layer to add tini to). Only
 * apt images: another family's package name for tini is not known here.
 */
export function underInit(unit: Unit, daemon: readonly string[], entries: readonly NeedsInit[]): Unit {
  const entry = initNeededBy(daemon, entries);
  const first = unit.packages[0];
  if (!entry || !first || unit.command.length === 0 || unit.command[0] === TINI || unit.packageManager !== 'apt') return unit;
  // tini comes with the image's package layer; it is there for the daemon the layer installs, so it shares that resource's origin.
  const packages = unit.packages.some((p) => p.name === TINI_PACKAGE)
    ? unit.packages
    : [...unit.packages, { resource: first.resource, source: first.source, name: TINI_PACKAGE }];
  return {
    ...unit,
    command: [TINI, '--', ...unit.command],
    packages,
    notes: [...unit.notes, `runs under tini (package tini, tini(1)) as PID 1, which reaps orphaned processes and passes signals on: ${entry.binary} must not be PID 1: ${entry.why} (catalog/init/needs-init.yaml)`],
  };
}
