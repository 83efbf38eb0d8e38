/**
 * Ohai's `packages` plugin (`node['packages']`: name → {version, arch}). Ohai
 * runs once, before the run's compile phase, so it lists what the host held
 * then: on the fresh image decant builds on, the base image's packages, which
 * package facts read from the platform's image with dpkg-query as Ohai does.
 * Without facts the list stays empty (the fresh-image rule, said by DEC0507).
 */
import type { PackageFactsView } from '../../model/package-facts.js';
import { RHash } from '../values.js';

export function ohaiPackages(view: PackageFactsView): RHash {
  const out = new RHash();
  for (const p of view.resolution.basePackages) {
    const entry = new RHash();
    entry.set('version', p.version);
    // Ohai reads dpkg's Architecture (amd64, all); a recording made before it was probed has none, so none is invented.
    if (p.architecture) entry.set('arch', p.architecture);
    out.set(p.name, entry);
  }
  return out;
}
