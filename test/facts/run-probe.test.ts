/**
 * The probe container's life with a stand-in engine: labelled with the
 * process that started it, removed at once when the run is abandoned, and a
 * missing base image named with the command that makes it.
 */
import { describe, expect, it } from 'vitest';
import type { DockerClient } from '../../src/engine/docker-client.js';
import { PROBE_PID_LABEL, runArchiveScript } from '../../src/engine/package-facts/run-probe.js';
import { platformArchive } from '../../src/engine/package-facts/platform-archives.js';

const archive = platformArchive('debian-12', {})!;
const script = { script: 'sleep 300', name: 'package-facts-probe', env: [], timeoutMs: 60_000 };

/** An engine whose container never finishes on its own; it records what was created and removed. */
function fakeEngine(create?: () => Promise<never>) {
  const log: { created?: Record<string, unknown>; removed: string[] } = { removed: [] };
  const container = { id: 'c1', start: async () => undefined, wait: () => new Promise(() => undefined), logs: async () => Buffer.alloc(0) };
  const docker = {
    createContainer: create ?? (async (spec: Record<string, unknown>) => ((log.created = spec), container)),
    getContainer: (id: string) => ({ remove: async () => void log.removed.push(id) }),
  } as unknown as DockerClient;
  return { docker, log };
}

describe('runArchiveScript', () => {
  it('labels the container with this process and removes it at once when the run is abandoned', async () => {
    const { docker, log } = fakeEngine();
    const controller = new AbortController();
    const run = runArchiveScript(docker, archive, { ...script, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('the facts budget of 30 s ran out')), 20);
    await expect(run).rejects.toThrow('the package-facts-probe container was abandoned: the facts budget of 30 s ran out');
    expect((log.created?.['Labels'] as Record<string, string>)[PROBE_PID_LABEL]).toBe(String(process.pid));
    expect(log.removed).toEqual(['c1']);
  });

  it('an already aborted run starts no container', async () => {
    const { docker, log } = fakeEngine();
    const controller = new AbortController();
    controller.abort('spent');
    await expect(runArchiveScript(docker, archive, { ...script, signal: controller.signal })).rejects.toThrow(/abandoned: spent/);
    expect(log.created).toBeUndefined();
  });

  it('a missing base image is named with the command that makes it', async () => {
    const missing = () => Promise.reject(Object.assign(new Error('(HTTP code 404) no such container - No such image: debian:bookworm-slim'), { statusCode: 404 }));
    const { docker } = fakeEngine(missing);
    await expect(runArchiveScript(docker, archive, script)).rejects.toThrow('the base image debian:bookworm-slim is not on this engine: make it with `bash scripts/engine-setup.sh --base bookworm`');
  });

  it('another engine error is passed on as it is', async () => {
    const { docker } = fakeEngine(() => Promise.reject(Object.assign(new Error('(HTTP code 500) server error'), { statusCode: 500 })));
    await expect(runArchiveScript(docker, archive, script)).rejects.toThrow('(HTTP code 500) server error');
  });
});
