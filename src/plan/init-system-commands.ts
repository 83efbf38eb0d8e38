/**
 * A service's command from what the cookbook writes for init systems other
 * than systemd (issue 14, source 1): a runit run script, a supervisord
 * program, an upstart job; and why an /etc/init.d script gives none. Each is
 * found by the path the init system reads (or the resource that writes it),
 * never by the service's name alone.
 */
import type { Resource } from '../model/converge.js';
import { runScriptCommand } from '../text/run-script.js';
import { programCommand, supervisorPrograms } from '../text/supervisor-program.js';
import { upstartCommand } from '../text/upstart-job.js';
import type { CommandAnswer } from './command-answer.js';
import { displayName, str } from './property-values.js';
import { allWritten, lastWritten, textOf, whereOf, type WrittenText } from './written-text.js';
import { applyForm, formFor, type FileText, type ForegroundForm } from './unit-command.js';
import { initScriptCommand } from './init-script-command.js';
import { resourceId } from './resource-id.js';

const serviceNameOf = (r: Resource) => str(r.properties['service_name']) ?? displayName(r.name);
const notSkipped = (r: Resource) => !r.guards.some((g) => g.outcome === 'skip');

/** The run script runsv starts: a runit_service's rendered run template, else a file at /etc/sv/<svc>/run or /etc/service/<svc>/run. */
export function runitCommand(service: string, resources: readonly Resource[]): CommandAnswer | undefined {
  const declared = [...resources].reverse().find((r) => r.type === 'runit_service' && notSkipped(r) && serviceNameOf(r) === service && r.content);
  const sv = new Set([`/etc/sv/${service}/run`, `/etc/service/${service}/run`]);
  const file = lastWritten(resources, (p) => sv.has(p) || /\/sv\/[^/]+\/run$/.test(p) && p.endsWith(`/${service}/run`));
  const script: WrittenText | undefined = file ?? (declared ? textOf(declared, `run script of ${resourceId(declared)}`) : undefined);
  if (!script) return undefined;
  if (script.text === undefined) return { refused: `the runit run script ${script.path}: ${script.why}` };
  const read = runScriptCommand(script.text);
  if (!read.ok) return { refused: `the runit run script of ${script.where} gives no command: ${read.reason}` };
  return {
    made: {
      command: read.argv,
      ...(read.user ? { user: read.user } : {}),
      ...(read.group ? { group: read.group } : {}),
      environment: read.env,
      runtimeDirectories: [],
      notes: [`command from the exec at line ${read.line} of the runit run script of ${script.where}`, ...read.notes],
    },
  };
}

const SUPERVISOR_CONF = /^\/etc\/(supervisor\/conf\.d\/[^/]+\.conf|supervisor\/supervisord\.conf|supervisord\.conf|supervisord\.d\/[^/]+\.(conf|ini))$/;

/** A `[program:<svc>]` section supervisord reads, or a supervisor_service resource's own properties. */
export function supervisorCommand(service: string, resources: readonly Resource[]): CommandAnswer | undefined {
  for (const file of allWritten(resources, (p) => SUPERVISOR_CONF.test(p)).reverse()) {
    if (file.text === undefined) continue;
    const program = supervisorPrograms(file.text).find((p) => p.name === service);
    if (!program) continue;
    const read = programCommand(program);
    if (!read.ok) return { refused: `${file.where}: ${read.reason}` };
    return {
      made: {
        command: read.argv,
        ...(read.user ? { user: read.user } : {}),
        environment: read.env,
        runtimeDirectories: [],
        notes: [
          `command from [program:${service}] (command at line ${read.line}) of ${file.path}, written by ${file.where}`,
          ...(read.directory ? [`supervisord starts it in ${read.directory}: the container starts in its image's working directory`] : []),
        ],
      },
    };
  }
  const declared = [...resources].reverse().find((r) => r.type === 'supervisor_service' && notSkipped(r) && serviceNameOf(r) === service);
  if (!declared) return undefined;
  const command = declared.properties['command'];
  if (typeof command !== 'string') return { refused: `${whereOf(declared)} has no command decant knows` };
  const lines = [`[program:${service}]`, `command=${command}`];
  const user = str(declared.properties['user']);
  if (user) lines.push(`user=${user}`);
  const dir = str(declared.properties['directory']);
  if (dir) lines.push(`directory=${dir}`);
  const env = declared.properties['environment'];
  if (env && typeof env === 'object' && !Array.isArray(env)) {
    const pairs = Object.entries(env).flatMap(([k, v]) => (typeof v === 'string' ? [`${k}="${v.replace(/["\\]/g, '\\$&')}"`] : []));
    if (pairs.length) lines.push(`environment=${pairs.join(',')}`);
  }
  const read = programCommand(supervisorPrograms(lines.join('\n'))[0]!);
  if (!read.ok) return { refused: `${whereOf(declared)}: ${read.reason}` };
  return {
    made: {
      command: read.argv,
      ...(read.user ? { user: read.user } : {}),
      environment: read.env,
      runtimeDirectories: [],
      notes: [`command from the command property of ${whereOf(declared)}`, ...(read.directory ? [`supervisord starts it in ${read.directory}: the container starts in its image's working directory`] : [])],
    },
  };
}

/** An upstart job /etc/init/<svc>.conf: its exec stanza. */
export function upstartJobCommand(service: string, resources: readonly Resource[], forms: readonly ForegroundForm[]): CommandAnswer | undefined {
  const job = lastWritten(resources, (p) => p === `/etc/init/${service}.conf`);
  if (!job) return undefined;
  if (job.text === undefined) return { refused: `the upstart job ${job.path}: ${job.why}` };
  const read = upstartCommand(job.text);
  if (!read.ok) return { refused: `the upstart job of ${job.where} gives no command: ${read.reason}` };
  let argv = [...read.argv];
  const notes = [`command from the exec stanza at line ${read.line} of the upstart job of ${job.where}`];
  if (read.forks) {
    const form = formFor(argv, forms);
    if (!form) return { refused: `the upstart job of ${job.where} says \`expect ${read.forks}\` (the daemon forks) and no foreground form is known for ${argv[0]}` };
    argv = applyForm(argv, form);
    notes.push(`the job forks (expect ${read.forks}); made foreground: ${form.why}`);
  }
  if (read.workingDirectory) notes.push(`upstart starts it in ${read.workingDirectory} (chdir): the container starts in its image's working directory`);
  return {
    made: { command: argv, ...(read.user ? { user: read.user } : {}), ...(read.group ? { group: read.group } : {}), environment: read.env, runtimeDirectories: [], notes },
  };
}

/**
 * An /etc/init.d script the cookbook writes, read as a package's is
 * (init-script-command.ts: Debian's skeleton shape, made foreground by the
 * foreground data or a pid-file watch); any other script puts the daemon in
 * the background in ways decant does not follow, and says why.
 */
export function sysvScriptCommand(service: string, resources: readonly Resource[], fileText: FileText, forms: readonly ForegroundForm[]): CommandAnswer | undefined {
  const script = lastWritten(resources, (p) => p === `/etc/init.d/${service}`);
  if (!script) return undefined;
  if (script.text === undefined) return { refused: `the cookbook's init script ${script.path}: ${script.why}` };
  const read = initScriptCommand(script.text, script.path, fileText, forms);
  if (!read.ok) return { refused: `the cookbook's init script ${script.path} (${script.where}) gives no foreground command: ${read.reason}` };
  return {
    made: {
      command: read.command,
      ...(read.user ? { user: read.user } : {}),
      environment: {},
      runtimeDirectories: [],
      notes: [`command from the start-stop-daemon line of the init script written by ${script.where}`, ...read.notes],
    },
  };
}
