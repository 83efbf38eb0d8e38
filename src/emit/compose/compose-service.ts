import type { App, SecretSpec, Unit } from '../../model/plan.js';
import { appPaths } from '../app-paths.js';
import { unitLabels } from '../kubernetes/labels.js';
import { addedCapabilities, claimName, tunableFiles } from '../kubernetes/pod-template.js';
import { unitProbe } from '../unit-probe.js';
import { composeLimits } from './compose-limits.js';
import { composeLiterals } from './compose-literal.js';
import type { ComposeRuntime } from './compose-runtime.js';
import type { ComposeHealthcheck, ComposeService, ComposeVolumeMount } from './compose-types.js';
import { serviceNetworks, subnetNetwork } from './compose-networks.js';
import { onNodeNetwork } from '../unit-network.js';
import { publishedPort } from './published-port.js';

/** Schedules are the host's to keep: `docker compose run` from its crontab (docs/design-notes.md). */
export const CRON_PROFILE = 'cron';
export const SCHEDULE_LABEL = 'decant.io/schedule';

/**
 * Secrets compose mounts: those the unit reads from a file, as the manifests
 * mount them. A file holding secret values is written at start by the
 * unit's runtime-files service (compose-runtime.ts), not mounted whole.
 */
export const mountedSecrets = (unit: Unit): SecretSpec[] => unit.secrets.filter((s) => s.path !== undefined);

/** The project-wide name of a unit's secret or data volume: unit names are unique in an app, keys in a unit. */
export const composeSecretName = (unit: Unit, s: SecretSpec) => `${unit.name}-${s.key}`;

const serving = (u: Unit) => u.workload === 'Deployment' || u.workload === 'StatefulSet' || u.workload === 'DaemonSet';

/** The manifests' probe as a healthcheck, with their timing (period 10s, timeout 5s, 3 failures, 15s before the first). */
function healthcheck(unit: Unit): ComposeHealthcheck | undefined {
  const p = unitProbe(unit);
  if (!p) return undefined;
  // No nc or curl in a slim image: bash's /dev/tcp opens the port, as the Dockerfile's HEALTHCHECK does.
  const command = p.kind === 'exec' ? [...p.command] : ['bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${p.port}`];
  return { test: ['CMD', ...command], interval: '10s', timeout: '5s', retries: 3, start_period: '15s' };
}

/** Data directories on named volumes (Docker copies the image's directory into a new one), tunable configs and node paths bound read-only. */
function volumes(unit: Unit, runtime: ComposeRuntime | undefined): ComposeVolumeMount[] {
  const made = (runtime?.folders ?? []).map((f): ComposeVolumeMount => ({ type: 'volume', source: f.volume, target: f.path }));
  const data = unit.dataDirs.map((d, i): ComposeVolumeMount => ({ type: 'volume', source: claimName(unit, i), target: d.path }));
  const configs = tunableFiles(unit).map((f): ComposeVolumeMount => ({ type: 'bind', source: `./${appPaths.composeConfig(unit, f.configMapKey)}`, target: f.path, read_only: true }));
  const host = (unit.nodeAccess?.hostPaths ?? []).map((h): ComposeVolumeMount => ({ type: 'bind', source: h.path, target: h.mountPath, read_only: true }));
  return [...data, ...made, ...configs, ...host].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
}

/**
 * A one-shot unit (a Job) talks to the app's running services: it starts
 * after each of them, once healthy where it has a check. Nothing else in the
 * plan orders units, so nothing else waits.
 */
function dependsOn(app: App, unit: Unit): ComposeService['depends_on'] {
  if (unit.workload !== 'Job') return undefined;
  const after = app.units.filter((u) => u.name !== unit.name && (u.workload === 'Deployment' || u.workload === 'StatefulSet'));
  if (after.length === 0) return undefined;
  return Object.fromEntries(after.map((u) => [u.name, { condition: unitProbe(u) ? 'service_healthy' : 'service_started' }] as const));
}

/** The pod a unit shares (src/plan/connections), if any. */
const podOf = (app: App, unit: Unit) => app.pods?.find((p) => p.units.includes(unit.name));

/** A pod's shared socket directories as project volumes, mounted where the sockets live in every member. */
function socketVolumes(app: App, unit: Unit): ComposeVolumeMount[] {
  const pod = podOf(app, unit);
  // nocopy: the sockets volume stays empty, and Docker would give it the image directory's owner and mode again at each member's mount.
  return (pod?.sharedDirs ?? []).map((dir, i): ComposeVolumeMount => ({ type: 'volume', source: `${pod!.name}-sockets${i === 0 ? '' : `-${i + 1}`}`, target: dir, volume: { nocopy: true } }));
}

export const socketDirsServiceName = (pod: string) => `${pod}-socket-dirs`;

/**
 * The pod's socket directories made 0777 before its members start, as the
 * manifests' init container does: a new volume takes the owner of the image's
 * directory, which the member creating the socket may not be.
 */
export function socketDirsService(app: App, pod: NonNullable<App['pods']>[number]): ComposeService | undefined {
  const lead = app.units.find((u) => u.name === pod.units[0]);
  if (!lead || !pod.sharedDirs.length) return undefined;
  const mounts = socketVolumes(app, lead);
  return {
    ...composeLiterals({ image: lead.image, command: ['chmod', '0777', ...pod.sharedDirs], user: '0:0', volumes: mounts, labels: unitLabels(app, lead) }),
    build: { context: `./images/${lead.name}` },
    // It only changes a folder's mode: no network, as no network reaches it.
    network_mode: 'none',
    restart: 'no',
    cap_drop: ['ALL'],
    cap_add: ['FOWNER'],
    security_opt: ['no-new-privileges:true'],
  };
}

/**
 * One unit as a Compose service: the image decant builds, run as the
 * manifests run it, after its start-time work has finished without error
 * (compose-runtime.ts), as a pod's containers after its init containers.
 */
export function composeService(app: App, unit: Unit, runtime?: ComposeRuntime): ComposeService {
  const hostNetwork = onNodeNetwork(unit);
  const subnets = subnetNetwork(app, unit);
  const pod = podOf(app, unit);
  // The pod's first unit owns the network the others join: it publishes every member's ports.
  const lead = pod && pod.units[0] !== unit.name ? pod.units[0] : undefined;
  const published = lead ? [] : pod ? app.units.filter((u) => pod.units.includes(u.name)) : [unit];
  const cron = unit.workload === 'CronJob';
  const check = serving(unit) ? healthcheck(unit) : undefined;
  const mounts = [...volumes(unit, runtime), ...socketVolumes(app, unit)].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const secrets = mountedSecrets(unit).map((s) => ({ source: composeSecretName(unit, s), target: s.path! }));
  const add = addedCapabilities(unit);
  const env = Object.keys(unit.env).sort();
  const sockets = pod?.sharedDirs.length ? { [socketDirsServiceName(pod.name)]: { condition: 'service_completed_successfully' as const } } : {};
  const joined = lead ? { [lead]: { condition: 'service_started' as const } } : dependsOn(app, unit);
  const made = runtime ? { [runtime.service]: { condition: 'service_completed_successfully' as const } } : {};
  const waits = { ...sockets, ...made, ...(joined ?? {}) };
  const after = Object.keys(waits).length ? waits : undefined;
  const literal = composeLiterals({
    image: unit.image,
    ...(unit.command.length ? { command: [...unit.command] } : {}),
    ...(unit.user !== undefined ? { user: unit.uid !== undefined ? `${unit.uid}:${unit.gid ?? unit.uid}` : unit.user } : {}),
    ...(env.length ? { environment: Object.fromEntries(env.map((k) => [k, unit.env[k]!])) } : {}),
    ...(unit.hostAliases?.length ? { extra_hosts: unit.hostAliases.flatMap((h) => h.hostnames.map((n) => `${n}:${h.ip}`)) } : {}),
    ...(check ? { healthcheck: check } : {}),
    ...(mounts.length ? { volumes: mounts } : {}),
    ...(secrets.length ? { secrets } : {}),
    labels: { ...unitLabels(app, unit), ...(cron ? { [SCHEDULE_LABEL]: unit.schedule ?? '0 0 * * *' } : {}) },
  });
  return {
    ...literal,
    // Relative to compose.yaml, which sits in the app folder beside images/.
    build: { context: `./images/${unit.name}` },
    // On the host's network a port is the host's already: publishing it is refused.
    ...(!hostNetwork && published.some((u) => u.ports.length) ? { ports: published.flatMap((u) => u.ports.map((p) => publishedPort(app, u, p))) } : {}),
    ...(hostNetwork ? { network_mode: 'host' as const } : lead ? { network_mode: `service:${lead}` as const } : { networks: { ...serviceNetworks(app, unit)!, ...(subnets ? { [subnets.name]: {} } : {}) } }),
    ...(after ? { depends_on: after } : {}),
    ...(cron ? { profiles: [CRON_PROFILE] } : {}),
    restart: serving(unit) ? 'unless-stopped' : 'no',
    cap_drop: ['ALL'],
    ...(add.length ? { cap_add: add } : {}),
    security_opt: ['no-new-privileges:true'],
    ...composeLimits(unit.resources),
  };
}
