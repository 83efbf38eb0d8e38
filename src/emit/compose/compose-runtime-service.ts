import type { App, Unit } from '../../model/plan.js';
import { unitLabels } from '../kubernetes/labels.js';
import { composeLimits } from './compose-limits.js';
import { composeLiterals } from './compose-literal.js';
import type { ComposeRuntime } from './compose-runtime.js';
import { secretTarget, stagePath } from './compose-runtime.js';
import { composeSecretName, CRON_PROFILE } from './compose-service.js';
import type { ComposeService } from './compose-types.js';

/**
 * The one-shot service doing a unit's start-time work: the unit's own image
 * (built from the same folder, so `up --build` never pulls it), run once as
 * root — as chef-client ran these steps — with only the capabilities the
 * init container has. In the unit's profile, so `run` of a scheduled unit
 * starts it too.
 */
export function runtimeService(app: App, unit: Unit, runtime: ComposeRuntime): ComposeService {
  const literal = composeLiterals({
    image: unit.image,
    entrypoint: ['/bin/sh', '-c', runtime.script],
    user: '0:0',
    volumes: [
      ...runtime.folders.map((f) => ({ type: 'volume' as const, source: f.volume, target: stagePath(f) })),
      ...runtime.data.map((d) => ({ type: 'volume' as const, source: d.volume, target: d.path })),
    ],
    ...(runtime.secrets.length ? { secrets: runtime.secrets.map((s) => ({ source: composeSecretName(unit, s), target: secretTarget(s) })) } : {}),
    labels: { ...unitLabels(app, unit), 'app.kubernetes.io/component': 'runtime-files' },
  });
  return {
    ...literal,
    build: { context: `./images/${unit.name}` },
    ...(unit.workload === 'CronJob' ? { profiles: [CRON_PROFILE] } : {}),
    // It writes files from the image and secret files: nothing to reach, and nothing reaches it.
    network_mode: 'none',
    restart: 'no',
    cap_drop: ['ALL'],
    cap_add: runtime.capabilities,
    security_opt: ['no-new-privileges:true'],
    ...composeLimits(unit.resources),
  };
}
