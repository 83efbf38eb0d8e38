import { KUSTOMIZATION } from './kubernetes/kustomization-schema.js';
import { kubernetesTypes, KUBERNETES_TYPES_VERSION, moduleOfApiVersion } from './kubernetes/kubernetes-types-schemas.js';
import { walkSchema, type SchemaError } from './kubernetes/walk-schema.js';

/**
 * Validates one Kubernetes object (one parsed YAML document) against the
 * Kubernetes 1.30 schemas, strictly: a field the schema does not name is an
 * error, as with `kubeconform -strict`. Kustomization files are checked
 * against a hand-written schema of kustomize's fields. Errors are sorted by
 * path; an empty list means the object is valid.
 */
export function validateManifest(doc: unknown): SchemaError[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return [{ path: '(root)', message: 'a Kubernetes object must be a mapping' }];
  }
  const { apiVersion, kind } = doc as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return [{ path: typeof apiVersion !== 'string' ? 'apiVersion' : 'kind', message: 'required field missing or not a string' }];
  }
  const errors: SchemaError[] = [];
  try {
    if (apiVersion === 'kustomize.config.k8s.io/v1beta1' && kind === 'Kustomization') {
      walkSchema(doc, KUSTOMIZATION, '', kubernetesTypes, errors);
      return errors;
    }
    const module = moduleOfApiVersion(apiVersion);
    const schema = module ? kubernetesTypes(module, kind) : undefined;
    const kindField = schema?.kind === 'object' ? schema.fields.get('kind')?.type : undefined;
    if (!module || !schema || kindField?.kind !== 'literal' || kindField.value !== kind) {
      return [{ path: 'kind', message: `${apiVersion} ${kind} is not a Kubernetes ${KUBERNETES_TYPES_VERSION} object kind` }];
    }
    walkSchema(doc, schema, '', kubernetesTypes, errors);
  } catch (error) {
    return [{ path: '(root)', message: `schema could not be read: ${String(error)}` }];
  }
  return errors;
}
