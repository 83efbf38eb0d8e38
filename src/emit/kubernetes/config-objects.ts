import type { App, Unit } from '../../model/plan.js';
import { unitLabels } from './labels.js';
import { claimName, configMapName, secretName, tunableFiles } from './pod-template.js';
import type { ConfigMap, PersistentVolumeClaim, Secret } from './types.js';

export function configMap(app: App, unit: Unit): ConfigMap | undefined {
  const files = tunableFiles(unit);
  if (files.length === 0) return undefined;
  const data: Record<string, string> = {};
  for (const f of files) data[f.configMapKey] = f.text;
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: configMapName(unit), labels: unitLabels(app, unit) }, data };
}

export const SECRET_PLACEHOLDER = 'REPLACE-ME: set with kubectl or your secret manager (decant --include-secrets writes the real value)';

/**
 * Placeholders unless the user asked for the real values. A file that is
 * secret only because it holds a secret value keeps the rest of its text, the
 * values replaced (`mask`), so the service still finds a config it can read
 * and the reviewer sees where the values go.
 */
export function secret(app: App, unit: Unit, includeSecrets: boolean, mask: (text: string) => string): Secret | undefined {
  if (unit.secrets.length === 0) return undefined;
  const stringData: Record<string, string> = {};
  for (const s of unit.secrets) {
    if (includeSecrets && s.value !== undefined) stringData[s.key] = s.value;
    else if (s.value !== undefined && s.reason === 'secret value in content') stringData[s.key] = mask(s.value);
    else stringData[s.key] = SECRET_PLACEHOLDER;
  }
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: secretName(unit), labels: unitLabels(app, unit) }, type: 'Opaque', stringData };
}

/** Claims for data directories of workloads that are not StatefulSets (which template their own). */
export function volumeClaims(app: App, unit: Unit): PersistentVolumeClaim[] {
  if (unit.workload === 'StatefulSet') return [];
  return unit.dataDirs.map((d, i) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: claimName(unit, i), labels: unitLabels(app, unit) },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: d.size } } },
  }));
}
