import { error } from '../diagnostics/create.js';
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
import { dataBagValues, secretAttributeValues } from '../plan/secret-values.js';
import { applyStrict } from '../plan/strict-mode.js';
import { dnsLabel } from '../plan/unit-seed-name.js';

let catalogOnce: ReturnType<typeof loadCatalog> | undefined;
let formsOnce: ReturnType<typeof loadForegroundForms> | undefined;
let hostServicesOnce: ReturnType<typeof loadHostServices> | undefined;

export interface ConvertOptions {
  readonly platform: string;
  readonly environment?: string;
  readonly plan?: PlanFile;
  readonly includeSecrets: boolean;
  readonly strict: boolean;
  /** Package facts; absent: the fresh-image rules decide (tests, --offline). */
  readonly facts?: PackageFactsSource;
  /** --offline was asked for: say so once per app that installs packages. */
  readonly offline?: boolean;
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
  const { catalog, errors } = (catalogOnce ??= loadCatalog());
  if (errors.length) return { error: error('DEC0901', `service catalog: ${errors.join('; ')}`) };
  const { forms: foregroundForms, errors: formErrors } = (formsOnce ??= loadForegroundForms());
  if (formErrors.length) return { error: error('DEC0901', `foreground forms: ${formErrors.join('; ')}`) };
  const { entries: hostServices, errors: hostErrors } = (hostServicesOnce ??= loadHostServices());
  if (hostErrors.length) return { error: error('DEC0901', `host services: ${hostErrors.join('; ')}`) };
  const bagValues = dataBagValues([...ws.dataBags.values()].flatMap((bag) => [...bag.values()].map((i) => i.data)));
  const apps: App[] = [];
  const redact = new Set<string>(bagValues);
  for (const choice of choices) {
    const evaluated = await evaluateWithFacts(
      ws,
      { runList: [...choice.runList], platform: options.platform, ...(options.environment !== undefined ? { environment: options.environment } : {}) },
      options.facts,
      options.offline === true,
    );
    const converge = evaluated.converge;
    for (const v of secretAttributeValues(converge.attributes as Data)) redact.add(v);
    const firstCookbook = converge.runList[0]?.split('::')[0];
    const metadata = firstCookbook ? ws.cookbooks.get(firstCookbook)?.metadata : undefined;
    let app = planApp(converge, {
      name: dnsLabel(choice.name, 'app'),
      version: metadata?.version ?? '0.0.0',
      labels: imageLabels(metadata),
      catalog,
      secretValues: bagValues,
      foregroundForms,
      hostServices,
      ...(evaluated.view ? { packageFacts: evaluated.view } : {}),
    });
    app = lockApp(app, evaluated.view);
    const summary = factsSummary(converge, app, evaluated.view !== undefined);
    if (summary) app = { ...app, packageFacts: summary };
    app = { ...app, diagnostics: [...ws.diagnostics, ...converge.diagnostics, ...evaluated.diagnostics, ...app.diagnostics] };
    apps.push(reviewed(app, options));
  }
  const emitted = emitPlan({ apps }, { includeSecrets: options.includeSecrets, redact: [...redact] });
  return { apps: [...emitted.plan.apps], files: emitted.files, redact: [...redact] };
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
    if (options.strict) app = applyStrict(app);
    return app;
  } catch (e) {
    const where = planned.units[0]?.origin?.source;
    const step = options.strict ? 'the plan file or --strict' : 'the plan file';
    return { ...planned, diagnostics: [...planned.diagnostics, error('DEC0901', `internal error while applying ${step} to app ${planned.name} (${e instanceof Error ? e.message : String(e)}); the app is written as decant planned it`, where)] };
  }
}
