/**
 * The apt repositories a run adds, as the package-facts probe must add them:
 * read from the evaluated resource list through the same handler the planner
 * uses (so a repository made inside a custom resource counts like a recipe's),
 * with the distribution Chef defaults to. Each keeps its resource's origin, so
 * a diagnostic about it points at the line that added it.
 */
import { codenameOf } from '../emit/dockerfile/codename.js';
import type { Resource } from '../model/converge.js';
import type { AddedRepository } from '../model/package-facts.js';
import type { RepositorySpec } from '../model/plan.js';
import { classifyRepository } from '../plan/resources/repository.js';

export interface AddedRepositoryAt {
  readonly repository: AddedRepository;
  readonly spec: RepositorySpec;
}

const isUrl = (s: string | undefined): s is string => s !== undefined && /^https?:\/\//.test(s);

export function addedRepositories(resources: readonly Resource[], platform: string): AddedRepositoryAt[] {
  const out: AddedRepositoryAt[] = [];
  for (const r of resources) {
    if (r.type !== 'apt_repository' || r.guards.some((g) => g.outcome === 'skip')) continue;
    const classified = classifyRepository(r);
    for (const spec of classified.contribution?.repositories ?? []) {
      if (spec.manager !== 'apt') continue;
      out.push({
        spec,
        repository: {
          name: spec.name,
          uri: spec.uri,
          distribution: spec.distribution ?? codenameOf(platform) ?? 'stable',
          components: spec.components,
          ...(isUrl(spec.key) ? { keyUrl: spec.key } : {}),
          ...(spec.trusted ? { trusted: true } : {}),
        },
      });
    }
  }
  return out;
}
