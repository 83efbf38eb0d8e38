import type { LintFinding } from './lint-finding.js';
import {
  dropNetRawCapability, envVarSecret, latestTag, livenessPort, noReadOnlyRootFs, privilegedContainer,
  privilegeEscalationContainer, readinessPort, runAsNonRoot, sshPort, unsetCpuRequirements, unsetMemoryRequirements,
} from './kube/container-checks.js';
import type { KubeCheck } from './kube/kube-check.js';
import { describeObject, exceptionReason, toKubeObject } from './kube/kube-object.js';
import {
  danglingService, dockerSock, hostIpc, hostNetwork, hostPid, invalidTargetPorts, jobTtlSecondsAfterFinished,
  mismatchingSelector, sensitiveHostMounts,
} from './kube/object-checks.js';

export type { LintFinding } from './lint-finding.js';
export { EXCEPTION_PREFIX } from './kube/kube-object.js';

export const KUBE_CHECKS: readonly KubeCheck[] = [
  danglingService, dockerSock, dropNetRawCapability, envVarSecret, hostIpc, hostNetwork, hostPid, invalidTargetPorts,
  jobTtlSecondsAfterFinished, latestTag, livenessPort, mismatchingSelector, noReadOnlyRootFs, privilegeEscalationContainer,
  privilegedContainer, readinessPort, runAsNonRoot, sensitiveHostMounts, sshPort, unsetCpuRequirements, unsetMemoryRequirements,
];

/** A check an object opted out of with `decant.io/lint-exception.<check>: "<reason>"`, for the report. */
export interface LintException {
  object: string;
  rule: string;
  reason: string;
}

function evaluate(docs: readonly unknown[]): { findings: LintFinding[]; exceptions: LintException[] } {
  const objects = docs.map(toKubeObject);
  const findings: LintFinding[] = [];
  const exceptions: LintException[] = [];
  for (const check of KUBE_CHECKS) {
    for (const problem of check.run(objects)) {
      const object = describeObject(problem.object);
      const reason = exceptionReason(problem.object, check.name);
      const seen = exceptions.some((e) => e.object === object && e.rule === check.name);
      if (reason !== undefined) {
        if (!seen) exceptions.push({ object, rule: check.name, reason });
      }
      else findings.push({ rule: check.name, severity: 'error', line: 0, message: `${object}: ${problem.message}` });
    }
  }
  const order = (a: { rule: string; message?: string; object?: string }, b: typeof a): number =>
    a.rule.localeCompare(b.rule) || (a.message ?? a.object ?? '').localeCompare(b.message ?? b.object ?? '');
  return { findings: findings.sort(order), exceptions: exceptions.sort(order) };
}

/**
 * kube-linter's checks over all objects of one kustomize base (cross-object
 * checks such as dangling-service need them all). Objects excepted by
 * annotation are left out; `kubeLintExceptions` lists them with their reasons.
 */
export function lintKubernetes(docs: unknown[]): LintFinding[] {
  return evaluate(docs).findings;
}

export function kubeLintExceptions(docs: unknown[]): LintException[] {
  return evaluate(docs).exceptions;
}
