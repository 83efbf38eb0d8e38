/**
 * A ConversionDiff for the terminal: per app and unit, the layers a rebuild
 * redoes first (what costs time), then the steps, packages, files with
 * their unified diffs and the resource that wrote them, manifest fields
 * old → new, and what the report says differently.
 */
import { unifiedDiff } from './line-diff.js';
import type { AppDiff, ConversionDiff, FieldChange, FileChange, Origin, UnitDiff } from './diff-types.js';

const MAX_VALUE = 120;

/** A step is a few lines: its changed lines with their neighbours, without the file and hunk headers. */
function hunkLines(diff: string): string {
  return diff.split('\n').filter((l) => !/^(---|\+\+\+|@@) /.test(l)).join('\n');
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '(absent)';
  return typeof v === 'string' && v.includes('\n') ? '(text)' : JSON.stringify(v);
}

/** Both values, cut around where they first differ when they are long (a probe command's port deep inside). */
function values(a: unknown, b: unknown): [string, string] {
  const x = shown(a);
  const y = shown(b);
  if (x.length <= MAX_VALUE && y.length <= MAX_VALUE) return [x, y];
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  const from = Math.max(0, at - 30);
  const cut = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, from + MAX_VALUE)}${s.length > from + MAX_VALUE ? '…' : ''}`;
  return [cut(x), cut(y)];
}

const origin = (o: Origin) => `${o.resource} from ${o.file}:${o.line}`;
const origins = (os: readonly Origin[]) => (os.length ? os.map(origin).join(', ') : "decant's own");
const indent = (text: string, by: string) => text.replace(/\n$/, '').split('\n').map((l) => `${by}${l}`);

function fieldLines(f: FieldChange, by: string): string[] {
  const [o, n] = values(f.old, f.new);
  const lines = [`${by}${f.path}: ${o} → ${n}`];
  if (f.diff) lines.push(...indent(f.diff, `${by}  `));
  return lines;
}

function fileLines(f: FileChange, by: string): string[] {
  const where = f.target ? ` → ${f.target}` : '';
  const who = f.origins.length ? ` (${origins(f.origins)})` : '';
  const lines = [`${by}file ${f.status}: ${f.path}${where}${who}`];
  if (f.diff) lines.push(...indent(f.diff, `${by}  `));
  else if (f.binary && f.status === 'changed') lines.push(`${by}  (binary content differs)`);
  return lines;
}

function unitLines(u: UnitDiff): string[] {
  const by = '    ';
  const lines = [`  unit ${u.name}: ${u.status}`];
  if (u.status !== 'changed') {
    if (u.rebuild) lines.push(`${by}${u.rebuild.total} image steps`);
    return lines;
  }
  if (u.rebuild) {
    const r = u.rebuild;
    lines.push(
      r.fromStep === null
        ? `${by}rebuild: no step built again (${r.total} steps, the image has fewer layers)`
        : `${by}rebuild: ${r.steps} of ${r.total} steps from step ${r.fromStep} (${r.instruction}, Dockerfile line ${r.fromLine}; ${origins(r.origins)})`,
    );
  } else if (u.dockerfileCommentsOnly) lines.push(`${by}Dockerfile: only comments changed; no layer is rebuilt`);
  for (const s of u.steps) {
    const where = s.new ? `line ${s.new.line}` : `old line ${s.old!.line}`;
    lines.push(`${by}step ${s.status}: ${s.instruction} at ${where} (${origins(s.origins)})`);
    if (s.changedSources.length) lines.push(`${by}  same instruction, new content in ${s.changedSources.join(', ')}`);
    else if (s.old && s.new) lines.push(...indent(hunkLines(unifiedDiff(s.old.text + '\n', s.new.text + '\n')), `${by}  `));
    else if (s.old) lines.push(...indent(s.old.text, `${by}  - `));
    else if (s.new) lines.push(...indent(s.new.text, `${by}  + `));
  }
  for (const p of u.packages) {
    lines.push(p.old === null ? `${by}package added: ${p.name} ${p.new}` : p.new === null ? `${by}package removed: ${p.name} ${p.old}` : `${by}package ${p.name}: ${p.old} → ${p.new}`);
  }
  for (const f of u.fields) lines.push(...fieldLines(f, by));
  for (const f of u.files) lines.push(...fileLines(f, by));
  return lines;
}

function appLines(a: AppDiff): string[] {
  const lines = [`${a.key}: ${a.status}`];
  if (a.status !== 'changed') {
    const units = [...a.units.map((u) => u.name)];
    lines.push(`  units: ${units.join(', ') || 'none'}`);
    return lines;
  }
  for (const f of a.fields) lines.push(...fieldLines(f, '  '));
  for (const u of a.units) lines.push(...unitLines(u));
  for (const m of a.manifests) {
    lines.push(`  manifest ${m.status}: ${m.file} ${m.object}`);
    for (const f of m.fields) lines.push(...fieldLines(f, '    '));
  }
  for (const r of a.resources) {
    const state = (s: typeof r.old) => (s ? `${s.class}${s.unit ? ` in ${s.unit}` : ''}` : '(absent)');
    lines.push(`  resource ${r.status}: ${r.resource} (${(r.new ?? r.old)!.source}): ${state(r.old)} → ${state(r.new)}`);
  }
  for (const n of a.needsReview.added) lines.push(`  needs review (new): ${n}`);
  for (const n of a.needsReview.removed) lines.push(`  needs review (resolved): ${n}`);
  for (const d of a.diagnostics.added) lines.push(`  diagnostic (new): ${d}`);
  for (const d of a.diagnostics.removed) lines.push(`  diagnostic (gone): ${d}`);
  return lines;
}

export function diffText(d: ConversionDiff): string {
  if (d.identical) return `${d.old} and ${d.new} are identical\n`;
  const count = (s: string) => d.apps.filter((a) => a.status === s).length;
  const parts = (['changed', 'added', 'removed'] as const).filter((s) => count(s)).map((s) => `${count(s)} app${count(s) === 1 ? '' : 's'} ${s}`);
  const lines = [`${d.old} → ${d.new}: ${parts.join(', ') || 'no app changed'}${d.compared === 'report' ? ' (report.json only)' : ''}`];
  for (const a of d.apps) lines.push('', ...appLines(a));
  if (d.otherFiles.length) {
    lines.push('', 'other files:');
    for (const f of d.otherFiles) lines.push(...fileLines(f, '  '));
  }
  return lines.join('\n') + '\n';
}
