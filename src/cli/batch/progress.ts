/**
 * A one-line progress bar on stderr, redrawn in place. Only on a terminal:
 * a CI log or a pipe gets nothing of it (and --json keeps stdout clean).
 */
export interface Progress {
  update(done: number, last: string): void;
  finish(): void;
}

const WIDTH = 28;

/** A pseudo-terminal can report 0 columns (script(1), some CI runners). */
function columnsOf(stream: NodeJS.WriteStream): number {
  return stream.columns && stream.columns >= 20 ? stream.columns : 80;
}

export function progressBar(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || total === 0) return { update: () => {}, finish: () => {} };
  const started = Date.now();
  return {
    update(done, last) {
      const filled = Math.round((done / total) * WIDTH);
      const secs = (Date.now() - started) / 1000;
      const eta = done ? (secs / done) * (total - done) : 0;
      const columns = columnsOf(stream);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${secs.toFixed(0)}s eta ${eta.toFixed(0)}s ${last}`;
      stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
    },
    finish() {
      stream.write(`\r${' '.repeat(columnsOf(stream) - 1)}\r`);
    },
  };
}

export function wantsProgress(json: boolean): boolean {
  return !json && Boolean(process.stdout.isTTY) && Boolean(process.stderr.isTTY);
}
