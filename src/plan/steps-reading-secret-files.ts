/**
 * A build step that reads a file the image does not hold as Chef wrote it: a
 * sensitive file decant ships whole as a Secret is mounted when the pod
 * starts, and a file whose secret values are filled in at start holds only
 * `${DECANT_SECRET_…}` references while the image builds. A step naming it
 * (`slaptest -f /etc/ldap/slapd.conf`) fails there, or works on the wrong
 * text. Chef ran it on the server after writing the file and before
 * (re)starting the service, so it runs in the service's container before the
 * service's command, where the file is: at every start, as an ExecStartPre
 * would. When the container cannot run it (no known command, or a non-root
 * service that cannot switch to the step's user) it is an error at its line
 * and a reason the unit needs input, rather than a build that fails later.
 */
import { error, info } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, BuildStep, Unit } from '../model/plan.js';
import { runtimeCommand } from './runtime-steps.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The step's command names the path as a word: not part of a longer path (`/etc/x.conf` is not `/etc/x.conf.d/a`). */
export function namesPath(command: string, path: string): boolean {
  return new RegExp(`(^|[\\s'"=])${escapeRe(path)}($|[\\s'";&|)])`).test(command);
}

/** Paths the unit's files reach only when the pod starts: Secrets mounted whole, and files with secret values filled in. */
export function startTimePaths(unit: Pick<Unit, 'secrets' | 'files'>): string[] {
  return [...new Set([...unit.secrets.flatMap((s) => (s.path !== undefined ? [s.path] : [])), ...unit.files.filter((f) => f.substituted?.length).map((f) => f.path)])];
}

/** Each build step of the unit with the start-time files it names. */
export function stepsReadingSecretFiles(unit: Pick<Unit, 'buildSteps' | 'secrets' | 'files'>): { step: BuildStep; files: string[] }[] {
  const paths = startTimePaths(unit);
  return unit.buildSteps.flatMap((step) => {
    const files = paths.filter((p) => namesPath(step.command, p));
    return files.length ? [{ step, files }] : [];
  });
}

/**
 * The step as the service's container runs it before the service; undefined
 * when it cannot: the command is not known, or the container runs as a user
 * other than root and the step's own.
 */
export function startCommandFor(step: BuildStep, unit: Pick<Unit, 'user' | 'command'>): string | undefined {
  if (unit.command.length === 0) return undefined;
  if (unit.user === undefined) return runtimeCommand(step);
  // Already the step's user: no switch (su would need root).
  return step.user === unit.user ? runtimeCommand({ ...step, user: undefined }) : undefined;
}

/** The service's command with the steps run first, in order; a failing step stops the start, as a failed RUN stopped the build. */
export function withStartSteps(command: readonly string[], steps: readonly string[]): string[] {
  return ['/bin/sh', '-c', `${steps.map((s) => `{ ${s}; } || exit $?`).join('; ')}; exec "$@"`, 'sh', ...command];
}

/** The app with each such step run at start in its service's container, or an error at its line when it cannot be. */
export function runStepsReadingSecretFilesAtStart(app: App): App {
  const diagnostics: Diagnostic[] = [];
  const units = app.units.map((u) => {
    const found = stepsReadingSecretFiles(u);
    if (!found.length) return u;
    const reasons: string[] = [];
    const atStart: string[] = [];
    const moved = new Set<BuildStep>();
    for (const { step, files } of found) {
      const paths = files.join(', ');
      const command = startCommandFor(step, u);
      if (command !== undefined) {
        atStart.push(command);
        moved.add(step);
        diagnostics.push(
          info('DEC0528', `unit ${u.name}: ${step.resource} reads ${paths}, which the pod has only when it starts: it runs in the service's container before the service's command, at every start rather than once`, step.source),
        );
        continue;
      }
      const why = `${step.resource} reads ${paths}, which the pod has only when it starts (not in the image as Chef wrote it), and ${u.command.length === 0 ? 'the service has no known command to run it before' : `the service runs as ${u.user}, which cannot switch to ${step.user ?? 'root'}`}: the step fails while the image builds`;
      reasons.push(why);
      diagnostics.push(
        error(
          'DEC0525',
          `unit ${u.name}: ${why}`,
          step.source,
          `run the step when the service starts (set the unit's \`command\` in plan.yaml to a shell that runs it and then execs the service, where the file is), or drop it from the image if the service does not read what it writes`,
        ),
      );
    }
    // The switch to the step's user (su) needs these where the pod drops every capability.
    const switches = atStart.some((c) => /\bsu -s /.test(c));
    return {
      ...u,
      buildSteps: u.buildSteps.filter((s) => !moved.has(s)),
      ...(atStart.length ? { command: withStartSteps(u.command, atStart) } : {}),
      ...(switches ? { capabilities: [...new Set([...u.capabilities, 'SETGID', 'SETUID'])].sort() } : {}),
      ...(reasons.length ? { needsInput: [...(u.needsInput ?? []), ...reasons] } : {}),
    };
  });
  return diagnostics.length ? { ...app, units, diagnostics: [...app.diagnostics, ...diagnostics] } : app;
}
