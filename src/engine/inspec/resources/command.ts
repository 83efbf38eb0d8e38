/** InSpec `command`: run through `sh -c` inside the container, as InSpec's local backend does. */
import { quote, sh } from '../exec.js';
import { failed, type Resource } from './facts.js';

export const commandResource: Resource = async (args, ctx) => {
  const [cmd] = args;
  if (typeof cmd !== 'string') return { unsupported: 'command needs a command line' };
  const r = await sh(ctx.exec, cmd);
  if (r.error) return failed(r.error);
  const program = cmd.trim().split(/\s+/)[0] ?? '';
  return {
    predicates: {
      exist: async () => (await sh(ctx.exec, `command -v ${quote(program)} >/dev/null`)).exitCode === 0,
    },
    properties: { stdout: r.stdout, stderr: r.stderr, exit_status: r.exitCode },
  };
};
