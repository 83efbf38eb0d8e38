/**
 * decant's command line. Only wiring: each command parses its flags, calls
 * the stages, prints what they return and sets the exit code. No stage imports
 * this folder.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { inspectCommand } from './commands/inspect.js';
import { convertCommand } from './commands/convert.js';
import { buildCommand } from './commands/build.js';
import { verifyCommand } from './commands/verify.js';
import { reportCommand } from './commands/report-merge.js';
import { factsCommand } from './commands/facts.js';
import { diffCommand } from './commands/diff.js';
import { ciCommand } from './commands/ci.js';
import { reportInternalError } from './internal-error.js';

// A reader that stops early (`decant diff a b | head`) closes the pipe: that ends the output, it is not a bug.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Errors that escape a command's own handling (a rejected promise in a stream callback, …).
process.on('uncaughtException', (e) => {
  reportInternalError(e);
  process.exit(process.exitCode ?? 2);
});
process.on('unhandledRejection', (e) => {
  reportInternalError(e);
  process.exit(process.exitCode ?? 2);
});

try {
  await yargs(hideBin(process.argv))
    .scriptName('decant')
    .usage('$0 <command> [options]\n\nConvert Chef cookbooks into container images and Kubernetes manifests.')
    .command(inspectCommand)
    .command(convertCommand)
    .command(buildCommand)
    .command(verifyCommand)
    .command(reportCommand)
    .command(factsCommand)
    .command(diffCommand)
    .command(ciCommand)
    .option('debug', { type: 'boolean', default: false, describe: 'print stack traces of internal errors' })
    .demandCommand(1, 'Name a command: decant inspect|convert|build|verify|diff|ci')
    .strict()
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .fail((msg, err, y) => {
      // A .check that refuses the arguments returns its reason as a string, which yargs hands on as `err`:
      // a usage error (exit 2). An Error is decant's own bug.
      if (err instanceof Error) throw err;
      process.stderr.write(`${y.help()}\n\n${msg ?? String(err)}\n`);
      process.exit(2);
    })
    .parseAsync();
} catch (e) {
  reportInternalError(e);
}
