import type { Resource } from '../../model/converge.js';
import { warning } from '../../diagnostics/create.js';
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
    // A host-level daemon's package leaves the image; the others in the same resource stay.
    const hostOf = (n: string): string | undefined => {
      const entry = ctx.catalog.entries.find((e) => e.host && (e.packages[ctx.family] ?? []).includes(n));
      if (entry) return `installs ${entry.name}, a host-level daemon: ${entry.host}`;
      const listed = hostEntryForPackages([n], ctx.hostServices);
      return listed ? `installs ${n}, a host-level daemon (${listed.name}): ${listed.reason}` : undefined;
    };
    const hostReasons = [...new Set(names.flatMap((n) => hostOf(n) ?? []))];
    if (names.every((n) => hostOf(n) !== undefined)) return { class: 'host', reason: hostReasons.join('; '), packageNames: names };
    const kept = packages.filter((p) => hostOf(p.name) === undefined);
    const reason = `installed in the image's package layer${kept.some((p) => p.version) ? ', version pinned as the cookbook says' : ''}${hostReasons.length ? `; left out: ${hostReasons.join('; ')}` : ''}`;
    const local = localSource(r);
    return { class: 'image', reason, contribution: { packages: kept }, packageNames: kept.map((p) => p.name), ...(local ? { diagnostics: [local] } : {}) };
  },
};

/**
 * `dpkg_package 'percona-release' do source '/var/chef/cache/percona-release.dpkg'`: Chef installs that file (a
 * vendor's release package, often the keyring its apt_repository `signed_by` names). The package layer installs
 * by name from the archive, before any download: said, not done silently (DEC0329).
 */
function localSource(r: Resource) {
  const source = str(r.properties['source']);
  if (source === undefined || /^[a-z]+:\/\//i.test(source)) return undefined;
  return warning(
    'DEC0329',
    `${r.type}[${displayed(r)}] installs the file ${source} (its source), which the image's package layer does not: it installs the name from the archive, before any download, and the archive may not have it`,
    r.source,
    'check that the platform archive (or a repository the cookbook adds) has the package; if not, install the file in a build step of your own (plan.yaml) and drop the package',
  );
}

const displayed = (r: Resource): string => (typeof r.name === 'string' ? r.name : strList(r.name).join(', '));
