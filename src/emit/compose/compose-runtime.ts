/**
 * compose's side of the start-time work (issue 16): what the runtime-files
 * init container does in Kubernetes, as a one-shot service `<unit>-runtime-files`
 * the unit's service waits for. Compose 1.29 cannot mount one file of a
 * volume (no subPath), so the one-shot hands over each *folder* holding a
 * start-time file: it runs the unit's own start-time script
 * (src/emit/runtime-files.ts) in a fresh container of the image, then copies
 * that folder whole — the image's files and the new ones, owners and modes
 * kept — into a named volume the service mounts at the folder. The volume
 * is emptied first, so every `up` sees this image's folder, never one left
 * from an older build. A file inside a data directory is written straight
 * into the data volume, as the server would have: copying a folder over data
 * would lose it. The Secret's values reach the script as variables read
 * from secret files in OUT, byte for byte.
 */
import type { SecretSpec, Unit } from '../../model/plan.js';
import { claimName } from '../kubernetes/names.js';
import { runtimeCapabilities, runtimeWork, shellQuote } from '../runtime-files.js';

/** A folder on a named volume: where the service reads it, and the volume's name. */
export interface RuntimeFolder {
  readonly path: string;
  readonly volume: string;
}

export interface ComposeRuntime {
  /** The one-shot service's name. */
  readonly service: string;
  readonly script: string;
  readonly capabilities: readonly string[];
  /** Folders copied whole into their own volume, which the service mounts there. */
  readonly folders: readonly RuntimeFolder[];
  /** Data volumes the script writes into at their own path. */
  readonly data: readonly RuntimeFolder[];
  /** The Secret keys the script reads, each from the secret file of that key. */
  readonly secrets: readonly SecretSpec[];
  /** Files no volume can carry (a file directly in `/`). */
  readonly unplaced: readonly string[];
}

/** Where the one-shot mounts a folder's volume to copy into it. */
export const stagePath = (f: RuntimeFolder) => `/decant-runtime/${f.volume}`;
/** Where the one-shot finds a secret value. */
export const secretTarget = (s: SecretSpec) => `/run/secrets/${s.key}`;

const parent = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** The folders to hand over: each start-time file's, without one already inside another. */
function outermost(folders: readonly string[]): string[] {
  const sorted = [...new Set(folders)].sort();
  return sorted.filter((f) => !sorted.some((o) => o !== f && within(f, o)));
}

/** `/etc/memcached` → `memcached-runtime-etc-memcached`, numbered on the rare clash of two folders' names. */
function volumeNames(unit: Unit, folders: readonly string[]): RuntimeFolder[] {
  const seen = new Set<string>();
  return folders.map((path) => {
    const base = `${unit.name}-runtime${path.replace(/[^a-zA-Z0-9_.]+/g, '-').replace(/-+$/, '')}`;
    let volume = base;
    for (let n = 2; seen.has(volume); n++) volume = `${base}-${n}`;
    seen.add(volume);
    return { path, volume };
  });
}

/**
 * Each value as a variable of its key's name, from its secret file exactly
 * (`printf x` keeps a final newline `$(…)` would drop); a missing file stops
 * the script, as a missing Secret key stops the init container.
 */
const readSecret = (s: SecretSpec) => `${s.key}=$(cat ${shellQuote(secretTarget(s))} && printf x); ${s.key}=\${${s.key}%x}; export ${s.key}`;

const SYNC = [
  '# compose: each folder holding a start-time file reaches the service through its volume, emptied and filled from this image at every start',
  'decant_sync() { rm -rf "$2"/* "$2"/.[!.]* "$2"/..?*; cp -a "$1/." "$2/"; }',
];

/** The unit's start-time work as compose does it; undefined when it has none. */
export function composeRuntime(unit: Unit): ComposeRuntime | undefined {
  const work = runtimeWork(unit);
  if (!work) return undefined;
  const dataDirs = unit.dataDirs.map((d, i): RuntimeFolder => ({ path: d.path, volume: claimName(unit, i) }));
  const dataOf = (path: string) => dataDirs.filter((d) => within(path, d.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const paths = work.files.map((f) => f.path);
  const unplaced = paths.filter((p) => !dataOf(p) && parent(p) === '/');
  const folders = volumeNames(unit, outermost(paths.filter((p) => !dataOf(p) && parent(p) !== '/').map(parent)));
  const data = [...new Set(paths.flatMap((p) => dataOf(p) ?? []))];
  const secrets = unit.secrets.filter((s) => work.secretEnv.includes(s.key));
  const lines = [
    'set -e',
    ...secrets.map(readSecret),
    // The script's own `set -e` is already the first line.
    work.script.replace(/^set -e\n/, '').trimEnd(),
    ...(folders.length ? [...SYNC, ...folders.map((f) => `decant_sync ${shellQuote(f.path)} ${shellQuote(stagePath(f))}`)] : []),
  ];
  return { service: `${unit.name}-runtime-files`, script: `${lines.join('\n')}\n`, capabilities: runtimeCapabilities(work), folders, data, secrets, unplaced };
}
