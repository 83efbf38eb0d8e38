/**
 * The shell each pipeline job runs, the same for GitLab and GitHub: decant is
 * `${DECANT:-decant}` (DECANT from the CI's variables or the runner's
 * environment overrides the one on PATH); both set DECANT_OUT, the registry variables
 * (DECANT_REGISTRY_IMAGE, _USER, _PASSWORD, DECANT_COMMIT) from what their CI
 * provides, and per unit DECANT_UNIT, DECANT_IMAGE and DECANT_SLUG.
 *
 * Each job may run on another machine with its own Docker engine, so the
 * build job saves its image as an artifact and the verify and push jobs load
 * it when their engine lacks it. Layers are reused across pipelines through
 * the registry: the push job also pushes `:decant-cache`, the next build pulls
 * it and builds with --cache-from, so a config-only change rebuilds only the
 * layers after the packages.
 */
import { mergedOut, shardOut, type CiPlan } from './ci-plan.js';
import { shellLine, shellQuote } from './shell-quote.js';

/** The decant command in every job: DECANT when set, else decant from PATH. */
const DECANT = '${DECANT:-decant}';
export const CACHE_TAG = 'decant-cache';
export const IMAGES_DIR = '.decant-images';

const repoOf = (what: string) => `${what}="$(printf %s "$DECANT_REGISTRY_IMAGE" | tr '[:upper:]' '[:lower:]')/$DECANT_SLUG"`;
const login = 'printf %s "$DECANT_REGISTRY_PASSWORD" | docker login -u "$DECANT_REGISTRY_USER" --password-stdin "${repo%%/*}"';
const loadImage = `docker image inspect "$DECANT_IMAGE" >/dev/null 2>&1 || docker load -i "${IMAGES_DIR}/$DECANT_SLUG.tar"`;

export function checkScript(plan: CiPlan): string[] {
  return [`${DECANT} convert ${shellLine([...plan.convertArgs, '-o', plan.out, '--check'])}`];
}

/** Shard INDEX (a shell word, e.g. $CI_NODE_INDEX) of the batch, converted beside OUT. */
export function shardScript(plan: CiPlan, index: string): string[] {
  return [`${DECANT} convert ${shellLine([...plan.convertArgs, '-o'])} ${shellQuote(shardOut(plan.out, ''))}"${index}" --shard "${index}/${plan.shards}"`];
}

/** The shards put together beside OUT (their input folders, the merged report) and compared with OUT. */
export function mergeScript(plan: CiPlan): string[] {
  const merged = shellQuote(mergedOut(plan.out));
  const shards = `${shellQuote(shardOut(plan.out, ''))}*`;
  return [
    `rm -rf ${merged} && mkdir -p ${merged}`,
    `for s in ${shards}; do cp -R "$s/." ${merged}/; done`,
    `${DECANT} report merge ${shards.replace(/\*$/, '*/report.json')} -o ${merged}/report.json`,
    `${DECANT} diff ${shellQuote(plan.out)} ${merged}`,
  ];
}

export function buildScript(): string[] {
  return [
    [
      'if [ -n "$DECANT_REGISTRY_IMAGE" ]; then',
      `  ${repoOf('repo')}`,
      `  if ${login} && docker pull "$repo:${CACHE_TAG}"; then DECANT_CACHE_FROM="$repo:${CACHE_TAG}"; else echo "decant: no layer cache at $repo:${CACHE_TAG} yet: building every layer"; fi`,
      'else',
      '  echo "decant: no registry configured (DECANT_REGISTRY_IMAGE is empty): no layer cache from a registry"',
      'fi',
    ].join('\n'),
    `${DECANT} build "$DECANT_OUT" --unit "$DECANT_UNIT" ` + '${DECANT_CACHE_FROM:+--cache-from "$DECANT_CACHE_FROM"}',
    `mkdir -p ${IMAGES_DIR} && docker save -o "${IMAGES_DIR}/$DECANT_SLUG.tar" "$DECANT_IMAGE"`,
  ];
}

export function verifyScript(): string[] {
  return [loadImage, `${DECANT} verify "$DECANT_OUT" --unit "$DECANT_UNIT" --tests`];
}

export function pushScript(): string[] {
  return [
    'if [ -z "$DECANT_REGISTRY_IMAGE" ]; then echo "decant: no registry configured (DECANT_REGISTRY_IMAGE is empty): $DECANT_IMAGE not pushed"; exit 0; fi',
    repoOf('repo'),
    loadImage,
    login,
    `docker tag "$DECANT_IMAGE" "$repo:$DECANT_COMMIT" && docker tag "$DECANT_IMAGE" "$repo:${CACHE_TAG}"`,
    `docker push "$repo:$DECANT_COMMIT" && docker push "$repo:${CACHE_TAG}"`,
    'echo "decant: pushed $repo:$DECANT_COMMIT"',
  ];
}
