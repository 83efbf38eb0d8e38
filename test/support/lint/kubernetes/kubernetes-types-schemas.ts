import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readTypeDeclarations } from './read-type-declarations.js';
import type { SchemaLookup, SchemaType } from './schema-type.js';

const INT_OR_STRING: SchemaType = { kind: 'union', options: [{ kind: 'number' }, { kind: 'string' }] };

/**
 * Types whose OpenAPI schema says more than their TypeScript declaration:
 * a Quantity is int-or-string on the wire (`cpu: 1`), and a RawExtension
 * holds any embedded object.
 */
const WIRE_OVERRIDES: ReadonlyMap<string, SchemaType> = new Map<string, SchemaType>([
  ['api/resource#Quantity', INT_OR_STRING],
  ['runtime#RawExtension', { kind: 'any' }],
]);

const modules = new Map<string, Map<string, SchemaType> | null>();
let packageRoot: string | undefined;

function moduleTypes(module: string): Map<string, SchemaType> | null {
  const cached = modules.get(module);
  if (cached !== undefined) return cached;
  packageRoot ??= dirname(createRequire(import.meta.url).resolve('kubernetes-types/package.json'));
  let types: Map<string, SchemaType> | null;
  try {
    types = readTypeDeclarations(module, readFileSync(join(packageRoot, `${module}.d.ts`), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    types = null;
  }
  modules.set(module, types);
  return types;
}

/** The Kubernetes 1.30 object schemas shipped by the kubernetes-types package, read on first use. */
export const kubernetesTypes: SchemaLookup = (module, name) =>
  WIRE_OVERRIDES.get(`${module}#${name}`) ?? moduleTypes(module)?.get(name);

export const KUBERNETES_TYPES_VERSION = '1.30';

/** `apps/v1` → `apps/v1`, `v1` → `core/v1`, `networking.k8s.io/v1` → `networking/v1`. */
export function moduleOfApiVersion(apiVersion: string): string | null {
  const parts = apiVersion.split('/');
  if (parts.length === 1) return `core/${parts[0]}`;
  if (parts.length !== 2) return null;
  const group = (parts[0] as string).split('.')[0] as string;
  return `${group}/${parts[1]}`;
}
