import type { CommandModule } from 'yargs';
import { error } from '../../diagnostics/create.js';
import { diffConversions } from '../../diff/diff-conversions.js';
import { diffText } from '../../diff/diff-text.js';
import { readTree } from '../../diff/read-tree.js';
import { EXIT_UNUSABLE } from '../../pipeline/exit-code.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';

interface DiffArgs {
  old: string;
  new: string;
  json: boolean;
}

export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff <old> <new>',
  describe: 'Compare two conversions (output folders or report.json files): per unit what changed, why, and which layers a rebuild redoes',
  builder: (y) =>
    y
      .positional('old', { type: 'string', demandOption: true, describe: 'the earlier conversion: its output folder or report.json' })
      .positional('new', { type: 'string', demandOption: true, describe: 'the later conversion: its output folder or report.json' })
      .option('json', { type: 'boolean', default: false, describe: 'print the differences as JSON (shape in README.md)' }),
  handler: (args) => {
    const a = readTree(args.old);
    const b = readTree(args.new);
    const problems = [a, b].flatMap((t) => ('error' in t ? [error('DEC0905', t.error)] : []));
    if ('error' in a || 'error' in b) {
      process.stderr.write(renderDiagnostics(problems) + '\n');
      process.exitCode = EXIT_UNUSABLE;
      return;
    }
    const d = diffConversions(a, b);
    process.stdout.write(args.json ? JSON.stringify(d, null, 2) + '\n' : diffText(d));
    process.exitCode = d.identical ? 0 : 1;
  },
};
