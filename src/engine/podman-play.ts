/**
 * Plays a unit's manifests with `podman kube play`, with the images decant
 * built in Docker loaded into podman (`docker save | podman load`), the
 * workarounds of podman-manifests.ts applied, and everything it made taken
 * down again by `down()`.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { error } from '../diagnostics/create.js';
import type { DockerClient } from './docker-client.js';
import { podmanPlan, type PodmanPlan } from './podman-manifests.js';
import { runCommand, type CommandResult } from './run-command.js';

export { runCommand, type CommandResult };

/** The objects of a kustomize folder: the files kustomization.yaml lists, else every YAML file. */
export async function readManifests(dir: string): Promise<unknown[]> {
  let files: string[];
  try {
    const k = parseAllDocuments(await readFile(join(dir, 'kustomization.yaml'), 'utf8'))[0]?.toJS() as { resources?: unknown } | undefined;
    files = Array.isArray(k?.resources) ? k.resources.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml').sort();
  }
  const out: unknown[] = [];
  for (const f of files) {
    for (const doc of parseAllDocuments(await readFile(join(dir, f), 'utf8'))) {
      const v: unknown = doc.toJS();
      if (v) out.push(v);
    }
  }
  return out;
}

/** Copies images from the Docker engine into podman's store. */
export async function loadIntoPodman(docker: DockerClient, image: string): Promise<CommandResult> {
  const archive = await docker.getImage(image).get();
  return runCommand('podman', ['load'], archive);
}

export interface PlayedManifests {
  readonly plan: PodmanPlan;
  readonly pods: string[];
  readonly diagnostics: Diagnostic[];
  /** Removes the pods, their volumes and the secrets; safe to call twice. */
  down(): Promise<void>;
}

export async function playManifests(docker: DockerClient, objects: readonly unknown[], images: readonly string[]): Promise<PlayedManifests> {
  const dir = await mkdtemp(join(tmpdir(), 'decant-play-'));
  const plan = podmanPlan(objects, dir);
  const diagnostics: Diagnostic[] = [];
  for (const f of plan.files) await writeFile(f.path, f.text, { mode: 0o644 });
  for (const image of images) {
    const loaded = await loadIntoPodman(docker, image).catch((e: unknown) => ({ code: -1, stdout: '', stderr: String(e) }));
    if (loaded.code !== 0) diagnostics.push(error('DEC0706', `could not load ${image} into podman: ${loaded.stderr.trim()}`));
  }
  const file = join(dir, 'play.yaml');
  await writeFile(file, plan.objects.map((o) => stringify(o)).join('---\n'));
  let isDown = false;
  const down = async () => {
    if (isDown) return;
    isDown = true;
    await runCommand('podman', ['kube', 'down', file]);
    // kube down can leave a pod behind on a loaded machine, and the next play of a pod with the same name then
    // fails ("pod already exists", even with --replace when the name came from another file): remove them by name.
    for (const pod of pods) await runCommand('podman', ['pod', 'rm', '-f', '--ignore', pod]);
    for (const o of plan.objects) {
      if ((o as { kind?: string }).kind === 'PersistentVolumeClaim') await runCommand('podman', ['volume', 'rm', '-f', String((o as { metadata: { name: string } }).metadata.name)]);
    }
    for (const s of plan.secrets) await runCommand('podman', ['secret', 'rm', s.name]);
    await rm(dir, { recursive: true, force: true });
  };
  for (const s of plan.secrets) {
    await runCommand('podman', ['secret', 'rm', s.name]);
    // podman 4.3 takes `-` only from a named pipe, not node's socket stdin: a private file instead.
    const secretFile = join(dir, `secret-${plan.secrets.indexOf(s)}.json`);
    // podman reads the secret as Go's map[string][]byte: values base64, as a Secret's `data`.
    const encoded = Object.fromEntries(Object.entries(s.data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]));
    await writeFile(secretFile, JSON.stringify(encoded), { mode: 0o600 });
    const made = await runCommand('podman', ['secret', 'create', s.name, secretFile]);
    await rm(secretFile, { force: true });
    if (made.code !== 0) diagnostics.push(error('DEC0706', `podman secret create ${s.name}: ${made.stderr.trim()}`));
  }
  const played = await runCommand('podman', ['kube', 'play', '--replace', file]);
  if (played.code !== 0) diagnostics.push(error('DEC0706', `podman kube play failed: ${played.stderr.trim() || played.stdout.trim()}`));
  const listed = await runCommand('podman', ['pod', 'ps', '--format', '{{.Name}}']);
  const wanted = new Set(plan.objects.filter((o) => ['Pod', 'Deployment'].includes(String(o['kind']))).map((o) => String((o['metadata'] as { name: string }).name)));
  const pods = listed.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((p) => p && [...wanted].some((w) => p === w || p.startsWith(`${w}-pod`)))
    .sort();
  return { plan, pods, diagnostics, down };
}

/** Runs a command in a played pod's container (podman names it `<pod>-<container>`). */
export function podExec(pod: string, container: string, argv: readonly string[]): Promise<CommandResult> {
  return runCommand('podman', ['exec', `${pod}-${container}`, ...argv]);
}

/** What a played pod's container wrote to its output (stdout, then stderr): what `kubectl logs` shows. */
export async function podLogs(pod: string, container: string): Promise<string> {
  const r = await runCommand('podman', ['logs', `${pod}-${container}`]);
  return `${r.stdout}${r.stderr}`;
}
