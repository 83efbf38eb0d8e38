import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App, SecretSpec } from '../../model/plan.js';
import { appPaths } from '../app-paths.js';
import { tunableFiles } from '../kubernetes/pod-template.js';
import { toYaml11 } from '../kubernetes/to-yaml.js';
import type { FormatFile, FormatOptions, OutputFormat } from '../output-format.js';
import { secretText } from '../secret-text.js';
import { composeRuntime } from './compose-runtime.js';
import { runtimeService } from './compose-runtime-service.js';
import { composeSecretName, composeService, mountedSecrets, socketDirsService, socketDirsServiceName } from './compose-service.js';
import type { ComposeFile, ComposeService } from './compose-types.js';
import { subnetNetwork } from './compose-networks.js';

const HEADER =
  '# decant: Compose file for this app. Build and run from this folder:\n' +
  '#   docker compose up --build -d        (docker-compose 1.x: docker-compose -f compose.yaml up --build -d)\n' +
  '# Ports are published on 127.0.0.1; set the variables named in ports: to move them.\n' +
  '# Scheduled units are in the "cron" profile: run them from the host\'s crontab at the decant.io/schedule label.\n';

export const COMPOSE_SECRET_PLACEHOLDER = 'REPLACE-ME: write the value into this file (decant --include-secrets writes the real value)';

/** A secret value the start-time script reads: the script takes the file's bytes as they are. */
export const COMPOSE_RUNTIME_SECRET_PLACEHOLDER = 'REPLACE-ME: write the value into this file, with no final newline unless the value has one (decant --include-secrets writes the real value)';

/** One unit's pieces: its service (and the one-shot doing its start-time work), the files they mount, the project-wide volumes and secrets they name. */
function unitPart(app: App, unit: App['units'][number], options: FormatOptions) {
  const runtime = composeRuntime(unit);
  const services: [string, ComposeService][] = [[unit.name, composeService(app, unit, runtime)], ...(runtime ? [[runtime.service, runtimeService(app, unit, runtime)] as [string, ComposeService]] : [])];
  const at = (path: string) => `${app.name}/${path}`;
  const secretFile = (s: SecretSpec, placeholder: string): FormatFile => ({ path: at(appPaths.composeSecret(unit, s.key)), text: secretText(s, options.includeSecrets, options.mask, placeholder), holdsSecrets: true });
  const shared = [...mountedSecrets(unit), ...(runtime?.secrets ?? [])];
  const files: FormatFile[] = [
    ...tunableFiles(unit).map((f) => ({ path: at(appPaths.composeConfig(unit, f.configMapKey)), text: f.text })),
    ...mountedSecrets(unit).map((s) => secretFile(s, COMPOSE_SECRET_PLACEHOLDER)),
    ...(runtime?.secrets ?? []).map((s) => secretFile(s, COMPOSE_RUNTIME_SECRET_PLACEHOLDER)),
  ];
  const volumes = services.flatMap(([, s]) => (s.volumes ?? []).filter((v) => v.type === 'volume').map((v) => v.source));
  const secrets = shared.map((s) => [composeSecretName(unit, s), { file: `./${appPaths.composeSecret(unit, s.key)}` }] as const);
  const diagnostics = (runtime?.unplaced ?? []).map((path) =>
    error('DEC0602', `compose cannot hand ${path} to unit ${unit.name}: the runtime-files service passes a file through a volume on its folder, and a volume cannot be mounted at /; the service starts without it (the manifests' init container does make it)`, unit.origin?.source),
  );
  return { services, files, volumes, secrets, diagnostics };
}

/** compose.yaml per app (the Compose specification), with the config and secret files it mounts. */
export const composeFormat: OutputFormat = {
  name: 'compose',
  describe: 'a Compose file per app (<app>/compose.yaml) that builds the images and runs them on one machine',
  path: (app) => appPaths.compose(app),
  write: (app, options) => {
    const files: FormatFile[] = [];
    const diagnostics: Diagnostic[] = [];
    const services: Record<string, ComposeService> = {};
    const volumes: Record<string, Record<string, never>> = {};
    const secrets: Record<string, { file: string }> = {};
    for (const unit of app.units) {
      try {
        const part = unitPart(app, unit, options);
        for (const [name, service] of part.services) {
          if (services[name]) diagnostics.push(error('DEC0602', `compose service ${name} (unit ${unit.name}) has the name of another service; it is left out of compose.yaml`, unit.origin?.source));
          else services[name] = service;
        }
        files.push(...part.files);
        diagnostics.push(...part.diagnostics);
        for (const v of part.volumes) volumes[v] = {};
        for (const [name, s] of part.secrets) secrets[name] = s;
      } catch (e) {
        diagnostics.push(error('DEC0901', `internal error while writing the Compose service of unit ${unit.name} (${e instanceof Error ? e.message : String(e)}); the unit is left out of compose.yaml`, unit.origin?.source));
      }
    }
    for (const pod of app.pods ?? []) {
      const sockets = socketDirsService(app, pod);
      if (sockets) services[socketDirsServiceName(pod.name)] = sockets;
    }
    // docker-compose 1.29 reads a file whose services are empty as the old v1 format and refuses it; with nothing to run, no file.
    if (Object.keys(services).length === 0) return { files: [], diagnostics };
    const defined = new Map(app.units.map((u) => subnetNetwork(app, u)).filter((n) => n !== undefined).map((n) => [n.name, n.network]));
    const networks = Object.fromEntries([...new Set(Object.values(services).flatMap((s) => Object.keys(s.networks ?? {})))].sort().map((n) => [n, defined.get(n) ?? {}] as const));
    const compose: ComposeFile = {
      services,
      ...(Object.keys(networks).length ? { networks } : {}),
      ...(Object.keys(volumes).length ? { volumes } : {}),
      ...(Object.keys(secrets).length ? { secrets } : {}),
    };
    files.push({ path: appPaths.compose(app), text: HEADER + toYaml11(compose) });
    return { files, diagnostics };
  },
};
