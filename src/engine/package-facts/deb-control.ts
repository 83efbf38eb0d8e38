/**
 * Readers of what dpkg and apt print, for the package-facts probe: control
 * files (deb-control(5)), `dpkg-deb -c` listings, `apt-cache madison` and
 * `apt-get --simulate` lines. Pure text in, data out.
 */
import { normalFactPath } from '../../facts/fact-paths.js';

/** Fields of one control paragraph; continuation lines joined with '\n'. Field names as written. */
export function controlFields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | undefined;
  for (const line of text.split('\n')) {
    if (/^\s/.test(line) && key !== undefined) out.set(key, `${out.get(key)!}\n${line.trim()}`);
    else {
      const m = /^([^:\s]+):\s*(.*)$/.exec(line);
      if (m) out.set((key = m[1]!), m[2]!);
    }
  }
  return out;
}

/** A Depends-style field as alternative groups of names: 'a (>= 1), b:any | c' → [['a'], ['b', 'c']]. */
export function relationGroups(field: string | undefined): string[][] {
  if (!field) return [];
  return field
    .split(',')
    .map((group) =>
      group
        .split('|')
        .map((alt) => alt.trim().replace(/\s*\(.*?\)/g, '').replace(/\s*\[.*?\]/g, '').replace(/\s*<.*?>/g, '').replace(/:\S+$/, '').trim())
        .filter((n) => n !== ''),
    )
    .filter((g) => g.length > 0);
}

export interface ListingEntry {
  readonly path: string;
  readonly kind: 'file' | 'dir' | 'link';
  readonly executable: boolean;
  readonly target?: string;
}

/** `dpkg-deb -c` lines: 'drwxr-xr-x root/root 0 2024-01-01 00:00 ./etc/' and '... ./a -> b' for links. */
export function parseListing(text: string): ListingEntry[] {
  const out: ListingEntry[] = [];
  for (const line of text.split('\n')) {
    const m = /^([-dlhcbps])([-rwxsStT]{9})\s+\S+\s+\d+\s+\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)? (.*)$/.exec(line);
    if (!m) continue;
    const [, type, mode, rest] = m as unknown as [string, string, string, string];
    let name = rest;
    let target: string | undefined;
    if (type === 'l') {
      const at = rest.indexOf(' -> ');
      if (at >= 0) [name, target] = [rest.slice(0, at), rest.slice(at + 4)];
    } else if (type === 'h') {
      // A hard link: 'path link to other'; it is a file like any other.
      name = rest.replace(/ link to .*$/, '');
    }
    const path = normalFactPath(name);
    if (path === '' || path === '/') continue;
    const kind = type === 'd' ? 'dir' : type === 'l' ? 'link' : 'file';
    out.push({ path, kind, executable: /x|s/.test(mode[2]! + mode[5]! + mode[8]!), ...(target !== undefined ? { target } : {}) });
  }
  return out;
}

export interface MadisonLine {
  readonly name: string;
  readonly version: string;
  /** 'http://deb.debian.org/debian bookworm/main' */
  readonly source: string;
}

/** `apt-cache madison` lines: ' bind9 | 1:9.18.28-1~deb12u2 | http://… bookworm/main amd64 Packages'. */
export function parseMadison(text: string): MadisonLine[] {
  const out: MadisonLine[] = [];
  for (const line of text.split('\n')) {
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length !== 3 || / Sources$/.test(parts[2]!)) continue;
    const source = parts[2]!.replace(/\s+\S+\s+Packages$/, '');
    out.push({ name: parts[0]!, version: parts[1]!, source });
  }
  return out;
}

export interface SimulatedInstall {
  readonly name: string;
  readonly version: string;
  readonly architecture: string;
}

/** `apt-get install --simulate` 'Inst name [old] (version Release, … [arch])' lines, in apt's order. */
export function parseSimulation(text: string): SimulatedInstall[] {
  const out: SimulatedInstall[] = [];
  for (const line of text.split('\n')) {
    const m = /^Inst (\S+) (?:\[[^\]]*\] )?\((\S+) .*\[([^\]]+)\]\)/.exec(line);
    if (m) out.push({ name: m[1]!, version: m[2]!, architecture: m[3]! });
  }
  return out;
}

/** apt's reason when it refuses a set: the lines after 'The following packages have unmet dependencies' or 'E:' lines. */
export function aptProblem(text: string): string {
  const lines = text.split('\n').filter((l) => /^E: |^ \S+ : |unmet dependencies/.test(l));
  return (lines.length > 0 ? lines : text.split('\n').slice(-5)).join('\n').trim();
}
