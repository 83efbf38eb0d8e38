import type { FileSpec, PortSpec, Unit } from '../../../src/model/plan.js';

const source = { file: 'recipes/default.rb', line: 1, column: 1, cookbook: 'site' };

/** A rendered config file a unit ships. */
export function config(path: string, text: string): FileSpec {
  return { resource: `template[${path}]`, source, path, content: { kind: 'rendered', text, complete: true }, config: true, tunable: false };
}

export function tcp(port: number): PortSpec {
  return { port, protocol: 'TCP', name: `port-${port}`, from: 'config' };
}

/** A unit with only what the connection graph reads: files, command, environment, ports, workload. */
export function unit(name: string, parts: Partial<Pick<Unit, 'files' | 'command' | 'env' | 'ports' | 'workload' | 'notes'>> = {}): Unit {
  return {
    name,
    workload: parts.workload ?? 'Deployment',
    baseImage: 'debian:bookworm-slim',
    packageManager: 'apt',
    image: `app-${name}:1`,
    origin: { resource: `service[${name}]`, source },
    repositories: [],
    packages: [],
    groups: [],
    users: [],
    directories: [],
    files: parts.files ?? [],
    links: [],
    buildSteps: [],
    secrets: [],
    command: parts.command ?? [name],
    runAsNonRoot: false,
    capabilities: [],
    ports: parts.ports ?? [],
    dataDirs: [],
    logs: [],
    env: parts.env ?? {},
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    notes: parts.notes ?? [],
  };
}
