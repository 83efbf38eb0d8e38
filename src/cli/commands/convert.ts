import { readFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { evaluate } from '../../chef/evaluate.js';
import { error } from '../../diagnostics/create.js';
import { emitPlan, redactor } from '../../emit/emit-plan.js';
import { writeOutput } from '../../emit/write-output.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import type { Data } from '../../model/data.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, PlanFile } from '../../model/plan.js';
import { loadCatalog } from '../../plan/catalog/load-catalog.js';
import { chooseApps, type AppChoice } from '../../plan/choose-apps.js';
import { dnsLabel } from '../../plan/unit-seed-name.js';
import type { OutputFile } from '../../emit/output-file.js';
import type { Workspace } from '../../model/workspace.js';
import { imageLabels } from '../../plan/image-labels.js';
import { applyPlanFile } from '../../plan/plan-file/apply-plan-file.js';
import { readPlanFile } from '../../plan/plan-file/read-plan-file.js';
import { planApp } from '../../plan/plan-app.js';
import { dataBagValues, secretAttributeValues } from '../../plan/secret-values.js';
import { applyStrict } from '../../plan/strict-mode.js';
import { EXIT_UNUSABLE, exitCodeFor } from '../exit-code.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import { parseRunListFlag } from '../run-list-flag.js';

interface ConvertArgs {
  paths: string[];
  out: string;
  'run-list'?: string;
  platform: string;
  environment?: string;
  'cookbook-path': string[];
  plan?: string;
  'include-secrets': boolean;
  strict: boolean;
  force: boolean;
  json: boolean;
}

export const convertCommand: CommandModule<object, ConvertArgs> = {
  command: 'convert <paths..>',
  describe: 'Convert cookbooks into Dockerfiles, Kubernetes manifests and a migration report',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'a cookbook, a folder of cookbooks or a chef-repo' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output folder (replaced as a whole; refused if it holds files decant did not write)' })
      .option('run-list', { type: 'string', describe: 'e.g. "role[web]" (default: each role of a chef-repo, or the cookbook\'s default recipe)' })
      .option('platform', { type: 'string', default: 'debian-12', describe: 'target platform: debian-12, ubuntu-22.04, rocky-9, …' })
      .option('environment', { type: 'string', describe: 'a chef-repo environment to apply' })
      .option('cookbook-path', { type: 'string', array: true, default: [], describe: 'another folder of cookbooks (repeatable)' })
      .option('plan', { type: 'string', describe: 'an edited plan.yaml to apply' })
      .option('include-secrets', { type: 'boolean', default: false, describe: 'write real secret values into the Secret manifests (placeholders otherwise)' })
      .option('strict', { type: 'boolean', default: false, describe: 'an unsupported resource is an error' })
      .option('force', { type: 'boolean', default: false, describe: 'replace an output folder that holds files decant did not write' })
      .option('json', { type: 'boolean', default: false, describe: 'print report.json' }),
  handler: async (args) => {
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
      ...(edited ? { plan: edited } : {}),
      includeSecrets: args['include-secrets'],
      strict: args.strict,
      });
    } catch (e) {
      // A bug in decant, not bad input: say so plainly and leave the old output alone.
      return fail([error('DEC0901', `internal error: ${(e as Error).message}`)], 'nothing was written');
    }
    if ('error' in converted) return fail([converted.error]);
    const { apps, files } = converted;
    const hide = redactor(converted.redact);
    const written = writeOutput(args.out, files, args.force);
    if (!written.ok) {
      const foreign = written.foreign?.length ? ` (${written.foreign.slice(0, 5).join(', ')}${written.foreign.length > 5 ? ', …' : ''})` : '';
      return fail([error('DEC0601', `${args.out}: ${written.reason}${foreign}`, undefined, 'use --force to replace it, or choose another folder')]);
    }
    const diagnostics = [
      ...apps.flatMap((a) => a.diagnostics),
      ...written.missing.map((m) => error('DEC0403', `${m}: its cookbook file was not found; the image gets a marker file instead`)),
    ];
    // A run list that expands to nothing (a missing role) is unusable input, as inspect says.
    process.exitCode = apps.some((a) => a.runList.length === 0) ? EXIT_UNUSABLE : exitCodeFor(diagnostics);
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
  },
};

export interface ConvertOptions {
  readonly platform: string;
  readonly environment?: string;
  readonly plan?: PlanFile;
  readonly includeSecrets: boolean;
  readonly strict: boolean;
}

/**
 * The conversion without the file system's output side: evaluate each app's
 * run list, plan it, apply an edited plan, and emit the files. Tests call
 * this on the fixtures; the command writes what it returns.
 */
export async function convertApps(
  ws: Workspace,
  choices: readonly AppChoice[],
  options: ConvertOptions,
): Promise<{ apps: App[]; files: OutputFile[]; redact: string[] } | { error: Diagnostic }> {
  const { catalog, errors } = loadCatalog();
  if (errors.length) return { error: error('DEC0901', `service catalog: ${errors.join('; ')}`) };
  const bagValues = dataBagValues([...ws.dataBags.values()].flatMap((bag) => [...bag.values()].map((i) => i.data)));
  const apps: App[] = [];
  const redact = new Set<string>(bagValues);
  for (const choice of choices) {
    const converge = await evaluate(ws, {
      runList: [...choice.runList],
      platform: options.platform,
      ...(options.environment !== undefined ? { environment: options.environment } : {}),
    });
    for (const v of secretAttributeValues(converge.attributes as Data)) redact.add(v);
    const firstCookbook = converge.runList[0]?.split('::')[0];
    const metadata = firstCookbook ? ws.cookbooks.get(firstCookbook)?.metadata : undefined;
    let app = planApp(converge, {
      name: dnsLabel(choice.name, 'app'),
      version: metadata?.version ?? '0.0.0',
      labels: imageLabels(metadata),
      catalog,
      secretValues: bagValues,
    });
    app = { ...app, diagnostics: [...ws.diagnostics, ...converge.diagnostics, ...app.diagnostics] };
    const editedApp = options.plan?.apps.find((a) => a.name === app.name);
    if (editedApp) {
      const applied = applyPlanFile(app, editedApp);
      app = { ...applied.app, diagnostics: [...applied.app.diagnostics, ...applied.diagnostics] };
    }
    if (options.strict) app = applyStrict(app);
    apps.push(app);
  }
  const files = emitPlan({ apps }, { includeSecrets: options.includeSecrets, redact: [...redact] });
  return { apps, files, redact: [...redact] };
}
