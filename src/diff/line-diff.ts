/**
 * A unified diff of two texts (`diff -u` shape, 3 lines of context), for
 * config files and any text a conversion writes. Longest common subsequence
 * over lines: config files are small; past MAX_CELLS the two texts are shown
 * as one whole replacement rather than spending quadratic time on them.
 */
const CONTEXT = 3;
const MAX_CELLS = 4_000_000;

type Edit = { op: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lcsEdits(a: readonly string[], b: readonly string[]): Edit[] {
  if (a.length * b.length > MAX_CELLS) return [...a.map((line) => ({ op: '-' as const, line })), ...b.map((line) => ({ op: '+' as const, line }))];
  // lengths[i][j]: LCS of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * w + j] = a[i] === b[j] ? lengths[(i + 1) * w + j + 1]! + 1 : Math.max(lengths[(i + 1) * w + j]!, lengths[i * w + j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      edits.push({ op: ' ', line: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * w + j]! >= lengths[i * w + j + 1]!) edits.push({ op: '-', line: a[i++]! });
    else edits.push({ op: '+', line: b[j++]! });
  }
  while (i < a.length) edits.push({ op: '-', line: a[i++]! });
  while (j < b.length) edits.push({ op: '+', line: b[j++]! });
  return edits;
}

/** `@@ -l,n +l,n @@` hunks with their lines; '' when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName = 'old', newName = 'new'): string {
  if (oldText === newText) return '';
  const edits = lcsEdits(splitLines(oldText), splitLines(newText));
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let k = 0;
  while (k < edits.length) {
    if (edits[k]!.op === ' ') {
      k++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change within reach.
    let start = Math.max(0, k - CONTEXT);
    while (start < k && edits[start]!.op !== ' ') start++;
    let end = k;
    let lastChange = k;
    while (end < edits.length && end - lastChange <= 2 * CONTEXT) {
      if (edits[end]!.op !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(edits.length, lastChange + CONTEXT + 1);
    let oldLine = 1;
    let newLine = 1;
    for (let m = 0; m < start; m++) {
      if (edits[m]!.op !== '+') oldLine++;
      if (edits[m]!.op !== '-') newLine++;
    }
    const hunk = edits.slice(start, end);
    const oldCount = hunk.filter((e) => e.op !== '+').length;
    const newCount = hunk.filter((e) => e.op !== '-').length;
    out.push(`@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@`);
    for (const e of hunk) out.push(`${e.op}${e.line}`);
    k = end;
  }
  const noEol = (t: string) => t !== '' && !t.endsWith('\n');
  if (noEol(oldText) !== noEol(newText)) out.push('\\ the last line differs in its final newline');
  return out.join('\n') + '\n';
}

/** The lines a diff adds and removes, without context (the terminal summary names them). */
export function changedLines(diff: string): { removed: string[]; added: string[] } {
  const lines = diff.split('\n').filter((l) => !l.startsWith('---') && !l.startsWith('+++'));
  return { removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)), added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)) };
}
