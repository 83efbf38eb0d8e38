/**
 * The one place that decides where package facts come from, for convert (one
 * input or a batch worker) and inspect alike: the engine through the cache,
 * a recording, or none (--offline, DECANT_OFFLINE=1). The flags become a
 * plain setting first, so a batch hands it to its workers and report.json
 * records it; each process then builds its own source from the setting.
 */
import { dockerClient } from '../engine/docker-client.js';
import { engineFactsSource, recordedFactsSource, type FactsSetting, type PackageFactsSource } from './package-facts-source.js';

/** The facts flags of the command line, as given (undefined: not given). */
export interface FactsFlags {
  readonly offline?: boolean;
  readonly factsCache?: string;
  readonly factsFile?: string;
  readonly refreshFacts?: boolean;
  /** Seconds; 0 is no limit. */
  readonly factsTimeout?: number;
}

/** The flags as the pipeline's setting (default: the engine, through the user's cache). Paths are taken as given: the caller resolves them. */
export function factsSettingFor(flags: FactsFlags, env: NodeJS.ProcessEnv = process.env, now: number = Date.now()): FactsSetting {
  // DECANT_OFFLINE=1 is a default: a facts source named on the command line wins over it, --offline said there does not.
  const named = flags.factsFile !== undefined || flags.factsCache !== undefined;
  if (flags.offline ?? (!named && env['DECANT_OFFLINE'] === '1')) return { mode: 'offline' };
  if (flags.factsFile !== undefined) return { mode: 'recorded', file: flags.factsFile };
  return {
    mode: 'engine',
    ...(flags.factsCache !== undefined ? { cacheDir: flags.factsCache } : {}),
    // The run's start: what this run (or a batch worker of it) writes is newer and is reused within the run.
    ...(flags.refreshFacts === true ? { refreshSince: now } : {}),
    // Only the engine's probe can take long: a cache or a recording answers at once.
    ...(flags.factsTimeout !== undefined && flags.factsTimeout > 0 ? { timeoutSeconds: flags.factsTimeout } : {}),
  };
}

export function factsSourceFor(setting: FactsSetting): PackageFactsSource | undefined {
  switch (setting.mode) {
    case 'offline':
      return undefined;
    case 'engine':
      return engineFactsSource(setting.cacheDir, dockerClient, setting.refreshSince);
    case 'recorded':
      return recordedFactsSource(setting.file);
    default: {
      const mode: never = setting;
      throw new Error(`unknown facts setting ${JSON.stringify(mode)}`);
    }
  }
}

/** What the pipeline takes of a setting: the source, whether --offline is to be said, and the budget of each evaluation's facts work. */
export interface FactsUse {
  readonly facts?: PackageFactsSource;
  readonly offline?: boolean;
  readonly factsTimeout?: number;
}

/** `source`: one already built for this setting (a batch worker keeps one per process, so the engine is asked once). */
export function factsUseOf(setting: FactsSetting, source: PackageFactsSource | undefined = factsSourceFor(setting)): FactsUse {
  if (!source) return { offline: setting.mode === 'offline' };
  return { facts: source, ...(setting.mode === 'engine' && setting.timeoutSeconds !== undefined ? { factsTimeout: setting.timeoutSeconds } : {}) };
}
