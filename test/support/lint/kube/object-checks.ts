import type { CheckProblem, KubeCheck } from './kube-check.js';
import { asArray, asObject, asString, containersOf, type KubeObject } from './kube-object.js';
import { mapSelectorMatches, selectorMatches } from './label-selector.js';
import { isValidPortName, isValidPortNumber } from './port-name.js';

function podFlag(name: string, field: 'hostNetwork' | 'hostPID' | 'hostIPC'): KubeCheck {
  return {
    name,
    run: (objects) => objects.filter((o) => o.podSpec?.[field] === true).map((object) => ({ object, message: `uses ${field}` })),
  };
}

export const hostNetwork = podFlag('host-network', 'hostNetwork');
export const hostPid = podFlag('host-pid', 'hostPID');
export const hostIpc = podFlag('host-ipc', 'hostIPC');

function hostPaths(object: KubeObject): { volume: string; path: string }[] {
  return asArray(object.podSpec?.volumes)
    .map(asObject)
    .filter((v) => v.hostPath !== undefined)
    .map((v) => ({ volume: asString(v.name) ?? '(no name)', path: asString(asObject(v.hostPath).path) ?? '' }));
}

export const dockerSock: KubeCheck = {
  name: 'docker-sock',
  run: (objects) =>
    objects.flatMap((object) =>
      hostPaths(object)
        .filter((h) => /docker\.sock$/.test(h.path))
        .map((h) => ({ object, message: `volume "${h.volume}" mounts the Docker socket ${h.path}` })),
    ),
};

const SENSITIVE_HOST_PATHS = ['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr'];

export const sensitiveHostMounts: KubeCheck = {
  name: 'sensitive-host-mounts',
  run: (objects) =>
    objects.flatMap((object) =>
      hostPaths(object)
        .filter((h) => SENSITIVE_HOST_PATHS.includes(h.path.length > 1 ? h.path.replace(/\/+$/, '') : h.path))
        .map((h) => ({ object, message: `volume "${h.volume}" mounts the sensitive host path ${h.path}` })),
    ),
};

export const mismatchingSelector: KubeCheck = {
  name: 'mismatching-selector',
  run: (objects) =>
    objects
      .filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].includes(o.kind))
      .filter((o) => !selectorMatches(asObject(o.doc.spec).selector, o.podLabels))
      .map((object) => ({ object, message: 'selector does not match the pod template labels' })),
};

/**
 * A finished Job stays until something deletes it, so a standalone Job needs
 * ttlSecondsAfterFinished; a CronJob's jobs are cleaned up by its history
 * limits, so there the TTL is redundant and kube-linter reports it too.
 */
export const jobTtlSecondsAfterFinished: KubeCheck = {
  name: 'job-ttl-seconds-after-finished',
  run: (objects) =>
    objects.flatMap((object): CheckProblem[] => {
      if (object.kind === 'Job' && asObject(object.doc.spec).ttlSecondsAfterFinished === undefined) {
        return [{ object, message: 'standalone Job does not set ttlSecondsAfterFinished' }];
      }
      if (object.kind === 'CronJob' && asObject(asObject(asObject(object.doc.spec).jobTemplate).spec).ttlSecondsAfterFinished !== undefined) {
        return [{ object, message: 'Job managed by a CronJob sets ttlSecondsAfterFinished; the CronJob history limits clean it up' }];
      }
      return [];
    }),
};

export const danglingService: KubeCheck = {
  name: 'dangling-service',
  run: (objects) =>
    objects
      .filter((o) => o.kind === 'Service')
      .filter((service) => {
        const selector = asObject(asObject(service.doc.spec).selector);
        if (Object.keys(selector).length === 0) return false;
        return !objects.some((o) => o.podSpec !== undefined && mapSelectorMatches(selector, o.podLabels));
      })
      .map((object) => ({ object, message: 'selector matches no pod template in this base' })),
};

function portProblem(port: unknown): string | undefined {
  if (typeof port === 'number') return isValidPortNumber(port) ? undefined : `port ${port} is out of range 1-65535`;
  if (typeof port === 'string') return isValidPortName(port) ? undefined : `port name "${port}" is not a valid IANA_SVC_NAME`;
  return undefined;
}

export const invalidTargetPorts: KubeCheck = {
  name: 'invalid-target-ports',
  run: (objects) =>
    objects.flatMap((object): CheckProblem[] => {
      if (object.kind === 'Service') {
        return asArray(asObject(object.doc.spec).ports).flatMap((p) => {
          const problem = portProblem(asObject(p).targetPort);
          return problem ? [{ object, message: `targetPort: ${problem}` }] : [];
        });
      }
      return containersOf(object).flatMap((ref) =>
        asArray(ref.container.ports).flatMap((p) => {
          const name = asObject(p).name;
          const problem = name === undefined ? undefined : portProblem(String(name));
          return problem ? [{ object, message: `container "${ref.name}" ${problem}` }] : [];
        }),
      );
    }),
};

