/**
 * An app's Kubernetes manifests compared as objects, not text: each YAML
 * document keyed by file and `Kind/name`, each differing field by its path,
 * so a reordered key or a re-wrapped string is no change and a changed
 * replica count reads `spec.replicas: 1 → 2`.
 */
import { parseAllDocuments } from 'yaml';
import type { ManifestObjectDiff } from './diff-types.js';
import { fieldChanges } from './field-changes.js';

function objectsOf(file: string, bytes: Buffer): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!/\.ya?ml$/.test(file)) {
    out.set(file, bytes.toString('utf8'));
    return out;
  }
  let docs;
  try {
    docs = parseAllDocuments(bytes.toString('utf8'));
  } catch {
    out.set(file, bytes.toString('utf8'));
    return out;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((d, i) => {
    // A document YAML cannot read is compared as its text: never a silent skip.
    const value: unknown = d.errors.length ? d.toString() : d.toJS();
    const meta = typeof value === 'object' && value !== null ? (value as { kind?: unknown; metadata?: { name?: unknown } }) : {};
    const key = typeof meta.kind === 'string' && typeof meta.metadata?.name === 'string' ? `${meta.kind}/${meta.metadata.name}` : list.length > 1 ? `${file}#${i + 1}` : file;
    out.set(out.has(key) ? `${key}#${i + 1}` : key, value);
  });
  return out;
}

export function manifestDiff(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): ManifestObjectDiff[] {
  const out: ManifestObjectDiff[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(file);
    const y = b.get(file);
    if (x && y && x.equals(y)) continue;
    const ox = x ? objectsOf(file, x) : new Map<string, unknown>();
    const oy = y ? objectsOf(file, y) : new Map<string, unknown>();
    for (const object of [...new Set([...ox.keys(), ...oy.keys()])].sort()) {
      const status = !ox.has(object) ? 'added' : !oy.has(object) ? 'removed' : 'changed';
      const fields = status === 'changed' ? fieldChanges(ox.get(object), oy.get(object)) : [];
      if (status === 'changed' && fields.length === 0) continue;
      out.push({ file, object, status, fields });
    }
    // The bytes differ but the objects do not (comments, key order): still say the file changed.
    if (x && y && !out.some((o) => o.file === file)) out.push({ file, object: file, status: 'changed', fields: [] });
  }
  return out;
}
