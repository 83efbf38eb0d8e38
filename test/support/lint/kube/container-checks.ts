import type { CheckProblem, KubeCheck } from './kube-check.js';
import { asArray, asObject, asString, containersOf, type ContainerRef, type Json, type KubeObject } from './kube-object.js';

type ContainerTest = (ref: ContainerRef, object: KubeObject) => string | undefined;

/** A check that looks at each container of each pod-bearing object on its own. */
function perContainer(name: string, test: ContainerTest, options: { withInit: boolean } = { withInit: true }): KubeCheck {
  return {
    name,
    run: (objects) =>
      objects.flatMap((object) =>
        containersOf(object)
          .filter((ref) => options.withInit || !ref.init)
          .flatMap((ref): CheckProblem[] => {
            const message = test(ref, object);
            return message === undefined ? [] : [{ object, message: `container "${ref.name}" ${message}` }];
          }),
      ),
  };
}

const securityContext = (ref: ContainerRef): Json => asObject(ref.container.securityContext);

/** kube-linter's block list: `:latest`, no tag at all, or a registry path whose last segment has no tag. */
export const latestTag = perContainer('latest-tag', ({ container }) => {
  const image = asString(container.image) ?? '';
  const untagged = !image.includes(':') || /\/[^:/]+$/.test(image);
  if (/:latest$/.test(image)) return `uses image "${image}" with the latest tag`;
  if (untagged) return `uses image "${image}" without a tag`;
  return undefined;
});

/** The container's own securityContext overrides the pod's, field by field. */
export const runAsNonRoot = perContainer('run-as-non-root', (ref, object) => {
  const pod = asObject(object.podSpec?.securityContext);
  const own = securityContext(ref);
  const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
  const user = own.runAsUser ?? pod.runAsUser;
  if (nonRoot === true || (typeof user === 'number' && user > 0)) return undefined;
  return 'is not set to runAsNonRoot (set runAsNonRoot: true or a runAsUser above 0)';
});

export const noReadOnlyRootFs = perContainer('no-read-only-root-fs', (ref) =>
  securityContext(ref).readOnlyRootFilesystem === true ? undefined : 'does not have a read-only root file system',
);

function addedCapabilities(ref: ContainerRef): string[] {
  return asArray(asObject(securityContext(ref).capabilities).add).filter((c): c is string => typeof c === 'string');
}

export const privilegeEscalationContainer = perContainer('privilege-escalation-container', (ref) => {
  const sc = securityContext(ref);
  if (sc.allowPrivilegeEscalation === true) return 'has allowPrivilegeEscalation set to true';
  if (sc.privileged === true) return 'is privileged, which allows privilege escalation';
  if (addedCapabilities(ref).some((c) => c.toUpperCase().replace(/^CAP_/, '') === 'SYS_ADMIN')) return 'adds SYS_ADMIN, which allows privilege escalation';
  return undefined;
});

export const privilegedContainer = perContainer('privileged-container', (ref) =>
  securityContext(ref).privileged === true ? 'is privileged' : undefined,
);

/** Unset or zero, in either requests or limits: kube-linter's requirementsType "any" with bounds 0..0. */
function requirementProblem(ref: ContainerRef, resource: 'cpu' | 'memory'): string | undefined {
  const resources = asObject(ref.container.resources);
  const unset = (['requests', 'limits'] as const).filter((type) => {
    const value = asObject(resources[type])[resource];
    return value === undefined || value === null || Number.parseFloat(String(value)) === 0;
  });
  return unset.length === 0 ? undefined : `has ${resource} ${unset.join(' and ')} unset or 0`;
}

export const unsetCpuRequirements = perContainer('unset-cpu-requirements', (ref) => requirementProblem(ref, 'cpu'));
export const unsetMemoryRequirements = perContainer('unset-memory-requirements', (ref) => requirementProblem(ref, 'memory'));

export const envVarSecret = perContainer('env-var-secret', ({ container }) => {
  const leaked = asArray(container.env)
    .map(asObject)
    .filter((env) => /secret/i.test(asString(env.name) ?? '') && typeof env.value === 'string' && env.value.length > 0)
    .map((env) => env.name as string);
  return leaked.length === 0 ? undefined : `holds a secret in plain environment variable(s) ${leaked.join(', ')}; use secretKeyRef`;
});

function containerPorts(container: Json): Json[] {
  return asArray(container.ports).map(asObject);
}

export const sshPort = perContainer('ssh-port', ({ container }) =>
  containerPorts(container).some((p) => p.containerPort === 22 && (p.protocol === undefined || p.protocol === 'TCP')) ? 'exposes port 22 (ssh)' : undefined,
);

/** NET_RAW is in the default capability set; kube-linter wants it dropped (ALL counts) and never added. */
export const dropNetRawCapability = perContainer('drop-net-raw-capability', (ref) => {
  const capabilities = asObject(securityContext(ref).capabilities);
  const norm = (c: unknown): string => String(c).toUpperCase().replace(/^CAP_/, '');
  if (addedCapabilities(ref).map(norm).some((c) => c === 'NET_RAW' || c === 'ALL')) return 'adds the NET_RAW capability';
  const dropped = asArray(capabilities.drop).map(norm);
  return dropped.includes('NET_RAW') || dropped.includes('ALL') ? undefined : 'does not drop the NET_RAW capability';
});

function probePort(probe: Json): unknown {
  for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
    const port = asObject(probe[handler]).port;
    if (port !== undefined) return port;
  }
  return undefined;
}

function probeCheck(name: string, field: 'livenessProbe' | 'readinessProbe'): KubeCheck {
  return perContainer(
    name,
    ({ container }) => {
      if (container[field] === undefined) return undefined;
      const port = probePort(asObject(container[field]));
      if (port === undefined) return undefined;
      const ports = containerPorts(container);
      const exposed = typeof port === 'number' ? ports.some((p) => p.containerPort === port) : ports.some((p) => p.name === port);
      return exposed ? undefined : `has a ${field} on port ${JSON.stringify(port)}, which the container does not expose`;
    },
    { withInit: false },
  );
}

export const livenessPort = probeCheck('liveness-port', 'livenessProbe');
export const readinessPort = probeCheck('readiness-port', 'readinessProbe');
