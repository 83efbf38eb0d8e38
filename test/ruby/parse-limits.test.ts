/**
 * Tree-sitter's error recovery is quadratic on an unterminated string full of
 * interpolations (fuzz seed 2 case 3282: 53 KB, 30 s). The parse is cancelled
 * at its time limit and the file reported, so one broken file cannot stall a
 * batch. A file of more syntax nodes than decant copies in seconds (a
 * megabyte of double quotes, seed 2 case 3710) is refused the same way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, MAX_SYNTAX_NODES, parseErb, parseRuby, PARSE_TIME_LIMIT_MS } from '../../src/ruby/parser.js';

const PATHOLOGICAL = "package 'curl'\nnode.default['" + '#{1}'.repeat(8000);

beforeAll(() => initParsers());

describe('parse time limit', () => {
  it('cancels a parse past its limit: DEC0102 at the file, an empty tree, nothing else', () => {
    const t0 = performance.now();
    const p = parseRuby(PATHOLOGICAL, { file: 'recipes/default.rb', cookbook: 'slow' }, { timeLimitMs: 200 });
    expect(performance.now() - t0).toBeLessThan(PARSE_TIME_LIMIT_MS);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ code: 'DEC0102', severity: 'error', location: { file: 'recipes/default.rb', line: 1, column: 1, cookbook: 'slow' } });
    expect(p.diagnostics[0]!.message).toMatch(/^recipes\/default\.rb could not be parsed: tree-sitter's error recovery ran past 0\.2 s at byte \d+ of 32029; the file is not evaluated$/);
    expect(p.tree.rootNode.childCount).toBe(0);
    expect(p.text).toBe('');
  });

  it('a file that parses in time is not affected, with the same limit', () => {
    const sound = "package 'curl'\n".repeat(2000);
    const p = parseRuby(sound, { file: 'recipes/sound.rb' }, { timeLimitMs: 5000 });
    expect(p.diagnostics).toEqual([]);
    expect(p.tree.rootNode.namedChildCount).toBe(2000);
  });

  it('templates have the same limit', () => {
    const p = parseErb('<%= x %>\n'.repeat(50_000), { file: 'templates/x.erb' }, { timeLimitMs: 0 });
    expect(p.diagnostics.map((d) => d.code)).toEqual(['DEC0102']);
  });

  it('the parser starts afresh after a cancelled parse', () => {
    parseRuby(PATHOLOGICAL, { file: 'a.rb' }, { timeLimitMs: 100 });
    const next = parseRuby("service 'nginx'\n", { file: 'b.rb' });
    expect(next.diagnostics).toEqual([]);
    expect(next.tree.rootNode.text).toBe("service 'nginx'\n");
  });

  it('a file of more syntax nodes than the limit is not evaluated: DEC0206 at the file', () => {
    const quotes = '"'.repeat(Math.ceil(MAX_SYNTAX_NODES / 1.5) + 10_000);
    const p = parseRuby(`package 'curl'\n${quotes}\n`, { file: 'recipes/quotes.rb' });
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ code: 'DEC0206', location: { file: 'recipes/quotes.rb', line: 1, column: 1 } });
    expect(p.diagnostics[0]!.message).toMatch(new RegExp(`has \\d+ syntax nodes; decant reads files of up to ${MAX_SYNTAX_NODES}`));
    expect(p.tree.rootNode.childCount).toBe(0);
  });
});
