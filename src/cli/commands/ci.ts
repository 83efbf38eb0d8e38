import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { error } from '../../diagnostics/create.js';
import { CI_TARGETS, ciFiles, type CiTarget } from '../../ci/ci-files.js';
import { readCiPlan } from '../../ci/read-ci-plan.js';
import { EXIT_CLEAN, EXIT_UNUSABLE } from '../../pipeline/exit-code.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';

interface CiArgs {
  out: string;
  target: string[];
  shards: number;
}

export const ciCommand: CommandModule<object, CiArgs> = {
  command: 'ci <out>',
  describe: 'Write CI pipelines (GitLab, GitHub) that check, build, verify and push the units of a conversion; run from the repository root',
  builder: (y) =>
    y
      .positional('out', { type: 'string', demandOption: true, describe: 'the folder `decant convert -o` wrote, inside this repository' })
      .option('target', { type: 'string', array: true, default: ['gitlab', 'github'], describe: 'gitlab (.gitlab-ci.yml), github (.github/workflows/decant.yml); comma-separated or repeated' })
      .option('shards', { type: 'number', default: 1, describe: 'convert a batch in N parallel jobs (convert --shard i/N), then merge their reports and compare' }),
  handler: async (args) => {
    const targets = args.target.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
    const bad = targets.filter((t) => !(CI_TARGETS as readonly string[]).includes(t));
    const refuse = (message: string, hint?: string) => {
      process.stderr.write(`${renderDiagnostics([error('DEC0906', message, undefined, hint)])}\n`);
      process.exitCode = EXIT_UNUSABLE;
    };
    if (bad.length || targets.length === 0) return refuse(`--target ${bad.join(',') || '(none)'}: expected ${CI_TARGETS.join(', ')}`);
    if (!Number.isInteger(args.shards) || args.shards < 1) return refuse(`--shards ${args.shards}: expected a whole number of at least 1`);
    const root = process.cwd();
    const read = await readCiPlan(root, args.out, args.shards);
    if (!read.plan) {
      process.stderr.write(`${renderDiagnostics(read.diagnostics)}\n`);
      process.exitCode = EXIT_UNUSABLE;
      return;
    }
    for (const f of ciFiles(read.plan, targets as CiTarget[])) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true });
      writeFileSync(join(root, f.path), f.text);
      process.stdout.write(`wrote ${f.path} (${read.plan.units.length} units${read.plan.shards > 1 ? `, ${read.plan.shards} convert shards` : ''})\n`);
    }
    if (read.diagnostics.length) process.stderr.write(`${renderDiagnostics(read.diagnostics)}\n`);
    process.exitCode = EXIT_CLEAN;
  },
};
