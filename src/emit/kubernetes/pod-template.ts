import type { App, Unit } from '../../model/plan.js';
import { textHeld } from '../../model/file-text.js';
import { selectorLabels, unitLabels } from './labels.js';
import { unitProbe } from '../unit-probe.js';
import { runtimeWork } from '../runtime-files.js';
import { scrapeAnnotations } from './scrape-annotations.js';
import { MULTUS_NETWORKS_ANNOTATION, networkAttachment, onNodeNetwork } from '../unit-network.js';
import type { Container, PodTemplate, Probe, Volume, VolumeMount } from './types.js';

import { claimName, configMapName, dataVolumeName, secretName } from './names.js';
import { runtimeInitContainer, runtimeMounts } from './runtime-init.js';

export { claimName, configMapName, dataVolumeName, secretName };

function probe(unit: Unit, initialDelaySeconds: number): Probe | undefined {
  const timing = { initialDelaySeconds, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 };
  const p = unitProbe(unit);
  if (!p) return undefined;
  return p.kind === 'exec' ? { exec: { command: [...p.command] }, ...timing } : { tcpSocket: { port: p.port }, ...timing };
}

/** Root services that bind a port below 1024 need NET_BIND_SERVICE back after dropping ALL. */
export function addedCapabilities(unit: Unit): string[] {
  const caps = new Set(unit.runAsNonRoot ? [] : unit.capabilities);
  if (!unit.runAsNonRoot && unit.ports.some((p) => p.port < 1024)) caps.add('NET_BIND_SERVICE');
  return [...caps].sort();
}

/** Tunable config files from a ConfigMap, secrets from the Secret: each mounted with subPath over its own file. */
function mountsAndVolumes(unit: Unit): { mounts: VolumeMount[]; volumes: Volume[] } {
  const mounts: VolumeMount[] = [];
  const volumes: Volume[] = [];
  const tunable = tunableFiles(unit);
  if (tunable.length) {
    volumes.push({ name: 'config', configMap: { name: configMapName(unit) } });
    for (const f of tunable) mounts.push({ name: 'config', mountPath: f.path, subPath: f.configMapKey, readOnly: true });
  }
  const secretFiles = unit.secrets.filter((s) => s.path);
  if (secretFiles.length) {
    volumes.push({ name: 'secret', secret: { secretName: secretName(unit), defaultMode: 0o440 } });
    for (const s of secretFiles) mounts.push({ name: 'secret', mountPath: s.path!, subPath: s.key, readOnly: true });
  }
  // A node agent reads its node's paths: read-only, each where the agent is told to look for it.
  (unit.nodeAccess?.hostPaths ?? []).forEach((h, i) => {
    const name = `host${i === 0 ? '' : `-${i + 1}`}`;
    volumes.push({ name, hostPath: { path: h.path, type: 'Directory' } });
    mounts.push({ name, mountPath: h.mountPath, readOnly: true });
  });
  // Files made when the pod starts (keys, configs with secret values substituted), each over its own path.
  const runtime = runtimeMounts(unit);
  volumes.push(...runtime.volumes);
  mounts.push(...runtime.mounts);
  unit.dataDirs.forEach((d, i) => {
    mounts.push({ name: dataVolumeName(i), mountPath: d.path });
    // A StatefulSet gets its claims from volumeClaimTemplates; any other workload (a plan file may
    // make one) mounts a claim of its own.
    if (unit.workload !== 'StatefulSet') volumes.push({ name: dataVolumeName(i), persistentVolumeClaim: { claimName: claimName(unit, i) } });
  });
  mounts.sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  return { mounts, volumes };
}

/** The files the plan gave a ConfigMap key: tunable, with known text. */
export function tunableFiles(unit: Unit) {
  return unit.files.flatMap((f) => {
    const text = textHeld(f.content);
    return f.configMapKey !== undefined && text !== undefined ? [{ ...f, configMapKey: f.configMapKey, text }] : [];
  });
}

export function podTemplate(app: App, unit: Unit, restartPolicy?: 'OnFailure'): PodTemplate {
  const { mounts, volumes } = mountsAndVolumes(unit);
  const add = addedCapabilities(unit);
  const serving = unit.workload === 'Deployment' || unit.workload === 'StatefulSet' || unit.workload === 'DaemonSet';
  const readiness = serving ? probe(unit, 5) : undefined;
  const liveness = serving ? probe(unit, 15) : undefined;
  const env = Object.keys(unit.env)
    .sort()
    .map((name) => ({ name, value: unit.env[name]! }));
  const container: Container = {
    name: unit.name,
    image: unit.image,
    imagePullPolicy: 'IfNotPresent',
    ...(unit.ports.length ? { ports: unit.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: p.protocol })) } : {}),
    ...(env.length ? { env } : {}),
    ...(readiness ? { readinessProbe: readiness } : {}),
    ...(liveness ? { livenessProbe: liveness } : {}),
    resources: { requests: { ...unit.resources.requests }, limits: { ...unit.resources.limits } },
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'], ...(add.length ? { add } : {}) },
      readOnlyRootFilesystem: false,
      runAsNonRoot: unit.runAsNonRoot,
      ...(unit.runAsNonRoot && unit.uid !== undefined ? { runAsUser: unit.uid } : {}),
      ...(unit.runAsNonRoot && unit.gid !== undefined ? { runAsGroup: unit.gid } : {}),
    },
    ...(mounts.length ? { volumeMounts: mounts } : {}),
  };
  const inits = [seedContainer(unit, container), runtimeInitContainer(unit, container)].filter((c): c is Container => c !== undefined);
  const attachment = networkAttachment(unit);
  const annotations = { ...scrapeAnnotations([unit]), ...(attachment ? { [MULTUS_NETWORKS_ANNOTATION]: attachment } : {}) };
  return {
    metadata: { labels: { ...unitLabels(app, unit), ...selectorLabels(app, unit) }, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: {
      automountServiceAccountToken: false,
      ...(unit.hostAliases?.length ? { hostAliases: unit.hostAliases.map((h) => ({ ip: h.ip, hostnames: [...h.hostnames] })) } : {}),
      ...(inits.length ? { initContainers: inits } : {}),
      containers: [container],
      ...(restartPolicy ? { restartPolicy } : {}),
      // On the node's network the pod still resolves cluster names only with this DNS policy.
      ...(onNodeNetwork(unit) ? { hostNetwork: true as const, dnsPolicy: 'ClusterFirstWithHostNet' as const } : {}),
      securityContext: {
        // Volumes (data, and Secret files mounted 0440) must be readable by the service's group.
        ...((unit.dataDirs.length || unit.secrets.length) && unit.gid !== undefined ? { fsGroup: unit.gid } : {}),
        seccompProfile: { type: 'RuntimeDefault' },
      },
      ...(volumes.length ? { volumes } : {}),
    },
  };
}

/**
 * Why a check kube-linter would raise is accepted here, as the annotation
 * src/emit/lint reads; the report lists these.
 */
export function lintExceptions(unit: Unit): Record<string, string> {
  const out: Record<string, string> = {
    'decant.io/lint-exception.no-read-only-root-fs':
      'the packaged service writes under /var and /run as it does on a server; mount emptyDirs there to make the root read-only',
  };
  if (!unit.runAsNonRoot) out['decant.io/lint-exception.run-as-non-root'] = rootReason(unit);
  else if (runtimeWork(unit)) {
    out['decant.io/lint-exception.run-as-non-root'] =
      'the runtime-files init container runs as root to make key material and write configs where chef-client did, owned as the cookbook set them; the service itself runs as its user';
  }
  if (unit.nodeAccess?.hostNetwork) out['decant.io/lint-exception.host-network'] = "a node agent that serves on a node port: it reports the node's own network";
  else if (onNodeNetwork(unit)) {
    const subnets = unit.network!.subnets;
    out['decant.io/lint-exception.host-network'] = subnets.length
      ? `its config serves ${subnets.join(', ')} on an interface there, and plan.yaml puts it on the node's network`
      : "plan.yaml puts it on the node's network";
  }
  if (unit.nodeAccess?.hostPaths.length) {
    out['decant.io/lint-exception.sensitive-host-mounts'] = `a node agent reads its node's ${unit.nodeAccess.hostPaths.map((h) => h.path).join(', ')}, mounted read-only`;
  }
  return out;
}

/** Why a unit runs as root, as precisely as the plan knows it. */
function rootReason(unit: Unit): string {
  if (unit.dropsTo?.by === 'relay') return `${unit.dropsTo.why}; the service itself runs as ${unit.dropsTo.user}, with only SETUID and SETGID kept to become it`;
  if (unit.catalog) return `${unit.catalog} starts as root and drops privileges itself, as its package runs it; only the capabilities it needs are kept`;
  const from = unit.origin ? ` (${unit.origin.resource})` : '';
  if (unit.user === 'root' || unit.uid === 0) return `the cookbook runs it as root${from}; needs review before it runs with fewer rights`;
  if (unit.dropsTo?.by === 'daemon' && unit.user === undefined) return `it starts as root and drops to ${unit.dropsTo.user} itself (${unit.dropsTo.why}), as its packaged unit runs it`;
  if (unit.user !== undefined) return `it runs as ${unit.user}, whose uid is not known when the manifest is written, so Kubernetes cannot check it is not root (needs review)`;
  return `the cookbook names no user for it${from}, so it runs as root (needs review)`;
}

/**
 * A new volume mounted over a data directory hides what the package put there
 * (the database cluster postgresql and mariadb create at install). On first
 * start, while the volume is empty, copy the image's directory into it.
 */
function seedContainer(unit: Unit, main: Container): Container | undefined {
  if (unit.dataDirs.length === 0) return undefined;
  const steps = unit.dataDirs.map((d, i) => {
    const at = `/decant-seed/${dataVolumeName(i)}`;
    // Each entry, not `dir/.`: copying the directory itself would try to change the volume root, which the user does not own.
    return `if [ -z "$(ls -A ${at})" ]; then find ${d.path} -mindepth 1 -maxdepth 1 -exec cp -a -t ${at} {} + ; fi`;
  });
  // Root copies keep each file's owner, which needs CHOWN/FOWNER back after dropping ALL.
  const add = unit.runAsNonRoot ? [] : ['CHOWN', 'DAC_OVERRIDE', 'FOWNER'];
  return {
    name: 'seed-data',
    image: main.image,
    imagePullPolicy: 'IfNotPresent',
    command: ['/bin/sh', '-c', steps.join(' && ')],
    resources: main.resources,
    securityContext: { ...main.securityContext, capabilities: { drop: ['ALL'], ...(add.length ? { add } : {}) } },
    volumeMounts: unit.dataDirs.map((_, i) => ({ name: dataVolumeName(i), mountPath: `/decant-seed/${dataVolumeName(i)}` })),
  };
}
