/**
 * .github/workflows/decant.yml for a converted tree, the same shape as the
 * GitLab pipeline: check (or sharded convert, then check), then per unit
 * build → verify → push. GitHub runs each job on a fresh runner, so images
 * travel between a unit's jobs as artifacts.
 */
import type { CiPlan, CiUnit } from './ci-plan.js';
import { shardOut } from './ci-plan.js';
import { buildScript, checkScript, IMAGES_DIR, mergeScript, pushScript, shardScript, verifyScript } from './unit-scripts.js';

type Job = Record<string, unknown>;

const CHECKOUT = { uses: 'actions/checkout@v4' };
const run = (lines: readonly string[]) => ({ run: lines.join('\n') });
const unitEnv = (u: CiUnit) => ({ DECANT_UNIT: u.id, DECANT_IMAGE: u.image, DECANT_SLUG: u.slug });
const imageArtifact = (u: CiUnit) => `decant-image-${u.slug}`;
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const parentOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

function factsCacheStep(plan: CiPlan): Job[] {
  if (!plan.factsCache) return [];
  return [{ uses: 'actions/cache@v4', with: { path: plan.factsCache, key: `${plan.factsCacheKey}-\${{ hashFiles('${plan.out}/report.json') }}`, 'restore-keys': `${plan.factsCacheKey}-` } }];
}

function checkJobs(plan: CiPlan): Record<string, Job> {
  if (plan.shards <= 1) return { check: { 'runs-on': 'ubuntu-latest', steps: [CHECKOUT, ...factsCacheStep(plan), run(checkScript(plan))] } };
  const shards = Array.from({ length: plan.shards }, (_, i) => i + 1);
  const folder = shardOut(plan.out, '${{ matrix.shard }}');
  return {
    convert: {
      'runs-on': 'ubuntu-latest',
      strategy: { 'fail-fast': false, matrix: { shard: shards } },
      steps: [
        CHECKOUT,
        ...factsCacheStep(plan),
        run(shardScript(plan, '${{ matrix.shard }}')),
        { uses: 'actions/upload-artifact@v4', with: { name: baseName(folder), path: folder, 'include-hidden-files': true } },
      ],
    },
    check: {
      'runs-on': 'ubuntu-latest',
      needs: ['convert'],
      steps: [
        CHECKOUT,
        // Each shard's artifact unpacks into PARENT/<artifact name>, the folder it was converted in.
        { uses: 'actions/download-artifact@v4', with: { pattern: `${baseName(shardOut(plan.out, ''))}*`, path: parentOf(plan.out) } },
        run(mergeScript(plan)),
      ],
    },
  };
}

function unitJobs(u: CiUnit): Record<string, Job> {
  const env = unitEnv(u);
  const loadSteps = [CHECKOUT, { uses: 'actions/download-artifact@v4', with: { name: imageArtifact(u), path: IMAGES_DIR } }];
  return {
    [`build-${u.slug}`]: {
      'runs-on': 'ubuntu-latest',
      needs: ['check'],
      env,
      steps: [CHECKOUT, run(buildScript()), { uses: 'actions/upload-artifact@v4', with: { name: imageArtifact(u), path: `${IMAGES_DIR}/${u.slug}.tar`, 'retention-days': 1 } }],
    },
    [`verify-${u.slug}`]: { 'runs-on': 'ubuntu-latest', needs: [`build-${u.slug}`], env, steps: [...loadSteps, run(verifyScript())] },
    [`push-${u.slug}`]: {
      'runs-on': 'ubuntu-latest',
      needs: [`build-${u.slug}`, `verify-${u.slug}`],
      // A pull request from a fork gets no token to write packages: images are pushed from branches only.
      if: "github.event_name != 'pull_request'",
      env,
      steps: [...loadSteps, run(pushScript())],
    },
  };
}

export function githubWorkflow(plan: CiPlan): Record<string, unknown> {
  return {
    name: 'decant',
    on: { push: { branches: ['main'] }, pull_request: {}, workflow_dispatch: {} },
    permissions: { contents: 'read', packages: 'write' },
    env: {
      // decant runs as ${DECANT:-decant}: put it on the runner's PATH in a setup step, or set DECANT in a self-hosted runner's environment.
      DECANT_OUT: plan.out,
      DECANT_REGISTRY_IMAGE: 'ghcr.io/${{ github.repository }}',
      DECANT_REGISTRY_USER: '${{ github.actor }}',
      DECANT_REGISTRY_PASSWORD: '${{ secrets.GITHUB_TOKEN }}',
      DECANT_COMMIT: '${{ github.sha }}',
    },
    jobs: { ...checkJobs(plan), ...Object.assign({}, ...plan.units.map(unitJobs)) },
  };
}
