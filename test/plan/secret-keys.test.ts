import { describe, expect, it } from 'vitest';
import type { SecretSpec } from '../../src/model/plan.js';
import { uniqueSecretKeys } from '../../src/plan/secret-keys.js';
import { secretKeyFor } from '../../src/plan/secret-key.js';

const at = (line: number) => ({ file: 'recipes/default.rb', line, column: 1 });
const secret = (path: string, line: number, value = 'v'): SecretSpec => ({ resource: `file[${path}]`, source: at(line), key: secretKeyFor(path), path, value, reason: 'sensitive' });

describe('Secret keys of a unit', () => {
  it('two paths making one key both ship: the first by path keeps it, the other is numbered and said (DEC0506)', () => {
    const r = uniqueSecretKeys('app', [secret('/etc/app_a.key', 3), secret('/etc/app/a.key', 7)]);
    expect(r.secrets.map((s) => [s.path, s.key])).toEqual([
      ['/etc/app_a.key', 'etc_app_a.key-2'],
      ['/etc/app/a.key', 'etc_app_a.key'],
    ]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'DEC0506', severity: 'warning', location: { line: 3 } });
  });

  it('one path written twice is one secret with the later value, in its first place', () => {
    const r = uniqueSecretKeys('app', [secret('/etc/x.key', 2, 'old'), secret('/etc/y.key', 4), secret('/etc/x.key', 9, 'new')]);
    expect(r.secrets.map((s) => [s.path, s.value])).toEqual([
      ['/etc/x.key', 'new'],
      ['/etc/y.key', 'v'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});
