/**
 * Lists or prunes the package-facts cache until `decant facts` exists in the
 * CLI (issue 13): `npm run facts:cache -- list|prune [--older-than DAYS] [--facts-cache DIR]`.
 */
import { defaultFactsCacheDir, listFactsCache, pruneFactsCache, type CacheEntry } from '../src/engine/package-facts/facts-cache.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = option('--facts-cache') ?? defaultFactsCacheDir();
const days = option('--older-than');
const line = (e: CacheEntry) => `${e.kind.padEnd(10)} ${e.platform}/${e.repositories} ${e.name}${e.version ? ` ${e.version}` : ''} ${e.bytes} B ${e.modified.toISOString()}`;

if (args[0] === 'list') {
  const entries = await listFactsCache(dir);
  for (const e of entries) console.log(line(e));
  console.log(`${dir}: ${entries.length} files, ${entries.reduce((n, e) => n + e.bytes, 0)} bytes`);
} else if (args[0] === 'prune') {
  if (days !== undefined && !/^\d+(\.\d+)?$/.test(days)) throw new Error(`--older-than takes days, not ${days}`);
  const gone = await pruneFactsCache(dir, days !== undefined ? { olderThanMs: Number(days) * 86_400_000 } : {});
  console.log(`${dir}: removed ${gone.length} files`);
} else {
  console.error('usage: npm run facts:cache -- list|prune [--older-than DAYS] [--facts-cache DIR]');
  process.exit(2);
}
