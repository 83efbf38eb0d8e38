/**
 * The evaluator's side of observed commands (src/model/observed-commands.ts):
 * a `shell_out` whose command is observable by its form (observable-command.ts)
 * and whose program a package of this run ships is answered from an
 * observation when the pipeline has one for that package at that version;
 * otherwise it is asked for (`wanted`), and the pipeline observes it and
 * evaluates again. Without package facts nobody can say which package ships
 * the program, and the value stays unknown with that cause.
 */
import type { BinaryFact, PackageFactsView } from '../../model/package-facts.js';
import type { CommandObservationRequest, ObservedCommand } from '../../model/observed-commands.js';
import type { SourceLocation } from '../../model/source.js';
import { observableCommand } from './observable-command.js';
import { ohaiCommandAnswer, type OhaiCommandAnswer } from './ohai-commands.js';
import type { RHash } from '../values.js';

export interface CommandObservations {
  /** decant's platform name: 'debian-12'. */
  readonly platform: string;
  /** The base image's PATH, where a bare program name is looked up. */
  readonly searchPath: readonly string[];
  readonly facts?: PackageFactsView;
  /** Why `facts` is absent (default: offline), for the cause of what they would have answered. */
  readonly factsAbsent?: string;
  /**
   * Whether Ruby runs at converge time now (a custom resource's action, a
   * lazy value, a guard): only then have the run's packages been installed.
   * In the compile phase a fresh node has none of them yet.
   */
  readonly atConverge: () => boolean;
  /** What the engine saw, by command. */
  readonly observed: ReadonlyMap<string, ObservedCommand>;
  /** Observable commands not observed yet, by command: the pipeline's next question. */
  readonly wanted: Map<string, CommandObservationRequest>;
  /**
   * Without package facts: commands of the observable form asked and not
   * answered. Which package ships their program is unknown here, so only an
   * observation an earlier run made with this run's package set can answer them.
   */
  readonly unplaced: Set<string>;
  /** Observations that answered a call, by command, with the first place that asked: the report says where a value came from. */
  readonly used: Map<string, { readonly observed: ObservedCommand; readonly at?: SourceLocation }>;
  /** The target's automatic attributes: a command Ohai ran to collect one is answered with it (ohai-commands.ts). */
  readonly automatic?: RHash;
  /** Commands answered from the automatic attributes, with the first place that asked. */
  readonly fromOhai: Map<string, { readonly answer: OhaiCommandAnswer; readonly at?: SourceLocation }>;
}

export function commandObservations(
  platform: string,
  searchPath: readonly string[],
  facts: PackageFactsView | undefined,
  atConverge: () => boolean,
  observed: readonly ObservedCommand[] = [],
  automatic?: RHash,
  factsAbsent?: string,
): CommandObservations {
  return {
    platform,
    ...(factsAbsent !== undefined ? { factsAbsent } : {}),
    searchPath,
    atConverge,
    ...(facts ? { facts } : {}),
    ...(automatic ? { automatic } : {}),
    fromOhai: new Map(),
    observed: new Map(observed.map((o) => [o.command, o])),
    wanted: new Map(),
    unplaced: new Set(),
    used: new Map(),
  };
}

export type ObservationLookup =
  | { readonly observed: ObservedCommand }
  /** A command Ohai ran to fill an automatic attribute: its value, as the node holds it. */
  | { readonly ohai: OhaiCommandAnswer }
  /** Observable, but not answered here: why, to add to the Unknown's reason. */
  | { readonly missing: string }
  /** Not a command decant observes: the host-only reason stands. */
  | { readonly never: true };

/** Where the image finds the program, among the packages this run installs. */
function shippedProgram(state: CommandObservations, facts: PackageFactsView, program: string): BinaryFact | undefined {
  const installed = facts.resolution.requests.map((r) => r.name);
  const candidates = program.startsWith('/') ? [program] : state.searchPath.map((dir) => `${dir}/${program}`);
  for (const c of candidates) {
    const found = facts.binary(c, installed);
    if (found) return found;
  }
  return undefined;
}

/** The observation answering `command`, or why there is none. */
export function lookUpObservation(state: CommandObservations | undefined, command: string, at?: SourceLocation): ObservationLookup {
  if (!state) return { never: true };
  const ohai = ohaiCommandAnswer(state.automatic, command);
  if (ohai) {
    if (!state.fromOhai.has(command)) state.fromOhai.set(command, { answer: ohai, ...(at ? { at } : {}) });
    return { ohai };
  }
  const form = observableCommand(command);
  if ('not' in form) return { never: true };
  const observed = state.observed.get(command);
  const use = (o: ObservedCommand) => {
    if (!state.used.has(command)) state.used.set(command, { observed: o, ...(at ? { at } : {}) });
    return { observed: o };
  };
  if (!state.facts) {
    if (!state.atConverge()) return { never: true };
    // The pipeline hands an offline run only what was observed with this run's package set.
    if (observed) return use(observed);
    state.unplaced.add(command);
    return { missing: `it could be observed in a ${state.platform} container, but without package facts (${state.factsAbsent ?? 'offline'}) decant cannot tell which package ships \`${form.program}\`, and no earlier run observed it with this run's packages` };
  }
  const shipped = shippedProgram(state, state.facts, form.program);
  if (!shipped) return { never: true };
  // Chef's compile phase runs before any package converges: on a fresh node the program is not there yet.
  if (!state.atConverge()) return { missing: `it runs in the compile phase, before ${shipped.packageName} is installed: on a fresh node \`${form.program}\` is not there yet` };
  if (observed && observed.packageName === shipped.packageName && observed.packageVersion === shipped.packageVersion) return use(observed);
  if (!state.wanted.has(command)) state.wanted.set(command, { command, program: shipped.path, packageName: shipped.packageName, packageVersion: shipped.packageVersion, ...(at ? { at } : {}) });
  return { missing: `it is observable in a ${state.platform} container with ${shipped.packageName} ${shipped.packageVersion}, and was not observed in this run` };
}
