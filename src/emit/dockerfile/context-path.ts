/** Where a file destined for `path` in the image sits in the build context. */
export function contextPath(kind: 'files' | 'config' | 'scripts', path: string): string {
  return `${kind}/${path.replace(/^\/+/, '')}`;
}
