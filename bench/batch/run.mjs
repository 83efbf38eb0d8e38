// Batch benchmark: `decant convert` over (a) the real public cookbooks and
// chef-repos on disk under /tmp/cookbooks and (b) synthetic trees of N
// cookbooks made from the fixtures (bench/batch/make-synthetic.mjs), with 1
// and 2 jobs, next to Ruby (Debian's ruby, Ripper) merely parsing the same
// .rb and .erb files in one process. Runs alternate (ruby, 1 job, 2 jobs, …)
// and medians count: these 2-core machines are shared and noisy.
//
//   npm run bench:batch [-- --rounds 3 --sizes 250,500,1000 --real /tmp/cookbooks]
//
// Prints a Markdown table for bench/README.md and writes the raw figures to
// $TMPDIR/decant-batch-bench-*/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeSynthetic } from './make-synthetic.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const rounds = Number(flag('rounds', process.env.ROUNDS ?? 3));
const sizes = flag('sizes', '250,500,1000').split(',').filter(Boolean).map(Number);
const jobsList = flag('jobs', '1,2').split(',').map(Number);
const realRoot = flag('real', '/tmp/cookbooks');
const work = mkdtempSync(join(tmpdir(), 'decant-batch-bench-'));

/** .rb and .erb files a conversion may read: cookbook sources, not their test/ and spec/ folders. */
function sourceFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'test' || e.name === 'spec' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (e.isFile() && /\.(rb|erb)$/.test(e.name)) out.push(p);
  }
  return out;
}

function corpusReal() {
  if (!existsSync(realRoot)) return undefined;
  const sub = (d) => join(realRoot, d);
  // The sous-chefs cookbooks are libraries of custom resources: what runs them are their test cookbooks.
  const tests = readdirSync(sub('custom')).sort().flatMap((c) =>
    ['test/cookbooks/test', 'test/fixtures/cookbooks/test'].map((t) => join(sub('custom'), c, t)).filter((p) => existsSync(p)),
  );
  const paths = ['recipe-style', 'repos', 'deps'].map(sub).filter((p) => existsSync(p)).concat(tests);
  const files = [...['recipe-style', 'repos', 'deps', 'custom'].map(sub).filter((p) => existsSync(p)).flatMap((p) => sourceFiles(p)), ...tests.flatMap((t) => sourceFiles(t))];
  const cookbookPaths = ['deps/sous-chefs', 'deps/boneyard', 'custom'].map(sub).filter((p) => existsSync(p));
  return { name: 'real (/tmp/cookbooks)', paths, files, cookbookPaths, cookbooks: countCookbooks(paths) };
}

function countCookbooks(paths) {
  let n = 0;
  const walk = (d, depth) => {
    if (existsSync(join(d, 'metadata.rb')) || existsSync(join(d, 'metadata.json'))) {
      n++;
      return;
    }
    if (depth > 4) return;
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory() && !e.name.startsWith('.')) walk(join(d, e.name), depth + 1);
  };
  for (const p of paths) walk(p, 0);
  return n;
}

function corpusSynthetic(n) {
  const dir = join(work, `synthetic-${n}`);
  const made = makeSynthetic(join(repo, 'fixtures'), dir, n);
  return { name: `synthetic ${made.cookbooks}`, paths: [dir], files: sourceFiles(dir), cookbookPaths: [], cookbooks: made.cookbooks, size: n };
}

function runRuby(corpus) {
  const list = join(work, 'files.txt');
  writeFileSync(list, corpus.files.join('\n'));
  const t0 = performance.now();
  const out = execFileSync('ruby', [join(repo, 'bench/batch/ripper-parse.rb'), list], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const [parseMs, cpuMs] = out.trim().split(/\s+/).map(Number);
  return { wallMs: performance.now() - t0, parseMs, cpuMs };
}

function runDecant(corpus, jobs) {
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  const rssFile = join(work, 'maxrss');
  const cpuFile = join(work, 'cpu');
  rmSync(rssFile, { force: true });
  rmSync(cpuFile, { force: true });
  const args = ['--import', join(repo, 'bench/batch/maxrss-preload.mjs'), join(repo, 'bin/decant.js'), 'convert', ...corpus.paths, '-o', out, '--jobs', String(jobs), ...corpus.cookbookPaths.flatMap((p) => ['--cookbook-path', p])];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, DECANT_BENCH_MAXRSS: rssFile, DECANT_BENCH_CPU: cpuFile }, maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t0;
  if (r.status === null || r.status > 2 || !existsSync(join(out, 'report.json'))) {
    throw new Error(`decant failed on ${corpus.name} (status ${r.status}, signal ${r.signal}):\n${r.stderr.slice(-2000)}`);
  }
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  return { wallMs, cpuMs: Number(readFileSync(cpuFile, 'utf8')), maxRssMB: Number(readFileSync(rssFile, 'utf8')) / 1024, summary: report.summary };
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const corpora = [corpusReal(), ...sizes.map(corpusSynthetic)].filter(Boolean);
const results = [];
for (const c of corpora) {
  const bytes = c.files.reduce((n, f) => n + statSync(f).size, 0);
  const ruby = [];
  const decant = Object.fromEntries(jobsList.map((j) => [j, []]));
  runRuby(c); // warm the page cache for both sides
  for (let i = 0; i < rounds; i++) {
    ruby.push(runRuby(c));
    for (const j of jobsList) decant[j].push(runDecant(c, j));
  }
  const row = { corpus: c.name, cookbooks: c.cookbooks, size: c.size, files: c.files.length, mb: bytes / 1e6, rounds,
    rubyWallMs: median(ruby.map((r) => r.wallMs)), rubyParseMs: median(ruby.map((r) => r.parseMs)), rubyCpuMs: median(ruby.map((r) => r.cpuMs)), jobs: {} };
  for (const j of jobsList) {
    row.jobs[j] = { wallMs: median(decant[j].map((r) => r.wallMs)), cpuMs: median(decant[j].map((r) => r.cpuMs)), maxRssMB: Math.max(...decant[j].map((r) => r.maxRssMB)), all: decant[j].map((r) => Math.round(r.wallMs)) };
  }
  row.summary = decant[jobsList[0]][0].summary;
  results.push(row);
  console.error(`${c.name}: done`, JSON.stringify(row.jobs));
}
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));

const s = (ms) => (ms / 1000).toFixed(1);
console.log(`| corpus | cookbooks | .rb+.erb | jobs | wall s (median of ${rounds}) | CPU s | peak RSS MB | cookbooks/s | MB Ruby/s | Ripper wall s (parse s, CPU s) | ratio wall | ratio CPU | 2 jobs speed-up |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  for (const j of jobsList) {
    const d = r.jobs[j];
    const speed = j !== 1 && r.jobs[1] ? (r.jobs[1].wallMs / d.wallMs).toFixed(2) + '×' : '';
    console.log(`| ${r.corpus} | ${r.cookbooks} | ${r.files} (${r.mb.toFixed(2)} MB) | ${j} | ${s(d.wallMs)} | ${s(d.cpuMs)} | ${d.maxRssMB.toFixed(0)} | ${(r.cookbooks / (d.wallMs / 1000)).toFixed(1)} | ${(r.mb / (d.wallMs / 1000)).toFixed(2)} | ${s(r.rubyWallMs)} (${s(r.rubyParseMs)}, ${s(r.rubyCpuMs)}) | ${(d.wallMs / r.rubyWallMs).toFixed(1)} | ${(d.cpuMs / r.rubyCpuMs).toFixed(1)} | ${speed} |`);
  }
}
const syn = results.filter((r) => r.size);
if (syn.length > 1) {
  console.log('\nGrowth (synthetic): wall ms per cookbook');
  for (const j of jobsList) console.log(`- ${j} job(s): ${syn.map((r) => `${r.cookbooks}: ${(r.jobs[j].wallMs / r.cookbooks).toFixed(1)} wall, ${(r.jobs[j].cpuMs / r.cookbooks).toFixed(1)} CPU`).join('; ')}`);
}
console.log(`\nraw: ${join(work, 'results.json')}`);
