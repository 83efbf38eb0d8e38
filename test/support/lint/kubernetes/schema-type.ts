/**
 * The shape of a Kubernetes field, as far as a strict structural check needs
 * it. Read from kubernetes-types (generated from the Kubernetes OpenAPI spec),
 * or written by hand for kustomize's Kustomization.
 */
export type SchemaType =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'any' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'array'; readonly items: SchemaType }
  | { readonly kind: 'map'; readonly values: SchemaType }
  | { readonly kind: 'union'; readonly options: readonly SchemaType[] }
  | { readonly kind: 'ref'; readonly module: string; readonly name: string }
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, SchemaField> };

export interface SchemaField {
  readonly type: SchemaType;
  readonly required: boolean;
}

/** Resolves a named type of a module ("apps/v1", "Deployment"); undefined when the package has none. */
export type SchemaLookup = (module: string, name: string) => SchemaType | undefined;
