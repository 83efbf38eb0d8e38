import type { ConnectionEdge, PodGroup, Unit } from '../../model/plan.js';

/** Only long-running workloads share a pod: a CronJob's or Job's pod ends, and a DaemonSet's runs on every node. */
const POOLED = new Set(['Deployment', 'StatefulSet']);

/**
 * Units joined by an edge run as containers of one pod, as they shared one
 * server: localhost and socket paths then work unchanged. Groups are the
 * connected components of the graph over long-running units, named after
 * their first unit in plan order; each shares the directories its sockets
 * live in. Units `split` names (plan.yaml) keep pods of their own.
 */
export function podGroups(units: readonly Unit[], edges: readonly ConnectionEdge[], split: ReadonlySet<string> = new Set()): PodGroup[] {
  const pooled = new Set(units.filter((u) => POOLED.has(u.workload) && !split.has(u.name)).map((u) => u.name));
  const parent = new Map<string, string>();
  const find = (n: string): string => {
    const p = parent.get(n) ?? n;
    if (p === n) return n;
    const root = find(p);
    parent.set(n, root);
    return root;
  };
  const order = new Map(units.map((u, i) => [u.name, i]));
  const joined = edges.filter((e) => pooled.has(e.from) && pooled.has(e.to));
  for (const e of joined) {
    const [a, b] = [find(e.from), find(e.to)].sort((x, y) => order.get(x)! - order.get(y)!);
    if (a !== b) parent.set(b!, a!);
  }
  const members = new Map<string, string[]>();
  for (const u of units) {
    if (!pooled.has(u.name)) continue;
    const root = find(u.name);
    members.set(root, [...(members.get(root) ?? []), u.name]);
  }
  return [...members.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([root, names]) => ({
      name: root,
      units: names,
      sharedDirs: [...new Set(joined.filter((e) => e.kind === 'unix' && find(e.from) === root).map((e) => socketDir(e.endpoint)))].sort(),
    }));
}

/** The directory a socket lives in: what both containers mount. */
export function socketDir(path: string): string {
  const dir = path.replace(/\/[^/]*$/, '');
  return dir === '' ? '/' : dir;
}
