/**
 * Commands whose output Ohai itself collected into the node: Ohai's hostname
 * plugin runs `hostname` (machinename), `hostname -s` (hostname) and
 * `hostname --fqdn` (fqdn), its kernel plugin `uname -r`, `uname -m` and
 * `uname -s`. decant's target fixes those automatic values
 * (src/chef/platform/README.md: a pod's hostname is generated at run time, so
 * `localhost`; the distribution's stock kernel), and a cookbook that runs the
 * command itself — varnish names its instance after `shell_out!('hostname')`
 * — gets the same answer the node object gives, instead of an unknown the
 * node's own attributes already answer.
 */
import { RHash, type RubyValue } from '../values.js';

/** Each command (its words joined by one space) and the automatic attribute holding its output. */
const OHAI_COMMANDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['hostname', ['machinename']],
  ['hostname -s', ['hostname']],
  ['hostname --short', ['hostname']],
  ['hostname -f', ['fqdn']],
  ['hostname --fqdn', ['fqdn']],
  ['hostname --long', ['fqdn']],
  ['uname -r', ['kernel', 'release']],
  ['uname -m', ['kernel', 'machine']],
  ['uname -s', ['kernel', 'name']],
]);

export interface OhaiCommandAnswer {
  /** What the command prints: the value and a newline. */
  readonly stdout: string;
  /** `node['kernel']['release']`: where the value is in the node. */
  readonly attribute: string;
}

/** The answer for `command` from the target's automatic attributes, when Ohai collected it with that command. */
export function ohaiCommandAnswer(automatic: RHash | undefined, command: string): OhaiCommandAnswer | undefined {
  const words = command.trim().split(/[ \t]+/);
  const path = OHAI_COMMANDS.get(words.join(' '));
  if (path) {
    const v = valueAt(automatic, path);
    return typeof v === 'string' ? { stdout: `${v}\n`, attribute: `node${path.map((k) => `['${k}']`).join('')}` } : undefined;
  }
  return lsbReleaseAnswer(automatic, words);
}

function valueAt(automatic: RHash | undefined, path: readonly string[]): RubyValue {
  let v: RubyValue = automatic ?? null;
  for (const k of path) v = v instanceof RHash ? (v.get(k) ?? null) : null;
  return v;
}

/** lsb_release's fields: its short and long option, node['lsb']'s key, and the label it prints without -s. */
const LSB_FIELDS: readonly { short: string; long: string; key: string; label: string }[] = [
  { short: 'i', long: '--id', key: 'id', label: 'Distributor ID' },
  { short: 'd', long: '--description', key: 'description', label: 'Description' },
  { short: 'r', long: '--release', key: 'release', label: 'Release' },
  { short: 'c', long: '--codename', key: 'codename', label: 'Codename' },
];

/** `lsb_release -cs`, `-s -c`, `--codename --short`, `-c` …: one field, from node['lsb']; anything else is not answered. */
function lsbReleaseAnswer(automatic: RHash | undefined, words: readonly string[]): OhaiCommandAnswer | undefined {
  if (words[0] !== 'lsb_release' && words[0] !== '/usr/bin/lsb_release') return undefined;
  let short = false;
  const keys = new Set<string>();
  for (const w of words.slice(1)) {
    const letters = /^-([a-z]+)$/.exec(w)?.[1]?.split('') ?? [];
    const opts = letters.length > 0 ? letters : [w];
    for (const o of opts) {
      if (o === 's' || o === '--short') short = true;
      else {
        const field = LSB_FIELDS.find((f) => f.short === o || f.long === o);
        if (!field) return undefined;
        keys.add(field.key);
      }
    }
  }
  const field = keys.size === 1 ? LSB_FIELDS.find((f) => keys.has(f.key)) : undefined;
  const v = field ? valueAt(automatic, ['lsb', field.key]) : undefined;
  if (!field || typeof v !== 'string') return undefined;
  return { stdout: short ? `${v}\n` : `${field.label}:\t${v}\n`, attribute: `node['lsb']['${field.key}']` };
}
