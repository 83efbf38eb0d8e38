// Benchmark: `decant inspect` over every recipe of a folder of cookbooks, next
// to Ruby's own parser (Ripper, Debian's ruby) merely parsing the same .rb and
// .erb-free Ruby files, run side by side, alternating, in one run. Reports the
// ratio decant / Ripper (lower is better). Timings on these shared 2-core
// machines are noisy, so each side runs several rounds and the medians count.
//
//   npm run bench [-- DIR...]      (default: fixtures/ and /tmp/cookbooks if present)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

const { loadWorkspace } = await import('../dist/load/load-workspace.js');
const { evaluate } = await import('../dist/chef/evaluate.js');
const { initParsers } = await import('../dist/ruby/parser.js');

const roots = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['fixtures', '/tmp/cookbooks'].filter((d) => existsSync(d));

function findCookbooks(dir, depth = 0, out = []) {
  if (depth > 4 || !existsSync(dir)) return out;
  if (existsSync(join(dir, 'metadata.rb')) && existsSync(join(dir, 'recipes'))) {
    out.push(dir);
    return out;
  }
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (e.startsWith('.') || e === 'node_modules') continue;
    try {
      if (statSync(p).isDirectory()) findCookbooks(p, depth + 1, out);
    } catch {}
  }
  return out;
}

function rubyFiles(dir, out = []) {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    let s;
    try { s = statSync(p); } catch { continue; }
    if (s.isDirectory() && !e.startsWith('.')) rubyFiles(p, out);
    else if (e.endsWith('.rb')) out.push(p);
  }
  return out;
}

const cookbooks = roots.flatMap((r) => findCookbooks(r));
const files = cookbooks.flatMap((c) => rubyFiles(c));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const cases = cookbooks.flatMap((c) =>
  readdirSync(join(c, 'recipes')).filter((f) => f.endsWith('.rb')).sort().map((r) => ({ cookbook: c, recipe: basename(r, '.rb') })),
);
if (!cases.length) {
  console.error('no cookbooks found under', roots.join(', '));
  process.exit(2);
}

await initParsers();

async function runDecant() {
  const t0 = performance.now();
  let resources = 0;
  for (const { cookbook, recipe } of cases) {
    const ws = await loadWorkspace([cookbook], {});
    const name = ws.primary[0];
    if (!name) continue;
    const c = await evaluate(ws, { runList: [`recipe[${name}::${recipe}]`], platform: 'debian-12' });
    resources += c.resources.length;
  }
  return { ms: performance.now() - t0, resources };
}

const listFile = join(mkdtempSync(join(tmpdir(), 'decant-bench-')), 'files.txt');
writeFileSync(listFile, files.join('\n'));
function runRipper() {
  const t0 = performance.now();
  execFileSync('ruby', ['-rripper', '-e', 'File.read(ARGV[0]).split("\\n").each { |f| Ripper.sexp(File.read(f)) }', listFile]);
  return { ms: performance.now() - t0 };
}

const rounds = Number(process.env.ROUNDS ?? 5);
const d = [], r = [];
let resources = 0;
runRipper(); await runDecant(); // warm both (file cache, JIT)
for (let i = 0; i < rounds; i++) {
  r.push(runRipper().ms);
  const x = await runDecant();
  d.push(x.ms);
  resources = x.resources;
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const dm = median(d), rm = median(r);
console.log(`cookbooks ${cookbooks.length}, recipes inspected ${cases.length}, .rb files ${files.length} (${(bytes / 1e6).toFixed(2)} MB), resources ${resources}`);
console.log(`decant inspect (all recipes, in process): median ${dm.toFixed(0)} ms over ${rounds} rounds`);
console.log(`ruby Ripper.sexp (same .rb files, one process, incl. ruby start): median ${rm.toFixed(0)} ms`);
console.log(`ratio decant/ripper: ${(dm / rm).toFixed(2)}`);
