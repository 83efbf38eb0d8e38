import type { SchemaField, SchemaType } from './schema-type.js';

const STRING: SchemaType = { kind: 'string' };
const BOOLEAN: SchemaType = { kind: 'boolean' };
const STRINGS: SchemaType = { kind: 'array', items: STRING };
const STRING_MAP: SchemaType = { kind: 'map', values: STRING };

function object(fields: Record<string, SchemaType>, required: readonly string[] = []): SchemaType {
  const entries = Object.entries(fields).map(([name, type]): [string, SchemaField] => [name, { type, required: required.includes(name) }]);
  return { kind: 'object', fields: new Map(entries) };
}

const GENERATOR_OPTIONS = object({ annotations: STRING_MAP, disableNameSuffixHash: BOOLEAN, immutable: BOOLEAN, labels: STRING_MAP });

const GENERATOR = {
  behavior: { kind: 'union', options: ['create', 'replace', 'merge'].map((value) => ({ kind: 'literal', value })) } as SchemaType,
  envs: STRINGS,
  files: STRINGS,
  literals: STRINGS,
  name: STRING,
  namespace: STRING,
  options: GENERATOR_OPTIONS,
};

/**
 * kustomize has no OpenAPI schema for its own file, so this one is written
 * from kustomize's types (api/types/kustomization.go) for the fields decant
 * writes and a reviewer is likely to add; anything else is an unknown field.
 */
export const KUSTOMIZATION: SchemaType = object(
  {
    apiVersion: { kind: 'literal', value: 'kustomize.config.k8s.io/v1beta1' },
    kind: { kind: 'literal', value: 'Kustomization' },
    metadata: object({ name: STRING, annotations: STRING_MAP, labels: STRING_MAP }),
    resources: STRINGS,
    components: STRINGS,
    namespace: STRING,
    namePrefix: STRING,
    nameSuffix: STRING,
    commonLabels: STRING_MAP,
    commonAnnotations: STRING_MAP,
    labels: {
      kind: 'array',
      items: object({ pairs: STRING_MAP, includeSelectors: BOOLEAN, includeTemplates: BOOLEAN, fields: { kind: 'any' } }),
    },
    images: {
      kind: 'array',
      items: object({ name: STRING, newName: STRING, newTag: STRING, digest: STRING }, ['name']),
    },
    configMapGenerator: { kind: 'array', items: object(GENERATOR) },
    secretGenerator: { kind: 'array', items: object({ ...GENERATOR, type: STRING }) },
    generatorOptions: GENERATOR_OPTIONS,
    patches: {
      kind: 'array',
      items: object({
        path: STRING,
        patch: STRING,
        target: object({ group: STRING, version: STRING, kind: STRING, name: STRING, namespace: STRING, labelSelector: STRING, annotationSelector: STRING }),
        options: object({ allowNameChange: BOOLEAN, allowKindChange: BOOLEAN }),
      }),
    },
  },
  ['apiVersion', 'kind'],
);
