/**
 * Maps the builder's `Step N/M` back to the Dockerfile: the instruction's
 * line and the recipe resources the emitter named in the comment block above
 * it (`# package[nginx] from web/recipes/default.rb:3`).
 */

export interface RecipeOrigin {
  /** e.g. `package[nginx]` */
  readonly resource: string;
  /** e.g. `web/recipes/default.rb` (cookbook-relative, as the comment says) */
  readonly file: string;
  readonly line: number;
}

export interface DockerfileInstruction {
  /** 1-based line where the instruction starts. */
  readonly line: number;
  /** The instruction with continuation lines joined, as written. */
  readonly text: string;
  /** The comment lines directly above it (the emitter's block comment). */
  readonly comments: readonly string[];
}

const ORIGIN = /^(\S.*?\])\s+from\s+([^\s:]+):(\d+)(?::\d+)?\s*$/;

export function parseOrigin(comment: string): RecipeOrigin | undefined {
  const m = ORIGIN.exec(comment.trim());
  return m ? { resource: m[1]!, file: m[2]!, line: Number(m[3]) } : undefined;
}

/**
 * Instructions in order, as the legacy builder counts its steps. Comments
 * inside a continued instruction belong to it (Docker drops them), not to the
 * next one.
 */
export function dockerfileInstructions(text: string): DockerfileInstruction[] {
  const lines = text.split('\n');
  const out: DockerfileInstruction[] = [];
  let comments: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!.replace(/\r$/, '');
    const t = raw.trim();
    if (t === '') {
      i++;
      continue;
    }
    if (t.startsWith('#')) {
      // A blank line between a comment and an instruction still leaves the comment "above" it.
      comments.push(t.replace(/^#\s?/, ''));
      i++;
      continue;
    }
    const start = i + 1;
    const parts = [t];
    let continued = /\\\s*$/.test(raw);
    while (continued && i + 1 < lines.length) {
      i++;
      const next = lines[i]!.trim();
      if (next.startsWith('#') || next === '') continue;
      parts.push(next);
      continued = /\\\s*$/.test(next);
    }
    i++;
    out.push({ line: start, text: parts.join('\n'), comments });
    comments = [];
  }
  return out;
}

/** The instruction behind `Step n` (1-based); global ARGs before the first FROM are not steps. */
export function instructionForStep(instructions: readonly DockerfileInstruction[], step: number): DockerfileInstruction | undefined {
  const firstFrom = instructions.findIndex((x) => /^FROM\s/i.test(x.text));
  const counted = firstFrom > 0 ? instructions.slice(firstFrom) : instructions;
  return counted[step - 1];
}

/**
 * The recipe resources behind an instruction: the origin comments of its own
 * block, or, for an instruction inside a block (e.g. the RUN after a USER),
 * of the nearest block above that has them.
 */
export function originsOf(instructions: readonly DockerfileInstruction[], index: number): RecipeOrigin[] {
  for (let k = index; k >= 0; k--) {
    const x = instructions[k]!;
    const origins = x.comments.map(parseOrigin).filter((o): o is RecipeOrigin => o !== undefined);
    if (origins.length) return origins;
    if (x.comments.length) return [];
  }
  return [];
}
