/**
 * Findings grouped by cause, so a 10,000-case run reads as a short list of
 * bugs: the same kind, stage, first decant frame and message shape (numbers
 * and quoted text blurred) are one group.
 */

const blur = (s) =>
  String(s ?? '')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…')
    .replace(/\d+/g, 'N')
    .slice(0, 160);

/** The first frame in decant's src/, e.g. `src/chef/interpreter/eval-call.ts:88`. */
export function firstSrcFrame(stack) {
  for (const line of stack ?? []) {
    const m = /(src\/[\w/.-]+\.ts):(\d+)/.exec(line);
    if (m) return `${m[1]}:${m[2]}`;
  }
  return '';
}

export function mostRepeatedFrame(stack) {
  const seen = new Map();
  for (const line of stack ?? []) {
    const m = /(src\/[\w/.-]+\.ts):(\d+)/.exec(line);
    if (m) seen.set(`${m[1]}:${m[2]}`, (seen.get(`${m[1]}:${m[2]}`) ?? 0) + 1);
  }
  return [...seen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/** What a hang or death was doing: the mutation names, without file paths. */
const stepShape = (steps) => (steps ?? []).map((s) => s.split(' ')[0]).sort().join(' + ');

export const caseName = (task) => (task.kind === 'mutation' ? task.caseNo : task.kind === 'snippet' ? task.name : task.dir);

export function groupKey(r) {
  if (r.kind === 'hang' || r.kind === 'oom' || r.kind === 'died') return `${r.kind} in ${r.stage} | ${stepShape(r.steps)}`;
  if (r.kind === 'fuzzer-error') return `fuzzer-error | ${blur(r.error?.split('\n')[0])}`;
  const stage = r.stages.find((s) => s.kind === r.kind);
  if (!stage) return `${r.kind}`;
  const err = stage.thrown ?? pickCaught(stage);
  // A stack overflow's top frame is wherever the stack ran out: the recursing frame names it better.
  const frame = /call stack/i.test(err?.message ?? '') ? mostRepeatedFrame(err?.stack) : firstSrcFrame(err?.stack);
  const msg = stage.thrown ? stage.thrown.message : err?.message ?? stage.diagnostics.find((d) => d.code === 'DEC0901')?.message ?? stage.reason;
  return `${r.kind} in ${stage.stage} | ${frame || 'no src frame'} | ${blur(msg)}`;
}

/** The caught error that best explains a DEC0901: the one whose message the diagnostic quotes, else the last. */
export function pickCaught(stage) {
  const d = stage.diagnostics.find((x) => x.code === 'DEC0901');
  const quoted = d ? stage.caught.filter((c) => d.message.includes(c.message.slice(0, 60))) : [];
  return quoted.at(-1) ?? stage.caught.at(-1);
}

export function groupFindings(results) {
  const groups = new Map();
  for (const r of results) {
    if (r.kind === 'ok') continue;
    const key = groupKey(r);
    const g = groups.get(key) ?? { key, kind: r.kind, count: 0, cases: [], example: r };
    g.count++;
    if (g.cases.length < 20) g.cases.push(caseName(r.task));
    // The smallest example is the quickest to read.
    if ((r.steps?.length ?? 0) < (g.example.steps?.length ?? 0)) g.example = r;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}
