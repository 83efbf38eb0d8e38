/**
 * `decant inspect` asks for package facts as convert does: on an empty cache
 * (a fresh XDG_CACHE_HOME) it probes Debian 12's real archive, and a guard
 * reading a file the package ships is decided by the facts, not by the
 * fresh-image rule. Then an abandoned probe leaves no container of this
 * process behind. Skipped only when `docker info` fails.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerClient } from '../../src/engine/docker-client.js';
import { platformArchive } from '../../src/engine/package-facts/platform-archives.js';
import { PROBE_PID_LABEL, runArchiveScript } from '../../src/engine/package-facts/run-probe.js';
import { ensureBuilt, repo } from '../hardening/cli-run.js';

function engineMissing(): string | undefined {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return undefined;
  } catch (e) {
    return `docker info fails (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
}
const missingEngine = engineMissing();

describe.skipIf(missingEngine !== undefined)(`inspect with package facts${missingEngine ? ` — skipped: ${missingEngine}` : ''}`, () => {
  let root: string;
  let cookbook: string;

  beforeAll(() => {
    ensureBuilt();
    root = mkdtempSync(path.join(os.tmpdir(), 'decant-inspect-facts-'));
    cookbook = path.join(root, 'jqtool');
    mkdirSync(path.join(cookbook, 'recipes'), { recursive: true });
    writeFileSync(path.join(cookbook, 'metadata.rb'), "name 'jqtool'\nversion '1.0.0'\n");
    writeFileSync(path.join(cookbook, 'recipes/default.rb'), "package 'jq'\nexecute 'jq-config' do\n  command 'jq -n 1 > /etc/jq-ok'\n  only_if { ::File.exist?('/usr/bin/jq') }\nend\n");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('an empty cache: inspect probes the archive, and the guard is decided by the package\'s files', async () => {
    const env = { ...process.env, XDG_CACHE_HOME: path.join(root, 'xdg') };
    delete env['DECANT_OFFLINE'];
    // A generous budget: the probe takes ~20 s alone, and CI runs engine tests side by side.
    const args = [path.join(repo, 'bin', 'decant.js'), 'inspect', cookbook, '--json', '--facts-timeout', '400'];
    const r = await promisify(execFile)(process.execPath, args, { cwd: repo, env, timeout: 600_000, maxBuffer: 64 << 20 }).catch((e: { code?: number; stdout?: string; stderr?: string }) => {
      if (e.code !== 1) throw new Error(`decant inspect failed (${e.code}): ${e.stderr ?? String(e)}`);
      return { stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    });
    const doc = JSON.parse(r.stdout) as { resources: { type: string; guards: { outcome: string; reason?: string }[] }[]; diagnostics: { code: string }[] };
    const guard = doc.resources.find((x) => x.type === 'execute')!.guards[0]!;
    expect(guard).toMatchObject({ outcome: 'run', reason: 'package facts: /usr/bin/jq is shipped by jq' });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('DEC0507');
  }, 600_000);

  it('an abandoned probe leaves no container of this process', async () => {
    const docker = dockerClient();
    const controller = new AbortController();
    const run = runArchiveScript(docker, platformArchive('debian-12')!, { script: 'sleep 300', name: 'package-facts-probe', env: [], timeoutMs: 120_000, signal: controller.signal });
    // Long enough for the container to be running.
    setTimeout(() => controller.abort(new Error('the facts budget ran out')), 3_000);
    await expect(run).rejects.toThrow(/abandoned: the facts budget ran out/);
    const left = await docker.listContainers({ all: true, filters: { label: [`${PROBE_PID_LABEL}=${process.pid}`] } });
    expect(left).toEqual([]);
  }, 120_000);
});
