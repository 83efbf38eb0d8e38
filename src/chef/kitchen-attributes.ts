/**
 * The node attributes Test Kitchen would hand chef-client for this run list:
 * the `attributes:` of the kitchen.yml suite that converges exactly this run
 * list. Kitchen writes them into dna.json, which chef-client reads at normal
 * precedence. Real test recipes read them (`node['x_test']['directory']`)
 * and evaluate to nothing without them.
 *
 * Several suites may converge the same run list with different attributes
 * (one suite per version of the software under test); then the user picks
 * one (`--suite`). Until then what they all agree on is taken, and each
 * attribute they set differently is Unknown naming the suites and their
 * values: a recipe reading `node['test']['pg_ver']` then says what to pick,
 * where leaving the suites out entirely made it a bare `[]` of nil.
 *
 * A kitchen.yml with ERB is read again here with its tags rendered as Kitchen
 * would render them where decant runs (kitchen-erb.ts); the notes saying
 * which environment variables were read come with the suite taken.
 */
import { info } from '../diagnostics/create.js';
import { Unknown, type Data } from '../model/data.js';
import type { SourceLocation } from '../model/source.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { KitchenSuite, Workspace } from '../model/workspace.js';
import { readKitchenSuites } from '../load/read-kitchen.js';
import { parseRunListItem } from './run-list.js';
import { kitchenErb } from './kitchen-erb.js';

export interface KitchenAttributes {
  readonly attributes?: Readonly<Record<string, Data>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run-list items as Chef compares them: `recipe[x]`, `x` and `x::default` are one recipe. */
export function sameRunList(a: readonly string[], b: readonly string[]): boolean {
  const norm = (items: readonly string[]) =>
    items.map((i) => {
      const p = parseRunListItem(i);
      return p.kind === 'invalid' ? p.text : `${p.kind}:${p.name}`;
    });
  const x = norm(a);
  const y = norm(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

const where = (s: KitchenSuite) => `${s.name} (${s.location.cookbook ? `${s.location.cookbook}/` : ""}${s.location.file}:${s.location.line})`;

/** The workspace's suites, those of a kitchen.yml with ERB read again with the tags rendered; its notes by cookbook. */
function renderedSuites(ws: Workspace, environment: Readonly<Record<string, string | undefined>>): { suites: KitchenSuite[]; notes: Map<string, Diagnostic[]>; diagnostics: Diagnostic[] } {
  const suites: KitchenSuite[] = [];
  const notes = new Map<string, Diagnostic[]>();
  const diagnostics: Diagnostic[] = [];
  const rendered = new Map<string, KitchenSuite[]>();
  for (const s of ws.kitchenSuites ?? []) {
    const name = s.location.cookbook;
    const cookbook = s.erb && name !== undefined ? ws.cookbooks.get(name) : undefined;
    if (!cookbook || !name) {
      suites.push(s);
      continue;
    }
    if (!rendered.has(name)) {
      const erb = kitchenErb(environment);
      const read = readKitchenSuites(cookbook, erb.render);
      diagnostics.push(...read.diagnostics);
      // Rendered text that is no longer YAML: the suites as the load stage read them stand, with the warning.
      rendered.set(name, read.suites.length > 0 ? read.suites : (ws.kitchenSuites ?? []).filter((x) => x.location.cookbook === name));
      notes.set(name, erb.notes);
    }
    const again = rendered.get(name)!.find((x) => x.name === s.name);
    if (again) suites.push(again);
  }
  return { suites, notes, diagnostics };
}

export function kitchenAttributes(ws: Workspace, runList: readonly string[], suiteName?: string, environment: Readonly<Record<string, string | undefined>> = {}): KitchenAttributes {
  const read = renderedSuites(ws, environment);
  const k = chooseSuite(read.suites, runList, suiteName);
  const cookbook = k.attributes ? k.suite?.location.cookbook : undefined;
  return { ...(k.attributes ? { attributes: k.attributes } : {}), diagnostics: [...read.diagnostics, ...k.diagnostics, ...(cookbook ? read.notes.get(cookbook) ?? [] : [])] };
}

/** The suite whose attributes are taken (the first, when several agree or are merged), with the notes saying so. */
function chooseSuite(suites: readonly KitchenSuite[], runList: readonly string[], suiteName?: string): KitchenAttributes & { suite?: KitchenSuite } {
  if (suiteName !== undefined) {
    const named = suites.filter((s) => s.name === suiteName);
    if (named.length === 0) {
      return { diagnostics: [info('DEC0316', `no kitchen.yml suite is named ${suiteName} (suites: ${suites.map((s) => s.name).join(', ') || 'none'}); no suite attributes taken`)] };
    }
    const chosen = named[0]!;
    return { suite: chosen, attributes: chosen.attributes, diagnostics: [info('DEC0316', `node attributes of kitchen suite ${where(chosen)} taken at normal precedence, as Test Kitchen passes them (--suite)`, chosen.location)] };
  }
  const matching = suites.filter((s) => s.runList.length > 0 && sameRunList(s.runList, runList) && Object.keys(s.attributes).length > 0);
  if (matching.length === 0) return { diagnostics: [] };
  const distinct = new Set(matching.map((s) => JSON.stringify(s.attributes)));
  if (distinct.size > 1) {
    const differing: string[] = [];
    const agreed = agreedAttributes(matching, [], differing) as Record<string, Data>;
    return {
      suite: matching[0]!,
      attributes: agreed,
      diagnostics: [
        info(
          'DEC0316',
          `kitchen suites ${matching.map(where).join(', ')} converge this run list with different node attributes: what they agree on is taken at normal precedence, and ${differing.join(', ')} stay unknown`,
          matching[0]!.location,
          'pick one with --suite NAME',
        ),
      ],
    };
  }
  const chosen = matching[0]!;
  const also = matching.length > 1 ? ` (and ${matching.slice(1).map((s) => s.name).join(', ')}, the same)` : '';
  return { suite: chosen, attributes: chosen.attributes, diagnostics: [info('DEC0316', `node attributes of kitchen suite ${where(chosen)}${also} taken at normal precedence, as Test Kitchen passes them for this run list`, chosen.location)] };
}

const isMapping = (v: Data | undefined): v is { [key: string]: Data } => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);
const attributePath = (path: readonly string[]) => `node${path.map((k) => `[${JSON.stringify(k)}]`).join('')}`;
const shown = (v: Data | undefined) => (v === undefined ? 'unset' : v instanceof Unknown ? 'computed' : JSON.stringify(v));

/**
 * The suites' attributes where they all agree; where they differ (a value, or
 * set in some and not others), an Unknown naming each suite's value. Mappings
 * they all hold are compared key by key, so one differing leaf leaves its
 * siblings known. `differing` collects the attribute paths left unknown.
 */
function agreedAttributes(suites: readonly KitchenSuite[], path: readonly string[], differing: string[]): Data {
  const values = suites.map((s) => path.reduce<Data | undefined>((v, k) => (isMapping(v) ? v[k] : undefined), s.attributes as Data));
  if (values.every(isMapping)) {
    const keys = [...new Set(values.flatMap((v) => Object.keys(v)))].sort();
    return Object.fromEntries(keys.map((k) => [k, agreedAttributes(suites, [...path, k], differing)]));
  }
  const first = JSON.stringify(values[0]);
  if (values.every((v) => v !== undefined && !(v instanceof Unknown) && JSON.stringify(v) === first)) return values[0]!;
  const at: SourceLocation = suites[0]!.location;
  differing.push(attributePath(path));
  const each = suites.map((s, i) => `${s.name}: ${shown(values[i])}`).join(', ');
  return new Unknown(`kitchen suites set ${attributePath(path)} differently (${each}): pick one with --suite NAME`, at);
}
