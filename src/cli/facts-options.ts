/**
 * The package-facts flags, defined once for every command that evaluates with
 * facts (convert, inspect): where facts come from (the engine through a cache,
 * a recording, none) and how long to wait for them. The pipeline's
 * facts-source-for.ts turns them into a setting.
 */
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { FactsSetting } from '../pipeline/package-facts-source.js';
import { factsSettingFor } from '../pipeline/facts-source-for.js';

export interface FactsArgs {
  offline?: boolean;
  'facts-cache'?: string;
  'facts-file'?: string;
  'refresh-facts'?: boolean;
  'facts-timeout'?: number;
}

/**
 * `timeout`: --facts-timeout's default in seconds (inspect: 30, so a cold
 * cache does not hold a read of a cookbook for minutes); undefined: no limit
 * (convert, whose output is built on the facts).
 */
export function withFactsOptions<T>(y: Argv<T>, timeout: number | undefined): Argv<T & FactsArgs> {
  return y
    .option('offline', { type: 'boolean', describe: 'do not ask the target platform\'s archive (package facts): guards and commands are decided by the fresh-image rules, and said (default when DECANT_OFFLINE=1)' })
    .option('facts-cache', { type: 'string', describe: 'where package facts are cached (default: $XDG_CACHE_HOME/decant/facts or ~/.cache/decant/facts)' })
    .option('refresh-facts', { type: 'boolean', describe: 'resolve package facts again: cached facts older than this run are ignored and rewritten (after an archive update, or once an added repository is reachable)' })
    .option('facts-file', { type: 'string', describe: 'package facts recorded earlier (npm run facts:record), for a platform whose archive is not reachable' })
    .option('facts-timeout', {
      type: 'number',
      ...(timeout !== undefined ? { default: timeout } : {}),
      describe: `seconds to wait for package facts the cache does not hold (a probe of the archive in a container); past it they stay unknown, said as such; 0: no limit (default: ${timeout ?? 'no limit'})`,
    })
    .check((a) => checkFactsArgs(a)) as Argv<T & FactsArgs>;
}

/** A usage error as yargs prints it (a string), or true. */
export function checkFactsArgs(a: FactsArgs): string | true {
  if (a.offline === true && (a['facts-file'] !== undefined || a['facts-cache'] !== undefined)) return '--offline asks no facts: it cannot be given with --facts-file or --facts-cache';
  if (a['refresh-facts'] === true && (a.offline === true || a['facts-file'] !== undefined)) return '--refresh-facts resolves facts through the engine: it cannot be given with --offline or --facts-file';
  const t = a['facts-timeout'];
  if (t !== undefined && !(Number.isFinite(t) && t >= 0)) return '--facts-timeout is a number of seconds, 0 or more (0: no limit)';
  return true;
}

/** The flags as the pipeline's setting; paths resolved against the working directory. */
export function factsSettingOf(args: FactsArgs, now: number = Date.now()): FactsSetting {
  return factsSettingFor(
    {
      ...(args.offline !== undefined ? { offline: args.offline } : {}),
      ...(args['facts-cache'] !== undefined ? { factsCache: resolve(args['facts-cache']) } : {}),
      ...(args['facts-file'] !== undefined ? { factsFile: resolve(args['facts-file']) } : {}),
      ...(args['refresh-facts'] !== undefined ? { refreshFacts: args['refresh-facts'] } : {}),
      ...(args['facts-timeout'] !== undefined ? { factsTimeout: args['facts-timeout'] } : {}),
    },
    process.env,
    now,
  );
}
