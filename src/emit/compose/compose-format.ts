import { error } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { App } from '../../model/plan.js';
import { appPaths } from '../app-paths.js';
import { tunableFiles } from '../kubernetes/pod-template.js';
import { toYaml11 } from '../kubernetes/to-yaml.js';
import type { FormatFile, FormatOptions, OutputFormat } from '../output-format.js';
import { secretText } from '../secret-text.js';
import { composeSecretName, composeService, mountedSecrets, socketDirsService, socketDirsServiceName } from './compose-service.js';
import type { ComposeFile, ComposeService } from './compose-types.js';

const HEADER =
  '# decant: Compose file for this app. Build and run from this folder:\n' +
  '#   docker compose up --build -d        (docker-compose 1.x: docker-compose -f compose.yaml up --build -d)\n' +
  '# Ports are published on 127.0.0.1; set the variables named in ports: to move them.\n' +
  '# Scheduled units are in the "cron" profile: run them from the host\'s crontab at the decant.io/schedule label.\n';

export const COMPOSE_SECRET_PLACEHOLDER = 'REPLACE-ME: write the value into this file (decant --include-secrets writes the real value)';

/** One unit's pieces: its service, the files it mounts, the project-wide volumes and secrets it names. */
function unitPart(app: App, unit: App['units'][number], options: FormatOptions) {
  const service = composeService(app, unit);
  const at = (path: string) => `${app.name}/${path}`;
  const files: FormatFile[] = [
    ...tunableFiles(unit).map((f) => ({ path: at(appPaths.composeConfig(unit, f.configMapKey)), text: f.text })),
    ...mountedSecrets(unit).map((s) => ({ path: at(appPaths.composeSecret(unit, s.key)), text: secretText(s, options.includeSecrets, options.mask, COMPOSE_SECRET_PLACEHOLDER), holdsSecrets: true })),
  ];
  const volumes = (service.volumes ?? []).filter((v) => v.type === 'volume').map((v) => v.source);
  const secrets = mountedSecrets(unit).map((s) => [composeSecretName(unit, s), { file: `./${appPaths.composeSecret(unit, s.key)}` }] as const);
  return { service, files, volumes, secrets };
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
        services[unit.name] = part.service;
        files.push(...part.files);
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
    const compose: ComposeFile = {
      services,
      ...(Object.keys(volumes).length ? { volumes } : {}),
      ...(Object.keys(secrets).length ? { secrets } : {}),
    };
    files.push({ path: appPaths.compose(app), text: HEADER + toYaml11(compose) });
    return { files, diagnostics };
  },
};
