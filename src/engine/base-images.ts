/**
 * The Debian base images have no registry to come from on our machines:
 * scripts/engine-setup.sh makes them with debootstrap. `decant build` asks it
 * for a base only when a Dockerfile names one that is missing (bullseye is
 * made on demand, since debootstrap takes about a minute).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DockerClient } from './docker-client.js';
import { runCommand, type CommandResult } from './run-command.js';

/** `debian:bookworm-slim` → `bookworm`; other bases are the registry's business. */
export function debianSuiteOf(image: string): string | undefined {
  return /^(?:docker\.io\/(?:library\/)?)?debian:(bookworm|bullseye|trixie)-slim$/.exec(image)?.[1];
}

/**
 * The bases the Dockerfiles name. Read from the Dockerfile, not image.json:
 * what the builder will pull is what the FROM line says, edited or not.
 */
export async function baseImagesOf(dockerfiles: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const f of dockerfiles) {
    const text = await readFile(f, 'utf8').catch(() => '');
    for (const m of text.matchAll(/^FROM[ \t]+(?:--platform=\S+[ \t]+)?(\S+)/gim)) out.add(m[1]!);
  }
  return [...out].sort();
}

export const SETUP_SCRIPT = fileURLToPath(new URL('../../scripts/engine-setup.sh', import.meta.url));

/** Makes the missing Debian bases; returns what it ran, for the caller to report. */
export async function ensureDebianBases(docker: DockerClient, images: readonly string[]): Promise<{ made: string[]; failed: { image: string; result: CommandResult }[] }> {
  const made: string[] = [];
  const failed: { image: string; result: CommandResult }[] = [];
  for (const image of images) {
    const suite = debianSuiteOf(image);
    if (!suite) continue;
    const present = await docker.getImage(image).inspect().then(() => true, () => false);
    if (present) continue;
    const result = await runCommand('bash', [SETUP_SCRIPT, '--base', suite]);
    if (result.code === 0) made.push(image);
    else failed.push({ image, result });
  }
  return { made, failed };
}
