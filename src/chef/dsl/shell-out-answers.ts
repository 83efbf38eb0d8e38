/**
 * `shell_out` output only the host knows, answered by a person in plan.yaml
 * (`values:`, keyed `shell_out("command")`). With an answer the call returns
 * what Mixlib::ShellOut would (stdout, an exit status of 0), so the run is
 * evaluated again deterministically from the answers; without one it is
 * Unknown, and the question is kept so plan.yaml can list it.
 */
import { RObject, Unknown, type RubyValue } from '../values.js';
import { ModuleDef, NOT_FOUND, type Behaviour, type Call, type Found, type Native } from '../interpreter/runtime.js';
import { toS } from '../interpreter/ruby-text.js';
import { answerFor, ask, shellOutKey, type ValueAnswers } from './value-answers.js';


class AnsweredShellOut implements Behaviour {
  readonly kind = 'Mixlib::ShellOut';
  readonly singleton = new ModuleDef('#<Mixlib::ShellOut>', true, undefined);
  readonly value = new RObject('Mixlib::ShellOut', this);
  constructor(private readonly stdout: string) {}
  modules(): readonly ModuleDef[] {
    return [];
  }
  native(name: string): Native | undefined {
    switch (name) {
      case 'stdout': return () => this.stdout;
      case 'stderr': return () => '';
      case 'exitstatus': return () => 0;
      case 'status': return () => 0;
      case 'error?': return () => false;
      case 'error!': return () => null;
      case 'run_command': return () => this.value;
      case 'live_stream': case 'live_stream=': case 'timeout=': case 'environment=': case 'cwd=': return () => null;
      default: return undefined;
    }
  }
  missing(_c: Call): Found {
    return NOT_FOUND;
  }
}

/** The answer to `shell_out(command)` when plan.yaml gives one; else the Unknown the caller made, naming its key. */
export function answerShellOut(state: ValueAnswers | undefined, command: RubyValue, unknown: () => Unknown): RubyValue {
  if (command instanceof Unknown || state === undefined) return unknown();
  const key = shellOutKey(toS(command));
  const answer = answerFor(state, key);
  if (answer === undefined) return ask(state, key, unknown());
  // Output is text: a number or boolean answered is its text; a list or mapping is not output.
  if (answer instanceof Unknown || typeof answer === 'object') return new Unknown(`plan.yaml answers ${key} with a ${Array.isArray(answer) ? 'list' : 'mapping'}; command output is text`);
  return new AnsweredShellOut(String(answer)).value;
}
