/**
 * InSpec `port(n)` / `port(addr, n)`: read inside the container from /proc.
 * The detail also says whether the port answers from the host, because a
 * service bound to 127.0.0.1 listens but is not reachable by its clients.
 */
import { connect } from 'node:net';
import { sh } from '../exec.js';
import { failed, type Resource } from './facts.js';
import { listProcesses } from './processes-list.js';
import { parseNetTable, socketOwners, type Listener } from './proc-net.js';

const SCRIPT = `for t in tcp tcp6 udp udp6; do echo "@@$t"; cat /proc/net/$t 2>/dev/null; done; echo '@@fd'; ls -l /proc/[0-9]*/fd 2>/dev/null`;

export function parseListeners(text: string): { listeners: Listener[]; owners: Map<string, number[]> } {
  const listeners: Listener[] = [];
  let owners = new Map<string, number[]>();
  for (const part of text.split('@@').slice(1)) {
    const nl = part.indexOf('\n');
    const name = part.slice(0, nl);
    const body = part.slice(nl + 1);
    if (name === 'fd') owners = socketOwners(body);
    else if (name === 'tcp' || name === 'tcp6' || name === 'udp' || name === 'udp6') listeners.push(...parseNetTable(body, name));
  }
  return { listeners, owners };
}

function answersFromHost(address: string, port: number, timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: address, port });
    const done = (ok: boolean) => { s.destroy(); resolve(ok); };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

export const portResource: Resource = async (args, ctx) => {
  const port = typeof args[1] === 'number' ? args[1] : args[0];
  const wantAddress = typeof args[1] === 'number' && typeof args[0] === 'string' ? args[0] : undefined;
  if (typeof port !== 'number') return { unsupported: 'port needs a port number' };
  const r = await sh(ctx.exec, SCRIPT);
  if (r.error) return failed(r.error);
  const { listeners, owners } = parseListeners(r.stdout);
  const mine = listeners.filter((l) => l.port === port && (!wantAddress || l.address === wantAddress));
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  let host = '';
  const address = await ctx.address();
  if (mine.some((l) => l.protocol.startsWith('tcp')) && address) {
    host = (await answersFromHost(address, port)) ? `; answers from the host at ${address}:${port}` : `; does NOT answer from the host at ${address}:${port}`;
  }
  const pids = [...new Set(mine.flatMap((l) => owners.get(l.inode) ?? []))];
  const processes = async () => {
    const procs = await listProcesses(ctx.exec);
    if ('error' in procs) return [];
    return uniq(procs.filter((p) => pids.includes(p.pid)).map((p) => p.comm));
  };
  return {
    predicates: { listening: mine.length > 0 },
    properties: {
      protocols: uniq(mine.map((l) => l.protocol)),
      addresses: uniq(mine.map((l) => l.address)),
      pids: pids.sort((a, b) => a - b),
      processes,
      port,
    },
    note: mine.length ? `listening on ${uniq(mine.map((l) => `${l.protocol} ${l.address}`)).join(', ')}${host}` : `nothing listens on port ${port}`,
  };
};
