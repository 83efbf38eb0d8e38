/**
 * The unknown-service step of `decant build`: when the emitter could not name
 * a unit's command (the catalog does not know the service), read ExecStart
 * from the package's systemd unit inside the built image and add the CMD in a
 * second build on top of it. The result is cached in the engine: the final
 * image carries the ID of the image it was finished from, so an unchanged
 * first image is not read or built again.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { SYSTEMD_SERVICE_LABEL } from '../model/image-data.js';
import { info, warning } from '../diagnostics/create.js';
import type { DockerClient } from './docker-client.js';
import { applyEvent, newProgress, parseEventLines } from './build-progress.js';
import { runCapture } from './run-capture.js';
import { readUnitFile, serviceCommand } from '../text/systemd-unit.js';
import { readImageData } from './image-data.js';
import type { EngineUnit } from './report-units.js';

export const FINISHED_FROM_LABEL = 'io.decant.cmd-from-image';

/** The placeholder CMD the emitter writes when it does not know the command. */
const isPlaceholder = (cmd: readonly string[] | null | undefined): boolean => !cmd || cmd.length === 0 || (cmd.length === 1 && cmd[0] === '/bin/false');

const UNIT_DIRS = ['/etc/systemd/system', '/lib/systemd/system', '/usr/lib/systemd/system'];

export interface FinishResult {
  readonly imageId: string;
  readonly command?: readonly string[];
  readonly cached: boolean;
  readonly diagnostics: Diagnostic[];
}

async function finishedImageFor(docker: DockerClient, baseId: string): Promise<string | undefined> {
  const found = await docker.listImages({ filters: JSON.stringify({ label: [`${FINISHED_FROM_LABEL}=${baseId}`] }) });
  return found[0]?.Id;
}

async function buildCmd(docker: DockerClient, baseId: string, tag: string, argv: readonly string[]): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'decant-cmd-'));
  try {
    await writeFile(join(dir, 'Dockerfile'), `FROM ${baseId}\nLABEL ${FINISHED_FROM_LABEL}="${baseId}"\nCMD ${JSON.stringify(argv)}\n`);
    const stream = await docker.buildImage({ context: dir, src: ['Dockerfile'] }, { t: tag, rm: true });
    const progress = newProgress();
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      stream.on('data', (c: Buffer) => {
        const { events, rest } = parseEventLines(buffer + c.toString());
        buffer = rest;
        for (const e of events) applyEvent(progress, e);
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
    return progress.error === undefined ? (await docker.getImage(tag).inspect()).Id : undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Undefined result: the unit's command was known, nothing to do. */
export async function finishCommand(docker: DockerClient, unit: EngineUnit, imageId: string): Promise<FinishResult | undefined> {
  const image = await docker.getImage(imageId).inspect();
  if (!isPlaceholder(image.Config.Cmd)) return undefined;
  // The service emit named in image.json; an image built without one (a hand-written Dockerfile) by its label, else the unit's name.
  const emitted = await readImageData(unit);
  const service = (emitted.ok ? emitted.data.systemdService : undefined) ?? image.Config.Labels?.[SYSTEMD_SERVICE_LABEL] ?? unit.name;
  const where = `${unit.app}/${unit.name}`;
  const cachedId = await finishedImageFor(docker, imageId);
  if (cachedId) {
    await docker.getImage(cachedId).tag({ repo: unit.image.replace(/:[^:/]+$/, ''), tag: unit.image.match(/:([^:/]+)$/)?.[1] ?? 'latest' });
    const cmd = (await docker.getImage(cachedId).inspect()).Config.Cmd ?? [];
    return { imageId: cachedId, command: cmd, cached: true, diagnostics: [info('DEC0705', `${where}: CMD ${JSON.stringify(cmd)} from ${service}.service (cached)`)] };
  }
  const paths = UNIT_DIRS.map((d) => `${d}/${service}.service`);
  // `cat` of all candidates: the first that exists wins, as systemd's search order says.
  const read = await runCapture(docker, imageId, ['/bin/sh', '-c', `for f in ${paths.join(' ')}; do [ -f "$f" ] && exec cat "$f"; done; exit 44`]).catch(
    (e: unknown) => ({ exitCode: -1, stdout: '', stderr: e instanceof Error ? e.message : String(e) }),
  );
  if (read.exitCode !== 0) {
    const why = read.exitCode === 44 ? `no ${service}.service in ${UNIT_DIRS.join(', ')}` : read.stderr.trim() || `exit ${read.exitCode}`;
    return { imageId, cached: false, diagnostics: [warning('DEC0705', `${where}: the command of service ${service} is unknown and could not be read from the image: ${why}`, undefined, 'set the command under this unit in plan.yaml and convert again with --plan')] };
  }
  const exec = serviceCommand(readUnitFile(read.stdout));
  if (!exec.ok) {
    return { imageId, cached: false, diagnostics: [warning('DEC0705', `${where}: ${service}.service does not give a usable command: ${exec.reason}`, undefined, 'set the command under this unit in plan.yaml and convert again with --plan')] };
  }
  const finished = await buildCmd(docker, imageId, unit.image, exec.argv);
  if (!finished) return { imageId, cached: false, diagnostics: [warning('DEC0705', `${where}: adding CMD ${JSON.stringify(exec.argv)} failed`)] };
  return {
    imageId: finished,
    command: exec.argv,
    cached: false,
    diagnostics: [info('DEC0705', `${where}: the catalog does not know ${service}: CMD ${JSON.stringify(exec.argv)} read from ExecStart of ${service}.service in the image`, undefined, 'review it, and set it in plan.yaml to make it permanent')],
  };
}
