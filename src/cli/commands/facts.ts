/**
 * `decant facts list|prune`: the package-facts cache every convert on the
 * machine shares (README, "Package facts"). Pruning is how a lock is
 * re-resolved: the next convert asks the archive again.
 */
import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { defaultFactsCacheDir, listFactsCache, pruneFactsCache, type CacheEntry } from '../../engine/package-facts/facts-cache.js';
import { EXIT_UNUSABLE } from '../../pipeline/exit-code.js';

interface FactsArgs {
  'facts-cache'?: string;
  'older-than'?: number;
}

const dirOf = (args: FactsArgs) => (args['facts-cache'] !== undefined ? resolve(args['facts-cache']) : defaultFactsCacheDir());
const line = (e: CacheEntry) => `${e.kind.padEnd(10)} ${e.platform}/${e.repositories} ${e.name}${e.version ? ` ${e.version}` : ''} ${e.bytes} B ${e.modified.toISOString()}`;
const cacheOption = { type: 'string', describe: 'the cache folder (default: $XDG_CACHE_HOME/decant/facts or ~/.cache/decant/facts)' } as const;

const listCommand: CommandModule<object, FactsArgs> = {
  command: 'list',
  describe: 'List the cached resolutions and package facts',
  builder: (y) => y.option('facts-cache', cacheOption),
  handler: async (args) => {
    const dir = dirOf(args);
    const entries = await listFactsCache(dir);
    process.stdout.write([...entries.map(line), `${dir}: ${entries.length} files, ${entries.reduce((n, e) => n + e.bytes, 0)} bytes`].join('\n') + '\n');
  },
};

const pruneCommand: CommandModule<object, FactsArgs> = {
  command: 'prune',
  describe: 'Remove cached facts (all, or those unused for --older-than days): the next convert resolves them again',
  builder: (y) => y.option('facts-cache', cacheOption).option('older-than', { type: 'number', describe: 'only what no convert read for this many days' }),
  handler: async (args) => {
    const days = args['older-than'];
    if (days !== undefined && !(Number.isFinite(days) && days >= 0)) {
      process.stderr.write(`decant: --older-than takes a number of days, not ${String(days)}\n`);
      process.exitCode = EXIT_UNUSABLE;
      return;
    }
    const dir = dirOf(args);
    const gone = await pruneFactsCache(dir, days !== undefined ? { olderThanMs: days * 86_400_000 } : {});
    process.stdout.write(`${dir}: removed ${gone.length} files\n`);
  },
};

export const factsCommand: CommandModule = {
  command: 'facts <command>',
  describe: 'The package-facts cache (list, prune)',
  builder: (y) => y.command(listCommand).command(pruneCommand).demandCommand(1, 'Name a facts command: decant facts list, decant facts prune'),
  handler: () => {},
};
