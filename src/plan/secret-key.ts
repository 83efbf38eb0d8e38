/** A Secret/ConfigMap key from a path: Kubernetes keys allow `[-._a-zA-Z0-9]+`. */
export function secretKeyFor(path: string): string {
  const key = path.replace(/^\/+/, '').replace(/[^-._a-zA-Z0-9]+/g, '_');
  return key.length > 0 ? key.slice(-253) : 'value';
}
