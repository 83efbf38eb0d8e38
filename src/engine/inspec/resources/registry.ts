/** The InSpec resource types decant runs; any other type is reported unsupported by name. */
import { commandResource } from './command.js';
import { configFileResource } from './config-file.js';
import type { Resource } from './facts.js';
import { fileResource } from './file.js';
import { httpResource } from './http.js';
import { osEnvResource } from './os-env.js';
import { packageResource } from './package.js';
import { portResource } from './port.js';
import { processesResource } from './processes.js';
import { serviceResource } from './service.js';
import { groupResource, userResource } from './user.js';

const RESOURCES: Record<string, Resource> = {
  package: packageResource,
  service: serviceResource,
  systemd_service: serviceResource,
  port: portResource,
  file: fileResource('file'),
  directory: fileResource('directory'),
  user: userResource,
  group: groupResource,
  command: commandResource,
  http: httpResource,
  processes: processesResource,
  os_env: osEnvResource,
  json: configFileResource('json'),
  yaml: configFileResource('yaml'),
  ini: configFileResource('ini'),
};

export function resourceType(name: string): Resource | undefined {
  return Object.prototype.hasOwnProperty.call(RESOURCES, name) ? RESOURCES[name] : undefined;
}

export const SUPPORTED_RESOURCES = Object.keys(RESOURCES).sort();
