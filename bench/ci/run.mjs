// Wall time of the pipeline `decant ci` writes, run by gitlab-ci-local (shell
// executor, jobs isolated) on the two-service e2e chef-repo: with 1 and 2 jobs
// at a time (--concurrency), each cold (the units' images and their layers
// removed first) and warm (run again: every layer from Docker's cache), and
// each job's own time, from which bench/README.md models 1,000 units on K
// runners. Not a test: numbers depend on the machine and the network to
// Debian's archive. Run with `npm run bench:ci` (builds decant first).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DECANT = join(ROOT, 'bin', 'decant.js');
const APP = `benchci${process.pid}`;
const IMAGES = [`${APP}-nginx:1.0.0`, `${APP}-redis:1.0.0`];

const repo = mkdtempSync(join(tmpdir(), 'decant-bench-ci-'));
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
const git = (...args) => execFileSync('git', ['-c', 'user.email=bench@decant.test', '-c', 'user.name=bench', ...args], { cwd: repo });

cpSync(join(ROOT, 'fixtures', 'e2e-chef-repo-two-services', 'input'), join(repo, 'chef-repo'), { recursive: true });
const role = readFileSync(join(repo, 'chef-repo', 'roles', 'stack.rb'), 'utf8');
rmSync(join(repo, 'chef-repo', 'roles', 'stack.rb'));
writeFileSync(join(repo, 'chef-repo', 'roles', `${APP}.rb`), role.replace("name 'stack'", `name '${APP}'`));
writeFileSync(join(repo, '.gitignore'), '.gitlab-ci-local/\n.decant-images/\n');
for (const args of [
  ['convert', 'chef-repo', '-o', 'out', '--run-list', `role[${APP}]`, '--environment', 'production', '--offline'],
  ['ci', 'out', '--target', 'gitlab'],
]) {
  const r = run(process.execPath, [DECANT, ...args]);
  if (r.status !== 0) throw new Error(`decant ${args[0]} failed:\n${r.stderr}`);
}
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'bench');

/** gitlab-ci-local prints `JOB finished in 1.2 s` or `… in 1 min 3 s`, and a PASS/FAIL line per job at the end. */
function jobTimes(log) {
  const times = {};
  for (const line of log.split('\n')) {
    const m = /^(\S.*?)\s+finished in\s+(?:(\d+) min\s*)?([\d.]+)\s*(ms|s)\b/.exec(line);
    // gitlab-ci-local's own lines ('pipeline', 'parsing and downloads') are not jobs.
    if (m && !/^(pipeline|parsing and downloads)$/.test(m[1])) times[m[1]] = (Number(m[2] ?? 0) * 60 + Number(m[3]) / (m[4] === 'ms' ? 1000 : 1));
  }
  return times;
}

function pipeline(concurrency, cache) {
  if (cache === 'cold') run('docker', ['rmi', '-f', ...IMAGES]);
  const t0 = performance.now();
  const r = run(process.execPath, [join(ROOT, 'node_modules', 'gitlab-ci-local', 'src', 'index.js'), '--force-shell-executor', '--shell-isolation', '--no-color', '--concurrency', String(concurrency), '--variable', `DECANT=${process.execPath} ${DECANT}`, '--unset-variable', 'CI_REGISTRY_IMAGE']);
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`pipeline failed (concurrency ${concurrency}, ${cache}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  return { concurrency, cache, seconds: Number(seconds.toFixed(1)), jobs: jobTimes(r.stdout + r.stderr) };
}

const results = [];
try {
  for (const concurrency of [1, 2]) {
    for (const cache of ['cold', 'warm']) {
      const r = pipeline(concurrency, cache);
      results.push(r);
      console.log(`concurrency ${concurrency}, ${cache}: ${r.seconds} s  ${Object.entries(r.jobs).map(([j, s]) => `${j} ${s.toFixed(1)}s`).join(', ')}`);
    }
  }
} finally {
  run('docker', ['rmi', '-f', ...IMAGES]);
  rmSync(repo, { recursive: true, force: true });
}
const out = join(ROOT, 'bench', 'ci', 'results.json');
writeFileSync(out, `${JSON.stringify({ machine: { cpus: (await import('node:os')).availableParallelism() }, runs: results }, null, 2)}\n`);
console.log(`wrote ${out}`);
