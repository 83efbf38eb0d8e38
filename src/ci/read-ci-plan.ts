/**
 * A CiPlan from a converted tree: report.json's `convert` record (how the
 * tree was made) and its units (as `decant build` reads them).
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { error } from '../diagnostics/create.js';
import type { ConvertInvocation } from '../model/convert-invocation.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readReportUnits } from '../engine/report-units.js';
import type { CiPlan, CiUnit } from './ci-plan.js';
import { convertArgs } from './convert-args.js';

const slugOf = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

function invocationIn(doc: unknown): ConvertInvocation | undefined {
  const c = doc && typeof doc === 'object' ? (doc as { convert?: unknown }).convert : undefined;
  if (!c || typeof c !== 'object') return undefined;
  const v = c as Partial<ConvertInvocation>;
  return Array.isArray(v.inputs) && typeof v.platform === 'string' && Array.isArray(v.cookbookPaths) && typeof v.facts === 'string' ? (v as ConvertInvocation) : undefined;
}

export async function readCiPlan(root: string, outArg: string, shards: number): Promise<{ plan?: CiPlan; diagnostics: Diagnostic[] }> {
  const out = resolve(root, outArg);
  const outRel = relative(resolve(root), out).split(sep).join('/');
  if (outRel === '' || outRel.startsWith('..')) return { diagnostics: [error('DEC0906', `${outArg} is not a folder inside the repository root ${root}`, undefined, 'run decant ci from the repository root')] };
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
  } catch (e) {
    return { diagnostics: [error('DEC0906', `cannot read ${join(outArg, 'report.json')}: ${(e as Error).message}`, undefined, 'run `decant convert … -o OUT` first')] };
  }
  const inv = invocationIn(doc);
  if (!inv) return { diagnostics: [error('DEC0906', `${join(outArg, 'report.json')} does not say how it was converted (no "convert" record)`, undefined, 'convert again with this decant: report.json then records the inputs and flags')] };
  const argsOf = convertArgs(inv, resolve(root), out);
  if ('outside' in argsOf) return { diagnostics: [error('DEC0906', `${argsOf.outside} (relative to ${outArg}) lies outside the repository: a CI checkout cannot reach it`, undefined, 'keep the cookbooks, plan and facts file in the repository and convert again')] };
  if (shards > 1 && !inv.batch) return { diagnostics: [error('DEC0906', `--shards ${shards}: ${outArg} is one conversion, not a batch; shards split a batch's inputs`, undefined, 'convert with several inputs or --batch, or leave out --shards')] };
  const read = await readReportUnits(out);
  const units: CiUnit[] = read.units.map((u) => ({ id: `${u.app}/${u.name}`, image: u.image, slug: slugOf(`${u.app}-${u.name}`) }));
  const diagnostics = [...read.diagnostics];
  const slugs = new Set<string>();
  for (const u of units) {
    if (slugs.has(u.slug)) diagnostics.push(error('DEC0906', `two units make the same job name ${u.slug}`, undefined, 'rename one of the apps or units in plan.yaml'));
    slugs.add(u.slug);
  }
  if (units.length === 0) diagnostics.push(error('DEC0906', `${join(outArg, 'report.json')} has no units to build`));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    plan: {
      out: outRel,
      convertArgs: argsOf.args,
      ...(argsOf.factsCache ? { factsCache: argsOf.factsCache } : {}),
      factsCacheKey: `decant-facts-${inv.platform}`,
      units: [...units].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      shards,
    },
    diagnostics,
  };
}
