/**
 * InSpec `processes(name_or_regex)`: a string matches a process running that
 * program (or whose command line contains it as a word), a regex matches the
 * full command line.
 */
import { failed, type Resource } from './facts.js';
import { listProcesses, runsProgram } from './processes-list.js';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const processesResource: Resource = async (args, ctx) => {
    const [pattern] = args;
    if (!(pattern instanceof RegExp) && typeof pattern !== 'string') return { unsupported: 'processes needs a name or a regular expression' };
    const procs = await listProcesses(ctx.exec);
    if ('error' in procs) return failed(procs.error);
    const matches = procs.filter((p) =>
      typeof pattern === 'string'
        ? runsProgram(p, pattern) || new RegExp(`(^|[\\s/])${escape(pattern)}(\\s|:|$)`).test(p.command)
        : pattern.test(p.command),
    );
    const entries = matches.map((p) => ({ pid: p.pid, user: p.user, command: p.command, state: p.state }));
    return {
      predicates: { exist: matches.length > 0, running: matches.length > 0 },
      properties: {
        pids: matches.map((p) => p.pid),
        users: matches.map((p) => p.user),
        commands: matches.map((p) => p.command),
        states: matches.map((p) => p.state),
        entries,
        count: matches.length,
      },
    };
};
