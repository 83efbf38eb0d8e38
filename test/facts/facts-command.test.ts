/** `decant facts list|prune` through the CLI, on a temporary cache. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PackageFact } from '../../src/model/package-facts.js';
import { writeFact } from '../../src/engine/package-facts/facts-cache.js';
import { decant, ensureBuilt } from '../hardening/cli-run.js';

const scope = { platform: 'debian-12', repositories: '0123456789abcdef' };
const fact = (name: string): PackageFact => ({
  name, version: '1.0-1', architecture: 'amd64', source: 'http://deb.debian.org/debian bookworm/main', depends: [], provides: [], files: [], directories: [], links: [],
  conffiles: [], scriptFiles: [], scriptDirectories: [], units: [], defaultFiles: [], texts: [], users: [], groups: [], binaries: [], accountNotes: [],
});

let dir: string;
beforeAll(() => ensureBuilt());
beforeEach(async () => void (dir = await mkdtemp(path.join(os.tmpdir(), 'decant-facts-cli-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('decant facts', () => {
  it('lists what the cache holds, then prune empties it so the next convert resolves again', async () => {
    await writeFact(dir, scope, fact('alpha'));
    await writeFact(dir, scope, fact('beta'));
    const listed = decant(['facts', 'list', '--facts-cache', dir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/alpha 1\.0-1/);
    expect(listed.stdout).toMatch(/: 2 files, \d+ bytes\n$/);
    const kept = decant(['facts', 'prune', '--older-than', '1', '--facts-cache', dir]);
    expect(kept.stdout).toMatch(/removed 0 files/);
    const pruned = decant(['facts', 'prune', '--facts-cache', dir]);
    expect(pruned.stdout).toMatch(/removed 2 files/);
    expect(decant(['facts', 'list', '--facts-cache', dir]).stdout).toMatch(/: 0 files, 0 bytes/);
  });

  it('refuses a negative age', () => {
    const r = decant(['facts', 'prune', '--older-than', '-3', '--facts-cache', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--older-than takes a number of days/);
  });

  it('convert --refresh-facts re-resolves through the engine: it refuses --offline and --facts-file', () => {
    for (const other of [['--offline'], ['--facts-file', path.join(dir, 'x.json')]]) {
      const r = decant(['convert', dir, '-o', path.join(dir, 'out'), '--refresh-facts', ...other]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--refresh-facts resolves facts through the engine: it cannot be given with --offline or --facts-file/);
    }
  });
});
