/**
 * Services built from source or unpacked from an archive (issue 14): the
 * cookbook runs `./configure --prefix=/opt/x && make install`, `make install
 * PREFIX=…`, cmake with CMAKE_INSTALL_PREFIX, `tar -x -C /opt/x`, or declares
 * ark / archive_file into a path, and the service's command is a bare name
 * that no package puts on PATH. The container must be told where the build
 * installed it.
 */
import type { Resource } from '../model/converge.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PackageFactsView } from '../model/package-facts.js';
import type { Unit } from '../model/plan.js';
import { warning } from '../diagnostics/create.js';
import { displayName, str } from './property-values.js';

/** The directories a bare program name is looked up in, in the order a root shell's PATH has them. */
export const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const SHELL_TYPES = new Set(['execute', 'bash', 'script', 'sh']);

const clean = (p: string) => p.replace(/^['"]|['"]$/g, '').replace(/\/+$/, '');
const absolute = (p: string | undefined): p is string => p !== undefined && p.startsWith('/') && !/[$`]/.test(p);

/** Install prefixes one shell script names, in order. */
export function prefixesOfScript(script: string): string[] {
  const out: string[] = [];
  const add = (p: string | undefined) => {
    const c = p === undefined ? undefined : clean(p);
    if (absolute(c) && !out.includes(c)) out.push(c);
  };
  // Per simple command, so no pattern scans more than one command: a hostile script stays linear.
  for (const command of script.split(/[\n;&|]+/)) {
    const words = command.trim().split(/\s+/);
    words.forEach((w, i) => {
      if (w === '--prefix') add(words[i + 1]);
      else if (w.startsWith('--prefix=')) add(w.slice('--prefix='.length));
      else if (/^-DCMAKE_INSTALL_PREFIX(:[A-Z]+)?=/.test(w)) add(w.slice(w.indexOf('=') + 1));
    });
    if (words.includes('make') && words.includes('install')) for (const w of words) if (/^(PREFIX|prefix)=/.test(w)) add(w.slice(w.indexOf('=') + 1));
    // An archive unpacked into a directory: `tar -xzf a.tgz -C /opt/x`, `tar xf a.tar --directory=/opt/x`.
    const tar = words.indexOf('tar');
    const mode = tar >= 0 ? words[tar + 1] : undefined;
    if (mode === undefined || !(mode === '--extract' || /^-?[A-Za-z]+$/.test(mode)) || !(mode === '--extract' || mode.includes('x'))) continue;
    words.forEach((w, i) => {
      if (w === '-C' || w === '--directory') add(words[i + 1]);
      else if (w.startsWith('--directory=')) add(w.slice('--directory='.length));
    });
  }
  return out;
}

/** Where the run's source builds and unpacked archives install, in converge order. */
export function installPrefixes(resources: readonly Resource[]): string[] {
  const out: string[] = [];
  const add = (p: string | undefined) => {
    const c = p === undefined ? undefined : clean(p);
    if (absolute(c) && !out.includes(c)) out.push(c);
  };
  for (const r of resources) {
    if (SHELL_TYPES.has(r.type)) {
      const script = r.type === 'execute' ? (str(r.properties['command']) ?? displayName(r.name)) : str(r.properties['code']);
      for (const p of script ? prefixesOfScript(script) : []) add(p);
    } else if (r.type === 'ark') {
      // ark's home_dir: `prefix_home/name` unless given; `path` for :put and :dump.
      add(str(r.properties['path']) ?? str(r.properties['home_dir']) ?? `${str(r.properties['prefix_home']) ?? '/usr/local'}/${displayName(r.name)}`);
    } else if (r.type === 'archive_file') {
      add(str(r.properties['destination']));
    }
  }
  return out;
}

/** Every path the cookbook itself names, to tell `<prefix>/bin/x` from `<prefix>/sbin/x`. */
function namedPaths(resources: readonly Resource[]): string {
  return resources
    .map((r) => [displayName(r.name), ...Object.values(r.properties).flatMap((v) => (typeof v === 'string' ? [v] : [])), r.content?.kind === 'rendered' ? r.content.text : ''].join('\n'))
    .join('\n');
}

/** Whether the cookbook puts the name on PATH itself (a link, a file or a download into a PATH directory). */
function cookbookProvides(name: string, resources: readonly Resource[]): boolean {
  const onPath = new Set(PATH_DIRS.map((d) => `${d}/${name}`));
  return resources.some((r) => ['link', 'file', 'cookbook_file', 'remote_file', 'template'].includes(r.type) && onPath.has(str(r.properties['target_file']) ?? str(r.properties['path']) ?? displayName(r.name)));
}

export interface InstalledCommand {
  readonly unit: Unit;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A service unit whose command is a bare name missing from PATH: pointed at
 * `<prefix>/bin/<name>` or `<prefix>/sbin/<name>` when the cookbook names one,
 * run with the prefixes' bin and sbin first on PATH when it names neither,
 * and a review item with what to write when no prefix is known.
 */
export function pointAtInstalledBinary(
  unit: Unit,
  resources: readonly Resource[],
  facts: { readonly view: PackageFactsView; readonly installed: readonly string[] } | undefined,
): InstalledCommand {
  const name = unit.command[0];
  if (name === undefined || name.includes('/') || unit.workload === 'CronJob' || unit.workload === 'Job') return { unit, diagnostics: [] };
  if (cookbookProvides(name, resources)) return { unit, diagnostics: [] };
  if (facts && PATH_DIRS.some((d) => facts.view.fileExists(`${d}/${name}`, facts.installed))) return { unit, diagnostics: [] };
  const prefixes = installPrefixes(resources);
  const assumed = facts ? 'no package the run installs ships it' : 'assumed not on PATH: no package facts (offline)';
  if (prefixes.length === 0) {
    if (!facts) return { unit, diagnostics: [] };
    return {
      unit: { ...unit, notes: [...unit.notes, `command ${name} is a bare name ${assumed}, and no build step says where it was installed: needs review`] },
      diagnostics: [
        // A review item, not an error: package facts do not list the base image's own files, which may hold it.
        warning('DEC0515', `unit ${unit.name}: command ${name} is not on PATH (${assumed}) and no source build or unpacked archive says where it is`, unit.origin?.source, `write the full path of ${name} as \`command\` of unit ${unit.name} in plan.yaml (exec form), then convert with --plan`),
      ],
    };
  }
  const text = namedPaths(resources);
  const named = prefixes.flatMap((p) => [`${p}/bin/${name}`, `${p}/sbin/${name}`]).find((p) => text.includes(p));
  if (named) {
    return { unit: { ...unit, command: [named, ...unit.command.slice(1)], notes: [...unit.notes, `command ${name} (${assumed}) runs as ${named}, where the cookbook's build installs it`] }, diagnostics: [] };
  }
  const dirs = prefixes.flatMap((p) => [`${p}/sbin`, `${p}/bin`]);
  const path = [...dirs, ...PATH_DIRS].join(':');
  return {
    unit: {
      ...unit,
      env: { ...unit.env, PATH: path },
      notes: [...unit.notes, `command ${name} (${assumed}) is looked up first in ${dirs.join(', ')}, where the cookbook's build installs: PATH is set so`],
    },
    diagnostics: [],
  };
}
