/**
 * The subnet a config line declares after its option name, in the two forms
 * daemons write one: an address and a netmask (`subnet 10.9.0.0 netmask
 * 255.255.255.0`), or a prefix (`subnet6 2001:db8:9::/64`, `10.9.0.0/24`).
 * Read by form, never by daemon: undefined when the words are neither.
 */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Octets(text: string): number[] | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** The prefix length of a netmask (255.255.255.0 → 24); undefined when its ones are not contiguous. */
export function netmaskPrefix(mask: string): number | undefined {
  const octets = ipv4Octets(mask);
  if (!octets) return undefined;
  const bits = octets.map((o) => o.toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') < 0 ? 32 : bits.indexOf('0') : undefined;
}

function prefixed(text: string): string | undefined {
  const m = /^([0-9a-fA-F:.]+)\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const len = Number(m[2]);
  if (ipv4Octets(m[1]!)) return len <= 32 ? text : undefined;
  return m[1]!.includes(':') && len <= 128 ? text.toLowerCase() : undefined;
}

/** The words of a config line after the option name, up to `{` or `;`. */
function argumentWords(line: string, option: string): string[] {
  const rest = line.trim().slice(option.length);
  return rest.split(/[{;]/)[0]!.trim().split(/\s+/).filter((w) => w !== '');
}

export function declaredSubnet(line: string, option: string): string | undefined {
  const words = argumentWords(line, option);
  const first = words[0];
  if (first === undefined) return undefined;
  const cidr = prefixed(first);
  if (cidr) return cidr;
  if (words[1] === 'netmask' && ipv4Octets(first) && words[2] !== undefined) {
    const len = netmaskPrefix(words[2]);
    return len !== undefined ? `${first}/${len}` : undefined;
  }
  return undefined;
}
