import type { Unit } from '../../model/plan.js';

/** One line of what a unit runs with: a config file it ships, its command, or an environment variable. */
export interface UnitLine {
  /** A file's path, `command`, or `env NAME`. */
  readonly file: string;
  /** 1-based in a file; 0 for the command and the environment. */
  readonly line: number;
  readonly text: string;
}

/**
 * Every line a unit's own text says something in: the files it ships whose
 * text decant rendered or was given, its command line, its environment. Files
 * copied as they are (cookbook_file) are not read: decant does not open them
 * at convert time.
 */
export function unitLines(unit: Unit): UnitLine[] {
  const out: UnitLine[] = [];
  for (const f of unit.files) {
    if (f.content.kind !== 'rendered' && f.content.kind !== 'inline') continue;
    f.content.text.split('\n').forEach((text, i) => out.push({ file: f.path, line: i + 1, text }));
  }
  if (unit.command.length) out.push({ file: 'command', line: 0, text: unit.command.join(' ') });
  for (const name of Object.keys(unit.env).sort()) out.push({ file: `env ${name}`, line: 0, text: unit.env[name]! });
  return out;
}
