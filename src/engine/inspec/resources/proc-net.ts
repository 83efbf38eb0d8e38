/**
 * Listening sockets from /proc/net/{tcp,tcp6,udp,udp6} and the processes
 * owning them (socket inodes in /proc/<pid>/fd), so `port` needs neither ss
 * nor netstat in the image.
 */
export interface Listener {
  readonly protocol: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  readonly address: string;
  readonly port: number;
  readonly inode: string;
}

/** /proc/net hex: IPv4 is one little-endian 32-bit word; IPv6 is four of them. */
export function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  if (groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  return compressIpv6(groups);
}

function compressIpv6(groups: string[]): string {
  let best = { start: -1, len: 0 };
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > best.len) best = { start: i, len: j - i };
    i = j;
  }
  if (best.len < 2) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.len).join(':')}`;
}

const LISTEN_TCP = '0A';
const UNCONNECTED_UDP = '07';

/** Parse one /proc/net table. */
export function parseNetTable(text: string, protocol: Listener['protocol']): Listener[] {
  const out: Listener[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [addr, port] = f[1]!.split(':');
    const state = f[3]!;
    const listening = protocol.startsWith('tcp') ? state === LISTEN_TCP : state === UNCONNECTED_UDP;
    if (!listening || !addr || !port) continue;
    out.push({ protocol, address: decodeAddress(addr), port: parseInt(port, 16), inode: f[9]! });
  }
  return out;
}

/** `ls -l /proc/[0-9]*\/fd` output → socket inode → pids. */
export function socketOwners(lsOutput: string): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  let pid = 0;
  for (const line of lsOutput.split('\n')) {
    const dir = /^\/proc\/(\d+)\/fd:$/.exec(line);
    if (dir) { pid = Number(dir[1]); continue; }
    const sock = /socket:\[(\d+)\]/.exec(line);
    if (sock && pid) {
      const list = owners.get(sock[1]!) ?? [];
      if (!list.includes(pid)) list.push(pid);
      owners.set(sock[1]!, list);
    }
  }
  return owners;
}
