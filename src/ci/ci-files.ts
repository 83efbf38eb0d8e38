/**
 * The files `decant ci` writes at the repository root, per target, as text:
 * the typed pipeline objects through the `yaml` package (no text templates),
 * with a header saying where they came from. Deterministic: the same tree
 * gives the same bytes.
 */
import { stringify } from 'yaml';
import type { CiPlan } from './ci-plan.js';
import { githubWorkflow } from './github.js';
import { gitlabPipeline } from './gitlab.js';

export const CI_TARGETS = ['gitlab', 'github'] as const;
export type CiTarget = (typeof CI_TARGETS)[number];

const PATHS: Record<CiTarget, string> = { gitlab: '.gitlab-ci.yml', github: '.github/workflows/decant.yml' };

function header(plan: CiPlan): string {
  return [
    `# Written by \`decant ci ${plan.out}\` from ${plan.out}/report.json: regenerate it after a conversion that adds or removes units.`,
    '# check: converts the cookbooks again with the recorded inputs and flags and fails when the committed output differs;',
    '# build → verify → push: one job each per unit, a unit verified as soon as its own build ends.',
    '',
  ].join('\n');
}

export function ciFiles(plan: CiPlan, targets: readonly CiTarget[]): { path: string; text: string }[] {
  return [...new Set(targets)].sort().map((t) => ({
    path: PATHS[t],
    text: header(plan) + stringify(t === 'gitlab' ? gitlabPipeline(plan) : githubWorkflow(plan), { lineWidth: 0, aliasDuplicateObjects: false }),
  }));
}
