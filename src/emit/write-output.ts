import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { OutputFile } from './output-file.js';

/** Lists what decant wrote, so a later run knows the folder is its own. */
export const MARKER = '.decant-output';

/** What other decant commands add to OUT (`decant verify` writes its results there): ours, and stale after a new convert. */
const WRITTEN_BY_OTHER_COMMANDS = new Set(['verify.json']);

export type WriteResult = { ok: true; missing: readonly string[] } | { ok: false; reason: string; foreign?: readonly string[] };

function walk(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, root));
    else out.push(relative(root, p).split(sep).join('/'));
  }
  return out.sort();
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Files in OUT that no earlier decant run wrote (so replacing OUT would lose someone's work). */
export function foreignFiles(out: string): string[] {
  if (!existsSync(out)) return [];
  if (!statSync(out).isDirectory()) return [basename(out)];
  const present = walk(out).filter((f) => f !== MARKER && !WRITTEN_BY_OTHER_COMMANDS.has(f));
  const marker = join(out, MARKER);
  const ours = new Set(existsSync(marker) ? readFileSync(marker, 'utf8').split('\n').filter(Boolean) : []);
  return present.filter((f) => !ours.has(f));
}

/**
 * Writes the files into a temporary folder beside OUT and renames it into
 * place, so a run that fails half-way leaves the old output as it was.
 */
export function writeOutput(out: string, files: readonly OutputFile[], force: boolean): WriteResult {
  const target = resolve(out);
  const foreign = foreignFiles(target);
  if (foreign.length && !force) return { ok: false, reason: 'output folder holds files decant did not write', foreign };
  const tmp = join(dirname(target), `.${basename(target)}.decant-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const missing: string[] = [];
  try {
    for (const f of files) {
      const dest = resolve(tmp, f.path);
      if (!dest.startsWith(tmp + sep)) throw new Error(`refusing to write outside the output folder: ${f.path}`);
      mkdirSync(dirname(dest), { recursive: true });
      if ('text' in f) writeFileSync(dest, f.text);
      // A device or FIFO (reached through a link) would hang the copy or fill the disk: only regular files.
      else if (isRegularFile(f.copyFrom)) copyFileSync(f.copyFrom, dest);
      else {
        // The evaluator reported the missing source; the image still builds, with a visible marker.
        missing.push(f.path);
        writeFileSync(dest, `# decant: cookbook file ${basename(f.copyFrom)} was not found; fill this in\n`);
      }
      chmodSync(dest, f.mode ?? 0o644);
    }
    writeFileSync(join(tmp, MARKER), files.map((f) => f.path).sort().join('\n') + '\n');
    const old = `${tmp}-old`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
    return { ok: true, missing };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    return { ok: false, reason: (e as Error).message };
  }
}
