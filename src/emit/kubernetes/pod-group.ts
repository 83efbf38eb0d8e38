import type { App, PodGroup, Unit } from '../../model/plan.js';
import { selectorLabels, unitLabels } from './labels.js';
import { lintExceptions, podTemplate } from './pod-template.js';
import { scrapeAnnotations } from './scrape-annotations.js';
import type { Container, Deployment, PodTemplate, StatefulSet, Volume } from './types.js';
import { deployment, statefulSet } from './workloads.js';

/** The volume name of the shared socket directory `i`. */
export const socketVolumeName = (i: number) => `sockets${i === 0 ? '' : `-${i + 1}`}`;

/** A member's volumes and init containers renamed with its unit's name, so two members' `config` or `data` cannot collide. */
function prefixed(unit: Unit, template: PodTemplate, lead: boolean): { containers: Container[]; init: Container[]; volumes: Volume[] } {
  const rename = (name: string) => (lead ? name : `${unit.name}-${name}`);
  const renameMounts = (c: Container): Container => ({ ...c, ...(c.volumeMounts ? { volumeMounts: c.volumeMounts.map((m) => ({ ...m, name: rename(m.name) })) } : {}) });
  return {
    containers: template.spec.containers.map(renameMounts),
    init: (template.spec.initContainers ?? []).map((c) => ({ ...renameMounts(c), name: rename(c.name) })),
    volumes: (template.spec.volumes ?? []).map((v) => ({ ...v, name: rename(v.name) })),
  };
}

/**
 * The pod of a group of units that reached each other through a socket or
 * localhost on one server: one container per unit (each its own image,
 * probes, user and mounts), the socket directories shared through an
 * emptyDir mounted at the same path in every member, and the pod labelled
 * as its first unit so every member's Service selects it.
 */
export function groupPodTemplate(app: App, group: PodGroup, units: readonly Unit[]): PodTemplate {
  const members = group.units.map((n) => units.find((u) => u.name === n)).filter((u): u is Unit => u !== undefined);
  const lead = members[0]!;
  const parts = members.map((u, i) => prefixed(u, podTemplate(app, u), i === 0));
  const shared = group.sharedDirs.map((dir, i) => ({ name: socketVolumeName(i), mountPath: dir }));
  const containers = parts.flatMap((p) => p.containers).map((c) => {
    const mounts = [...(c.volumeMounts ?? []), ...shared].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
    return { ...c, ...(mounts.length ? { volumeMounts: mounts } : {}) };
  });
  const init = [...socketDirsContainer(lead, containers[0]!, shared), ...parts.flatMap((p) => p.init)];
  const volumes: Volume[] = [...parts.flatMap((p) => p.volumes), ...shared.map((s) => ({ name: s.name, emptyDir: {} }))];
  const aliases = members.flatMap((u) => u.hostAliases ?? []);
  const fsGroup = members.find((u) => (u.dataDirs.length || u.secrets.length) && u.gid !== undefined)?.gid;
  const scrape = scrapeAnnotations(members);
  return {
    metadata: { labels: { ...unitLabels(app, lead), ...selectorLabels(app, lead) }, ...(scrape ? { annotations: scrape } : {}) },
    spec: {
      automountServiceAccountToken: false,
      ...(aliases.length ? { hostAliases: aliases.map((h) => ({ ip: h.ip, hostnames: [...h.hostnames] })) } : {}),
      ...(init.length ? { initContainers: init } : {}),
      containers,
      securityContext: { ...(fsGroup !== undefined ? { fsGroup } : {}), seccompProfile: { type: 'RuntimeDefault' } },
      ...(volumes.length ? { volumes } : {}),
    },
  };
}

/**
 * A socket directory must be writable by whichever member creates the socket
 * and readable by the ones that connect, each with its own user and without
 * DAC_OVERRIDE. Kubernetes makes an emptyDir 0777, but other runtimes (podman
 * kube play) give it the owner of the image's directory: made 0777 as an emptyDir is
 * first, so the pod behaves the same everywhere. Not sticky (1777): a member
 * restarting must remove the socket it left, which another user owns by then.
 */
function socketDirsContainer(lead: Unit, first: Container, shared: readonly { name: string; mountPath: string }[]): Container[] {
  if (!shared.length) return [];
  return [
    {
      name: 'socket-dirs',
      image: lead.image,
      imagePullPolicy: 'IfNotPresent',
      command: ['chmod', '0777', ...shared.map((s) => s.mountPath)],
      resources: first.resources,
      // Root, with only the right to change the mode of a directory it does not own.
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['FOWNER'] }, readOnlyRootFilesystem: false, runAsNonRoot: false, runAsUser: 0 },
      volumeMounts: shared.map((s) => ({ name: s.name, mountPath: s.mountPath })),
    },
  ];
}

/** The group's workload: a StatefulSet when a member keeps state (its claims come with it), else a Deployment. */
export function groupWorkload(app: App, group: PodGroup, units: readonly Unit[]): Deployment | StatefulSet {
  const members = group.units.map((n) => units.find((u) => u.name === n)).filter((u): u is Unit => u !== undefined);
  const lead = members[0]!;
  const template = groupPodTemplate(app, group, units);
  const annotations = Object.assign({}, ...[...members].reverse().map((u) => lintExceptions(u))) as Record<string, string>;
  const stateful = members.filter((u) => u.workload === 'StatefulSet');
  if (!stateful.length) {
    const d = deployment(app, lead);
    return { ...d, metadata: { ...d.metadata, annotations }, spec: { ...d.spec, template } };
  }
  const s = statefulSet(app, { ...lead, workload: 'StatefulSet' });
  const claims = stateful.flatMap((u) => statefulSet(app, u).spec.volumeClaimTemplates.map((c) => (u === lead ? c : { ...c, metadata: { ...c.metadata, name: `${u.name}-${c.metadata.name}` } })));
  return { ...s, metadata: { ...s.metadata, annotations }, spec: { ...s.spec, template, volumeClaimTemplates: claims } };
}
