/**
 * The pipeline `decant ci` writes, run for real: gitlab-ci-local (shell
 * executor, each job in its own copy of the repository) over a git repository
 * holding the two-service e2e chef-repo and its conversion, with DECANT set
 * to this checkout's bin/decant.js. Every job passes and each unit has its
 * own jobs; then a cookbook edit that installs a package the archive lacks,
 * converted and committed, fails that unit's build and nothing of the other.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'fixtures', 'e2e-chef-repo-two-services', 'input');
const DECANT = `${process.execPath} ${join(ROOT, 'bin', 'decant.js')}`;
// Image names come from the app (the role): a role of its own keeps them apart from other tests' images.
const APP = `cistack${process.pid}`;
let repo: string;

async function sh(cmd: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  try {
    const r = await exec(cmd, args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, FORCE_COLOR: '0' } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: `${x.stdout}${x.stderr}` };
  }
}

const decant = (cwd: string, ...args: string[]) => sh(process.execPath, [join(ROOT, 'bin', 'decant.js'), ...args], cwd);
const git = (cwd: string, ...args: string[]) => sh('git', ['-c', 'user.email=ci@decant.test', '-c', 'user.name=decant', ...args], cwd);

async function convertAndCommit(message: string): Promise<void> {
  const converted = await decant(repo, 'convert', 'chef-repo', '-o', 'out', '--run-list', `role[${APP}]`, '--environment', 'production', '--offline', '--force');
  expect(converted.code, converted.out).toBeLessThan(2);
  const ci = await decant(repo, 'ci', 'out', '--target', 'gitlab,github');
  expect(ci.code, ci.out).toBe(0);
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-qm', message);
}

function pipeline(): Promise<{ code: number; out: string }> {
  const args = [join(ROOT, 'node_modules', 'gitlab-ci-local', 'src', 'index.js')];
  return sh(process.execPath, [...args, '--force-shell-executor', '--shell-isolation', '--no-color', '--concurrency', '2', '--variable', `DECANT=${DECANT}`, '--unset-variable', 'CI_REGISTRY_IMAGE'], repo);
}

/** The job summary gitlab-ci-local prints last: `PASS  job` / `FAIL  job`. */
function outcomes(log: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of log.split('\n')) {
    const hit = /^\s*(PASS|FAIL|WARN)\s+(\S.*?)\s*$/.exec(line);
    if (hit) m.set(hit[2]!, hit[1]!);
  }
  return m;
}

/** Lines a job printed (gitlab-ci-local prefixes each with the job name). */
const jobLines = (log: string, job: string) => log.split('\n').filter((l) => l.startsWith(`${job} `));

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'ci.js'))) await sh('npm', ['run', '--silent', 'build'], ROOT);
  repo = await mkdtemp(join(tmpdir(), 'decant-ci-gitlab-'));
  await cp(FIXTURE, join(repo, 'chef-repo'), { recursive: true });
  const role = await readFile(join(repo, 'chef-repo', 'roles', 'stack.rb'), 'utf8');
  await rm(join(repo, 'chef-repo', 'roles', 'stack.rb'));
  await writeFile(join(repo, 'chef-repo', 'roles', `${APP}.rb`), role.replace("name 'stack'", `name '${APP}'`));
  await writeFile(join(repo, '.gitignore'), '.gitlab-ci-local/\n.decant-images/\n');
  await git(repo, 'init', '-q', '-b', 'main');
  await convertAndCommit('converted');
});

afterAll(async () => {
  await sh('docker', ['rmi', '-f', `${APP}-nginx:1.0.0`, `${APP}-redis:1.0.0`], ROOT);
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe('the GitLab pipeline decant ci writes, under gitlab-ci-local', () => {
  it('passes every job, one build, verify and push job per unit', async () => {
    const r = await pipeline();
    const jobs = outcomes(r.out);
    const names = ['check', ...['nginx', 'redis'].flatMap((u) => [`build ${APP}/${u}`, `verify ${APP}/${u}`, `push ${APP}/${u}`])];
    for (const n of names) expect(jobs.get(n), `${n}\n${r.out.slice(-4000)}`).toBe('PASS');
    expect(r.code, r.out.slice(-4000)).toBe(0);
    // Each verify job runs its own unit, and the app's suite skips what the other unit owns instead of failing it.
    const nginx = jobLines(r.out, `verify ${APP}/nginx`).join('\n');
    expect(nginx).toContain(`[${APP}/nginx] running`);
    expect(nginx).not.toContain(`[${APP}/redis] running`);
    expect(nginx).toMatch(/5 passed, 0 failed, 0 unsupported, 4 skipped/);
    // No registry here: the push job says so and passes.
    expect(jobLines(r.out, `push ${APP}/redis`).join('\n')).toContain('no registry configured');
  }, 900_000);

  it('fails only the broken unit: a package the archive lacks fails its build, the other unit passes', async () => {
    const recipe = join(repo, 'chef-repo', 'cookbooks', 'store', 'recipes', 'default.rb');
    const text = await readFile(recipe, 'utf8');
    expect(text).toContain("package 'redis-server'");
    // Offline, convert cannot know the archive lacks it: the build is where it shows.
    await writeFile(recipe, text.replace("package 'redis-server'", "package 'redis-server'\npackage 'decant-no-such-package'"));
    await convertAndCommit('a cookbook edit that installs a missing package');
    const r = await pipeline();
    const jobs = outcomes(r.out);
    expect(jobs.get('check')).toBe('PASS');
    expect(jobs.get(`build ${APP}/redis`), r.out.slice(-4000)).toBe('FAIL');
    expect(jobs.has(`verify ${APP}/redis`)).toBe(false);
    for (const n of [`build ${APP}/nginx`, `verify ${APP}/nginx`, `push ${APP}/nginx`]) expect(jobs.get(n), `${n}\n${r.out.slice(-4000)}`).toBe('PASS');
    expect(jobLines(r.out, `build ${APP}/redis`).join('\n')).toContain('decant-no-such-package');
    expect(r.code).not.toBe(0);
  }, 900_000);
});
