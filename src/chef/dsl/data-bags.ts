/** Data bags as recipes and libraries read them (`data_bag_item`, `data_bag`, `Chef::DataBag.list`): from the workspace, never a server. */
import type { Workspace } from '../../model/workspace.js';
import { RArray, RHash, Unknown, type RubyValue } from '../values.js';
import type { Call } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { markDataBagItem } from '../interpreter/builtins/mash.js';
import { toS } from '../interpreter/ruby-text.js';
import { dataToRuby } from '../to-data.js';
import type { Data } from '../../model/data.js';
import { RaiseSignal } from '../interpreter/signals.js';
import { answerFor, ask, dataBagItemKey, type ValueAnswers } from './value-answers.js';

/**
 * `data_bag_item(bag, id[, secret])`, `Chef::DataBagItem.load` and, with `encrypted`,
 * `Chef::EncryptedDataBagItem.load(bag, id[, secret])`. Chef decrypts an item only when it is encrypted, so a
 * plain item in the repo reads as it is even when a secret is passed; an encrypted one (or one the cookbook
 * loads as encrypted, or passes a secret for, that the repo lacks) holds secrets: unknown to the image, asked in
 * plan.yaml under the item's key.
 */
export function dataBagItem(ws: Workspace, c: Call, answers?: ValueAnswers, encrypted = false): RubyValue {
  const [bag, id, secret] = c.args;
  if (bag instanceof Unknown) return bag;
  if (id instanceof Unknown) return id;
  const item = ws.dataBags.get(str(bag ?? ''))?.get(str(id ?? ''));
  if (item && !item.encrypted && !encrypted) return asItem(dataToRuby(item.data), str(bag ?? ''));
  // Not in the repo, or encrypted: plan.yaml may hold the item (its values are secrets, as a bag's are).
  const key = dataBagItemKey(toS(bag ?? null), toS(id ?? null));
  const answer = answerFor(answers, key);
  if (answer !== undefined) return answeredItem(c, key, answer);
  if (!item && c.interp.rescuing > 0) missingUnderRescue(c, `data bag item '${toS(bag ?? null)}/${toS(id ?? null)}'`);
  const name = `${toS(bag ?? null)}/${toS(id ?? null)}`;
  const secretAsked = encrypted || (secret !== undefined && secret !== null);
  if (!item && secretAsked) return ask(answers, key, c.interp.unknown(`encrypted data bag item ${name} is not in the workspace: its values are secrets, decrypted on the host with its secret`, c.node, 'DEC0301', 'warning'));
  if (!item) return ask(answers, key, c.interp.unknown(`data bag item ${name} is not in the workspace (add data_bags/${name}.json)`, c.node, 'DEC0301', 'warning'));
  if (!item.encrypted) return ask(answers, key, c.interp.unknown(`Chef::EncryptedDataBagItem.load of ${name}, which the workspace holds unencrypted: Chef fails to decrypt plain values`, c.node, 'DEC0301', 'warning'));
  return ask(answers, key, c.interp.unknown(`data bag item ${name} is encrypted: its values are secrets, decrypted on the host with its secret`, c.node));
}

/** An item is a mapping; anything else answered is said, and stays unknown. */
function answeredItem(c: Call, key: string, answer: Data): RubyValue {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
    return c.interp.unknown(`plan.yaml answers ${key} with ${Array.isArray(answer) ? 'a list' : 'a scalar'}; a data bag item is a mapping`, c.node, 'DEC0301', 'warning');
  }
  // As the repo's items are: a plain Hash, as Chef's DataBagItem reads like one.
  return asItem(dataToRuby(answer), toS(c.args[0] ?? null));
}

/** The Hash of an item, answering the DataBagItem's own methods (raw_data, data_bag). */
export function asItem(v: RubyValue, bag: string): RubyValue {
  return v instanceof RHash ? markDataBagItem(v, bag) : v;
}

export function dataBag(ws: Workspace, c: Call): RubyValue {
  const bag = c.args[0] ?? null;
  if (bag instanceof Unknown) return bag;
  const items = ws.dataBags.get(str(bag));
  if (!items && c.interp.rescuing > 0) missingUnderRescue(c, `data bag '${toS(bag)}'`);
  if (!items) return c.interp.unknown(`data bag ${toS(bag)} is not in the workspace`, c.node, 'DEC0301', 'warning');
  return new RArray([...items.keys()].sort());
}

/** `Chef::DataBag.list`: each bag's name and where it would be. */
export function dataBagList(ws: Workspace): RubyValue {
  return RHash.from([...ws.dataBags.keys()].sort().map((k) => [k, `data_bags/${k}`]));
}

/**
 * Chef raises when a data bag or item is not there (chef-zero answers 404:
 * Net::HTTPClientException). Inside a begin/rescue the cookbook decided what
 * that means, so its handler runs as it would in Chef, and the reviewer is
 * told which branch was taken and why.
 */
function missingUnderRescue(c: Call, what: string): never {
  c.interp.report('DEC0301', 'info', `${what} is not in the repo: Chef raises here and the cookbook's rescue handles it`, c.node.loc);
  throw new RaiseSignal('Net::HTTPClientException', `404 "Not Found" (${what})`, c.node.loc);
}
