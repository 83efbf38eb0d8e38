import type { CommandModule } from 'yargs';
import { error } from '../../diagnostics/create.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { isUnknown } from '../../model/data.js';
import type { Converge } from '../../model/converge.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Workspace } from '../../model/workspace.js';
import { markNeedsInput } from '../../plan/needs-input.js';
import { withConnections } from '../../plan/connections/app-connections.js';
import { dataBagEntries } from '../../plan/secret-values.js';
import { catalogData, planConverged } from '../../pipeline/convert-apps.js';
import { formatLocation } from '../../model/source.js';
import { EXIT_UNUSABLE, exitCodeFor } from '../../pipeline/exit-code.js';
import { inspectJson } from '../../pipeline/inspect-json.js';
import { evaluateWithFacts } from '../../pipeline/app-facts.js';
import { factsUseOf } from '../../pipeline/facts-source-for.js';
import type { PackageFactsView } from '../../model/package-facts.js';
import { factsSettingOf, withFactsOptions, type FactsArgs } from '../facts-options.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';
import { defaultRunList, parseRunListFlag } from '../../pipeline/run-list-flag.js';

/** The plan stage's errors for this converge (a unit with no command, a shipped file with unknowns, key material in a layer). */
function planErrorsOf(ws: Workspace, converge: Converge, view: PackageFactsView | undefined): Diagnostic[] {
  const data = catalogData();
  if ('error' in data) return [data.error];
  const bagValues = dataBagEntries([...ws.dataBags.values()].flatMap((bag) => [...bag.values()].map((i) => i.data)));
  try {
    const app = markNeedsInput(withConnections(planConverged(ws, converge, converge.runList[0]?.split('::')[0] ?? 'app', { ...data, secretValues: bagValues, ...(view ? { view } : {}) })));
    return app.diagnostics.filter((d) => d.severity === 'error');
  } catch (e) {
    return [error('DEC0901', `internal error in the planner: ${(e as Error).message}`)];
  }
}

interface InspectArgs extends FactsArgs {
  path: string;
  'run-list'?: string;
  platform: string;
  environment?: string;
  suite?: string;
  'cookbook-path': string[];
  json: boolean;
}

export const inspectCommand: CommandModule<object, InspectArgs> = {
  command: 'inspect <path>',
  describe: 'Evaluate a cookbook or chef-repo as chef-client would, and show what it found',
  builder: (y) =>
    // 30 s: a cold cache's probe of a daemon's packages takes about that; a corpus run is not held for minutes per cookbook.
    withFactsOptions(y, 30)
      .positional('path', { type: 'string', demandOption: true, describe: 'a cookbook, a folder of cookbooks or a chef-repo' })
      .option('run-list', { type: 'string', describe: 'e.g. "recipe[nginx],role[web]" (default: the cookbook\'s default recipe)' })
      .option('platform', { type: 'string', default: 'debian-12', describe: 'target platform: debian-12, debian-11, ubuntu-20.04, ubuntu-22.04, ubuntu-24.04, rocky-9' })
      .option('environment', { type: 'string', describe: 'a chef-repo environment to apply' })
      .option('suite', { type: 'string', describe: "the kitchen.yml suite whose node attributes to take (default: the one suite that converges the run list)" })
      .option('cookbook-path', { type: 'string', array: true, default: [], describe: 'another folder of cookbooks (repeatable)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the machine-readable document' }),
  handler: async (args) => {
    const ws = await loadWorkspace([args.path], { cookbookPaths: args['cookbook-path'] });
    const runList = args['run-list'] !== undefined ? parseRunListFlag(args['run-list']) : defaultRunList(ws);
    // A chef-repo whose cookbooks are not vendored (they come from a Berksfile
    // or Cheffile) still has roles to expand: evaluate it, and let the missing
    // cookbooks be diagnostics in the output rather than an empty exit.
    const nothingLoaded = ws.cookbooks.size === 0 && ws.roles.size === 0;
    if (nothingLoaded || runList.length === 0) {
      if (ws.diagnostics.length) process.stderr.write(renderDiagnostics(ws.diagnostics) + '\n');
      if (runList.length === 0 && !nothingLoaded) {
        process.stderr.write(`decant: no run list: name one with --run-list (roles: ${[...ws.roles.keys()].join(', ') || 'none'})\n`);
      }
      process.exitCode = EXIT_UNUSABLE;
      return;
    }
    let evaluated: Awaited<ReturnType<typeof evaluateWithFacts>>;
    try {
      const options = { runList, platform: args.platform, environment: args.environment, ...(args.suite !== undefined ? { suite: args.suite } : {}) };
      // Package facts as convert gets them, within --facts-timeout; what earlier runs cached is read either way.
      const facts = factsUseOf(factsSettingOf(args));
      evaluated = await evaluateWithFacts(ws, options, facts.facts, facts.offline === true, facts.factsTimeout);
    } catch (e) {
      // evaluate catches its own failures; this is the last boundary before the user sees a stack.
      process.stderr.write(renderDiagnostics([...ws.diagnostics, error('DEC0901', `internal error in the evaluator: ${(e as Error).message}`)]) + '\n');
      process.exitCode = EXIT_UNUSABLE;
      return;
    }
    const converge = evaluated.converge;
    // Planned as convert plans it, with the same facts, so both give the same exit code for the same input; its errors are shown.
    const planErrors = planErrorsOf(ws, converge, evaluated.view);
    const diagnostics = [...ws.diagnostics, ...converge.diagnostics, ...evaluated.diagnostics, ...planErrors];
    if (converge.runList.length === 0 && runList.length > 0) {
      process.exitCode = EXIT_UNUSABLE;
    } else {
      process.exitCode = exitCodeFor(diagnostics);
    }
    if (args.json) {
      process.stdout.write(JSON.stringify(inspectJson(converge, ws.diagnostics, [...evaluated.diagnostics, ...planErrors]), null, 2) + '\n');
      return;
    }
    const lines: string[] = [];
    lines.push(`platform: ${converge.platform.id}`);
    lines.push(`run list: ${converge.runList.join(', ') || '(empty)'}`);
    lines.push(`resources (${converge.resources.length}, in converge order):`);
    for (const r of converge.resources) {
      // An Unknown name (or array member) prints as a marker, not as the Unknown object's fields.
      const marker = (v: unknown): unknown => (isUnknown(v) ? `«unknown: ${v.reason}»` : v);
      const name = typeof r.name === 'string' ? r.name : isUnknown(r.name) ? String(marker(r.name)) : JSON.stringify(r.name, (_k, v: unknown) => marker(v));
      const flags = [r.via ? `via ${r.via}` : '', r.unknown.length ? `unknown: ${r.unknown.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      lines.push(`  ${r.type}[${name}] ${r.actions.join(',')}  ${r.cookbook}/${formatLocation(r.source)}${flags ? `  (${flags})` : ''}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
    if (diagnostics.length) process.stderr.write(renderDiagnostics(diagnostics) + '\n');
  },
};
