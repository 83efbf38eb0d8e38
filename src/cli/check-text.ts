/** What `decant convert --check` prints, and its exit code: 0 identical, 1 different or OUT missing, 2 unusable. */
import { diffText } from '../diff/diff-text.js';
import type { CheckResult } from '../pipeline/check-output.js';
import { EXIT_UNUSABLE } from '../pipeline/exit-code.js';

/** `explainUnreadable`: false when the conversion already said why it wrote nothing (a refused batch). */
export function printCheck(out: string, r: CheckResult, json: boolean, explainUnreadable = true): number {
  if (r.status === 'unreadable') {
    if (explainUnreadable) process.stderr.write(`decant: --check could not read its own conversion back: ${r.reason}\n`);
    return EXIT_UNUSABLE;
  }
  if (r.status === 'missing') {
    if (json) process.stdout.write(JSON.stringify({ check: 1, out, status: 'missing', reason: r.reason }, null, 2) + '\n');
    process.stderr.write(`decant: ${out} is not up to date: ${r.reason}; convert would write it\n`);
    return 1;
  }
  if (json) process.stdout.write(JSON.stringify(r.diff, null, 2) + '\n');
  else if (r.status === 'identical') process.stdout.write(`${out} is up to date\n`);
  else process.stdout.write(`${out} is not up to date: convert would change it\n\n${diffText(r.diff)}`);
  return r.status === 'identical' ? 0 : 1;
}
