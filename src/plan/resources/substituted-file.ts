/**
 * A file holding secret values decant can point at (issue 16): its text with
 * each value replaced by `${DECANT_SECRET_<KEY>}` goes into the image like any
 * config, the values go into the unit's Secret under those keys, and the
 * runtime-files init container writes the file whole when the pod starts. The
 * service starts with the real file; no layer holds a value.
 */
import type { FileSource, FileSpec, Origin, SecretSpec } from '../../model/plan.js';
import type { SecretReference } from '../secret-references.js';
import { secretWhat, withReferences } from '../secret-references.js';

export interface Substituted {
  readonly file: FileSpec;
  readonly secrets: readonly SecretSpec[];
}

/** The file and the Secret keys it needs; undefined when its text holds none of the values. */
export function substitutedFile(
  origin: Origin,
  path: string,
  content: FileSource,
  refs: readonly SecretReference[],
  attrs: Pick<FileSpec, 'mode' | 'owner' | 'group'>,
): Substituted | undefined {
  if (content.kind !== 'rendered' && content.kind !== 'inline') return undefined;
  const { text, used } = withReferences(content.text, refs);
  if (used.length === 0) return undefined;
  const file: FileSpec = {
    ...origin,
    path,
    content: { ...content, text },
    // Read by the service; never a ConfigMap: the init container's file is mounted over it.
    config: true,
    tunable: false,
    ...attrs,
    substituted: used.map((u) => u.env),
  };
  const secrets: SecretSpec[] = used.map((u) => ({ ...origin, key: u.env, env: u.env, value: u.value, reason: `${secretWhat(u)} in ${path}, substituted when the pod starts` }));
  return { file, secrets };
}
