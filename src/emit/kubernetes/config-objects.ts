import type { App, Unit } from '../../model/plan.js';
import { unitLabels } from './labels.js';
import { claimName, configMapName, secretName, tunableFiles } from './pod-template.js';
import { secretText } from '../secret-text.js';
import type { ConfigMap, PersistentVolumeClaim, Secret } from './types.js';

export function configMap(app: App, unit: Unit): ConfigMap | undefined {
  const files = tunableFiles(unit);
  if (files.length === 0) return undefined;
  const data: Record<string, string> = {};
  for (const f of files) data[f.configMapKey] = f.text;
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: configMapName(unit), labels: unitLabels(app, unit) }, data };
}

/** Placeholders unless the user asked for the real values (src/emit/secret-text.ts says which). */
export function secret(app: App, unit: Unit, includeSecrets: boolean, mask: (text: string) => string): Secret | undefined {
  if (unit.secrets.length === 0) return undefined;
  const stringData: Record<string, string> = {};
  for (const s of unit.secrets) stringData[s.key] = secretText(s, includeSecrets, mask);
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
