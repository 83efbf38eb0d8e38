/**
 * One app's evaluation with package facts (issue 13): evaluate, ask the facts
 * source about the packages the run installs, evaluate again with them —
 * an answer can change which packages install, so until the set is stable
 * (two passes more at most) — and say at each package resource what the
 * archive refused. Without a source the first evaluation stands and the
 * fresh-image rules decide, which the evaluator says where it matters.
 */
import { evaluate, type EvaluateOptions } from '../chef/evaluate.js';
import { error, info, warning } from '../diagnostics/create.js';
import { missingPackageMessage, missingVersionMessage } from '../facts/fact-messages.js';
import type { Converge } from '../model/converge.js';
import { addedRepositories, type AddedRepositoryAt } from './added-repositories.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PackageFactsView } from '../model/package-facts.js';
import type { Workspace } from '../model/workspace.js';
import type { PackageFactsSource } from './package-facts-source.js';
import { packageRequests, type RequestedPackage } from '../plan/package-requests.js';
import { withCachedObservations } from './cached-observations.js';
import { cachedObservationsOfSet } from '../engine/package-facts/observe-commands.js';
import { withFactsBudget } from './facts-budget.js';
import { keyOf, requestSet } from './request-set.js';

const EXTRA_PASSES = 2;

/** Where a repository was added, as a diagnostic names it. */
const addedAt = (a: AddedRepositoryAt) => `${a.spec.source.file}:${a.spec.source.line}`;

/**
 * Diagnostics at each package resource the archive refused. A package missing
 * while an added repository could not be read may well be that repository's:
 * its facts are unknown, not known absent, and the diagnostic says which
 * repository and where it was added.
 */
export function refusals(requested: readonly RequestedPackage[], view: PackageFactsView, added: readonly AddedRepositoryAt[]): Diagnostic[] {
  const unreachable = (view.resolution.unreachable ?? []).map((u) => ({ u, at: added.find((a) => a.repository.uri === u.uri) }));
  const out: Diagnostic[] = [];
  for (const p of requested) {
    const missing = view.missing(p.name);
    if (missing) {
      if (unreachable.length) {
        // Not checked is not fine: the Dockerfile would install a name nobody confirmed (issue 13).
        for (const { u, at } of unreachable) {
          out.push(error('DEC0534', `repository ${u.uri}${at ? ` (added at ${addedAt(at)})` : ''} could not be reached from this machine; package ${p.name}'s facts are unknown`, p.resource.source, `apt said: ${u.reason}. The image build needs that repository: build where it is reachable, or take the package from ${view.platform}'s archive`));
        }
      } else {
        const hint = added.length
          ? `neither ${view.platform}'s archive nor the repositories the cookbook adds (${added.map((a) => a.repository.uri).join(', ')}) have it`
          : missing.nearNames.length
            ? `did the cookbook mean ${missing.nearNames[0]}? an older distribution's name?`
            : 'the package comes from a repository the cookbook does not add';
        out.push(error('DEC0508', missingPackageMessage(view.platform, missing), p.resource.source, hint));
      }
      continue;
    }
    const version = p.version ? view.resolution.missingVersions.find((m) => m.name === p.name && m.version === p.version) : undefined;
    if (version) out.push(error('DEC0509', missingVersionMessage(view.platform, version), p.resource.source, 'pin a version the archive has, or drop the pin'));
  }
  if (view.resolution.problem) out.push(warning('DEC0508', `apt on ${view.platform} cannot install the set together: ${view.resolution.problem}`, requested[0]?.resource.source));
  return out;
}

export interface AppFacts {
  readonly converge: Converge;
  readonly view?: PackageFactsView;
  /** About the facts themselves (DEC0507/0508/0509), besides the converge's own. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Why the values facts would have answered stay unknown, in a few words. */
const absentCause = (answer: { readonly cause?: string }) => answer.cause ?? 'they could not be had, DEC0507 says why';

/**
 * `timeoutSeconds`: the budget of this evaluation's facts work
 * (facts-budget.ts); absent, none. When the source cannot answer, what
 * earlier runs observed with these packages is still read.
 */
export async function evaluateWithFacts(ws: Workspace, options: EvaluateOptions, unbudgeted: PackageFactsSource | undefined, offlineSaid: boolean, timeoutSeconds?: number): Promise<AppFacts> {
  const source = unbudgeted && withFactsBudget(unbudgeted, timeoutSeconds);
  let converge = await evaluate(ws, options);
  let requested = packageRequests(converge.resources);
  if (requested.length === 0) return { converge, diagnostics: [] };
  const first = requested[0]!.resource.source;
  if (!source) {
    converge = await withCachedObservations(ws, options, converge);
    return {
      converge,
      diagnostics: offlineSaid
        ? [info('DEC0507', `package facts not asked (--offline): ${requestSet(requested).length} packages decided by the fresh-image rules`, first)]
        : [],
    };
  }
  let asked = requestSet(requested);
  let added = addedRepositories(converge.resources, options.platform);
  let answer = await source.resolve(options.platform, asked, added.map((a) => a.repository));
  if (!answer.ok) {
    converge = await withCachedObservations(ws, { ...options, factsAbsent: absentCause(answer) }, converge, source.cacheDir);
    return { converge, diagnostics: [warning('DEC0507', `package facts could not be had: ${answer.reason}; guards and commands were decided without them`, first)] };
  }
  let view = answer.view;
  for (let pass = 0; pass < EXTRA_PASSES; pass++) {
    converge = await evaluate(ws, { ...options, packageFacts: view });
    requested = packageRequests(converge.resources);
    const now = requestSet(requested);
    const known = new Set(asked.map(keyOf));
    const nowAdded = addedRepositories(converge.resources, options.platform);
    const sameRepositories = JSON.stringify(nowAdded.map((a) => a.repository)) === JSON.stringify(added.map((a) => a.repository));
    if (now.every((r) => known.has(keyOf(r))) && sameRepositories) break;
    added = nowAdded;
    asked = requestSet([...requested, ...asked.map((r) => ({ ...r, resource: requested[0]!.resource }))]);
    answer = await source.resolve(options.platform, asked, added.map((a) => a.repository));
    if (!answer.ok) return { converge, diagnostics: [warning('DEC0507', `package facts could not be had for the packages a second pass found: ${answer.reason}`, first)] };
    view = answer.view;
  }
  const observed = await withObservations(ws, { ...options, packageFacts: view }, converge, source, added);
  return { converge: observed.converge, view, diagnostics: [...refusals(requested, view, added), ...observed.diagnostics] };
}

/**
 * One more evaluation when the run asked for observable commands
 * (observed-commands.ts) and the source answers them. An answer cannot change
 * the package set it was observed with for long: a command observed with one
 * package version answers only that version, and the pass is not repeated.
 */
async function withObservations(ws: Workspace, options: EvaluateOptions, converge: Converge, source: PackageFactsSource, added: readonly AddedRepositoryAt[]): Promise<{ converge: Converge; diagnostics: Diagnostic[] }> {
  const wanted = converge.observe ?? [];
  if (wanted.length === 0) return { converge, diagnostics: [] };
  const answer = source.observe
    ? await source.observe(options.platform, wanted, added.map((a) => a.repository), requestSet(packageRequests(converge.resources)))
    : ({ ok: false, reason: 'this package-facts source does not observe commands' } as const);
  if (!answer.ok) {
    // What an earlier run observed with this run's packages still answers (the engine down, the budget spent).
    const cached = await cachedObservationsOfSet(options.platform, requestSet(packageRequests(converge.resources)), wanted.map((w) => w.command), {
      ...(source.cacheDir !== undefined ? { cacheDir: source.cacheDir } : {}),
      ...(added.length ? { repositories: added.map((a) => a.repository) } : {}),
    });
    const answered = new Set(cached.map((o) => o.command));
    const still = wanted.filter((w) => !answered.has(w.command));
    const said = still.length ? [warning('DEC0331', `${still.map((w) => `\`${w.command}\``).join(', ')} could be observed but was not: ${answer.reason}`, still[0]!.at, 'the value stays unknown: convert where the engine answers, or answer it in plan.yaml values:')] : [];
    return { converge: cached.length ? await evaluate(ws, { ...options, observations: cached }) : converge, diagnostics: said };
  }
  if (answer.observed.length === 0) return { converge, diagnostics: [] };
  return { converge: await evaluate(ws, { ...options, observations: answer.observed }), diagnostics: [] };
}
