/**
 * A Dockerfile as the builder sees it: its instructions in order, comments
 * and blank lines dropped (they make no layer), continuation lines joined.
 * Each instruction keeps its first line (image.json names steps by it) and,
 * for COPY and ADD, the build-context paths it reads: Docker's layer cache
 * compares those files' content as well as the instruction's text.
 */
export interface DockerStep {
  /** 1-based line where the instruction starts. */
  readonly line: number;
  readonly instruction: string;
  /** The instruction's text, continuation lines joined with their line breaks. */
  readonly text: string;
  /** Context-relative sources of a COPY or ADD (not --from= stages, not URLs). */
  readonly sources: readonly string[];
}

function copySources(instruction: string, rest: string): string[] {
  if (instruction !== 'COPY' && instruction !== 'ADD') return [];
  const words = rest.trim();
  if (/--from=/.test(words)) return [];
  let args: string[];
  const json = words.replace(/^(--\S+\s+)*/, '');
  if (json.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(json);
      args = Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      args = [];
    }
  } else args = words.split(/\s+/).filter((w) => w !== '' && !w.startsWith('--'));
  return args.slice(0, -1).filter((s) => !/^[a-z]+:\/\//i.test(s));
}

export function dockerfileSteps(text: string): DockerStep[] {
  const lines = text.split('\n');
  const steps: DockerStep[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (first.trim() === '' || first.trimStart().startsWith('#')) {
      i++;
      continue;
    }
    const start = i;
    const parts = [first];
    while (parts[parts.length - 1]!.trimEnd().endsWith('\\') && i + 1 < lines.length) parts.push(lines[++i]!);
    i++;
    const joined = parts.join('\n');
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(joined)!;
    const instruction = m[1]!.toUpperCase();
    const rest = m[2]!.replace(/\\\n/g, ' ');
    steps.push({ line: start + 1, instruction, text: joined, sources: copySources(instruction, rest) });
  }
  return steps;
}
