import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/batch/progress.js';

function fakeStream(columns: number | undefined) {
  const writes: string[] = [];
  return { stream: { columns, write: (t: string) => writes.push(t) } as unknown as NodeJS.WriteStream, writes };
}

describe('batch progress bar', () => {
  it('draws in place on one line, cut to the terminal width, and clears itself', () => {
    const { stream, writes } = fakeStream(40);
    const p = progressBar(4, true, stream);
    p.update(1, 'recipe-style/a-very-long-cookbook-name-that-does-not-fit');
    p.update(4, 'x');
    p.finish();
    expect(writes[0]).toMatch(/^\r\[#{7}\.{21}\] 1\/4 /);
    expect(writes.every((w) => w.startsWith('\r') && !w.includes('\n') && w.length <= 41)).toBe(true);
    expect(writes[1]).toMatch(/\[#{28}\] 4\/4/);
    expect(writes[2]!.trim()).toBe('');
  });

  it('writes nothing when disabled (not a terminal, or --json)', () => {
    const { stream, writes } = fakeStream(80);
    const p = progressBar(3, false, stream);
    p.update(1, 'a');
    p.finish();
    expect(writes).toEqual([]);
  });

  it('survives a terminal that reports no width', () => {
    const { stream, writes } = fakeStream(0);
    const p = progressBar(2, true, stream);
    p.update(1, 'a');
    p.finish();
    expect(writes).toHaveLength(2);
  });
});
