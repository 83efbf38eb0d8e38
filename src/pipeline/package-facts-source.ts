/**
 * Where a conversion gets its package facts (DESIGN.md, "Sources of truth",
 * item 2): the engine's probe of the platform's real archive through the
 * shared cache, a recording (platforms whose archive this machine cannot
 * reach, and tests), or none (--offline). The setting is plain data so batch
 * workers build their own source; a source never throws: what it cannot
 * answer comes back as a reason.
 */
import type { AddedRepository, PackageFactsView, PackageRequest } from '../model/package-facts.js';
import { dockerClient, engineProblem, type DockerClient } from '../engine/docker-client.js';
import { cachedPackageFacts, resolvePackageFacts } from '../engine/package-facts/resolve-facts.js';
import { observeCommands } from '../engine/package-facts/observe-commands.js';
import { loadRecordedFacts, loadRecordedObservations } from '../facts/recorded-facts.js';
import type { CommandObservationRequest, ObservedCommand } from '../model/observed-commands.js';

export type FactsSetting =
  | { readonly mode: 'offline' }
  /** `cacheDir` absent: the user's cache dir (defaultFactsCacheDir). */
  /** `refreshSince` (--refresh-facts): the run's start, ms; cached facts older than it are probed again and rewritten. */
  /** `timeoutSeconds` (--facts-timeout): the budget of one evaluation's facts work (facts-budget.ts); absent: none. */
  | { readonly mode: 'engine'; readonly cacheDir?: string; readonly refreshSince?: number; readonly timeoutSeconds?: number }
  | { readonly mode: 'recorded'; readonly file: string };

/** `cause`: the reason in a few words, for the values left unknown (the diagnostic carries `reason` in full). */
export type FactsAnswer = { readonly ok: true; readonly view: PackageFactsView } | { readonly ok: false; readonly reason: string; readonly cause?: string };

export type ObservationAnswer = { readonly ok: true; readonly observed: readonly ObservedCommand[] } | { readonly ok: false; readonly reason: string; readonly cause?: string };

export interface PackageFactsSource {
  /** Where this source caches (the engine's, when --facts-cache moved it): cached observations are read there when it cannot answer. */
  readonly cacheDir?: string;
  /**
   * `repositories`: what the cookbook adds; a recording answers as it was
   * recorded and ignores them. `signal` aborted: whatever container the
   * answer was waiting for is removed, and the answer no longer matters.
   */
  resolve(platform: string, requests: readonly PackageRequest[], repositories?: readonly AddedRepository[], signal?: AbortSignal): Promise<FactsAnswer>;
  /**
   * What observable commands print (observed-commands.ts); a request it has no
   * answer for is left out. `packages`: the run's package requests, under
   * which the answer is cached too, for later runs without facts. A source
   * without it observes nothing.
   */
  observe?(platform: string, requests: readonly CommandObservationRequest[], repositories: readonly AddedRepository[], packages: readonly PackageRequest[], signal?: AbortSignal): Promise<ObservationAnswer>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The engine's probe through the cache; the engine is asked once whether it
 * answers, and only when the cache lacks the answer: a run whose engine is
 * down still reads what earlier runs cached (as observations always were).
 */
export function engineFactsSource(cacheDir?: string, docker: () => DockerClient = dockerClient, refreshSince?: number): PackageFactsSource {
  let client: Promise<{ docker: DockerClient } | { problem: string }> | undefined;
  const connect = () =>
    (client ??= (async () => {
      try {
        const d = docker();
        const problem = await engineProblem(d);
        return problem ? { problem: `no Docker engine answers (${problem})` } : { docker: d };
      } catch (e) {
        return { problem: `no Docker engine answers (${messageOf(e)})` };
      }
    })());
  return {
    ...(cacheDir ? { cacheDir } : {}),
    async resolve(platform, requests, repositories = [], signal) {
      const options = {
        ...(cacheDir ? { cacheDir } : {}),
        ...(repositories.length ? { repositories } : {}),
        ...(refreshSince !== undefined ? { refreshSince } : {}),
        ...(signal ? { signal } : {}),
      };
      try {
        const cached = await cachedPackageFacts(platform, requests, options);
        if (cached?.ok) return { ok: true, view: cached.view };
        const c = await connect();
        if ('problem' in c) return { ok: false, reason: c.problem };
        const r = await resolvePackageFacts(c.docker, platform, requests, options);
        return r.ok ? { ok: true, view: r.view } : { ok: false, reason: r.reason };
      } catch (e) {
        return { ok: false, reason: `the package-facts probe failed: ${messageOf(e)}` };
      }
    },
    async observe(platform, requests, repositories, packages, signal) {
      const c = await connect();
      if ('problem' in c) return { ok: false, reason: c.problem };
      try {
        return await observeCommands(c.docker, platform, requests, { ...(cacheDir ? { cacheDir } : {}), ...(repositories.length ? { repositories } : {}), requests: packages, ...(signal ? { signal } : {}) });
      } catch (e) {
        return { ok: false, reason: `observing commands failed: ${messageOf(e)}` };
      }
    },
  };
}

/** One recording answers every request set of its platform. */
export function recordedFactsSource(file: string): PackageFactsSource {
  let loaded: Promise<FactsAnswer> | undefined;
  return {
    async resolve(platform) {
      const answer = await (loaded ??= loadRecordedFacts(file).then(
        (view): FactsAnswer => ({ ok: true, view }),
        (e): FactsAnswer => ({ ok: false, reason: `recorded facts ${file}: ${messageOf(e)}` }),
      ));
      if (answer.ok && answer.view.platform !== platform) return { ok: false, reason: `recorded facts ${file} are of ${answer.view.platform}, not ${platform}` };
      return answer;
    },
    async observe(platform, requests) {
      try {
        const all = await loadRecordedObservations(file);
        const same = (o: ObservedCommand, r: CommandObservationRequest) => o.platform === platform && o.command === r.command && o.packageName === r.packageName && o.packageVersion === r.packageVersion;
        return { ok: true, observed: all.filter((o) => requests.some((r) => same(o, r))) };
      } catch (e) {
        return { ok: false, reason: `recorded facts ${file}: ${messageOf(e)}` };
      }
    },
  };
}
