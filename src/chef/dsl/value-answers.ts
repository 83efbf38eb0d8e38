/**
 * plan.yaml `values:` (issue 16): what decant cannot know, answered by a
 * person and keyed by what was unknown, so a reviewer reads each key as the
 * Ruby that asked it:
 *
 *   shell_out("cmd")                 the command's stdout (text)
 *   node["app"]["password"]          an attribute whose value decant could not work out
 *   data_bag_item("bag", "item")     an item not in the repo, or encrypted (a mapping)
 *   search(:node, "role:db")         the rows a search returns (a list of mappings)
 *   template[/etc/app.conf].owner    a resource property (dotted path into a Hash property)
 *
 * Answers are inputs of the evaluation, so a run with them is as
 * deterministic as one without. A question asked and not answered is kept,
 * with why and where, so plan.yaml can list it; its Unknown's reason names
 * the key to write.
 */
import { Unknown, type Data } from '../../model/data.js';
import { formatLocation, type SourceLocation } from '../../model/source.js';

export interface ValueAnswers {
  /** Answers from plan.yaml by key (null-free: an open question is not in here). */
  readonly answers: ReadonlyMap<string, Data>;
  /** Keys asked and not answered, first asked first, with why and where. */
  readonly asked: Map<string, string>;
  /** Keys answered, so the report can say which values came from plan.yaml. */
  readonly used: Set<string>;
}

export const emptyAnswers = (answers: Readonly<Record<string, Data>> = {}): ValueAnswers => ({
  answers: new Map(Object.entries(answers)),
  asked: new Map(),
  used: new Set(),
});

const q = (s: string) => JSON.stringify(s);
export const shellOutKey = (command: string): string => `shell_out(${q(command)})`;
export const attributeKey = (path: readonly string[]): string => `node${path.map((p) => `[${q(p)}]`).join('')}`;
export const dataBagItemKey = (bag: string, item: string): string => `data_bag_item(${q(bag)}, ${q(item)})`;
export const searchKey = (index: string, query: string): string => `search(:${index}, ${q(query)})`;
export const propertyKey = (resource: string, path: readonly string[]): string => `${resource}.${path.join('.')}`;

const HINT = ' [answer in plan.yaml values: ';

/** Whether an Unknown already names the plan.yaml key that answers it (the nearest question to its cause). */
export const namesKey = (u: Unknown): boolean => u.reason.includes(HINT);

/** The reason with the key to write appended. */
export const withKey = (reason: string, key: string): string => `${reason}${HINT}${key}]`;

/** plan.yaml's answer to `key`, recorded as used; undefined when there is none. */
export function answerFor(state: ValueAnswers | undefined, key: string): Data | undefined {
  const a = state?.answers.get(key);
  if (a === undefined || a === null) return undefined;
  state!.used.add(key);
  return a;
}

/**
 * The Unknown as the question `key` would answer it: recorded as asked, its
 * reason naming the key. An Unknown that already names a nearer key (the
 * shell_out an attribute came from) keeps it: answering that answers this.
 */
export function ask(state: ValueAnswers | undefined, key: string, u: Unknown): Unknown {
  if (state === undefined || namesKey(u)) return u;
  if (!state.asked.has(key)) state.asked.set(key, whyAt(u.reason, u.at));
  return new Unknown(withKey(u.reason, key), u.at);
}

function whyAt(reason: string, at: SourceLocation | undefined): string {
  if (!at) return reason;
  return `${reason} (${at.cookbook ? `${at.cookbook}/` : ''}${formatLocation(at)})`;
}
