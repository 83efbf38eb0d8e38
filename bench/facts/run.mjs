// Package-facts benchmark (issue 13): converting the wide public corpus
// (../shared/corpus/wide.tsv, extracted with ../shared/tools/wide-corpus) with
// package facts from a cold cache, a warm one, and --offline, side by side.
// Each case is one `decant convert` of one run list; the three modes alternate
// case by case, so load on these shared 2-core machines falls on all of them.
// The cold pass uses a fresh --facts-cache per case (every resolution probes
// the archive); warm reuses one cache filled beforehand.
//
//   npm run bench:facts -- --corpus /tmp/wide [--only bind,unbound] [--cold-only bind,unbound,dnsmasq]
//
// Prints a Markdown table for bench/README.md: seconds per mode, warm/offline,
// and the cold cost per resolved package.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const corpus = flag('corpus', '/tmp/wide');
const only = flag('only', '')?.split(',').filter(Boolean) ?? [];
const coldOnly = flag('cold-only', '')?.split(',').filter(Boolean) ?? [];
const tool = join(repo, '..', 'shared', 'tools', 'wide-corpus');
if (!existsSync(corpus)) {
  console.error(`bench:facts: ${corpus} does not exist: extract the wide corpus first (../shared/corpus/README.md)`);
  process.exit(2);
}
execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repo, stdio: 'inherit' });
const cases = execFileSync(tool, ['cases', corpus], { cwd: repo, encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((l) => l.split('\t'))
  .map(([name, dir, runList]) => ({ name, dir, runList }))
  .filter((c) => only.length === 0 || only.includes(c.name));
const work = mkdtempSync(join(tmpdir(), 'decant-facts-bench-'));
const warmCache = join(work, 'warm-cache');

function convert(c, extra) {
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(repo, 'bin', 'decant.js'), 'convert', c.dir, '--run-list', c.runList, '-o', out, '--json', ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  let packages = 0;
  try {
    packages = JSON.parse(r.stdout).apps.flatMap((a) => a.units.flatMap((u) => u.packages ?? [])).length;
  } catch {}
  return { seconds, packages, code: r.status };
}

// Fill the warm cache first: its cost is the cold cost of one shared cache.
const fill = cases.map((c) => convert(c, ['--facts-cache', warmCache]));
const rows = [];
for (const [i, c] of cases.entries()) {
  const warm = convert(c, ['--facts-cache', warmCache]);
  const offline = convert(c, ['--offline']);
  let cold;
  if (coldOnly.length === 0 || coldOnly.includes(c.name)) {
    const dir = join(work, `cold-${i}`);
    cold = convert(c, ['--facts-cache', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ case: `${c.name} ${c.runList}`, offline: offline.seconds, warm: warm.seconds, cold: cold?.seconds, packages: warm.packages, fill: fill[i].seconds });
}
const sum = (k) => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
const coldRows = rows.filter((r) => r.cold !== undefined);
const coldPackages = coldRows.reduce((s, r) => s + r.packages, 0);
const fmt = (n) => (n === undefined ? '—' : n.toFixed(1));
console.log('| case | offline s | warm s | cold s | packages locked |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.case} | ${fmt(r.offline)} | ${fmt(r.warm)} | ${fmt(r.cold)} | ${r.packages} |`);
console.log(`| **total** | ${fmt(sum('offline'))} | ${fmt(sum('warm'))} | ${fmt(sum('cold'))} | ${rows.reduce((s, r) => s + r.packages, 0)} |`);
console.log('');
console.log(`warm / offline: ${(sum('warm') / sum('offline')).toFixed(2)}×; filling one shared cache for all ${rows.length} cases took ${fmt(sum('fill'))} s`);
if (coldRows.length) {
  const coldExtra = coldRows.reduce((s, r) => s + (r.cold - r.offline), 0);
  console.log(`cold: ${fmt(coldExtra)} s over offline for ${coldRows.length} cases, ${coldPackages} locked packages: ${(coldExtra / Math.max(coldPackages, 1)).toFixed(2)} s a package`);
}
rmSync(work, { recursive: true, force: true });

