/**
 * What the runtime-files init container does in Kubernetes, done for `decant
 * verify` on a plain engine (issue 16): run the image once with the unit's
 * start-time script as root, the Secret's values as variables (from the
 * unit's Secret manifest: placeholders unless converted with
 * --include-secrets), then copy each file it made into the service's
 * container — created, not yet started — at the path the service reads.
 * The image is never changed: the files live in the two containers only.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ImageData } from '../model/image-data.js';
import type { DockerClient } from './docker-client.js';
import { release, track } from './container-janitor.js';
import { pathExists } from './container-path.js';
import type { EngineUnit } from './report-units.js';
import { demuxLogs } from './run-capture.js';

type Runtime = NonNullable<ImageData['runtime']>;

export interface RuntimeCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** What verify fills in for a value the Secret still holds as decant's placeholder: one plain word. */
export const VERIFY_STAND_IN = 'decant-verify-stand-in';

/**
 * The value verify gives the script: the Secret's own, or for decant's
 * placeholder (`REPLACE-ME: set with kubectl …`, a sentence for the person
 * who deploys) a one-word stand-in, since a config line such as
 * `rootpw VALUE` takes one word and the sentence would fail the service
 * for a reason a real value never would.
 */
export function verifyValue(value: string): string {
  return /^REPLACE-ME\b/.test(value) ? VERIFY_STAND_IN : value;
}

/** The Secret's values the script reads, from the unit's Secret manifest; a key it lacks is left unset (its reference stays). */
async function secretEnv(unit: EngineUnit, keys: readonly string[]): Promise<string[]> {
  if (!keys.length || !unit.manifests) return [];
  const text = await readFile(join(unit.manifests, `${unit.name}-secret.yaml`), 'utf8').catch(() => undefined);
  const doc = text ? (parseYaml(text) as { stringData?: Record<string, unknown>; data?: Record<string, unknown> } | null) : null;
  return keys.flatMap((k) => {
    const plain = doc?.stringData?.[k];
    if (typeof plain === 'string') return [`${k}=${verifyValue(plain)}`];
    const b64 = doc?.data?.[k];
    return typeof b64 === 'string' ? [`${k}=${verifyValue(Buffer.from(b64, 'base64').toString('utf8'))}`] : [];
  });
}

async function streamBuffer(s: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}

/**
 * Copy `path` from one container into another: the archive of the file, or
 * of the first folder on its way the target lacks (the script may have made
 * it), put into the deepest folder the target has.
 */
async function copyPath(docker: DockerClient, from: string, to: string, path: string): Promise<void> {
  const parts = path.split('/').filter(Boolean);
  let depth = parts.length - 1;
  while (depth > 0 && !(await pathExists(docker, to, `/${parts.slice(0, depth).join('/')}`))) depth--;
  const into = `/${parts.slice(0, depth).join('/')}`;
  const source = `/${parts.slice(0, depth + 1).join('/')}`;
  const tar = await streamBuffer((await docker.getContainer(from).getArchive({ path: source })) as unknown as NodeJS.ReadableStream);
  await docker.getContainer(to).putArchive(tar, { path: into });
}

/** Run the unit's start-time work and hand its files to the created service container `mainId`. */
export async function prepareRuntimeFiles(docker: DockerClient, unit: EngineUnit, runtime: Runtime, mainId: string, seconds = 120): Promise<RuntimeCheck> {
  const name = 'runtime files made at start';
  const env = await secretEnv(unit, runtime.secretEnv);
  const stoodIn = env.filter((e) => e.endsWith(`=${VERIFY_STAND_IN}`)).map((e) => e.slice(0, e.indexOf('=')));
  const init = await docker.createContainer({
    Image: unit.image,
    User: '0',
    Entrypoint: ['/bin/sh', '-c', runtime.script],
    Cmd: [],
    Env: env,
    Labels: { 'io.decant.engine': 'verify', 'io.decant.unit': `${unit.app}/${unit.name}` },
  });
  track(docker, init.id);
  try {
    await init.start();
    const timer = new Promise<undefined>((r) => setTimeout(() => r(undefined), seconds * 1000).unref());
    const waited = (await Promise.race([init.wait(), timer])) as { StatusCode: number } | undefined;
    if (!waited || waited.StatusCode !== 0) {
      const raw = (await init.logs({ stdout: true, stderr: true, tail: 10 }).catch(() => Buffer.alloc(0))) as unknown as Buffer;
      const { stdout, stderr } = demuxLogs(raw);
      return { name, ok: false, detail: `${waited ? `the start-time script exited ${waited.StatusCode}` : `the start-time script still ran after ${seconds} s`}: ${`${stdout}${stderr}`.trim().split('\n').join(' | ').slice(0, 400)}` };
    }
    for (const f of runtime.files) await copyPath(docker, init.id, mainId, f.path);
    const standIn = stoodIn.length ? `; ${stoodIn.join(', ')} still a placeholder in the Secret: verify filled in "${VERIFY_STAND_IN}"` : '';
    return { name, ok: true, detail: `${runtime.files.map((f) => f.path).join(', ')} made by the image's own start-time script, as the init container makes them${standIn}` };
  } catch (e) {
    return { name, ok: false, detail: e instanceof Error ? e.message : String(e) };
  } finally {
    await release(init.id);
  }
}
