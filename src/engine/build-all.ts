/**
 * Builds several units, `jobs` at a time, each followed by the
 * unknown-service step when its command is not known.
 */
import type { DockerClient } from './docker-client.js';
import { buildUnit, type BuildListener, type BuildResult } from './build.js';
import { finishCommand, type FinishResult } from './finish-command.js';
import type { EngineUnit } from './report-units.js';

export interface UnitBuild {
  readonly build: BuildResult;
  readonly finish?: FinishResult;
}

export async function buildAll(
  docker: DockerClient,
  units: readonly EngineUnit[],
  options: { jobs?: number; onProgress?: BuildListener; displayRoot?: string; cacheFrom?: readonly string[] } = {},
): Promise<UnitBuild[]> {
  const results: UnitBuild[] = new Array(units.length);
  let next = 0;
  const worker = async () => {
    while (next < units.length) {
      const i = next++;
      const unit = units[i]!;
      const build = await buildUnit(docker, unit, { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.displayRoot ? { displayRoot: options.displayRoot } : {}), ...(options.cacheFrom ? { cacheFrom: options.cacheFrom } : {}) });
      const finish = build.ok && build.imageId ? await finishCommand(docker, unit, build.imageId).catch(() => undefined) : undefined;
      results[i] = { build, ...(finish ? { finish } : {}) };
    }
  };
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, units.length));
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}
