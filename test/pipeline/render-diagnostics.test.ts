import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { error, info } from '../../src/diagnostics/create.js';
import { renderDiagnostics } from '../../src/pipeline/render-diagnostics.js';

describe('diagnostics on the terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'decant-render-'));
  const path = join(dir, 'default.rb');
  writeFileSync(path, "package 'unbound'\nservice 'unbound' do\n  action :start\nend\n");
  const at = (line: number) => ({ file: 'recipes/default.rb', path, line, column: 1 });

  it('errors keep their code frame; info notes become one count line per code, naming the first', () => {
    const text = renderDiagnostics([
      info('DEC0509', 'guard decided from package facts: /etc/unbound exists', at(1)),
      error('DEC0503', 'unit unbound: no command known', at(2)),
      info('DEC0509', 'guard decided from package facts: /usr/sbin/unbound exists', at(3)),
      info('DEC0315', 'search answered from the repo', at(4)),
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/default\.rb:2:1: error DEC0503: unit unbound: no command known$/);
    expect(text).toContain("> 2 | service 'unbound' do");
    // No frame for the infos: the only frame is the error's.
    expect(lines.filter((l) => /^\s*>?\s*\d+ \|/.test(l))).toHaveLength(3);
    expect(lines.slice(-2)).toEqual([
      expect.stringMatching(/^decant: info DEC0315 not shown \(first: \S*default\.rb:4:1: search answered from the repo\) — report\.md and --json list every one$/),
      expect.stringMatching(/^decant: 2 info DEC0509 not shown \(first: \S*default\.rb:1:1: guard decided from package facts: \/etc\/unbound exists\) — /),
    ]);
    expect(text).not.toContain('/usr/sbin/unbound');
  });
});
