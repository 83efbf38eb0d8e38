import { DockerfileParser } from 'dockerfile-ast';

/** A Dockerfile instruction as the builder sees it, after continuations are joined. */
export interface DockerInstruction {
  /** Upper-case keyword: FROM, RUN, … */
  readonly keyword: string;
  /** 1-based line where the instruction starts. */
  readonly line: number;
  /** Arguments with `--flag` options removed, continuation lines joined, inner comment lines dropped. */
  readonly args: string;
  /** Leading `--name=value` options (RUN --mount, COPY --chown, …), name without dashes. */
  readonly flags: ReadonlyMap<string, string[]>;
  /** The argument vector when the instruction uses JSON (exec) form, otherwise null. */
  readonly execForm: readonly string[] | null;
  /** 0-based index of the build stage (count of FROMs before this one, FROM itself opens the next). */
  readonly stage: number;
}

/**
 * Parses with dockerfile-ast, which knows the escape directive and where each
 * instruction ends; the argument text is then rebuilt the way the builder does:
 * comment lines inside a continuation are not part of the command.
 */
export function parseDockerfile(text: string): DockerInstruction[] {
  const dockerfile = DockerfileParser.parse(text);
  const escape = dockerfile.getEscapeCharacter();
  const lineStarts = lineStartOffsets(text);
  const offsetOf = (position: { line: number; character: number }): number =>
    (lineStarts[position.line] ?? text.length) + position.character;
  const result: DockerInstruction[] = [];
  let stage = -1;
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    if (keyword === 'FROM') stage += 1;
    // The raw text after the keyword: dockerfile-ast's own argument accessors drop RUN's --mount flags.
    const raw = text.slice(offsetOf(instruction.getInstructionRange().end), offsetOf(instruction.getRange().end));
    const joined = joinContinuations(raw.replace(/^[ \t]+/, ''), escape);
    const { flags, rest } = splitLeadingFlags(keyword, joined);
    result.push({
      keyword,
      line: instruction.getRange().start.line + 1,
      args: rest,
      flags,
      execForm: execFormOf(rest),
      stage: Math.max(stage, 0),
    });
  }
  return result;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

function joinContinuations(raw: string, escape: string): string {
  const lines = raw.split(/\r?\n/);
  const kept: string[] = [];
  lines.forEach((line, index) => {
    if (index > 0 && /^\s*#/.test(line)) return;
    kept.push(line);
  });
  let out = '';
  for (const line of kept) {
    const trimmedEnd = line.replace(/\s+$/, '');
    if (trimmedEnd.endsWith(escape)) out += trimmedEnd.slice(0, -escape.length) + ' ';
    else out += line + '\n';
  }
  return out.trim();
}

const FLAGGED = new Set(['RUN', 'COPY', 'ADD', 'FROM', 'HEALTHCHECK']);

function splitLeadingFlags(keyword: string, args: string): { flags: Map<string, string[]>; rest: string } {
  const flags = new Map<string, string[]>();
  if (!FLAGGED.has(keyword)) return { flags, rest: args };
  let rest = args;
  for (;;) {
    const match = /^--([A-Za-z0-9-]+)(?:=(\S*))?\s*/.exec(rest);
    if (!match) break;
    const name = match[1] as string;
    flags.set(name, [...(flags.get(name) ?? []), match[2] ?? '']);
    rest = rest.slice(match[0].length);
  }
  return { flags, rest };
}

/** Docker treats arguments as exec form only when they are a valid JSON array of strings. */
function execFormOf(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
  } catch {
    return null;
  }
  return null;
}
