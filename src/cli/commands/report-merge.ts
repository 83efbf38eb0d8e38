import { readFileSync, writeFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { batchReportText, type BatchReport } from '../../pipeline/batch-report.js';
import { mergeReports, parseBatchReport } from '../../pipeline/merge-reports.js';
import { EXIT_UNUSABLE } from '../../pipeline/exit-code.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';

interface MergeArgs {
  reports: string[];
  out: string;
}

const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <reports..>',
  describe: 'Join the report.json files of several shards (decant convert --shard i/n) into one',
  builder: (y) =>
    y
      .positional('reports', { type: 'string', array: true, demandOption: true, describe: 'report.json of each shard' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'the merged report.json to write' }),
  handler: (args) => {
    const parsed: { name: string; report: BatchReport }[] = [];
    const problems: Diagnostic[] = [];
    for (const name of args.reports) {
      let text: string;
      try {
        text = readFileSync(name, 'utf8');
      } catch (e) {
        problems.push(error('DEC0903', `${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
        continue;
      }
      const r = parseBatchReport(text, name);
      if ('code' in r) problems.push(r);
      else parsed.push({ name, report: r });
    }
    if (problems.length) {
      // A missing shard would make a merged report that silently lacks inputs.
      process.stderr.write(renderDiagnostics(problems) + '\ndecant: nothing was written\n');
      process.exitCode = EXIT_UNUSABLE;
      return;
    }
    const merged = mergeReports(parsed);
    writeFileSync(args.out, batchReportText(merged.report));
    if (merged.diagnostics.length) {
      process.stderr.write(renderDiagnostics(merged.diagnostics) + '\n');
      process.exitCode = EXIT_UNUSABLE;
    }
    process.stdout.write(`merged ${parsed.length} reports (${merged.report.inputs.length} inputs) into ${args.out}\n`);
  },
};

export const reportCommand: CommandModule = {
  command: 'report <command>',
  describe: 'Work with report.json files (merge)',
  builder: (y) => y.command(mergeCommand).demandCommand(1, 'Name a report command: decant report merge'),
  handler: () => {},
};
