/**
 * Paths a resource writes inside the image. They also name files in the
 * build context (`config/etc/nginx/nginx.conf`) and words of a Dockerfile
 * line, so a hostile path could climb out of the context (`../..`) or start
 * a new Dockerfile instruction (a newline). Only absolute paths without
 * control characters are kept, normalised the way Linux resolves them.
 */
import { posix } from 'node:path';

export type TargetPath =
  /** normalised: a `..` was resolved, so the path written is not the one the cookbook spelled (worth a warning); a trailing slash, `//` or `.` is not. */
  | { readonly ok: true; readonly path: string; readonly normalised: boolean }
  | { readonly ok: false; readonly reason: string };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function targetPath(raw: string): TargetPath {
  if (CONTROL.test(raw)) {
    return { ok: false, reason: 'it holds a control character (a newline would start a new Dockerfile instruction)' };
  }
  if (!raw.startsWith('/')) {
    return { ok: false, reason: 'it is relative: Chef resolves it against chef-client\'s working folder, which a container does not have' };
  }
  // `/..` is `/` on Linux, so `/../../tmp/x` is `/tmp/x` in the image: normalising cannot leave the root.
  const path = posix.normalize(raw).replace(/(.)\/+$/, '$1');
  if (path === '/') return { ok: false, reason: 'it names the root folder itself' };
  return { ok: true, path, normalised: raw.split('/').includes('..') };
}
