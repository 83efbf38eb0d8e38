/** `platform?`, `platform_family?`, `value_for_platform(_family)` and chef-utils' `debian?`-style helpers. */
import type { PlatformFacts } from '../../model/converge.js';
import { RArray, RHash, RSymbol, type RubyValue } from '../values.js';
import type { Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';

function names(args: RubyValue[]): string[] {
  return args.flatMap((a) => (a instanceof RArray ? a.items : [a])).map((a) => (a instanceof RSymbol ? a.name : str(a)));
}

/** Chef's version constraint match for value_for_platform keys (`'>= 20.04'`, `'~> 12.0'`, `'12.7'`). */
export function versionMatches(constraint: string, version: string): boolean {
  const m = /^\s*(>=|<=|>|<|=|~>)?\s*([\d.]+)\s*$/.exec(constraint);
  if (!m) return false;
  const op = m[1] ?? '=';
  const want = m[2]!.split('.').map(Number);
  const have = version.split('.').map(Number);
  const cmp = (): number => {
    for (let i = 0; i < Math.max(want.length, have.length); i++) {
      const d = (have[i] ?? 0) - (want[i] ?? 0);
      if (d) return Math.sign(d);
    }
    return 0;
  };
  switch (op) {
    case '>=': return cmp() >= 0;
    case '<=': return cmp() <= 0;
    case '>': return cmp() > 0;
    case '<': return cmp() < 0;
    case '~>': {
      if (cmp() < 0) return false;
      const prefix = want.slice(0, Math.max(1, want.length - 1));
      return prefix.every((p, i) => have[i] === p);
    }
    default:
      // A bare version matches itself and, as Chef does, a shorter prefix (`'12'` matches 12.7).
      return want.every((p, i) => have[i] === p);
  }
}

export function valueForPlatform(table: RubyValue, facts: PlatformFacts, byFamily: boolean): RubyValue {
  if (!(table instanceof RHash)) return null;
  const wanted = byFamily ? facts.platformFamily : facts.platform;
  let fallback: RubyValue = null;
  for (const [k, v] of table.entries()) {
    const keys = k instanceof RArray ? k.items.map((x) => str(x)) : [k instanceof RSymbol ? k.name : str(k)];
    if (keys.includes('default')) fallback = v;
    if (!keys.includes(wanted)) continue;
    if (byFamily || !(v instanceof RHash)) return v;
    let platformDefault: RubyValue = null;
    for (const [vk, vv] of v.entries()) {
      const vks = vk instanceof RArray ? vk.items.map((x) => str(x)) : [vk instanceof RSymbol ? vk.name : str(vk)];
      if (vks.includes('default')) platformDefault = vv;
      else if (vks.some((c) => versionMatches(c, facts.platformVersion))) return vv;
    }
    return platformDefault;
  }
  return fallback;
}

const FAMILY_HELPERS: Record<string, (f: PlatformFacts) => boolean> = {
  'debian?': (f) => f.platformFamily === 'debian',
  'ubuntu?': (f) => f.platform === 'ubuntu',
  'rhel?': (f) => f.platformFamily === 'rhel',
  'rocky?': (f) => f.platform === 'rocky',
  'centos?': (f) => f.platform === 'centos',
  'redhat?': (f) => f.platform === 'redhat',
  'fedora?': (f) => f.platformFamily === 'fedora',
  'amazon?': (f) => f.platformFamily === 'amazon',
  'suse?': (f) => f.platformFamily === 'suse',
  'windows?': () => false,
  'macos?': () => false,
  'mac_os_x?': () => false,
  'linux?': () => true,
  'aix?': () => false,
  'solaris?': () => false,
  'freebsd?': () => false,
  'arch?': () => false,
  'gentoo?': () => false,
  'docker?': () => true,
  'systemd?': () => false,
  'rhel8?': (f) => f.platformFamily === 'rhel' && f.platformVersion.startsWith('8'),
  'rhel9?': (f) => f.platformFamily === 'rhel' && f.platformVersion.startsWith('9'),
  'el?': (f) => f.platformFamily === 'rhel',
  'fedora_derived?': (f) => f.platformFamily === 'rhel' || f.platformFamily === 'fedora',
  'debian_derived?': (f) => f.platformFamily === 'debian',
  '_64_bit?': () => true,
  'intel?': () => true,
  'arm?': () => false,
  'kitchen?': () => false,
  'vagrant?': () => false,
  'virtual?': () => true,
  'cloud?': () => false,
};

export function platformHelpers(name: string, facts: PlatformFacts): Native | undefined {
  switch (name) {
    case 'platform?': return (c) => names(c.args).includes(facts.platform);
    case 'platform_family?': return (c) => names(c.args).includes(facts.platformFamily);
    case 'value_for_platform': return (c) => valueForPlatform(c.args[0] ?? null, facts, false);
    case 'value_for_platform_family': return (c) => valueForPlatform(c.args[0] ?? null, facts, true);
    // Chef::Util::Selinux / chef-utils: a container runs on its base image, where SELinux is never enabled inside.
    case 'selinux_enabled?': return (c) => {
      c.interp.report('DEC0317', 'info', 'selinux_enabled? answered false: SELinux is not enabled inside a container image', c.node.loc);
      return false;
    };
    default: {
      const f = FAMILY_HELPERS[name];
      return f ? () => f(facts) : undefined;
    }
  }
}
