/**
 * A run without package facts (--offline, `decant inspect`) still answers an
 * observable command that an earlier run with the same packages observed
 * (observed-commands.ts): the cache holds it under that run's request set,
 * so nothing here starts a container or asks the archive. Without such an
 * observation the value stays unknown with its cause: options.factsAbsent
 * when the facts were asked and not had.
 */
import { evaluate, type EvaluateOptions } from '../chef/evaluate.js';
import { cachedObservationsOfSet } from '../engine/package-facts/observe-commands.js';
import type { Converge } from '../model/converge.js';
import type { Workspace } from '../model/workspace.js';
import { packageRequests } from '../plan/package-requests.js';
import { addedRepositories } from './added-repositories.js';
import { requestSet } from './request-set.js';

/** The converge evaluated once more with the cached observations of its observable commands; as it was when there are none. */
export async function withCachedObservations(ws: Workspace, options: EvaluateOptions, converge: Converge, cacheDir?: string): Promise<Converge> {
  const commands = converge.observable ?? [];
  if (commands.length === 0) return converge;
  const requests = requestSet(packageRequests(converge.resources));
  const repositories = addedRepositories(converge.resources, options.platform).map((a) => a.repository);
  const observed = await cachedObservationsOfSet(options.platform, requests, commands, { ...(cacheDir ? { cacheDir } : {}), ...(repositories.length ? { repositories } : {}) });
  // Evaluated again without observations only to give the unknowns their cause (why there are no facts).
  if (observed.length === 0 && options.factsAbsent === undefined) return converge;
  return evaluate(ws, { ...options, observations: observed });
}
