import type { Diagnostic } from '../model/diagnostic.js';
import type { App } from '../model/plan.js';

/** What every output format is told besides the app. */
export interface FormatOptions {
  /** Write real secret values (otherwise placeholders, as src/emit/secret-text.ts decides). */
  readonly includeSecrets: boolean;
  /** Replaces the secret values inside a text, for a secret file that keeps the rest of its config. */
  readonly mask: (text: string) => string;
  /**
   * Replaces the secret values inside a text with the marker emit's own pass
   * writes. For a writer that escapes what it writes (a string literal in
   * source code): emit's pass over the file's text would not find a value
   * whose quote or newline came out escaped, so such a writer redacts the
   * values before writing them.
   */
  readonly redact: (text: string) => string;
}

/**
 * One text file a format writes, relative to OUT. emit removes secret values
 * from every file after the writer, except files that hold them on purpose
 * (`holdsSecrets`) when the user asked for real values.
 */
export interface FormatFile {
  readonly path: string;
  readonly text: string;
  readonly mode?: number;
  readonly holdsSecrets?: boolean;
}

/**
 * A writer whose bug is one unit's leaves that unit out of its files and
 * says so here (DEC0901 at the unit's resource); the rest is written.
 */
export interface FormatOutput {
  readonly files: readonly FormatFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One way to run an app's images (`decant convert --format NAME`). The
 * images, report and plan.yaml are written whatever the formats; each format
 * adds its files for each app. Pure: same app, same bytes.
 */
export interface OutputFormat {
  readonly name: string;
  /** One line for --help and the README. */
  readonly describe: string;
  /** Where one app's output of this format is, relative to OUT: report.json and report.md name it. */
  readonly path: (app: App) => string;
  readonly write: (app: App, options: FormatOptions) => FormatOutput;
}
