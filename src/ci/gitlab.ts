/**
 * .gitlab-ci.yml for a converted tree, as data: check (or sharded convert
 * then check), then per unit build → verify → push, each verify and push
 * needing only its own unit's jobs so a unit goes on as soon as it is built.
 */
import type { CiPlan, CiUnit } from './ci-plan.js';
import { shardOut } from './ci-plan.js';
import { buildScript, checkScript, IMAGES_DIR, mergeScript, pushScript, shardScript, verifyScript } from './unit-scripts.js';

type Job = Record<string, unknown>;

const unitVariables = (u: CiUnit) => ({ DECANT_UNIT: u.id, DECANT_IMAGE: u.image, DECANT_SLUG: u.slug });

function factsCache(plan: CiPlan): Job {
  return plan.factsCache ? { cache: { key: plan.factsCacheKey, paths: [`${plan.factsCache}/`] } } : {};
}

function checkJobs(plan: CiPlan): Record<string, Job> {
  if (plan.shards <= 1) return { check: { stage: 'check', ...factsCache(plan), script: checkScript(plan) } };
  return {
    convert: {
      stage: 'convert',
      parallel: plan.shards,
      ...factsCache(plan),
      script: shardScript(plan, '$CI_NODE_INDEX'),
      artifacts: { paths: [`${shardOut(plan.out, '$CI_NODE_INDEX')}/`], expire_in: '1 day' },
    },
    check: { stage: 'check', needs: ['convert'], script: mergeScript(plan) },
  };
}

function unitJobs(u: CiUnit): Record<string, Job> {
  const build = `build ${u.id}`;
  const verify = `verify ${u.id}`;
  return {
    [build]: {
      extends: '.decant-build',
      variables: unitVariables(u),
      artifacts: { paths: [`${IMAGES_DIR}/${u.slug}.tar`], expire_in: '1 day' },
    },
    [verify]: { extends: '.decant-verify', variables: unitVariables(u), needs: [{ job: build, artifacts: true }] },
    [`push ${u.id}`]: { extends: '.decant-push', variables: unitVariables(u), needs: [{ job: build, artifacts: true }, { job: verify, artifacts: false }] },
  };
}

export function gitlabPipeline(plan: CiPlan): Record<string, unknown> {
  return {
    stages: [...(plan.shards > 1 ? ['convert'] : []), 'check', 'build', 'verify', 'push'],
    variables: {
      // Set DECANT in the project's CI/CD variables when decant is not on the runner's PATH (e.g. `npx decant`).
      DECANT: 'decant',
      DECANT_OUT: plan.out,
      DECANT_REGISTRY_IMAGE: '$CI_REGISTRY_IMAGE',
      DECANT_REGISTRY_USER: '$CI_REGISTRY_USER',
      DECANT_REGISTRY_PASSWORD: '$CI_REGISTRY_PASSWORD',
      DECANT_COMMIT: '$CI_COMMIT_SHA',
    },
    ...checkJobs(plan),
    '.decant-build': { stage: 'build', needs: ['check'], script: buildScript() },
    '.decant-verify': { stage: 'verify', script: verifyScript() },
    '.decant-push': { stage: 'push', script: pushScript() },
    ...Object.assign({}, ...plan.units.map(unitJobs)),
  };
}
