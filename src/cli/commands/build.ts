import { relative, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Diagnostic } from '../../model/diagnostic.js';
import { error, info } from '../../diagnostics/create.js';
import { baseImagesOf, ensureDebianBases } from '../../engine/base-images.js';
import { buildAll, type UnitBuild } from '../../engine/build-all.js';
import { describeFailure } from '../../engine/build.js';
import { dockerClient, engineProblem } from '../../engine/docker-client.js';
import { readReportUnits, selectUnits } from '../../engine/report-units.js';
import { EXIT_CLEAN, EXIT_UNUSABLE, EXIT_WITH_ERRORS } from '../../pipeline/exit-code.js';
import { diagnosticJson } from '../../pipeline/inspect-json.js';
import { renderDiagnostics } from '../../pipeline/render-diagnostics.js';

interface BuildArgs {
  out: string;
  unit: string[];
  jobs: number;
  json: boolean;
  'cache-from': string[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function unitJson(r: UnitBuild, out: string) {
  const b = r.build;
  return {
    app: b.unit.app,
    name: b.unit.name,
    image: b.unit.image,
    ok: b.ok,
    ...(b.imageId ? { imageId: r.finish?.imageId ?? b.imageId } : {}),
    steps: b.steps,
    cachedSteps: b.cachedSteps,
    layers: b.layers.map((l) => ({ ...l })),
    durationMs: b.durationMs,
    ...(r.finish?.command ? { command: [...r.finish.command], commandFrom: 'systemd ExecStart' } : {}),
    ...(b.failure
      ? {
          failure: {
            message: b.failure.message,
            ...(b.failure.step !== undefined ? { step: b.failure.step, total: b.failure.total, instruction: b.failure.instruction } : {}),
            dockerfile: relative(out, b.unit.dockerfile),
            ...(b.failure.dockerfileLine !== undefined ? { line: b.failure.dockerfileLine } : {}),
            resources: b.failure.origins.map((o) => ({ resource: o.resource, file: o.file, line: o.line })),
            output: [...b.failure.output],
          },
        }
      : {}),
  };
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build <out>',
  describe: 'Build the images of a conversion (OUT/report.json) on the Docker engine',
  builder: (y) =>
    y
      .positional('out', { type: 'string', demandOption: true, describe: 'the folder `decant convert -o` wrote' })
      .option('unit', { type: 'string', array: true, default: [], describe: 'build only this unit (NAME or APP/NAME; repeatable)' })
      .option('cache-from', { type: 'string', array: true, default: [], describe: 'an image whose layers the build may reuse, e.g. one pulled from the registry (repeatable)' })
      .option('jobs', { type: 'number', default: 1, describe: 'images built at the same time' })
      .option('json', { type: 'boolean', default: false, describe: 'print a machine-readable result, no progress' }),
  handler: async (args) => {
    const out = resolve(args.out);
    const say = (line: string) => void (args.json ? undefined : process.stderr.write(`${line}\n`));
    const read = await readReportUnits(out);
    const picked = selectUnits(read.units, args.unit);
    const diagnostics: Diagnostic[] = [...read.diagnostics, ...picked.diagnostics];
    const docker = dockerClient();
    const problem = picked.units.length ? await engineProblem(docker) : undefined;
    if (problem) diagnostics.push(error('DEC0703', `no Docker engine answers: ${problem}`, undefined, 'run scripts/engine-setup.sh (as root), or set DOCKER_HOST'));
    const usable = picked.units.length > 0 && !problem && !diagnostics.some((d) => d.code === 'DEC0704');
    let results: UnitBuild[] = [];
    if (usable) {
      const bases = await baseImagesOf(picked.units.map((u) => u.dockerfile));
      say(`base images: ${bases.join(', ')}`);
      const ensured = await ensureDebianBases(docker, bases);
      for (const m of ensured.made) diagnostics.push(info('DEC0703', `made the missing base image ${m} with debootstrap (no registry)`));
      for (const f of ensured.failed) diagnostics.push(error('DEC0703', `base image ${f.image} is missing and could not be made: ${f.result.stderr.trim().split('\n').slice(-3).join(' ')}`));
      results = await buildAll(docker, picked.units, {
        jobs: args.jobs,
        displayRoot: out,
        cacheFrom: args['cache-from'],
        onProgress: (e) => {
          if (e.kind === 'step') say(`[${e.unit.app}/${e.unit.name}] step ${e.step}/${e.total}: ${e.instruction.split('\n')[0]!.slice(0, 100)}`);
        },
      });
      for (const r of results) diagnostics.push(...r.build.diagnostics, ...(r.finish?.diagnostics ?? []));
    }
    process.exitCode = !usable ? EXIT_UNUSABLE : results.some((r) => !r.build.ok) || diagnostics.some((d) => d.severity === 'error') ? EXIT_WITH_ERRORS : EXIT_CLEAN;
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ units: results.map((r) => unitJson(r, out)), diagnostics: diagnostics.map(diagnosticJson) }, null, 2)}\n`);
      return;
    }
    const lines: string[] = [];
    for (const r of results) {
      const b = r.build;
      const name = `${b.unit.app}/${b.unit.name}`;
      if (b.ok) lines.push(`ok    ${name}  ${b.unit.image}  (${seconds(b.durationMs)}, ${b.steps} steps, ${b.cachedSteps} from cache)`);
      else lines.push(`FAIL  ${name}  ${b.unit.image}`, describeFailure(b.failure!, relative(out, b.unit.dockerfile)).replace(/^/gm, '      '));
    }
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    const shown = diagnostics.filter((d) => d.code !== 'DEC0701');
    if (shown.length) process.stderr.write(`${renderDiagnostics(shown)}\n`);
  },
};
