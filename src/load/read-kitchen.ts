/**
 * A cookbook's kitchen.yml (or .kitchen.yml, the name older Kitchen read):
 * its suites' run lists and node attributes — the provisioner's
 * `attributes:`, which Kitchen gives every suite, deep-merged under the
 * suite's own. Kitchen renders the file as ERB before reading the YAML. The
 * load stage does not run Ruby: a value an ERB tag computes
 * (`<%= ENV.fetch('KAFKA_VERSION', '4.2.0') %>`) is an Unknown naming the
 * tag, never a guess and never the empty string the tag was blanked to, and
 * the suite is marked `erb`; the evaluate stage reads the file again with a
 * renderer (src/chef/kitchen-erb.ts) that puts in each tag's text where it can
 * work it out, as Kitchen would. YAML aliases (`*default_attributes`) are
 * resolved as Kitchen's YAML would.
 */
import { existsSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseAllDocuments, type Node } from 'yaml';
import { warning } from '../diagnostics/create.js';
import { Unknown, type Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Cookbook, KitchenErbRender, KitchenErbTag, KitchenSuite } from '../model/workspace.js';
import { readCookbookFile } from './read-source.js';
import { policyRunList } from './kitchen-policy-run-list.js';
import { join } from 'node:path';

const ERB_TOKEN = '__decant_erb_';

/** Kitchen's merge of provisioner attributes under a suite's: hashes merge key by key, the suite's value wins. */
function deepMerge(base: Record<string, Data>, over: Record<string, Data>): Record<string, Data> {
  const out: Record<string, Data> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainMap(b) && isPlainMap(v) ? deepMerge(b, v) : v;
  }
  return out;
}

function isPlainMap(v: unknown): v is Record<string, Data> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);
}

export const KITCHEN_FILES = ['kitchen.yml', '.kitchen.yml'] as const;

function isData(v: unknown): v is Data {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v) || Array.isArray(v) || typeof v === 'object';
}

/** The tag at `offset` of the text, as a KitchenErbTag. */
function erbTag(tag: string, line: number, at: (line: number) => KitchenErbTag['location']): KitchenErbTag {
  const m = /^<%(=|#)?-?([\s\S]*?)-?%>$/.exec(tag);
  return { text: tag, kind: (m?.[1] ?? '') as KitchenErbTag['kind'], code: m?.[2] ?? '', location: at(line) };
}

/** A chef setting of the first level (suite, then file) that has it, in its provisioner or beside it. */
function chefSetting(levels: readonly Record<string, unknown>[], key: string): unknown {
  for (const level of levels) {
    const provisioner = level['provisioner'];
    const own = provisioner && typeof provisioner === 'object' ? (provisioner as Record<string, unknown>)[key] : undefined;
    if (own !== undefined && own !== null) return own;
    if (level[key] !== undefined && level[key] !== null) return level[key];
  }
  return undefined;
}

/** A data_bags_path (roles_path, nodes_path) value as the suite keeps it: text, or the Unknown of the ERB tag computing it. */
function bagsPath(v: unknown): string | Unknown | undefined {
  return typeof v === 'string' && v !== '' ? v : v instanceof Unknown ? v : undefined;
}

export function readKitchenSuites(cookbook: Cookbook, render?: KitchenErbRender): { suites: KitchenSuite[]; diagnostics: Diagnostic[] } {
  const name = KITCHEN_FILES.find((f) => existsSync(join(cookbook.root, f)));
  if (!name) return { suites: [], diagnostics: [] };
  const src = readCookbookFile(cookbook, name);
  if (!('text' in src)) return { suites: [], diagnostics: [warning('DEC0208', `${name} of cookbook ${cookbook.name}: ${src.message}`, src.location)] };
  const at = (line: number, column = 1) => ({ file: src.ref.file, line, column, ...(src.ref.cookbook ? { cookbook: src.ref.cookbook } : {}), ...(src.ref.path ? { path: src.ref.path } : {}) });
  // A tag the renderer works out becomes its text; any other becomes a token, keeping every line where it was so
  // locations stay true, and a value holding a token is Unknown.
  const tags: Unknown[] = [];
  let erb = false;
  const text = src.text.replace(/<%[\s\S]*?%>/g, (tag, offset: number) => {
    erb = true;
    const line = src.text.slice(0, offset).split('\n').length;
    const rendered = render?.(erbTag(tag, line, at));
    if (typeof rendered === 'string') return rendered;
    tags.push(rendered ?? new Unknown(`kitchen.yml computes it with ERB when Kitchen runs (${tag.replace(/\s+/g, ' ').slice(0, 120)})`, at(line)));
    return `${ERB_TOKEN}${tags.length - 1}_${'\n'.repeat(tag.split('\n').length - 1)}`;
  });
  const fromErb = (v: unknown): unknown => {
    if (typeof v === 'string' && v.includes(ERB_TOKEN)) {
      return tags[Number(/_(\d+)_/.exec(v.slice(v.indexOf(ERB_TOKEN) + ERB_TOKEN.length - 1))?.[1] ?? 0)] ?? new Unknown('kitchen.yml computes it with ERB when Kitchen runs', at(1));
    }
    if (Array.isArray(v)) return v.map(fromErb);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromErb(x)]));
    return v;
  };
  const lc = new LineCounter();
  // Kitchen reads the file with YAML.safe_load, which takes the stream's first document: later ones are ignored.
  const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, merge: true });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc) return { suites: [], diagnostics: [] };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lc.linePos(e.pos[0]);
    return { suites: [], diagnostics: [warning('DEC0208', `${name} of cookbook ${cookbook.name} is not valid YAML: ${e.message.split('\n')[0]}`, at(pos.line, pos.col))] };
  }
  const global = doc.getIn(['provisioner', 'attributes'], true) as Node | undefined;
  const globalAttributes = isMap(global) ? (fromErb(global.toJS(doc, { maxAliasCount: 1000 })) as Record<string, Data>) : {};
  const root = (doc.toJS({ maxAliasCount: 1000 }) ?? {}) as Record<string, unknown>;
  const suitesNode = doc.get('suites', true) as Node | undefined;
  if (!isSeq(suitesNode)) return { suites: [], diagnostics: [] };
  const suites: KitchenSuite[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of suitesNode.items) {
    if (!isMap(item)) continue;
    const json = item.toJS(doc, { maxAliasCount: 1000 }) as Record<string, unknown>;
    const line = lc.linePos(item.range?.[0] ?? 0).line;
    if (typeof json['name'] !== 'string') continue;
    // Kitchen moves a suite's or the file's chef keys (data_bags_path, named_run_list…) into its provisioner; the
    // suite's own value wins over the file's.
    const setting = (key: string) => fromErb(chefSetting([json, root], key));
    const policy = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const runList = Array.isArray(json['run_list'])
      ? json['run_list'].filter((r): r is string => typeof r === 'string')
      : policyRunList(cookbook, policy(setting('policyfile_path') ?? setting('policyfile')), policy(setting('named_run_list')));
    const attrs = json['attributes'];
    if (attrs !== undefined && attrs !== null && (typeof attrs !== 'object' || Array.isArray(attrs))) {
      diagnostics.push(warning('DEC0208', `suite ${json['name']} of ${name}: attributes is not a mapping; ignored`, at(line)));
      continue;
    }
    const own: Record<string, Data> = {};
    for (const [k, v] of Object.entries((fromErb(attrs ?? {}) ?? {}) as Record<string, unknown>)) if (isData(v)) own[k] = v;
    const attributes = deepMerge(globalAttributes, own);
    const bags = bagsPath(setting('data_bags_path'));
    const roles = bagsPath(setting('roles_path'));
    const nodes = bagsPath(setting('nodes_path'));
    suites.push({
      name: json['name'],
      runList,
      attributes,
      location: at(line),
      ...(erb ? { erb: true as const } : {}),
      ...(bags !== undefined ? { dataBagsPath: bags } : {}),
      ...(roles !== undefined ? { rolesPath: roles } : {}),
      ...(nodes !== undefined ? { nodesPath: nodes } : {}),
    });
  }
  return { suites, diagnostics };
}
