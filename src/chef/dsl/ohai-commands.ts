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
  const path = OHAI_COMMANDS.get(command.trim().split(/[ \t]+/).join(' '));
  if (!path || !automatic) return undefined;
  let v: RubyValue = automatic;
  for (const k of path) v = v instanceof RHash ? (v.get(k) ?? null) : null;
  if (typeof v !== 'string') return undefined;
  return { stdout: `${v}\n`, attribute: `node${path.map((k) => `['${k}']`).join('')}` };
}
