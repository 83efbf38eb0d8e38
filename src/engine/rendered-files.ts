/**
 * Where the cookbook put its files: the destinations of the Dockerfile's
 * COPY instructions (the emitter COPYs every rendered template and cookbook
 * file to its path). Build-step scripts under /tmp/decant are not the cookbook's.
 */
import { dockerfileInstructions } from './dockerfile-steps.js';

export function copiedPaths(dockerfileText: string): string[] {
  const out = new Set<string>();
  for (const ins of dockerfileInstructions(dockerfileText)) {
    const m = /^(COPY|ADD)\s+(.*)$/is.exec(ins.text.replace(/\\\n/g, ' ').replace(/\n/g, ' '));
    if (!m) continue;
    const words = m[2]!.trim().split(/\s+/).filter((w) => !w.startsWith('--'));
    if (words.length < 2 || words[0]!.startsWith('[')) continue;
    let dest = words[words.length - 1]!;
    if (dest.endsWith('/')) dest += words[0]!.split('/').pop();
    if (dest.startsWith('/') && !dest.startsWith('/tmp/decant/')) out.add(dest);
  }
  return [...out].sort();
}
