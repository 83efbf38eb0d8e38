import type { NotificationTiming, Resource } from '../../model/converge.js';
import type { BuildStep, StepCondition, StepNotifiers } from '../../model/plan.js';
import { originOf } from '../origin.js';
import { displayName, str, strMap } from '../property-values.js';
import { resourceId } from '../resource-id.js';
import { splitServiceManager } from '../service-manager-command.js';
import { shellQuote } from './file.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';
import { secretStep } from './secret-step.js';

/** Talks to a running service: cannot run while the image builds, so it becomes a one-shot Job. */
const RUNTIME = /\b(mysql|mysqladmin|mariadb|psql|createdb|createuser|redis-cli|rabbitmqctl|mongo|mongosh|curl|wget)\b[^|;&]*\b(localhost|127\.0\.0\.1|-h\s|--host)/;
/** Resource types whose command is a shell script (perl and python code is not). */
const SHELL_TYPES = new Set(['execute', 'bash', 'script', 'sh']);
/** Init-system and host commands: no meaning in a container. */
const HOST = /^\s*(sudo\s+)?(systemctl|service|update-rc\.d|chkconfig|sysctl|modprobe|mount|swapon|hostnamectl|timedatectl|ufw|iptables|setenforce|reboot|shutdown)\b/;
/**
 * Addresses and routes of the host's interfaces (`ip addr add … dev eth0`, `ip -6 route del`, ifconfig, ifup): a
 * build has no NET_ADMIN and a pod's interfaces are its network's, so these configure the host, never the image.
 */
const HOST_NETWORK = /^\s*(sudo\s+)?((\/s?bin\/)?ip(\s+-[0-9a-z]+)*\s+(a|addr|address|r|route|link|rule|neigh|-6|-4)\b|ifconfig\b|ifup\b|ifdown\b)/;

/** Interpreters a script resource runs that a base image may not have, per platform family. */
const INTERPRETERS: Record<string, Record<string, string>> = {
  csh: { debian: 'csh', rhel: 'tcsh' },
  ksh: { debian: 'ksh', rhel: 'ksh' },
  ruby: { debian: 'ruby', rhel: 'ruby' },
  python: { debian: 'python-is-python3', rhel: 'python-unversioned-command' },
};

/**
 * When a step runs only because it is notified, what runs it: Chef runs a
 * delayed notification at the end of the run and an immediate one right
 * after its notifier, so the image must have written those files first.
 */
export function stepNotifiers(r: Resource, notifiers: readonly { readonly resource: string; readonly timing: NotificationTiming }[]): StepNotifiers | undefined {
  if (r.actions.includes('run') || notifiers.length === 0) return undefined;
  return {
    delayed: notifiers.some((n) => n.timing === 'delayed'),
    immediately: [...new Set(notifiers.filter((n) => n.timing !== 'delayed').map((n) => n.resource))],
  };
}

/**
 * execute, bash and script: a build-time RUN, a runtime Job when the command
 * talks to a running service, or dropped when it drives the host's init system.
 */
export const executeHandler: ResourceHandler = {
  types: ['execute', 'bash', 'script', 'sh', 'csh', 'ksh', 'perl', 'python', 'ruby'],
  describe: () => ({ classes: ['image', 'workload', 'host', 'secret', 'skipped'], reason: 'a build step (RUN) with its guards; a one-shot Job when it talks to a running service; host-level when it drives the init system or kernel; when it holds a secret value, start-time work in the runtime-files init container with the value from the Secret, or an error when decant cannot move it; skipped when :nothing and never notified' }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    const id = resourceId(r);
    const notified = ctx.notifiedActions(id);
    if (r.actions.includes('nothing') && !r.actions.includes('run') && notified.length === 0) {
      return { class: 'skipped', reason: 'action :nothing and nothing notifies it: it never runs' };
    }
    const written = r.type === 'execute' ? (str(r.properties['command']) ?? displayName(r.name)) : str(r.properties['code']);
    if (written === undefined) return { class: 'unsupported', reason: 'the command or code could not be worked out (needs review)' };
    // Service-manager commands mean nothing while an image builds: each is dropped with what it means in a container.
    const split = SHELL_TYPES.has(r.type) ? splitServiceManager(written) : { kept: written, dropped: [] };
    const droppedWhy = split.dropped.map((d) => `\`${d.text}\` (${d.meaning})`).join('; ');
    if (split.kept === undefined) return { class: 'host', reason: `service-manager command dropped: ${droppedWhy}` };
    const body = split.kept;
    const command =
      r.type === 'execute' || r.type === 'script' || r.type === 'sh' || (r.type === 'bash' && body.includes('\n'))
        ? body
        : r.type === 'bash'
          ? // A one-line RUN runs under /bin/sh (dash): `[[ ]]`, arrays or `source` in a bash resource would fail there.
            `bash -c ${shellQuote(body)}`
          : `${r.type} <<'DECANT_EOF'\n${body}\nDECANT_EOF`;
    const creates = str(r.properties['creates']);
    const conditions: StepCondition[] = r.guards.flatMap((g): StepCondition[] =>
      g.outcome === 'shell' && g.command ? [{ when: g.kind === 'only_if' ? 'if' : 'unless', command: g.command }] : [],
    );
    if (creates && !r.guards.some((g) => g.kind === 'creates')) conditions.push({ when: 'unless', command: `test -e ${creates}` });
    const user = str(r.properties['user']);
    const cwd = str(r.properties['cwd']);
    if (HOST.test(body)) return { class: 'host', reason: 'drives the host (init system, kernel, mounts): no meaning in a container' };
    if (HOST_NETWORK.test(body)) return { class: 'host', reason: "configures the host's network interfaces (addresses, routes): a pod's interfaces are its network's, so it has no meaning in a container" };
    const env = strMap(r.properties['environment']);
    const interpreter = INTERPRETERS[r.type]?.[ctx.family] ?? INTERPRETERS[r.type]?.['debian'];
    const packages = interpreter ? { packages: [{ ...originOf(r), name: interpreter }] } : {};
    const step: BuildStep = { ...originOf(r), command, env, conditions, ...(user && user !== 'root' ? { user } : {}), ...(cwd ? { cwd } : {}) };
    // Before the Job and the RUN: neither may carry a secret value in plain text.
    const secret = secretStep(r, step, ctx, packages, RUNTIME.test(body));
    if (secret) return secret;
    if (RUNTIME.test(body)) {
      return {
        class: 'workload',
        reason: `talks to a running service: a one-shot Job after the service is up${droppedWhy ? `; service-manager part dropped from it: ${droppedWhy}` : ''}`,
        seed: { kind: 'job', name: displayName(r.name), command, ...(user ? { user } : {}), ...(cwd ? { cwd } : {}) },
      };
    }
    const notifiedBy = stepNotifiers(r, ctx.notifiers(id));
    return {
      class: 'image',
      reason: `build step (RUN)${conditions.length ? ' with its shell guard carried as a condition' : ''}${notified.length ? ', run because a notification fires on the first converge' : ''}${droppedWhy ? `; service-manager part dropped from it: ${droppedWhy}` : ''}`,
      contribution: { ...packages, buildSteps: [{ ...step, ...(notifiedBy ? { notifiedBy } : {}) }] },
    };
  },
};
