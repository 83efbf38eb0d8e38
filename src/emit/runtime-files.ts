/**
 * The work a unit does when its pod starts (issue 16), as one shell script
 * the image's own `/bin/sh` runs as root: generate the key material its
 * runtime steps make and run the steps that hold secret values, write each file holding secret values whole from the
 * `${DECANT_SECRET_<KEY>}` references its image text has and the variables
 * of those names, then — when `DECANT_RUNTIME_DIR` names a folder (the
 * init container's emptyDir) — copy each file there under its key, owner
 * and mode kept, for the service's container to mount at its path. `decant
 * verify` runs the same script without the folder and copies the files over.
 */
import type { RuntimeStep, Unit } from '../model/plan.js';

export interface RuntimeFile {
  /** Where the service reads it. */
  readonly path: string;
  /** Its name in the runtime volume: unique in the unit, stable for the same paths. */
  readonly key: string;
}

export interface RuntimeWork {
  readonly script: string;
  readonly files: readonly RuntimeFile[];
  /** The Secret keys the script reads as variables of the same names. */
  readonly secretEnv: readonly string[];
}

/** `${DECANT_SECRET_X}` → the variable's value, any other text as it is; a file without a final newline keeps none. */
const FILL = [
  'decant_fill() {',
  `  awk '{ out = ""; while (match($0, /[$][{]DECANT_SECRET_[A-Z0-9_]+[}]/)) { n = substr($0, RSTART + 2, RLENGTH - 3); out = out substr($0, 1, RSTART - 1) ((n in ENVIRON) ? ENVIRON[n] : substr($0, RSTART, RLENGTH)); $0 = substr($0, RSTART + RLENGTH) } print out $0 }' "$1" > "$1.decant-new"`,
  '  if [ -n "$(tail -c 1 "$1")" ]; then printf \'%s\' "$(cat "$1.decant-new")" > "$1"; else cat "$1.decant-new" > "$1"; fi',
  '  rm -f "$1.decant-new"',
  '}',
];

/**
 * A step holding secret values: its text (with `${DECANT_SECRET_X}` where the
 * values were) goes to a temporary file, is filled from the variables and
 * run by sh, byte for byte what Chef ran; the filled file is removed whether
 * it succeeds or not. Filling the text, rather than letting sh expand the
 * references, keeps a value inside single quotes where the cookbook put it.
 */
const RUN_FILLED = [
  'decant_run_filled() {',
  '  decant_step=$(mktemp)',
  '  cat > "$decant_step"',
  '  decant_fill "$decant_step"',
  '  decant_status=0',
  '  sh "$decant_step" || decant_status=$?',
  '  rm -f "$decant_step"',
  '  return "$decant_status"',
  '}',
];

const STEP_END = 'DECANT_SECRET_STEP_EOF';

function stepLines(s: RuntimeStep): string[] {
  if (!s.secretEnv?.length) return [s.command];
  return [`decant_run_filled <<'${STEP_END}'`, s.command, STEP_END];
}

/** A word for sh: as it is when nothing in it is special, else single-quoted. */
export const shellQuote = (s: string): string => (/^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

const keyFor = (path: string, i: number): string => `${String(i + 1).padStart(2, '0')}-${(path.slice(path.lastIndexOf('/') + 1) || 'file').replace(/[^-._a-zA-Z0-9]+/g, '_')}`.slice(0, 253);

/** The unit's start-time work; undefined when it has none. */
export function runtimeWork(unit: Unit): RuntimeWork | undefined {
  const steps = unit.runtimeSteps ?? [];
  const filled = unit.files.filter((f) => f.substituted?.length);
  if (steps.length === 0 && filled.length === 0) return undefined;
  const stepSecrets = steps.flatMap((s) => s.secretEnv ?? []);
  const paths = [...new Set([...steps.flatMap((s) => s.writes), ...filled.map((f) => f.path)])];
  const files = paths.map((path, i) => ({ path, key: keyFor(path, i) }));
  const lines = ['set -e'];
  if (filled.length || stepSecrets.length) lines.push(...FILL);
  if (stepSecrets.length) lines.push(...RUN_FILLED);
  for (const s of steps) lines.push(`# ${s.what}: ${s.resource} from ${s.source.cookbook ? `${s.source.cookbook}/` : ''}${s.source.file}:${s.source.line}`, ...stepLines(s));
  for (const f of filled) lines.push(`# secret values ${f.substituted!.join(', ')} into ${f.path} (${f.resource})`, `decant_fill ${shellQuote(f.path)}`);
  lines.push('if [ -n "${DECANT_RUNTIME_DIR:-}" ]; then', ...files.map((f) => `  cp -p ${shellQuote(f.path)} "$DECANT_RUNTIME_DIR/${f.key}"`), 'fi');
  const secretEnv = [...new Set([...filled.flatMap((f) => f.substituted!), ...stepSecrets])].sort();
  return { script: `${lines.join('\n')}\n`, files, secretEnv };
}

/**
 * What root keeps of its capabilities to do the work: keys go where
 * root-owned directories are, files keep the owner the cookbook gave, and a
 * step run as another user (`su -s`) switches to it. The init container and
 * compose's one-shot service add the same.
 */
export function runtimeCapabilities(work: RuntimeWork): string[] {
  return ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', ...(/\bsu -s /.test(work.script) ? ['SETGID', 'SETUID'] : [])];
}
