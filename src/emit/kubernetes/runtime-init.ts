/**
 * The runtime-files init container (issue 16): the unit's own image, its
 * command replaced by the start-time script (src/emit/runtime-files.ts), so
 * the tools that made the files on the server are there. It writes into an
 * emptyDir that the service's container mounts file by file at each path:
 * the files live as long as the pod, in no image layer, and the secret
 * values reach it only as variables from the unit's Secret.
 */
import type { Unit } from '../../model/plan.js';
import { runtimeCapabilities, runtimeWork } from '../runtime-files.js';
import { secretName } from './names.js';
import type { Container, Volume, VolumeMount } from './types.js';

export const RUNTIME_VOLUME = 'runtime-files';
const RUNTIME_DIR = '/decant-runtime';

/** The emptyDir and the service container's mount of each file in it; nothing when the unit has no start-time work. */
export function runtimeMounts(unit: Unit): { volumes: Volume[]; mounts: VolumeMount[] } {
  const work = runtimeWork(unit);
  if (!work) return { volumes: [], mounts: [] };
  return {
    volumes: [{ name: RUNTIME_VOLUME, emptyDir: {} }],
    mounts: work.files.map((f) => ({ name: RUNTIME_VOLUME, mountPath: f.path, subPath: f.key, readOnly: true })),
  };
}

export function runtimeInitContainer(unit: Unit, main: Container): Container | undefined {
  const work = runtimeWork(unit);
  if (!work) return undefined;
  // Root, as chef-client ran these.
  const add = runtimeCapabilities(work);
  return {
    name: 'runtime-files',
    image: main.image,
    imagePullPolicy: 'IfNotPresent',
    command: ['/bin/sh', '-c', work.script],
    env: [
      { name: 'DECANT_RUNTIME_DIR', value: RUNTIME_DIR },
      ...work.secretEnv.map((key) => ({ name: key, valueFrom: { secretKeyRef: { name: secretName(unit), key } } })),
    ],
    resources: main.resources,
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add }, readOnlyRootFilesystem: false, runAsNonRoot: false, runAsUser: 0 },
    volumeMounts: [{ name: RUNTIME_VOLUME, mountPath: RUNTIME_DIR }],
  };
}
