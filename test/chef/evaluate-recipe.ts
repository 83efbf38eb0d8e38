/** A throwaway cookbook written from strings and evaluated, for evaluator tests that need the whole Chef run. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evaluate, type EvaluateOptions } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Converge } from '../../src/model/converge.js';
import type { PackageFactsView } from '../../src/model/package-facts.js';

export async function evaluateCookbook(
  name: string,
  files: Readonly<Record<string, string>>,
  runList: readonly string[] = [`recipe[${name}]`],
  packageFacts?: PackageFactsView,
  options: Partial<EvaluateOptions> = {},
): Promise<Converge> {
  const cb = join(mkdtempSync(join(tmpdir(), `decant-${name}-`)), name);
  for (const [rel, text] of Object.entries({ 'metadata.rb': `name '${name}'\nversion '1.0.0'\n`, ...files })) {
    mkdirSync(dirname(join(cb, rel)), { recursive: true });
    writeFileSync(join(cb, rel), text);
  }
  const ws = await loadWorkspace([cb], { cookbookPaths: [] });
  return evaluate(ws, { runList: [...runList], platform: 'debian-12', ...(packageFacts ? { packageFacts } : {}), ...options });
}

/** The resource declared as type[name], or a failure that lists what was declared. */
export function resource(c: Converge, type: string, name: string) {
  const r = c.resources.find((x) => x.type === type && x.name === name);
  if (!r) throw new Error(`${type}[${name}] not declared; have ${c.resources.map((x) => `${x.type}[${String(x.name)}]`).join(', ')}`);
  return r;
}

/** `CODE message` of the diagnostics with the wanted codes. */
export const codes = (c: Converge, ...wanted: string[]) => c.diagnostics.filter((d) => wanted.includes(d.code)).map((d) => `${d.code} ${d.message}`);
