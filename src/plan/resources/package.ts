import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { hostEntryForPackages } from '../host-role.js';
import { str, strList } from '../property-values.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';

const REMOVING = new Set(['remove', 'purge']);

/**
 * Packages go into the unit's one package layer. `package %w[a b]` and
 * `package_name` lists are several packages; a `version` pins them (a list of
 * versions pairs up with the list of names, as Chef's multipackage does).
 */
export const packageHandler: ResourceHandler = {
  types: ['package', 'apt_package', 'dnf_package', 'yum_package', 'dpkg_package'],
  describe: () => ({ classes: ['image', 'host', 'unsupported'], reason: 'installed in the image\'s one package layer (pinned when the cookbook pins); host-level when the catalog says its daemon belongs to the node' }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    const names = strList(r.properties['package_name'] ?? r.name);
    if (r.actions.some((a) => REMOVING.has(a))) {
      return { class: 'image', reason: `${r.actions.join(', ')}: a fresh image does not have the package, nothing to remove` };
    }
    if (names.length === 0) {
      return { class: 'unsupported', reason: 'package name could not be worked out' };
    }
    const versions = r.properties['version'];
    const versionList = Array.isArray(versions) ? strList(versions) : [];
    const single = str(versions);
    const packages = names.map((name, i) => {
      const version = versionList[i] ?? (versionList.length === 0 ? single : undefined);
      return { ...originOf(r), name, ...(version ? { version } : {}) };
    });
    const related = names.map((n) => ctx.catalog.entries.find((e) => (e.packages[ctx.family] ?? []).includes(n))).find(Boolean);
    const reason = related?.host
      ? `installs ${related.name}, a host-level daemon: ${related.host}`
      : `installed in the image's package layer${packages.some((p) => p.version) ? ', version pinned as the cookbook says' : ''}`;
    if (related?.host) return { class: 'host', reason, packageNames: names };
    const hostDaemons = names.flatMap((n) => {
      const e = hostEntryForPackages([n], ctx.hostServices);
      return e ? [`${n} (${e.name}: ${e.reason})`] : [];
    });
    if (hostDaemons.length === names.length) return { class: 'host', reason: `installs a host-level daemon: ${hostDaemons.join('; ')}`, packageNames: names };
    if (hostDaemons.length) {
      const kept = packages.filter((p) => !hostEntryForPackages([p.name], ctx.hostServices));
      const keptNames = kept.map((p) => p.name);
      return { class: 'image', reason: `${reason}; left out as host-level daemons: ${hostDaemons.join('; ')}`, contribution: { packages: kept }, packageNames: keptNames };
    }
    return { class: 'image', reason, contribution: { packages }, packageNames: names };
  },
};
