import { posix } from 'node:path';

/**
 * Where a file destined for `path` in the image sits in the build context.
 * Normalised under a root first, so no `..` in a path (the plan refuses them;
 * this is the second lock) can climb out of `kind/` into the rest of OUT.
 */
export function contextPath(kind: 'files' | 'config' | 'scripts', path: string): string {
  return `${kind}/${posix.normalize(`/${path}`).replace(/^\/+/, '')}`;
}
