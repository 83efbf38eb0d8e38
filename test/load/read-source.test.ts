import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, isDiagnostic, readCookbookFile } from '../../src/load/read-source.js';
import type { Cookbook } from '../../src/model/workspace.js';

const noFiles = { recipes: [], attributes: [], libraries: [], resources: [], providers: [], definitions: [], templates: [], files: [], tests: [] };

function setup(): { cookbook: Cookbook; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'decant-read-'));
  const root = join(dir, 'cb');
  mkdirSync(join(root, 'templates', 'default'), { recursive: true });
  mkdirSync(join(root, 'files'), { recursive: true });
  writeFileSync(join(root, 'templates', 'default', 'a.erb'), 'port <%= @port %>\n');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'files', 'escape'));
  symlinkSync(join(root, 'templates', 'default', 'a.erb'), join(root, 'files', 'inside'));
  writeFileSync(join(root, 'files', 'big.bin'), Buffer.alloc(MAX_SOURCE_BYTES + 1));
  return { cookbook: { name: 'cb', root, metadata: { name: 'cb', depends: [], supports: [] }, files: noFiles }, outside: dir };
}

const at = { file: 'recipes/default.rb', line: 3, column: 5, cookbook: 'cb' };

describe('readCookbookFile', () => {
  const { cookbook } = setup();

  it('reads a file inside the cookbook, with a ref relative to the cookbook', () => {
    const r = readCookbookFile(cookbook, 'templates/default/a.erb');
    expect(isDiagnostic(r)).toBe(false);
    if (isDiagnostic(r)) return;
    expect(r.text).toBe('port <%= @port %>\n');
    expect(r.ref).toEqual({ file: 'templates/default/a.erb', cookbook: 'cb', path: join(cookbook.root, 'templates/default/a.erb') });
  });

  it('normalises a path that wanders but stays inside', () => {
    const r = readCookbookFile(cookbook, 'files/../templates/default/a.erb');
    expect(isDiagnostic(r) ? r.code : r.ref.file).toBe('templates/default/a.erb');
  });

  it('follows a symlink whose target stays inside', () => {
    const r = readCookbookFile(cookbook, 'files/inside');
    expect(isDiagnostic(r) ? r.code : r.text).toBe('port <%= @port %>\n');
  });

  const refused: [string, string][] = [
    ['a path with .. that leaves the cookbook', '../secret.txt'],
    ['an absolute path', '/etc/passwd'],
    ['a symlink whose real path leaves the cookbook', 'files/escape'],
  ];
  for (const [name, path] of refused) {
    it(`refuses ${name} with DEC0205 at the place that asked`, () => {
      const r = readCookbookFile(cookbook, path, at);
      expect(r).toMatchObject({ code: 'DEC0205', severity: 'error', location: at });
    });
  }

  it('refuses a file over the size limit with DEC0206', () => {
    expect(readCookbookFile(cookbook, 'files/big.bin', at)).toMatchObject({ code: 'DEC0206', location: at });
  });

  it('reports a missing file or a folder with a message naming only path and cookbook', () => {
    const missing = readCookbookFile(cookbook, 'templates/default/nope.erb', at);
    expect(missing).toMatchObject({ code: 'DEC0403', location: at });
    expect(isDiagnostic(missing) && missing.message).toBe('templates/default/nope.erb not found in cookbook cb');
    expect(readCookbookFile(cookbook, 'templates', at)).toMatchObject({ code: 'DEC0403' });
    expect(readCookbookFile(cookbook, '', at)).toMatchObject({ code: 'DEC0205' });
  });
});
