/**
 * The probe's JSON document (scripts/package-facts-probe.sh) read into a
 * PackageResolution and the PackageFacts of the packages it unpacked. Pure:
 * the container run is in run-probe.ts, so this is tested on text.
 */
import { gunzipSync } from 'node:zlib';
import type { MissingPackage, MissingVersion, PackageFact, PackageRequest, PackageResolution, RecommendedPackage, ResolvedPackage, ShippedText } from '../../model/package-facts.js';
import { isBinaryPath, normalFactPath, parentsOf } from '../../facts/fact-paths.js';
import { accountsFromScript, accountsFromSysusers, mergeAccounts, type Accounts } from '../../facts/maintainer-accounts.js';
import { pathsFromScript, type ScriptPaths } from '../../facts/maintainer-paths.js';
import { installStarts } from '../../facts/maintainer-starts.js';
import { nearNames } from '../../facts/near-names.js';
import { aptProblem, controlFields, parseListing, parseMadison, parseSimulation, relationGroups, type MadisonLine } from './deb-control.js';
import { keptByFilters, type PlatformArchive } from './platform-archives.js';
import { complaintAbout, unreachableRepositories } from './repository-reachability.js';
import { isUnitPath, unitFact } from './unit-facts.js';

interface RawRequest { name: string; version: string; status: 'ok' | 'missing' | 'no-version'; chosen: string; madison: string }
interface RawPackage { name: string; control: string; listing: string; scripts: Record<string, string>; texts: { path: string; content: string }[]; syslog?: string[] }
export interface RawProbe {
  format: string;
  architecture: string;
  mergedUsr: boolean;
  base: string;
  error?: string;
  requests?: RawRequest[];
  pkgnames?: string;
  simulate?: { code: number; output: string };
  /** The requested packages' first-level Recommends the simulation included: `of` asked, `name` recommended (base64). */
  recommended?: { of: string; name: string }[];
  madison?: string;
  packages?: RawPackage[];
  download?: string;
  /** apt-get update's log (and key downloads), when the cookbook added repositories. */
  update?: string;
}

const text = (b64: string | undefined): string => (b64 ? Buffer.from(b64, 'base64').toString('utf8') : '');

export class ProbeFailure extends Error {}

/** The probe's stdout as its document, or a ProbeFailure saying what went wrong. */
export function readProbeOutput(stdout: string): RawProbe {
  const line = stdout.trim().split('\n').pop() ?? '';
  let doc: RawProbe;
  try {
    doc = JSON.parse(line) as RawProbe;
  } catch {
    throw new ProbeFailure(`the package-facts probe printed no JSON document: ${stdout.slice(-500)}`);
  }
  if (doc.format !== 'decant-probe/1') throw new ProbeFailure(`unknown probe format ${String(doc.format)}`);
  if (doc.error !== undefined) throw new ProbeFailure(`apt-get update failed in the probe:\n${text(doc.error).slice(-1500)}`);
  return doc;
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Facts of one unpacked .deb. */
export function packageFact(raw: RawPackage, madison: readonly MadisonLine[], archive: PlatformArchive): PackageFact {
  const control = controlFields(text(raw.control));
  const name = control.get('Package') ?? raw.name;
  const version = control.get('Version') ?? '';
  const listing = parseListing(text(raw.listing)).filter((e) => e.kind === 'dir' || keptByFilters(e.path, archive.pathFilters));
  const files = listing.filter((e) => e.kind === 'file').map((e) => e.path);
  const links = listing.filter((e) => e.kind === 'link').map((e) => ({ path: e.path, target: e.target! }));
  // A directory the filters drop stays when something kept is under it (dpkg keeps the parents it needs).
  const needed = new Set([...files, ...links.map((l) => l.path)].flatMap(parentsOf));
  const directories = listing.filter((e) => e.kind === 'dir' && (keptByFilters(e.path, archive.pathFilters) || needed.has(e.path))).map((e) => e.path);
  const texts: ShippedText[] = raw.texts.map((t) => ({ path: text(t.path), content: text(t.content) })).filter((t) => !t.content.includes('\u0000'));
  const textOf = new Map(texts.map((t) => [t.path, t.content]));
  const unitPaths = [...files, ...links.map((l) => l.path)].filter(isUnitPath);
  const starts = installStarts(text(raw.scripts['postinst']), unitPaths.map((p) => p.split('/').pop()!));
  const units = unitPaths.flatMap((p) => {
    const link = links.find((l) => l.path === p);
    const body = textOf.get(p);
    // An alias link is enabled and started with the unit it names.
    const name = p.split('/').pop()!;
    const onInstall = starts.get(name)!;
    const ofTarget = link ? starts.get(link.target.split('/').pop()!) : undefined;
    return body === undefined ? [] : [{ ...unitFact(p, body, link?.target), onInstall: ofTarget && !onInstall.enabled && !onInstall.started ? ofTarget : onInstall }];
  });
  const acc: Accounts = { users: [], groups: [], notes: [] };
  const made: ScriptPaths = { files: [], directories: [] };
  for (const script of ['preinst', 'postinst']) {
    if (!raw.scripts[script]) continue;
    accountsFromScript(script, text(raw.scripts[script]), acc);
    pathsFromScript(text(raw.scripts[script]), made);
  }
  for (const t of texts) if (/^\/usr\/lib\/sysusers\.d\/[^/]+\.conf$/.test(t.path)) accountsFromSysusers(t.path.slice(1), t.content, acc);
  const conffiles = text(raw.scripts['conffiles']).split('\n').map((l) => l.replace(/^remove-on-upgrade /, '').trim()).filter((l) => l.startsWith('/'));
  const source = madison.find((m) => m.name === name && m.version === version)?.source ?? '';
  const sourcePackage = control.get('Source')?.replace(/\s*\(.*\)$/, '');
  const fact: PackageFact = {
    name,
    version,
    architecture: control.get('Architecture') ?? '',
    source,
    ...(sourcePackage && sourcePackage !== name ? { sourcePackage } : {}),
    depends: [...relationGroups(control.get('Pre-Depends')), ...relationGroups(control.get('Depends'))],
    provides: relationGroups(control.get('Provides')).flat().sort(),
    files: [...files].sort(),
    directories: [...directories].sort(),
    links: links.sort((a, b) => (a.path < b.path ? -1 : 1)),
    conffiles: conffiles.sort(),
    scriptFiles: [...new Set(made.files)].sort(),
    scriptDirectories: [...new Set(made.directories)].sort(),
    units: units.sort((a, b) => (a.path < b.path ? -1 : 1)),
    defaultFiles: texts.filter((t) => /^\/etc\/default\/[^/]+$/.test(t.path)).sort((a, b) => (a.path < b.path ? -1 : 1)),
    texts: texts.filter((t) => !/^\/etc\/default\/[^/]+$/.test(t.path)).sort((a, b) => (a.path < b.path ? -1 : 1)),
    users: mergeAccounts(acc.users),
    groups: mergeAccounts(acc.groups),
    binaries: listing.filter((e) => (e.kind === 'file' || e.kind === 'link') && isBinaryPath(e.path) && (e.kind === 'link' || e.executable)).map((e) => e.path).sort(),
    syslogBinaries: [...new Set((raw.syslog ?? []).map((p) => normalFactPath(text(p))).filter(Boolean))].sort(),
    accountNotes: acc.notes,
  };
  return fact;
}

function requestOf(r: RawRequest): PackageRequest {
  const version = text(r.version);
  return version ? { name: text(r.name), version } : { name: text(r.name) };
}

/** The resolution and facts a probe document holds. */
export function readProbeDocument(doc: RawProbe, archive: PlatformArchive, repositories: string): { resolution: PackageResolution; facts: PackageFact[] } {
  const requests = doc.requests ?? [];
  const updateLog = text(doc.update);
  // The update went on past errors for the cookbook's repositories; the platform's own must still have been read.
  for (const line of archive.sources) {
    const uri = line.split(/\s+/)[1] ?? '';
    const complaint = doc.update && uri ? complaintAbout(updateLog, uri) : undefined;
    if (complaint?.startsWith('Err:') || complaint?.startsWith('E:')) throw new ProbeFailure(`apt-get update failed in the probe:\n${updateLog.slice(-1500)}`);
  }
  const unreachable = unreachableRepositories(updateLog, archive.added ?? []);
  const basePackages = text(doc.base)
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [name, version, architecture] = l.split('\t');
      return { name: name!, version: version!, ...(architecture ? { architecture } : {}) };
    })
    .sort(byName);
  const names = doc.pkgnames ? gunzipSync(Buffer.from(doc.pkgnames, 'base64')).toString('utf8').split('\n').filter(Boolean) : [];
  const missing: MissingPackage[] = requests.filter((r) => r.status === 'missing').map((r) => ({ name: text(r.name), nearNames: nearNames(text(r.name), names) }));
  const missingVersions: MissingVersion[] = requests
    .filter((r) => r.status === 'no-version')
    .map((r) => ({ name: text(r.name), version: text(r.version), available: parseMadison(text(r.madison)).map((m) => m.version).filter((v, i, all) => all.indexOf(v) === i) }));
  const madison = [...parseMadison(text(doc.madison)), ...requests.flatMap((r) => parseMadison(text(r.madison)))];
  const sim = doc.simulate ?? { code: 0, output: '' };
  const simulated = sim.code === 0 ? parseSimulation(text(sim.output)) : [];
  const requested = new Map(requests.filter((r) => r.status === 'ok').map((r) => [text(r.name), r.chosen] as const));
  const sourceOf = (name: string, version: string) => madison.find((m) => m.name === name && m.version === version)?.source ?? '';
  const packages: ResolvedPackage[] = simulated.map((s) => ({ ...s, source: sourceOf(s.name, s.version), requested: requested.has(s.name), inBase: false }));
  for (const [name, version] of requested) {
    if (sim.code !== 0 || packages.some((p) => p.name === name)) continue;
    // Asked for, but apt installs nothing: the base image already holds it at the candidate version.
    packages.push({ name, version, architecture: doc.architecture, source: sourceOf(name, version), requested: true, inBase: true });
  }
  const facts = (doc.packages ?? []).map((p) => packageFact(p, madison, archive)).sort(byName);
  // A package's own Architecture (all/amd64) is the truth once unpacked.
  const arch = new Map(facts.map((f) => [f.name, f.architecture] as const));
  const resolution: PackageResolution = {
    platform: archive.platform,
    repositories,
    architecture: doc.architecture,
    requests: requests.map(requestOf),
    packages: packages.map((p) => ({ ...p, architecture: arch.get(p.name) ?? p.architecture })).sort(byName),
    missing,
    missingVersions,
    ...(sim.code !== 0 ? { problem: aptProblem(text(sim.output)) } : {}),
    basePackages,
    mergedUsr: doc.mergedUsr,
    ...(unreachable.length ? { unreachable } : {}),
    ...recommendedOf(doc, packages),
  };
  return { resolution, facts };
}

/** The Recommends the simulation installs (not the base image's), each with the requested package that recommends it. */
function recommendedOf(doc: RawProbe, packages: readonly ResolvedPackage[]): { recommended?: RecommendedPackage[] } {
  const installs = new Set(packages.filter((p) => !p.inBase).map((p) => p.name));
  const found = (doc.recommended ?? []).map((r) => ({ of: text(r.of), name: text(r.name) })).filter((r) => installs.has(r.name));
  const sorted = found.sort((a, b) => (a.of + a.name < b.of + b.name ? -1 : a.of + a.name > b.of + b.name ? 1 : 0));
  return sorted.length ? { recommended: sorted } : {};
}
