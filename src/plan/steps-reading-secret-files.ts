/**
 * A build step that reads a file the image does not hold: a sensitive file
 * decant ships whole as a Secret is mounted when the pod starts, so a step
 * naming it (`slaptest -f /etc/ldap/slapd.conf`) finds nothing while the
 * image builds and the build fails. Chef ran it on the server where the file
 * was; decant cannot run it against the real file without the secret, so it
 * says so here (an error and a reason the unit needs input) rather than
 * leave the reviewer a build that fails later.
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, BuildStep, SecretSpec, Unit } from '../model/plan.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The step's command names the path as a word: not part of a longer path (`/etc/x.conf` is not `/etc/x.conf.d/a`). */
export function namesPath(command: string, path: string): boolean {
  return new RegExp(`(^|[\\s'"=])${escapeRe(path)}($|[\\s'";&|)])`).test(command);
}

/** Each build step of the unit with the Secret-mounted files it names. */
export function stepsReadingSecretFiles(unit: Pick<Unit, 'buildSteps' | 'secrets'>): { step: BuildStep; files: SecretSpec[] }[] {
  const mounted = unit.secrets.filter((s) => s.path !== undefined);
  return unit.buildSteps.flatMap((step) => {
    const files = mounted.filter((s) => namesPath(step.command, s.path!));
    return files.length ? [{ step, files }] : [];
  });
}

/** The app with each such step an error at its line and a reason its unit needs input. */
export function flagStepsReadingSecretFiles(app: App): App {
  const diagnostics: Diagnostic[] = [];
  const units = app.units.map((u) => {
    const found = stepsReadingSecretFiles(u);
    if (!found.length) return u;
    const reasons = found.map(({ step, files }) => {
      const paths = files.map((f) => f.path!).join(', ');
      const why = `${step.resource} reads ${paths}, which is a Secret mounted when the pod starts and is not in the image: the step fails while the image builds`;
      diagnostics.push(
        error(
          'DEC0525',
          `unit ${u.name}: ${why}`,
          step.source,
          `run the step when the service starts (set the unit's \`command\` in plan.yaml to a shell that runs it and then execs the service, where the Secret is mounted), or drop it from the image if the service does not read what it writes`,
        ),
      );
      return why;
    });
    return { ...u, needsInput: [...(u.needsInput ?? []), ...reasons] };
  });
  return diagnostics.length ? { ...app, units, diagnostics: [...app.diagnostics, ...diagnostics] } : app;
}
