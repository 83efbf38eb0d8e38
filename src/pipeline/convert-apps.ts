import { error } from '../diagnostics/create.js';
import { cookbookTextReader } from './read-cookbook-text.js';
import { emitPlan } from '../emit/emit-plan.js';
import type { OutputFile } from '../emit/output-file.js';
import type { Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, PlanFile } from '../model/plan.js';
import type { Workspace } from '../model/workspace.js';
import { loadCatalog } from '../plan/catalog/load-catalog.js';
import { loadForegroundForms } from '../plan/catalog/load-foreground-forms.js';
import { loadHostServices } from '../plan/catalog/load-host-services.js';
import { evaluateWithFacts } from './app-facts.js';
import type { PackageFactsSource } from './package-facts-source.js';
import { factsSummary, lockApp } from './package-lock.js';
import type { AppChoice } from '../plan/choose-apps.js';
import { imageLabels } from '../plan/image-labels.js';
import { applyPlanFile } from '../plan/plan-file/apply-plan-file.js';
import { planApp } from '../plan/plan-app.js';
import { dataBagEntries, secretAttributeValues, secretPropertyEntries, type NamedSecret } from '../plan/secret-values.js';
import { applyStrict } from '../plan/strict-mode.js';
import { dnsLabel } from '../plan/unit-seed-name.js';
import { keepSecretsOutOfLayers } from '../plan/build-time-secrets.js';
import { runStepsReadingSecretFilesAtStart } from '../plan/steps-reading-secret-files.js';
import { flagUnknownAccounts } from '../plan/unknown-accounts.js';
import { markNeedsInput } from '../plan/needs-input.js';
import { withConnections } from '../plan/connections/app-connections.js';
import type { Catalog } from '../plan/catalog/catalog-entry.js';
import type { ForegroundForm } from '../plan/package-unit-command.js';
import type { Converge } from '../model/converge.js';
import type { PackageFactsView } from '../model/package-facts.js';
import { cookbookLocations } from './cookbook-locations.js';

let catalogOnce: ReturnType<typeof loadCatalog> | undefined;
let formsOnce: ReturnType<typeof loadForegroundForms> | undefined;
let hostServicesOnce: ReturnType<typeof loadHostServices> | undefined;

export interface ConvertOptions {
  readonly platform: string;
  readonly environment?: string;
  /** The kitchen.yml suite whose node attributes to take (--suite). */
  readonly suite?: string;
  readonly plan?: PlanFile;
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  /** Package facts; absent: the fresh-image rules decide (tests, --offline). */
  readonly facts?: PackageFactsSource;
  /** --offline was asked for: say so once per app that installs packages. */
  readonly offline?: boolean;
  /** --facts-timeout: seconds each app's facts work may take (facts-budget.ts); absent: no limit. */
  readonly factsTimeout?: number;
  /** Where the output goes: report.json records each app's cookbooks relative to it, for `verify --tests`. */
  readonly outputDir?: string;
  /** Output formats to write, by name (src/emit/formats.ts); absent: the default. */
  readonly formats?: readonly string[];
}

/**
 * Plans one evaluated run list the way convert does (package lock, key
 * material kept out of layers), before the plan file, what needs input and
 * --strict: inspect calls this and markNeedsInput too, so both say the same
 * of the same input.
 */
export function planConverged(
  ws: Workspace,
  converge: Converge,
  name: string,
  with_: CatalogData & { secretValues: readonly NamedSecret[]; view?: PackageFactsView },
): App {
  const firstCookbook = converge.runList[0]?.split('::')[0];
  const metadata = firstCookbook ? ws.cookbooks.get(firstCookbook)?.metadata : undefined;
  const app = planApp(converge, {
    name: dnsLabel(name, 'app'),
    version: metadata?.version ?? '0.0.0',
    labels: imageLabels(metadata),
    catalog: with_.catalog,
    secretValues: with_.secretValues,
    foregroundForms: with_.foregroundForms,
    hostServices: with_.hostServices,
    ...(with_.view ? { packageFacts: with_.view } : {}),
  });
  return flagUnknownAccounts(runStepsReadingSecretFilesAtStart(keepSecretsOutOfLayers(lockApp(app, with_.view))), with_.view);
}

type CatalogData = { catalog: Catalog; foregroundForms: readonly ForegroundForm[]; hostServices: ReturnType<typeof loadHostServices>['entries'] };

/** The service catalog, foreground forms and host services, parsed once per process (our data, fixed). */
export function catalogData(): CatalogData | { error: Diagnostic } {
  const { catalog, errors } = (catalogOnce ??= loadCatalog());
  if (errors.length) return { error: error('DEC0901', `service catalog: ${errors.join('; ')}`) };
  const { forms: foregroundForms, errors: formErrors } = (formsOnce ??= loadForegroundForms());
  if (formErrors.length) return { error: error('DEC0901', `foreground forms: ${formErrors.join('; ')}`) };
  const { entries: hostServices, errors: hostErrors } = (hostServicesOnce ??= loadHostServices());
  if (hostErrors.length) return { error: error('DEC0901', `host services: ${hostErrors.join('; ')}`) };
  return { catalog, foregroundForms, hostServices };
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
  // Parsing the catalog's YAML took a quarter of a batch's time when done per input; it is our data, fixed for the process.
  const data = catalogData();
  if ('error' in data) return data;
  const { catalog, foregroundForms, hostServices } = data;
  const bagValues = dataBagEntries([...ws.dataBags.values()].flatMap((bag) => [...bag.values()].map((i) => i.data)));
  const apps: App[] = [];
  const redact = new Set<string>(bagValues.map((b) => b.value));
  for (const choice of choices) {
    const answers = answersFor(options.plan, dnsLabel(choice.name, 'app'));
    const evaluated = await evaluateWithFacts(
      ws,
      { runList: [...choice.runList], platform: options.platform, ...(options.environment !== undefined ? { environment: options.environment } : {}), ...(options.suite !== undefined ? { suite: options.suite } : {}), answers },
      options.facts,
      options.offline === true,
      options.factsTimeout,
    );
    const converge = evaluated.converge;
    for (const v of secretAttributeValues(converge.attributes as Data)) redact.add(v);
    for (const v of secretPropertyEntries(converge.resources)) redact.add(v.value);
    // Data bag items plan.yaml answers are secrets as the repo's items are: kept out of layers and ConfigMaps.
    const answeredBagValues = dataBagEntries(Object.entries(answers).filter(([k]) => k.startsWith('data_bag_item(')).map(([, v]) => v));
    for (const v of answeredBagValues) redact.add(v.value);
    const secretValues = answeredBagValues.length ? [...bagValues, ...answeredBagValues] : bagValues;
    let app = planConverged(ws, converge, choice.name, { catalog, foregroundForms, hostServices, secretValues, ...(evaluated.view ? { view: evaluated.view } : {}) });
    const summary = factsSummary(converge, app, evaluated.view !== undefined);
    if (summary) app = { ...app, packageFacts: summary };
    app = { ...app, diagnostics: [...ws.diagnostics, ...converge.diagnostics, ...evaluated.diagnostics, ...app.diagnostics] };
    if (converge.values) {
      const answered = Object.fromEntries(converge.values.answered.map((k) => [k, answers[k]!]));
      app = { ...app, values: { open: converge.values.open, answered } };
    }
    app = reviewed(app, options);
    if (options.outputDir !== undefined) app = { ...app, cookbookLocations: cookbookLocations(ws, converge, options.outputDir) };
    apps.push(app);
  }
  const emitted = emitPlan({ apps }, { includeSecrets: options.includeSecrets, redact: [...redact], readSource: cookbookTextReader(ws), ...(options.formats ? { formats: options.formats } : {}) });
  return { apps: [...emitted.plan.apps], files: emitted.files, redact: [...redact] };
}

/** plan.yaml's answered `values:` of one app (null ones are still open). */
function answersFor(plan: PlanFile | undefined, appName: string): Record<string, Data> {
  const values = plan?.apps.find((a) => a.name === appName)?.values ?? {};
  return Object.fromEntries(Object.entries(values).filter((e) => e[1] !== null));
}

/**
 * The edited plan file and --strict applied to one app. A bug here costs
 * that app its review, said as an error where the app starts, not the
 * whole conversion.
 */
function reviewed(planned: App, options: ConvertOptions): App {
  let app = planned;
  try {
    const editedApp = options.plan?.apps.find((a) => a.name === app.name);
    if (editedApp) {
      const applied = applyPlanFile(app, editedApp);
      app = { ...applied.app, diagnostics: [...applied.app.diagnostics, ...applied.diagnostics] };
    }
    // After plan.yaml: the ports and files it sets are what the units connect through.
    app = withConnections(app, new Set(editedApp?.units.filter((u) => u.ownPod === true).map((u) => u.name) ?? []));
    // After plan.yaml: a command it gives answers "no command".
    app = markNeedsInput(app);
    if (options.strict) app = applyStrict(app);
    return app;
  } catch (e) {
    const where = planned.units[0]?.origin?.source;
    const step = options.strict ? 'the plan file or --strict' : 'the plan file';
    return { ...planned, diagnostics: [...planned.diagnostics, error('DEC0901', `internal error while applying ${step} to app ${planned.name} (${e instanceof Error ? e.message : String(e)}); the app is written as decant planned it`, where)] };
  }
}
