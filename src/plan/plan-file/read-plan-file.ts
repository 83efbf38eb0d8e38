import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Data } from '../../model/data.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PlanFile, PlanFileApp, PlanFileUnit, WorkloadKind } from '../../model/plan.js';
import { error } from '../../diagnostics/create.js';

const WORKLOADS: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job'];
const UNIT_KEYS = ['name', 'workload', 'baseImage', 'command', 'user', 'ports', 'dataDirs', 'tunable', 'schedule', 'resources', 'ownPod', 'network'];
/** A Multus NetworkAttachmentDefinition reference: `name` or `namespace/name`, each a DNS label. */
const ATTACHMENT = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why a unit's `network` is not null, `{ hostNetwork: true }` or `{ attachment: NAME }`; undefined when it is. */
function networkProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const known = 'network must be null (open), { hostNetwork: true } or { attachment: NAME } (a Multus NetworkAttachmentDefinition, name or namespace/name)';
  if (typeof value !== 'object' || Array.isArray(value)) return known;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  if (keys.length !== 1) return known;
  if (keys[0] === 'hostNetwork') return v['hostNetwork'] === true ? undefined : known;
  if (keys[0] === 'attachment') return typeof v['attachment'] === 'string' && ATTACHMENT.test(v['attachment']) ? undefined : known;
  return known;
}

/**
 * An app's `values:`: answers by question (value-answers.ts has the keys).
 * An answer is any YAML value — text, a number, a list, a mapping — or null
 * (open); what kind a key needs is checked where it is used.
 */
function readValues(appNode: Node, fail: (node: Node | null | undefined, msg: string) => void): Record<string, Data> | undefined {
  if (!isMap(appNode)) return undefined;
  const node = appNode.get('values', true) as Node | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  if (!isMap(node)) {
    fail(node, '`values` must be a mapping of question to answer');
    return undefined;
  }
  const out: Record<string, Data> = {};
  for (const item of node.items) {
    const k = isScalar(item.key) ? String(item.key.value) : undefined;
    if (k === undefined) {
      fail((item.key ?? node) as Node, 'values: a question must be a plain key such as node["a"]["b"]');
      continue;
    }
    out[k] = item.value === null ? null : ((item.value as Node).toJSON() as Data);
  }
  return out;
}

/**
 * Reads an edited plan.yaml. Anything it does not know — a key, a workload
 * kind, a wrong type — is a DEC0504 error with its line, and the file is not
 * used (half a plan would be worse than none).
 */
export function readPlanFile(text: string, file: string): { plan?: PlanFile; diagnostics: Diagnostic[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const diagnostics: Diagnostic[] = [];
  const at = (node: Node | null | undefined) => {
    const pos = lc.linePos(node?.range?.[0] ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  const fail = (node: Node | null | undefined, msg: string) => diagnostics.push(error('DEC0504', msg, at(node)));
  for (const e of doc.errors) diagnostics.push(error('DEC0504', e.message, { file, line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 }));
  if (diagnostics.length) return { diagnostics };
  const root = doc.contents;
  if (!isMap(root)) return { diagnostics: [error('DEC0504', 'plan file must be a mapping with `version` and `apps`', at(root))] };

  const keysOf = (m: Node, allowed: readonly string[]) => {
    if (!isMap(m)) return;
    for (const item of m.items) {
      const k = isScalar(item.key) ? String(item.key.value) : '?';
      if (!allowed.includes(k)) fail(item.key as Node, `unknown key \`${k}\` (known: ${allowed.join(', ')})`);
    }
  };
  keysOf(root, ['version', 'apps']);
  if ((root.toJSON() as Record<string, unknown>)['version'] !== 1) fail(root, 'version must be 1');
  const appsNode = root.get('apps', true) as Node | undefined;
  if (!isSeq(appsNode)) {
    fail(appsNode ?? root, '`apps` must be a list');
    return { diagnostics };
  }
  const apps: PlanFileApp[] = [];
  for (const appNode of appsNode.items as Node[]) {
    if (!isMap(appNode)) {
      fail(appNode, 'an app must be a mapping with `name` and `units`');
      continue;
    }
    keysOf(appNode, ['name', 'units', 'values']);
    const values = readValues(appNode, fail);
    const name = (appNode.toJSON() as Record<string, unknown>)['name'];
    const unitsNode = appNode.get('units', true) as Node | undefined;
    if (typeof name !== 'string') fail(appNode, 'app `name` must be a string');
    if (!isSeq(unitsNode)) {
      fail(unitsNode ?? appNode, '`units` must be a list');
      continue;
    }
    const units: PlanFileUnit[] = [];
    for (const u of unitsNode.items as Node[]) {
      if (!isMap(u)) {
        fail(u, 'a unit must be a mapping');
        continue;
      }
      keysOf(u, UNIT_KEYS);
      const j = u.toJSON() as Record<string, unknown>;
      const strings = (k: string) => Array.isArray(j[k]) && (j[k] as unknown[]).every((x) => typeof x === 'string');
      const field = (k: string) => (u.get(k, true) as Node | undefined) ?? u;
      if (typeof j['name'] !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(j['name'])) fail(field('name'), 'unit `name` must be a DNS label (a-z, 0-9, -)');
      if (!WORKLOADS.includes(j['workload'] as WorkloadKind)) fail(field('workload'), `workload must be one of ${WORKLOADS.join(', ')}`);
      if (typeof j['baseImage'] !== 'string' || /:latest$|^[^:@]+$/.test(j['baseImage'])) fail(field('baseImage'), 'baseImage must be a pinned image (name:tag, not latest)');
      // It is the FROM line: a space or line break would add words or instructions to the Dockerfile.
      else if (/\s/.test(j['baseImage'])) fail(field('baseImage'), 'baseImage must be one image reference, without spaces or line breaks');
      if (!strings('command')) fail(field('command'), 'command must be a list of strings (exec form)');
      if (j['user'] !== undefined && typeof j['user'] !== 'string') fail(field('user'), 'user must be a string');
      if (!Array.isArray(j['ports']) || !(j['ports'] as unknown[]).every((p) => Number.isInteger(p) && (p as number) > 0 && (p as number) < 65536)) {
        fail(field('ports'), 'ports must be a list of port numbers');
      }
      for (const k of ['dataDirs', 'tunable', 'resources']) if (!strings(k)) fail(field(k), `${k} must be a list of strings`);
      if (j['schedule'] !== undefined && (typeof j['schedule'] !== 'string' || j['schedule'].trim().split(/\s+/).length !== 5)) {
        fail(field('schedule'), 'schedule must have five cron fields');
      }
      if (j['ownPod'] !== undefined && typeof j['ownPod'] !== 'boolean') fail(field('ownPod'), 'ownPod must be true or false');
      const network = networkProblem(j['network']);
      if (network) fail(field('network'), network);
      units.push(j as unknown as PlanFileUnit);
    }
    apps.push({ name: name as string, units, ...(values ? { values } : {}) });
  }
  if (diagnostics.length) return { diagnostics };
  return { plan: { version: 1, apps }, diagnostics };
}
