#!/usr/bin/env node
/**
 * Image benchmark (issue 5, item 7), on the engine `scripts/engine-setup.sh`
 * provides. For each end-to-end fixture (`"engine": true`):
 *   - leanness: bytes the image adds over its base, divided by the dpkg
 *     Installed-Size of the packages it adds (target ≤ 1.10). Packages the
 *     layer upgrades (the base lags the security archive) rewrite their files
 *     too: they are listed, and a second ratio counts them;
 *   - cold build time: the emitted Dockerfile built with --no-cache under a
 *     bench tag (the legacy builder, as `decant build` uses);
 *   - a config-only change (one attribute in a temp copy of the fixture):
 *     which layers the engine rebuilt (step cache hits from `decant build
 *     --json`) and the rebuild time as a fraction of the cold build.
 * Bench images are removed afterwards; the fixtures' own tags are left as
 * `decant build` made them.
 *
 * Usage: npm run bench:images [-- --only e2e-redis] [-- --json]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = join(ROOT, 'src/cli/main.ts');

/** The one attribute each fixture's config-only change touches: file (relative to input), text, replacement. */
const CHANGES = {
  'e2e-nginx-site': ['attributes/default.rb', "'www.example.test'", "'www2.example.test'"],
  'e2e-redis': ['attributes/default.rb', "'64mb'", "'96mb'"],
  'e2e-memcached-custom-resource': ['cache_tier/attributes/default.rb', "['memory_mb'] = 128", "['memory_mb'] = 192"],
  'e2e-cron-job': ['attributes/default.rb', "'heartbeat ok'", "'heartbeat fine'"],
  'e2e-chef-repo-two-services': ['roles/stack.rb', "'32mb'", "'48mb'"],
};

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const asJson = args.includes('--json');

function decant(...a) {
  const r = spawnSync(process.execPath, [TSX, MAIN, ...a], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`decant ${a.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}\n${r.stdout.slice(-2000)}`);
  return r.stdout;
}

const docker = (...a) => execFileSync('docker', a, { encoding: 'utf8', maxBuffer: 64 << 20 });

function convertArgs(input, out, c) {
  return ['convert', input, '-o', out, '--platform', c.platform ?? 'debian-12', ...(c.runList ? ['--run-list', c.runList.join(',')] : []), ...(c.environment ? ['--environment', c.environment] : [])];
}

/** Installed-Size (KiB) by package and version, as dpkg in the image says. */
function packages(image) {
  const text = docker('run', '--rm', '--entrypoint', 'dpkg-query', image, '-W', '-f=${Package}\t${Version}\t${Installed-Size}\n');
  const out = new Map();
  for (const line of text.trim().split('\n')) {
    const [name, version, size] = line.split('\t');
    out.set(name, { version, kib: Number(size) || 0 });
  }
  return out;
}

const imageSize = (image) => Number(docker('image', 'inspect', '-f', '{{.Size}}', image).trim());
const baseOf = (dockerfile) => /^FROM\s+(\S+)/m.exec(readFileSync(dockerfile, 'utf8'))[1];

function leanness(image, base, baseSize, basePackages) {
  const pk = packages(image);
  const added = [...pk].filter(([n]) => !basePackages.has(n));
  const upgraded = [...pk].filter(([n, p]) => basePackages.has(n) && basePackages.get(n).version !== p.version);
  const addedBytes = imageSize(image) - baseSize;
  const addedKib = added.reduce((s, [, p]) => s + p.kib, 0);
  const upgradedKib = upgraded.reduce((s, [, p]) => s + p.kib, 0);
  return {
    addedBytes,
    packagesAdded: added.length,
    installedBytes: addedKib * 1024,
    ratio: addedKib ? addedBytes / (addedKib * 1024) : null,
    upgraded: upgraded.map(([n, p]) => `${n} ${basePackages.get(n).version} → ${p.version}`),
    ratioCountingUpgrades: addedKib + upgradedKib ? addedBytes / ((addedKib + upgradedKib) * 1024) : null,
  };
}

function coldBuild(unit, out, tag) {
  const started = Date.now();
  const r = spawnSync('docker', ['build', '--no-cache', '-q', '-t', tag, '-f', join(out, unit.dockerfile), join(out, unit.context)], {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
  });
  if (r.status !== 0) throw new Error(`cold build of ${unit.image} failed: ${r.stderr.slice(-1500)}`);
  return Date.now() - started;
}

function benchFixture(name, work) {
  const c = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8'));
  const out = join(work, name);
  decant(...convertArgs(join(FIXTURES, name, 'input'), out, c));
  decant('build', out, '--json');
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  const units = report.apps.flatMap((a) => a.units);
  const rows = [];
  const benchTags = [];
  try {
    // The config-only change, converted into its own OUT whose images carry bench tags.
    const input = join(work, `${name}-changed-input`);
    cpSync(join(FIXTURES, name, 'input'), input, { recursive: true });
    const [file, from, to] = CHANGES[name];
    const text = readFileSync(join(input, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${name}: ${file} has no ${from} to change`);
    writeFileSync(join(input, file), text.replace(from, to));
    const changedOut = join(work, `${name}-changed`);
    decant(...convertArgs(input, changedOut, c));
    const changedReport = JSON.parse(readFileSync(join(changedOut, 'report.json'), 'utf8'));
    for (const a of changedReport.apps) for (const u of a.units) benchTags.push((u.image = `decant-bench-${u.name}:changed`));
    writeFileSync(join(changedOut, 'report.json'), JSON.stringify(changedReport, null, 2));

    for (const unit of units) {
      const base = baseOf(join(out, unit.dockerfile));
      const basePackages = packages(base);
      const lean = leanness(unit.image, base, imageSize(base), basePackages);
      const coldTag = `decant-bench-${unit.name}:cold`;
      benchTags.push(coldTag);
      const coldMs = coldBuild(unit, out, coldTag);
      rows.push({ fixture: name, unit: unit.name, image: unit.image, base, ...lean, coldMs });
    }
    const changed = JSON.parse(decant('build', changedOut, '--json'));
    for (const u of changed.units) {
      const row = rows.find((r) => r.unit === u.name);
      const packageStep = u.layers.findIndex((l) => /^RUN (apt-get|dnf) /.test(l.instruction));
      const rebuilt = u.layers.filter((l) => !l.cached && !/^FROM /.test(l.instruction));
      row.change = `${from} → ${to} in ${file}`;
      row.rebuiltLayers = rebuilt.map((l) => `${l.step}: ${l.instruction.slice(0, 60)}`);
      row.onlyAfterPackageLayer = packageStep < 0 || rebuilt.every((l) => l.step > u.layers[packageStep].step);
      row.rebuildMs = u.durationMs;
      row.rebuildFraction = row.coldMs ? u.durationMs / row.coldMs : null;
    }
  } finally {
    for (const t of benchTags) spawnSync('docker', ['image', 'rm', '-f', t], { stdio: 'ignore' });
  }
  return rows;
}

const fixtures = readdirSync(FIXTURES)
  .filter((d) => existsSync(join(FIXTURES, d, 'case.json')) && JSON.parse(readFileSync(join(FIXTURES, d, 'case.json'), 'utf8')).engine)
  .filter((d) => !only || d === only)
  .sort();
const work = mkdtempSync(join(tmpdir(), 'decant-bench-images-'));
const rows = [];
try {
  for (const f of fixtures) {
    if (!asJson) process.stderr.write(`${f} …\n`);
    rows.push(...benchFixture(f, work));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const mb = (b) => (b / 1e6).toFixed(1);
  const s = (ms) => (ms / 1000).toFixed(1);
  const lines = [
    '| image | adds (MB) | packages added (Installed-Size MB) | ratio | ratio counting upgrades | cold build (s) | config change: layers rebuilt | only after package layer | rebuild (s) | rebuild / cold |',
    '|---|---:|---:|---:|---:|---:|---|---|---:|---:|',
    ...rows.map((r) =>
      `| ${r.image} | ${mb(r.addedBytes)} | ${r.packagesAdded} (${mb(r.installedBytes)}) | ${r.ratio?.toFixed(3) ?? '—'} | ${r.ratioCountingUpgrades?.toFixed(3) ?? '—'} | ${s(r.coldMs)} | ${r.rebuiltLayers.length} | ${r.onlyAfterPackageLayer ? 'yes' : 'NO'} | ${s(r.rebuildMs)} | ${r.rebuildFraction?.toFixed(3) ?? '—'} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const r of rows) if (r.upgraded.length) process.stdout.write(`\n${r.image} upgrades base packages: ${r.upgraded.join(', ')}\n`);
}
