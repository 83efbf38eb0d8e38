/**
 * A build step that holds a secret value decant knows — in its command, its
 * environment or its shell guard — never becomes a RUN: the value would sit
 * in the image's layers and history for whoever pulls it (issue 16). When
 * decant can name every file the step writes, it runs when the pod starts in
 * the runtime-files init container, its text holding `${DECANT_SECRET_<KEY>}`
 * references filled from the Secret just before it runs. Otherwise it is an
 * error at the step: a step that talks to the running service or changes
 * state decant cannot hand over (a data directory, a daemon) cannot run
 * there, and Chef's way — run it on the server — has no image equivalent.
 */
import { error, info } from '../../diagnostics/create.js';
import type { Resource } from '../../model/converge.js';
import type { BuildStep, RuntimeStep, SecretSpec } from '../../model/plan.js';
import { runtimeCommand } from '../runtime-steps.js';
import { secretStepOutputs } from '../secret-step-outputs.js';
import { secretWhat, withReferences } from '../secret-references.js';
import type { Classified, Contribution, HandlerContext } from './handler.js';

/** Where in the step a secret value sits, for the message; empty when none does. */
export function secretPlaces(step: BuildStep, holdsSecret: (text: string) => boolean): string[] {
  return [
    ...(holdsSecret(step.command) ? ['command'] : []),
    ...(Object.values(step.env).some(holdsSecret) ? ['environment'] : []),
    ...(step.conditions.some((c) => holdsSecret(c.command)) ? ['guard'] : []),
  ];
}

/**
 * What becomes of a step that holds a secret; undefined when it holds none
 * (and is not `sensitive`), so it stays a build step. `talksToService`: the
 * command needs the running daemon (it would be a one-shot Job).
 */
export function secretStep(r: Resource, step: BuildStep, ctx: Pick<HandlerContext, 'holdsSecret' | 'secretReferences'>, extra: Contribution, talksToService: boolean): Classified | undefined {
  const places = secretPlaces(step, ctx.holdsSecret);
  if (places.length === 0 && !r.sensitive) return undefined;
  const where = places.length ? `its ${places.join(' and ')} holds a secret value` : 'it is marked sensitive';
  const { text, used } = withReferences(runtimeCommand(step), ctx.secretReferences);
  const writes = secretStepOutputs(step);
  const why =
    used.length === 0
      ? 'decant tracks no secret value in it, so it cannot take the value from the Secret'
      : talksToService
        ? 'it talks to the running service, which is up only after the pod starts'
        : writes === undefined
          ? 'decant cannot name every file it writes (it starts programs or changes state other than named files), so it cannot hand its effect to the service from the runtime-files init container'
          : undefined;
  if (why !== undefined) {
    const message = `${step.resource}: ${where}, so it is not a build step (the value would sit in an image layer); ${why}`;
    return {
      class: 'secret',
      reason: `${message} (needs review)`,
      diagnostics: [
        error(
          'DEC0527',
          message,
          step.source,
          'do this once against the deployed service with the value from the Secret (a Job, or your deployment tooling), or give the unit a command in plan.yaml that does it at start; then drop the step',
        ),
      ],
    };
  }
  const moved: RuntimeStep = { resource: step.resource, source: step.source, command: text, writes: writes!, what: 'a step holding a secret value', secretEnv: used.map((u) => u.env) };
  const secrets: SecretSpec[] = used.map((u) => ({ resource: step.resource, source: step.source, key: u.env, env: u.env, value: u.value, reason: `${secretWhat(u)} in the ${places.join(' and ')} of ${step.resource}, filled in when the pod starts` }));
  return {
    class: 'secret',
    reason: `${where}: runs when the pod starts, in the runtime-files init container, with the value from the Secret; never in an image layer`,
    contribution: { ...extra, runtimeSteps: [moved], secrets },
    diagnostics: [
      info('DEC0526', `${step.resource}: ${where}; it runs when the pod starts (runtime-files init container) with ${used.map((u) => u.env).join(', ')} from the Secret, writing ${writes!.join(', ')}, and at every start rather than once`, step.source),
    ],
  };
}
