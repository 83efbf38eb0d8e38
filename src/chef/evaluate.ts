/**
 * The evaluate stage: a simulated first chef-client compile phase over the
 * workspace (CHEF-SEMANTICS.md), then the converge-order walk that decides
 * guards and renders templates. Never throws on bad input: an internal error
 * becomes DEC0901 at the place it was reached, with what was built so far.
 */
import { kitchenAttributes } from './kitchen-attributes.js';
import { kitchenDataBags } from './kitchen-data-bags.js';
import { kitchenRolesNodes } from './kitchen-roles-nodes.js';
import { emptyAnswers, type ValueAnswers } from './dsl/value-answers.js';
import { uniqueDiagnostics } from '../diagnostics/unique.js';
import type { Converge, PlatformFacts, Resource } from '../model/converge.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Workspace } from '../model/workspace.js';
import type { PackageFactsView } from '../model/package-facts.js';
import type { ObservedCommand } from '../model/observed-commands.js';
import { commandObservations, type CommandObservations } from './dsl/command-observations.js';
import { error, info } from '../diagnostics/create.js';
import { initParsers } from '../ruby/parser.js';
import { RHash } from './values.js';
import { createAttributeStore } from './attributes/precedence-store.js';
import type { AttributeStore } from './attributes/store.js';
import { PLATFORM_IDS, platformTarget } from './platform/targets.js';
import { ohaiPackages } from './platform/ohai-packages.js';
import { expandRunList } from './run-list.js';
import { cookbookOrder } from './cookbook-order.js';
import { dataToRuby } from './to-data.js';
import { ChefRun } from './dsl/chef-run.js';
import { SimulatedFs } from './dsl/simulated-fs.js';
import { convergePass } from './dsl/converge-pass.js';
import { RunAccounts } from './dsl/run-accounts.js';

export interface EvaluateOptions {
  readonly runList: string[];
  readonly platform: string;
  readonly environment?: string;
  /**
   * The target platform's real packages (DESIGN.md, "Sources of truth"): what
   * guards see of the files a package installed earlier ships. Without them the
   * fresh-image rule decides, and says so (DEC0314).
   */
  readonly packageFacts?: PackageFactsView;
  /**
   * plan.yaml's `values:`: answers to what only the host knows, taken as
   * inputs so the evaluation stays a function of its inputs; keyed as
   * value-answers.ts describes (`shell_out("cmd")`, `node["a"]["b"]`, …).
   */
  readonly answers?: Readonly<Record<string, Data>>;
  /** The kitchen.yml suite whose node attributes to take; by default the one that converges this run list, if only one does. */
  readonly suite?: string;
  /**
   * What observable commands printed in a container of the platform
   * (DESIGN.md, "Sources of truth", item 3), for the packages of these facts;
   * the converge's `observe` lists those still to observe.
   */
  readonly observations?: readonly ObservedCommand[];
  /**
   * Why there are no package facts, when there are none: the cause the values
   * they would have answered carry (default: offline). A facts budget that ran
   * out or an engine that did not answer is said so, not as --offline.
   */
  readonly factsAbsent?: string;
  /**
   * The environment kitchen.yml's ERB reads (`ENV.fetch('X', default)`): Test Kitchen renders the file on the
   * workstation that runs it, which is where decant runs, so process.env unless given.
   */
  readonly kitchenEnvironment?: Readonly<Record<string, string | undefined>>;
}

export async function evaluate(ws: Workspace, options: EvaluateOptions): Promise<Converge> {
  await initParsers();
  const target = platformTarget(options.platform);
  if (!target) {
    return {
      runList: [],
      cookbookOrder: [],
      platform: { id: options.platform, platform: 'unknown', platformFamily: 'unknown', platformVersion: '', baseImage: '' },
      attributes: {},
      resources: [],
      diagnostics: [error('DEC0207', `unknown platform '${options.platform}'`, undefined, `known platforms: ${PLATFORM_IDS.join(', ')}`)],
    };
  }
  const diagnostics: Diagnostic[] = [];
  let runListOut: string[] = [];
  let order: string[] = [];
  let store: AttributeStore | undefined;
  let run: ChefRun | undefined;
  let resources: Resource[] = [];
  let answers: ValueAnswers | undefined;
  let converging = false;
  const observations = commandObservations(
    target.facts.id,
    (target.imageEnvironment['PATH'] ?? '').split(':').filter(Boolean),
    options.packageFacts,
    // A custom resource's action runs when Chef converges it; decant expands it at the end of the compile phase.
    () => converging || run?.via !== undefined,
    options.observations,
    target.automatic,
    options.factsAbsent,
  );
  try {
    // A test suite's roles and nodes, kept beside its kitchen suite, when the repository has none (kitchen-roles-nodes.ts).
    const { diagnostics: kitchenNotes, ...kitchenFolders } = kitchenRolesNodes(ws, options.runList, options.suite);
    diagnostics.push(...kitchenNotes);
    ws = { ...ws, ...kitchenFolders };
    const expanded = expandRunList(ws, options.runList, options.environment);
    diagnostics.push(...expanded.diagnostics);
    runListOut = expanded.recipes;
    const ordered = cookbookOrder(ws, expanded.recipes);
    diagnostics.push(...ordered.diagnostics);
    order = ordered.order;

    store = createAttributeStore();
    if (options.packageFacts) target.automatic.set('packages', ohaiPackages(options.packageFacts));
    store.setAutomatic(target.automatic);
    applyExternal(store, 'role', expanded.roleDefault, expanded.roleOverride);
    if (expanded.environment) applyExternal(store, 'environment', expanded.environment.defaultAttributes, expanded.environment.overrideAttributes);
    if (ws.policyfile) applyExternal(store, 'policyfile', ws.policyfile.defaultAttributes, ws.policyfile.overrideAttributes);
    const kitchen = kitchenAttributes(ws, options.runList, options.suite, options.kitchenEnvironment ?? process.env);
    diagnostics.push(...kitchen.diagnostics);
    for (const [key, value] of Object.entries(kitchen.attributes ?? {})) store.write('normal', [key], dataToRuby(value));
    // A test recipe's data bags, kept beside its kitchen suite, when the repository has none (kitchen-data-bags.ts).
    const bags = kitchenDataBags(ws, options.runList, options.suite);
    diagnostics.push(...bags.diagnostics);
    const runWs: Workspace = bags.dataBags ? { ...ws, dataBags: bags.dataBags } : ws;

    const fs = new SimulatedFs(target.facts, options.packageFacts);
    answers = emptyAnswers(options.answers);
    run = new ChefRun({
      accounts: new RunAccounts(target.useradd, () => fs.packageUsers()),
      answers,
      observations,
      imageEnvironment: target.imageEnvironment,
      ws: runWs,
      store,
      facts: target.facts,
      fs,
      runList: () => options.runList.map(String),
      environment: options.environment ?? '_default',
      roles: expanded.roles.map((r) => r.name),
    });

    // Chef loads every cookbook's libraries first, then attributes, then resources and definitions.
    const cookbooks = order.map((n) => ws.cookbooks.get(n)).filter((c) => c !== undefined);
    for (const cb of cookbooks) run.loadedCookbooks.add(cb.name);
    for (const cb of cookbooks) run.loadLibraries(cb);
    for (const cb of cookbooks) run.loadAttributes(cb);
    for (const cb of cookbooks) run.custom.loadCookbook(cb);
    // A run-list recipe whose cookbook is missing was reported by the expansion already.
    for (const recipe of expanded.recipes) if (ws.cookbooks.has(recipe.split('::')[0]!)) run.includeRecipe(recipe);

    run.convergeCustomResources();
    runListOut = [...run.includedRecipes];
    converging = true;
    resources = convergePass(run, fs);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    diagnostics.push(error('DEC0901', `internal error in the evaluator: ${message}`, run?.interp.lastNode?.loc));
  }
  const attributes = safeAttributes(store);
  if ('failed' in attributes) diagnostics.push(error(attributes.code, attributes.failed));
  return {
    runList: runListOut,
    cookbookOrder: order,
    platform: target.facts,
    attributes: 'failed' in attributes ? {} : attributes.data,
    resources,
    diagnostics: uniqueDiagnostics([...diagnostics, ...(run?.diagnostics ?? []), ...(run?.interp.diagnostics ?? []), ...answeredNotes(answers), ...observedNotes(observations), ...ohaiNotes(observations)]),
    values: {
      open: [...(answers?.asked ?? [])].filter(([k]) => !answers?.used.has(k)).map(([key, why]) => ({ key, why })),
      answered: [...(answers?.used ?? [])].sort(),
    },
    ...(observations.wanted.size ? { observe: [...observations.wanted.values()] } : {}),
    ...(observations.unplaced.size ? { observable: [...observations.unplaced] } : {}),
  };
}

/** The report says which values were observed, where, and of which package: one note each. */
function observedNotes(state: CommandObservations): Diagnostic[] {
  return [...state.used.values()].map(({ observed: o, at }) =>
    info('DEC0330', `shell_out(${JSON.stringify(o.command)}) observed: \`${o.command}\` in ${o.platform} with ${o.packageName} ${o.packageVersion} (exit ${o.exitStatus})`, at),
  );
}

/** The report says which commands the node's automatic attributes answered, one note each. */
function ohaiNotes(state: CommandObservations): Diagnostic[] {
  return [...state.fromOhai].map(([command, { answer, at }]) =>
    info('DEC0317', `shell_out(${JSON.stringify(command)}) answered with ${answer.attribute} (${JSON.stringify(answer.stdout.trimEnd())}): Ohai collects that attribute with the same command, and the target's value stands for the pod`, at),
  );
}

/** The report says which values came from plan.yaml, one note each. */
function answeredNotes(state: ValueAnswers | undefined): Diagnostic[] {
  return [...(state?.used ?? [])].sort().map((k) => info('DEC0320', `${k} answered from plan.yaml (values:)`));
}

function applyExternal(store: AttributeStore, origin: 'role' | 'environment' | 'policyfile', def: Data, override: Data): void {
  const d = dataToRuby(def);
  const o = dataToRuby(override);
  if (d instanceof RHash) store.setExternal('default', origin, d);
  if (o instanceof RHash) store.setExternal('override', origin, o);
}

/** The merged attributes; the resources stand without them when they cannot be listed (said, not silent). */
function safeAttributes(store: AttributeStore | undefined): { data: Data } | { failed: string; code: 'DEC0305' | 'DEC0901' } {
  try {
    return { data: store ? store.toData() : {} };
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { failed: 'the node attributes are nested too deep to list; they are left out of the output', code: 'DEC0305' };
    return { failed: `internal error while listing the node attributes (${e instanceof Error ? e.message : String(e)}); they are left out of the output`, code: 'DEC0901' };
  }
}

export type { PlatformFacts };
