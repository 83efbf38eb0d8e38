import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { error } from '../../diagnostics/create.js';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, parseFormats } from '../../emit/formats.js';
import { redactor } from '../../emit/redactor.js';
import { writeOutput } from '../../emit/write-output.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PlanFile } from '../../model/plan.js';
import { chooseApps } from '../../plan/choose-apps.js';
import { readPlanFile } from '../../plan/plan-file/read-plan-file.js';
import { EXIT_UNUSABLE, exitCodeForApps } from '../../pipeline/exit-code.js';
import { needsReviewText } from '../needs-review-text.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';
import { parseRunListFlag } from '../../pipeline/run-list-flag.js';
import { convertApps } from '../../pipeline/convert-apps.js';
import { runBatch } from '../batch/run-batch.js';
import { factsUseOf } from '../../pipeline/facts-source-for.js';
import { factsSettingOf, withFactsOptions, type FactsArgs } from '../facts-options.js';
import { compareWithOut, scratchBeside } from '../../pipeline/check-output.js';
import { printCheck } from '../check-text.js';
import { convertInvocation, withInvocation } from '../../pipeline/convert-invocation.js';

interface ConvertArgs extends FactsArgs {
  paths: string[];
  out: string;
  'run-list'?: string;
  platform: string;
  environment?: string;
  suite?: string;
  'cookbook-path': string[];
  plan?: string;
  'include-secrets': boolean;
  strict: boolean;
  force: boolean;
  json: boolean;
  check: boolean;
  batch: boolean;
  jobs?: number;
  shard?: string;
  cache?: string;
  format?: string;
}

/** What report.json records of this command line (`convert`), paths relative to OUT. */
function invocationOf(args: ConvertArgs, batch: boolean) {
  return convertInvocation({
    paths: args.paths,
    out: args.out,
    ...(args['run-list'] !== undefined ? { runList: args['run-list'] } : {}),
    platform: args.platform,
    ...(args.environment !== undefined ? { environment: args.environment } : {}),
    ...(args.suite !== undefined ? { suite: args.suite } : {}),
    cookbookPaths: args['cookbook-path'],
    ...(args.plan !== undefined ? { plan: args.plan } : {}),
    ...(args.format !== undefined ? { format: args.format } : {}),
    includeSecrets: args['include-secrets'],
    strict: args.strict,
    batch,
    facts: factsSettingOf(args),
  });
}

/** Several inputs, or a batch flag: each input converts on its own into OUT/<input>, with one report.json for all. */
function isBatch(args: ConvertArgs): boolean {
  return args.paths.length > 1 || args.batch || args.jobs !== undefined || args.shard !== undefined || args.cache !== undefined;
}

export const convertCommand: CommandModule<object, ConvertArgs> = {
  command: 'convert <paths..>',
  describe: 'Convert cookbooks into Dockerfiles, Kubernetes manifests and a migration report',
  builder: (y) =>
    withFactsOptions(y, undefined)
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'a cookbook, a folder of cookbooks or a chef-repo' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output folder (replaced as a whole; refused if it holds files decant did not write)' })
      .option('run-list', { type: 'string', describe: 'e.g. "role[web]" (default: each role of a chef-repo, or the cookbook\'s default recipe)' })
      .option('platform', { type: 'string', default: 'debian-12', describe: 'target platform: debian-12, ubuntu-22.04, rocky-9, …' })
      .option('environment', { type: 'string', describe: 'a chef-repo environment to apply' })
      .option('suite', { type: 'string', describe: "the kitchen.yml suite whose node attributes to take (default: the one suite that converges the run list)" })
      .option('cookbook-path', { type: 'string', array: true, default: [], describe: 'another folder of cookbooks (repeatable)' })
      .option('plan', { type: 'string', describe: 'an edited plan.yaml to apply' })
      .option('include-secrets', { type: 'boolean', default: false, describe: 'write real secret values into the Secret manifests (placeholders otherwise)' })
      .option('strict', { type: 'boolean', default: false, describe: 'an unsupported resource is an error' })
      .option('force', { type: 'boolean', default: false, describe: 'replace an output folder that holds files decant did not write' })
      .option('json', { type: 'boolean', default: false, describe: 'print report.json (with --check: the differences, as decant diff --json)' })
      .option('check', { type: 'boolean', default: false, describe: 'write nothing: compare what convert would write with OUT; exit 0 when identical, 1 with the differences' })
      .option('batch', { type: 'boolean', default: false, describe: 'convert every cookbook, chef-repo and Policyfile found under the paths, each on its own into OUT/<input> (implied by several paths, --jobs, --shard, --cache)' })
      .option('jobs', { alias: 'j', type: 'number', describe: 'inputs converted in parallel (default: the number of CPUs)' })
      .option('shard', { type: 'string', describe: 'i/n: convert only the inputs of shard i of n (stable: chosen by a hash of each input\'s path)' })
      .option('cache', { type: 'string', describe: 'a folder of earlier conversions: an input that would read the same files again is restored from it' })
      .option('format', {
        type: 'string',
        describe: `output formats, comma-separated (default: ${DEFAULT_FORMATS.join(',')}): ${OUTPUT_FORMATS.map((f) => `${f.name}: ${f.describe}`).join('; ')}`,
      })
      .check((a) => {
        const formats = a.format !== undefined ? parseFormats(a.format) : undefined;
        // A string, not a throw: yargs prints it with the usage and exits 2 (a thrown error reads as decant's bug).
        if (formats && 'error' in formats) return formats.error;
        return true;
      }),
  handler: async (args) => {
    // .check refused a name it does not know: here every name is one.
    const chosen = args.format !== undefined ? parseFormats(args.format) : undefined;
    const formats = chosen && 'formats' in chosen ? { formats: chosen.formats.map((f) => f.name) } : {};
    if (isBatch(args)) {
      let plan: { path: string; text: string } | undefined;
      if (args.plan !== undefined) {
        try {
          plan = { path: args.plan, text: readFileSync(args.plan, 'utf8') };
        } catch (e) {
          process.stderr.write(renderDiagnostics([error('DEC0504', `cannot read plan file: ${(e as Error).message}`)]) + '\n');
          process.exitCode = EXIT_UNUSABLE;
          return;
        }
      }
      // --check: the batch goes into a scratch folder beside OUT, quietly (failures still reach stderr), and is compared.
      const scratch = args.check ? scratchBeside(args.out) : undefined;
      const code = await runBatch({
        paths: args.paths,
        out: scratch ?? args.out,
        ...(args['run-list'] !== undefined ? { runList: args['run-list'] } : {}),
        platform: args.platform,
        ...(args.environment !== undefined ? { environment: args.environment } : {}),
        ...(args.suite !== undefined ? { suite: args.suite } : {}),
        cookbookPaths: args['cookbook-path'],
        ...(plan ? { plan } : {}),
        includeSecrets: args['include-secrets'],
        strict: args.strict,
        force: args.force || scratch !== undefined,
        json: args.json || scratch !== undefined,
        ...(args.jobs !== undefined ? { jobs: args.jobs } : {}),
        ...(args.shard !== undefined ? { shard: args.shard } : {}),
        ...(args.cache !== undefined ? { cache: args.cache } : {}),
        facts: factsSettingOf(args),
        ...formats,
        invocation: invocationOf(args, true),
      }, scratch !== undefined ? { stdout: () => {}, stderr: (t) => process.stderr.write(t) } : undefined);
      if (scratch === undefined) process.exitCode = code;
      // An input that failed is unusable input (2) even when OUT holds the same failure.
      else process.exitCode = Math.max(code === EXIT_UNUSABLE ? code : 0, printCheck(args.out, compareWithOut(args.out, scratch), args.json, code !== EXIT_UNUSABLE));
      return;
    }
    const fail = (diagnostics: readonly Diagnostic[], message?: string) => {
      if (diagnostics.length) process.stderr.write(renderDiagnostics(diagnostics) + '\n');
      if (message) process.stderr.write(`decant: ${message}\n`);
      process.exitCode = EXIT_UNUSABLE;
    };
    const ws = await loadWorkspace(args.paths, { cookbookPaths: args['cookbook-path'] });
    if (ws.cookbooks.size === 0) return fail(ws.diagnostics, 'nothing to convert');
    const choice = chooseApps(ws, args['run-list'] !== undefined ? parseRunListFlag(args['run-list']) : undefined);
    if ('none' in choice) {
      // A library cookbook alone is not an error: it is used through a wrapper.
      process.stderr.write(`decant: ${choice.none}\n`);
      process.exitCode = choice.none.includes('library cookbook') ? 0 : EXIT_UNUSABLE;
      return;
    }
    let edited: PlanFile | undefined;
    if (args.plan !== undefined) {
      let text: string;
      try {
        text = readFileSync(args.plan, 'utf8');
      } catch (e) {
        return fail([error('DEC0504', `cannot read plan file: ${(e as Error).message}`)]);
      }
      const r = readPlanFile(text, args.plan);
      if (!r.plan) return fail(r.diagnostics, 'the plan file was not applied');
      edited = r.plan;
    }
    let converted: Awaited<ReturnType<typeof convertApps>>;
    try {
      converted = await convertApps(ws, choice.apps, {
      platform: args.platform,
      ...(args.environment !== undefined ? { environment: args.environment } : {}),
      ...(args.suite !== undefined ? { suite: args.suite } : {}),
      ...(edited ? { plan: edited } : {}),
      includeSecrets: args['include-secrets'],
      strict: args.strict,
      ...factsUseOf(factsSettingOf(args)),
      outputDir: resolve(args.out),
      ...formats,
      });
    } catch (e) {
      // A bug in decant, not bad input: say so plainly and leave the old output alone.
      return fail([error('DEC0901', `internal error: ${(e as Error).message}`)], 'nothing was written');
    }
    if ('error' in converted) return fail([converted.error]);
    const { apps } = converted;
    // report.json records how it was made, so `decant ci` (and a person) can run the same conversion again.
    const invocation = invocationOf(args, false);
    const files = converted.files.map((f) => (f.path === 'report.json' && 'text' in f ? { ...f, text: withInvocation(f.text, invocation) } : f));
    const hide = redactor(converted.redact);
    if (args.check) {
      const scratch = scratchBeside(args.out);
      const staged = writeOutput(scratch, files, true);
      if (!staged.ok) return fail([error('DEC0601', `${scratch}: ${staged.reason}`)]);
      const code = exitCodeForApps(apps, apps.flatMap((a) => a.diagnostics));
      if (code === EXIT_UNUSABLE) process.stderr.write(hide(renderDiagnostics(apps.flatMap((a) => a.diagnostics))) + '\n');
      // Unusable input (a run list that expands to nothing) stays 2, as convert says, even when OUT holds the same.
      process.exitCode = Math.max(code === EXIT_UNUSABLE ? code : 0, printCheck(args.out, compareWithOut(args.out, scratch), args.json));
      return;
    }
    const written = writeOutput(args.out, files, args.force);
    if (!written.ok) {
      const foreign = written.foreign?.length ? ` (${written.foreign.slice(0, 5).join(', ')}${written.foreign.length > 5 ? ', …' : ''})` : '';
      return fail([error('DEC0601', `${args.out}: ${written.reason}${foreign}`, undefined, 'use --force to replace it, or choose another folder')]);
    }
    const diagnostics = [
      ...apps.flatMap((a) => a.diagnostics),
      ...written.missing.map((m) => error('DEC0403', `${m}: its cookbook file was not found; the image gets a marker file instead`)),
    ];
    // One rule with inspect: a run list that expands to nothing is unusable input; errors or a unit that needs input, 1.
    process.exitCode = exitCodeForApps(apps, diagnostics);
    if (args.json) {
      const report = files.find((f) => f.path === 'report.json');
      process.stdout.write(report && 'text' in report ? report.text : '{}\n');
    } else {
      const lines = [`wrote ${files.length} files to ${args.out}`];
      for (const s of choice.skipped) lines.push(`skipped: ${s}`);
      for (const a of apps) {
        lines.push(`${a.name} (${a.runList.join(', ')}): ${a.units.map((u) => `${u.name} ${u.workload}${u.ports.length ? ` :${u.ports.map((p) => p.port).join(',')}` : ''}`).join('; ') || 'no units'}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    }
    // Code frames and messages can quote a recipe line holding a password: never into a log.
    if (diagnostics.length) process.stderr.write(hide(renderDiagnostics(diagnostics)) + '\n');
    // Last, where a person looks: what must be answered before the output runs, by unit, with what to do.
    const review = needsReviewText(apps, { includeSecrets: args['include-secrets'] });
    if (review) process.stderr.write(hide(review) + '\n');
  },
};

