import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Diagnostic } from '../../model/diagnostic.js';
import { error } from '../../diagnostics/create.js';
import { dockerClient, engineProblem } from '../../engine/docker-client.js';
import { readReportUnits, selectUnits } from '../../engine/report-units.js';
import { verifyUnit, type VerifyResult } from '../../engine/verify.js';
import { EXIT_CLEAN, EXIT_UNUSABLE, EXIT_WITH_ERRORS } from '../exit-code.js';
import { renderDiagnostics } from '../print-diagnostics.js';

interface VerifyArgs {
  out: string;
  unit: string[];
  json: boolean;
}

export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify <out>',
  describe: 'Run each built image and check the unit: up, ports, health check, HTTP, run-once jobs, files',
  builder: (y) =>
    y
      .positional('out', { type: 'string', demandOption: true, describe: 'the folder `decant convert -o` wrote (images built by `decant build`)' })
      .option('unit', { type: 'string', array: true, default: [], describe: 'verify only this unit (NAME or APP/NAME; repeatable)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the machine-readable result' }),
  handler: async (args) => {
    const out = resolve(args.out);
    const read = await readReportUnits(out);
    const picked = selectUnits(read.units, args.unit);
    const diagnostics: Diagnostic[] = [...read.diagnostics, ...picked.diagnostics];
    const docker = dockerClient();
    const problem = picked.units.length ? await engineProblem(docker) : undefined;
    if (problem) diagnostics.push(error('DEC0703', `no Docker engine answers: ${problem}`, undefined, 'run scripts/engine-setup.sh (as root), or set DOCKER_HOST'));
    const usable = picked.units.length > 0 && !problem && !diagnostics.some((d) => d.code === 'DEC0704');
    const results: VerifyResult[] = [];
    if (usable) {
      for (const unit of picked.units) {
        if (!args.json) process.stderr.write(`[${unit.app}/${unit.name}] running ${unit.image}\n`);
        const r = await verifyUnit(docker, unit);
        results.push(r);
        diagnostics.push(...r.diagnostics);
      }
    }
    const failed = results.some((r) => r.checks.some((c) => !c.ok));
    process.exitCode = !usable ? EXIT_UNUSABLE : failed ? EXIT_WITH_ERRORS : EXIT_CLEAN;
    if (args.json) {
      const doc = {
        units: results.map((r) => ({ name: r.unit.name, checks: r.checks.map((c) => ({ name: c.name, ok: c.ok, detail: c.detail })) })),
        // Integration tests (a cookbook's test/integration) are the next issue's; counted here once they run.
        tests: { passed: 0, failed: 0, unsupported: 0 },
      };
      process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      if (!usable) process.stderr.write(`${renderDiagnostics(diagnostics)}\n`);
      return;
    }
    const lines: string[] = [];
    for (const r of results) {
      lines.push(`${r.checks.every((c) => c.ok) ? 'ok  ' : 'FAIL'}  ${r.unit.app}/${r.unit.name}  ${r.unit.image}`);
      for (const c of r.checks) lines.push(`      ${c.ok ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}`);
    }
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    const shown = diagnostics.filter((d) => d.code !== 'DEC0702');
    if (shown.length) process.stderr.write(`${renderDiagnostics(shown)}\n`);
  },
};
