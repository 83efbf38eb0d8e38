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

/** The key plan.yaml answers a shell_out by: its command, JSON-quoted. */
export const shellOutKey = (command: string): string => `shell_out(${JSON.stringify(command)})`;

export interface ShellOutAnswers {
  /** Answers from plan.yaml by key. */
  readonly answers: ReadonlyMap<string, string>;
  /** Keys asked and not answered, in the order first asked. */
  readonly asked: Set<string>;
  /** Keys answered, so the report can say which values came from plan.yaml. */
  readonly used: Set<string>;
}

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

/** The answer to `shell_out(command)` when plan.yaml gives one; else the Unknown the caller made, its question recorded. */
export function answerShellOut(state: ShellOutAnswers | undefined, command: RubyValue, unknown: () => Unknown): RubyValue {
  if (command instanceof Unknown || state === undefined) return unknown();
  const key = shellOutKey(toS(command));
  const answer = state.answers.get(key);
  if (answer === undefined) {
    state.asked.add(key);
    return unknown();
  }
  state.used.add(key);
  return new AnsweredShellOut(answer).value;
}
