/**
 * `shell_out` output only the host knows, answered by a person in plan.yaml
 * (`values:`, keyed `shell_out("command")`) or, for a version or help query of
 * a program a package of the run ships, by observation (command-observations.ts);
 * a command Ohai ran to fill an automatic attribute (`hostname`) gets that
 * attribute's value (ohai-commands.ts).
 * With an answer the call returns what Mixlib::ShellOut would (a plan.yaml
 * answer is stdout with exit status 0; an observation is what the command
 * printed and its status), so the run is evaluated again deterministically
 * from its inputs; without one it is Unknown, and the question is kept so
 * plan.yaml can list it.
 */
import { RObject, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { toS } from '../interpreter/ruby-text.js';
import { answerFor, ask, shellOutKey, type ValueAnswers } from './value-answers.js';
import { RaiseSignal } from '../interpreter/signals.js';
import type { SourceLocation } from '../../model/source.js';
import { lookUpObservation, type CommandObservations } from './command-observations.js';


class AnsweredShellOut implements Behaviour {
  readonly kind = 'Mixlib::ShellOut';
  readonly singleton = new ModuleDef('#<Mixlib::ShellOut>', true, undefined);
  readonly value = new RObject('Mixlib::ShellOut', this);
  constructor(
    private readonly stdout: string,
    private readonly stderr = '',
    private readonly exitStatus = 0,
  ) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'stdout': return () => this.stdout;
      case 'stderr': return () => this.stderr;
      case 'exitstatus': return () => this.exitStatus;
      case 'status': return () => this.exitStatus;
      case 'error?': return () => this.exitStatus !== 0;
      case 'error!': return (c) => this.raiseOnError(c.node.loc);
      case 'run_command': return () => this.value;
      case 'live_stream': case 'live_stream=': case 'timeout=': case 'environment=': case 'cwd=': return () => null;
      default: return undefined;
    }
  }
  missing(_c: Call): Found {
    return NOT_FOUND;
  }
  /** Mixlib::ShellOut#error!: a non-zero exit raises ShellCommandFailed, as `shell_out!` does. */
  raiseOnError(at: SourceLocation): null {
    if (this.exitStatus !== 0) throw new RaiseSignal('Mixlib::ShellOut::ShellCommandFailed', `Expected process to exit with [0], but received '${this.exitStatus}'`, at);
    return null;
  }
}

/** How a call reaches the observations: `strict` for shell_out!, which raises on a non-zero exit. */
export interface ShellOutCall {
  readonly observations?: CommandObservations;
  readonly strict: boolean;
  readonly at: SourceLocation;
}

/**
 * The answer to `shell_out(command)`: plan.yaml's when it gives one (a person's
 * word is kept over an observation), else the observation, else the Unknown the
 * caller made — with why it was not observed, when it could be — naming its key.
 */
export function answerShellOut(state: ValueAnswers | undefined, command: RubyValue, unknown: (why?: string) => Unknown, call?: ShellOutCall): RubyValue {
  if (command instanceof Unknown || state === undefined) return unknown();
  const key = shellOutKey(toS(command));
  const answer = answerFor(state, key);
  if (answer === undefined) {
    const seen = lookUpObservation(call?.observations, toS(command), call?.at);
    if ('observed' in seen) {
      const result = new AnsweredShellOut(seen.observed.stdout, seen.observed.stderr, seen.observed.exitStatus);
      if (call?.strict) result.raiseOnError(call.at);
      return result.value;
    }
    if ('ohai' in seen) return new AnsweredShellOut(seen.ohai.stdout).value;
    return ask(state, key, unknown('missing' in seen ? seen.missing : undefined));
  }
  // Output is text: a number or boolean answered is its text; a list or mapping is not output.
  if (answer instanceof Unknown || typeof answer === 'object') return new Unknown(`plan.yaml answers ${key} with a ${Array.isArray(answer) ? 'list' : 'mapping'}; command output is text`);
  return new AnsweredShellOut(String(answer)).value;
}
