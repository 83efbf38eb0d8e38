/**
 * InSpec `service`, translated for a container, where there is no init
 * system to ask: installed = the image has the package or a unit/init file
 * for it; running = a process of the service runs in the container;
 * enabled = installed and running, because the only way a service "starts
 * at boot" in a container is as the unit's main process.
 */
import { quote, sh } from '../exec.js';
import { failed, type Resource } from './facts.js';
import { listProcesses, runsProgram } from './processes-list.js';

const UNIT_DIRS = ['/lib/systemd/system', '/usr/lib/systemd/system', '/etc/systemd/system'];

export const serviceResource: Resource = async (args, ctx) => {
  const [name] = args;
  if (typeof name !== 'string') return { unsupported: 'service needs a service name' };
  const unitFiles = UNIT_DIRS.map((d) => `${d}/${name}.service`);
  const script = [
    `dpkg-query -W -f='\${db:Status-Abbrev}' ${quote(name)} 2>/dev/null | grep -q '^ii' && echo package`,
    `[ -e /etc/init.d/${quote(name)} ] && echo initscript`,
    // ExecStart names the binary the service runs, which may differ from the service name (redis-server → redis-server, ssh → sshd).
    `for f in ${unitFiles.map(quote).join(' ')}; do [ -f "$f" ] && { echo unit; sed -n 's/^ExecStart=[-@+!]*//p' "$f" | head -n1 | sed 's/^/exec /'; }; done`,
    'true',
  ].join('; ');
  const r = await sh(ctx.exec, script);
  if (r.error) return failed(r.error);
  const lines = r.stdout.split('\n');
  const installed = lines.some((l) => l === 'package' || l === 'initscript' || l === 'unit') || ctx.packages.includes(name);
  const programs = new Set([name]);
  for (const l of lines) {
    const exe = /^exec (\S+)/.exec(l)?.[1];
    if (exe) programs.add(exe.split('/').pop()!);
  }
  const procs = await listProcesses(ctx.exec);
  if ('error' in procs) return failed(procs.error);
  // A unit converted from this very service runs it as its main process, whatever the binary is called.
  const converted = ctx.services.includes(name);
  const main = converted ? procs.find((p) => p.pid === 1) : undefined;
  const mine = main ? [main] : procs.filter((p) => [...programs].some((prog) => runsProgram(p, prog)));
  const running = mine.length > 0;
  const how = running
    ? `${main ? `unit ${ctx.unit} was converted from service[${name}] and its main ` : ''}process ${mine[0]!.pid} (${mine[0]!.command.slice(0, 60)}) runs`
    : `no process named ${[...programs].join(' or ')}`;
  const has = installed || converted;
  return {
    predicates: { installed: has, running, enabled: has && running },
    properties: { name, installed: has, running, enabled: has && running },
    note: `in a container: running = ${how}; installed = the image has its package or unit file${converted ? ' (or the unit was converted from it)' : ''}; enabled = both`,
  };
};
