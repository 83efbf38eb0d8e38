import type { App, Unit } from '../../model/plan.js';
import { unitLabels, selectorLabels } from './labels.js';
import { dataVolumeName, lintExceptions, podTemplate } from './pod-template.js';
import type { CronJob, DaemonSet, Deployment, Job, StatefulSet } from './types.js';

const meta = (app: App, unit: Unit) => ({ name: unit.name, labels: unitLabels(app, unit), annotations: lintExceptions(unit) });

export function deployment(app: App, unit: Unit): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(app, unit),
    spec: {
      replicas: 1,
      revisionHistoryLimit: 3,
      selector: { matchLabels: selectorLabels(app, unit) },
      // A new image tag (or a config change) rolls out one pod at a time, never below the current count.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: podTemplate(app, unit),
    },
  };
}

export function statefulSet(app: App, unit: Unit): StatefulSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: meta(app, unit),
    spec: {
      replicas: 1,
      serviceName: unit.name,
      selector: { matchLabels: selectorLabels(app, unit) },
      updateStrategy: { type: 'RollingUpdate' },
      template: podTemplate(app, unit),
      volumeClaimTemplates: unit.dataDirs.map((d, i) => ({
        metadata: { name: dataVolumeName(i), labels: selectorLabels(app, unit) },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: d.size } } },
      })),
    },
  };
}

/** A node agent: one pod on every node, replaced one node at a time. */
export function daemonSet(app: App, unit: Unit): DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta(app, unit),
    spec: {
      revisionHistoryLimit: 3,
      selector: { matchLabels: selectorLabels(app, unit) },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: podTemplate(app, unit),
    },
  };
}

/** A CronJob's own history limits clean up its Jobs, so only a standalone Job gets a TTL. */
const jobSpec = (app: App, unit: Unit, ttl: boolean) => ({
  backoffLimit: 3,
  ...(ttl ? { ttlSecondsAfterFinished: 86400 } : {}),
  template: podTemplate(app, unit, 'OnFailure'),
});

export function cronJob(app: App, unit: Unit): CronJob {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: meta(app, unit),
    spec: {
      schedule: unit.schedule ?? '0 0 * * *',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: { metadata: { labels: unitLabels(app, unit) }, spec: jobSpec(app, unit, false) },
    },
  };
}

export function job(app: App, unit: Unit): Job {
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: meta(app, unit), spec: jobSpec(app, unit, true) };
}
