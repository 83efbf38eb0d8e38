/**
 * After the compile phase, walk the collection in converge order as a first
 * chef-client run would: resolve `lazy` values, decide guards against the
 * simulated file system (which grows as resources run), render templates,
 * and turn each resource into the model's plain data.
 */
import path from 'node:path';
import type { FileContent, Guard, Notification, Resource } from '../../model/converge.js';
import { Unknown, unknownPaths, type Data } from '../../model/data.js';
import type { SourceLocation } from '../../model/source.js';
import { RArray, RHash, RObject, RProc, RSymbol, isTruthy, type RubyValue } from '../values.js';
import { behaviourOf, type Native } from '../interpreter/runtime.js';
import { str } from '../interpreter/builtins/helpers.js';
import { inspect, toS } from '../interpreter/ruby-text.js';
import { MAX_DATA_DEPTH, rubyToData } from '../to-data.js';
import { syntheticAst } from '../interpreter/ast.js';
import { isDiagnostic, readCookbookFile } from '../../load/read-source.js';
import { findCookbookFile } from '../template/file-specificity.js';
import { cookbookFileNotFound } from '../template/cookbook-file-not-found.js';
import { renderTemplateText } from '../render-template.js';
import { renderPartial, templateHelpers } from './template-partial.js';
import type { ChefRun } from './chef-run.js';
import { DelayedValue, ResourceBuilder, describeTarget, notificationTiming } from './resource-builder.js';
import { FILE_TYPES } from './default-actions.js';
import type { PackageProbe, SimulatedFs } from './simulated-fs.js';
import { resolveWriters } from './node-object.js';
import { runitRunTemplateProperties } from './runit-run-template.js';
import { answerProperty } from './property-answers.js';
import { USER_TYPES } from './run-accounts.js';
import { userConvergeInPass } from './user-converge.js';

const COMMAND_TYPES = new Set(['execute', 'bash', 'script', 'sh', 'csh', 'perl', 'python', 'ruby']);

export function convergePass(run: ChefRun, fs: SimulatedFs): Resource[] {
  const live = run.resources.filter((r) => !r.deleted);
  const out: Resource[] = [];
  // Chef never runs the action of a resource its guard skips: what a custom resource's action declares does not exist then.
  const skipped = new Set<string>();
  // The walk starts the run over: no user exists yet that the run creates (run-accounts.ts).
  run.accounts.restart();
  live.forEach((b, index) => {
    if (b.via !== undefined && skipped.has(b.via)) {
      skipped.add(b.identity);
      return;
    }
    skipped.delete(b.identity);
    try {
      const properties = resolveProperties(run, b);
      const guards = decideGuards(run, b, properties, fs);
      const actions = actionNames(b);
      const runs = guards.every((g) => g.outcome !== 'skip');
      if (!runs) skipped.add(b.identity);
      const created = runs && createsEmptyFile(fs, b, properties, actions);
      if (runs) applyEffects(fs, b, properties, actions, run.custom.has(b.type));
      if (USER_TYPES.has(b.type)) run.accounts.converged(userConvergeInPass(b, properties, guards, actions));
      // Chef renders a template only when its resource runs: a guard that skips it never reads its source.
      const content = created ? { kind: 'inline' as const, text: '' } : runs ? fileContent(run, b, properties) : undefined;
      out.push(toModel(run, b, index, properties, guards, actions, content));
    } catch (e) {
      // One resource's failure is that resource's: it is kept with what is known of it (type, name, where), the rest go on.
      const overflow = e instanceof RangeError && /call stack/i.test(e.message);
      run.interp.report(
        overflow ? 'DEC0305' : 'DEC0901',
        'error',
        overflow ? `${b.identity}: a property value is nested too deep to read; its properties are left out` : `internal error while converging ${b.identity} (${e instanceof Error ? e.message : String(e)}); its properties are left out`,
        b.location,
      );
      try {
        out.push(toModel(run, b, index, new Map(), [], [], undefined));
      } catch {
        // Not even its name can be read: the diagnostic above stands for it.
      }
    }
  });
  return out;
}

function resolveProperties(run: ChefRun, b: ResourceBuilder): Map<string, RubyValue> {
  const out = new Map<string, RubyValue>();
  for (const [k, v] of b.properties) out.set(k, answerProperty(run.answers, b.identity, [k], resolveLazy(run, b, v)));
  return out;
}

function resolveLazy(run: ChefRun, b: ResourceBuilder, v: RubyValue, open: Set<object> = new Set(), depth = 0): RubyValue {
  v = resolveWriters(v);
  if (v instanceof RObject && v.internal instanceof DelayedValue) {
    const proc = v.internal.proc;
    const at = syntheticAst(b.location);
    // Chef evaluates a lazy value against the resource it belongs to.
    const r = run.interp.guarded(at, () => run.interp.callProc(proc, [b.value], at, b.value));
    return r.value;
  }
  if (!(v instanceof RArray || v instanceof RHash)) return v;
  if (open.has(v)) {
    // A container that holds itself has no finite form in a manifest; everything downstream walks values recursively.
    return run.interp.unknown(`a ${v instanceof RArray ? 'Array' : 'Hash'} that contains itself, in a property of ${b.type}[${b.name}]`, syntheticAst(b.location), 'DEC0305', 'warning');
  }
  if (depth >= MAX_DATA_DEPTH) {
    return run.interp.unknown(`a value nested deeper than ${MAX_DATA_DEPTH} levels, in a property of ${b.type}[${b.name}]`, syntheticAst(b.location), 'DEC0305', 'warning');
  }
  if (!needsResolve(v, new Set(), depth)) return v;
  open.add(v);
  try {
    if (v instanceof RArray) return new RArray(v.items.map((x) => resolveLazy(run, b, x, open, depth + 1)));
    return RHash.from(v.entries().map(([k, x]) => [k, resolveLazy(run, b, x, open, depth + 1)]));
  } finally {
    open.delete(v);
  }
}

/** Whether a value holds a lazy value or writer, or holds itself: both need rebuilding. */
function needsResolve(v: RubyValue, open: Set<object>, depth: number): boolean {
  if (v instanceof RObject) return true;
  if (!(v instanceof RArray || v instanceof RHash)) return false;
  // Too deep to walk is rebuilt too: resolveLazy cuts it off at the same depth.
  if (open.has(v) || depth >= MAX_DATA_DEPTH) return true;
  open.add(v);
  const found = (v instanceof RArray ? v.items : v.values()).some((x) => needsResolve(x, open, depth + 1));
  open.delete(v);
  return found;
}

/**
 * What a guard's file probes rested on. Facts that found a package's file
 * become the guard's reason; offline, each path a package installed earlier
 * might ship is an info diagnostic saying it was assumed absent.
 */
function probeNote(run: ChefRun, fs: SimulatedFs, b: ResourceBuilder, at: SourceLocation, probes: readonly PackageProbe[]): { decidedBy?: 'facts' | 'fresh-image'; reason?: string } {
  if (probes.length === 0) return {};
  if (probes.every((p) => p.decidedBy === 'facts')) {
    const shipped = probes.filter((p) => p.answer && p.package);
    return { decidedBy: 'facts', ...(shipped.length ? { reason: `package facts: ${shipped.map((p) => `${p.path} is shipped by ${p.package}`).join('; ')}` } : {}) };
  }
  const paths = [...new Set(probes.map((p) => p.path))];
  run.interp.report(
    'DEC0314',
    'info',
    `guard of ${b.identity} decided without package facts: ${paths.join(', ')} assumed absent although ${[...fs.packages].sort().join(', ')} ${fs.packages.size === 1 ? 'was' : 'were'} installed before it`,
    at,
    'convert with a Docker engine (not --offline) so package facts decide it',
  );
  return { decidedBy: 'fresh-image' };
}

function decideGuards(run: ChefRun, b: ResourceBuilder, props: Map<string, RubyValue>, fs: SimulatedFs): Guard[] {
  const guards: Guard[] = [];
  for (const cond of b.conditions) {
    guards.push({ kind: 'only_if', form: 'block', outcome: 'unknown', reason: cond.reason, location: cond.at ?? b.location });
  }
  for (const g of b.guards) {
    if (g.value instanceof RProc) {
      const proc = g.value;
      const at = syntheticAst(g.location);
      fs.takeProbes();
      const r = run.interp.guarded(at, () => run.interp.callProc(proc, [], at));
      const probed = probeNote(run, fs, b, g.location, fs.takeProbes());
      const v = r.value;
      if (v instanceof Unknown) {
        run.interp.report('DEC0309', 'info', `${g.kind} guard of ${b.identity} depends on ${v.reason}`, g.location);
        guards.push({ kind: g.kind, form: 'block', outcome: 'unknown', reason: v.reason, location: g.location });
      } else {
        const truth = isTruthy(v);
        const runs = g.kind === 'only_if' ? truth : !truth;
        guards.push({ kind: g.kind, form: 'block', outcome: runs ? 'run' : 'skip', location: g.location, ...probed });
      }
    } else if (typeof g.value === 'string' || g.value instanceof RArray) {
      const command = g.value instanceof RArray ? g.value.items.map((x) => toS(x)).join(' ') : g.value;
      guards.push({ kind: g.kind, form: 'command', command, outcome: 'shell', location: g.location });
    } else if (g.value instanceof Unknown) {
      guards.push({ kind: g.kind, form: 'command', outcome: 'unknown', reason: g.value.reason, location: g.location });
    } else {
      // `not_if nil`, `only_if true`: Ruby values used directly.
      const truth = isTruthy(g.value);
      guards.push({ kind: g.kind, form: 'block', outcome: (g.kind === 'only_if' ? truth : !truth) ? 'run' : 'skip', location: g.location });
    }
  }
  const creates = props.get('creates');
  if (creates !== undefined && COMMAND_TYPES.has(b.type)) {
    if (creates instanceof Unknown) guards.push({ kind: 'creates', form: 'path', outcome: 'unknown', reason: creates.reason, location: b.location });
    else {
      const p = str(creates);
      fs.takeProbes();
      const exists = fs.exists(p);
      const probed = probeNote(run, fs, b, b.location, fs.takeProbes());
      guards.push({ kind: 'creates', form: 'path', path: p, outcome: exists ? 'skip' : 'run', location: b.location, ...probed });
    }
  }
  const kept = existingKept(run, b, props, fs);
  if (kept) guards.push(kept);
  return guards;
}

/**
 * `action :create_if_missing` on a file that is already there does nothing (Chef's file provider takes no
 * action, not even owner or mode): a path an earlier resource wrote, or one an installed package ships
 * (package facts; offline it is assumed absent, and said). Stated as a `creates` guard on the path.
 */
function existingKept(run: ChefRun, b: ResourceBuilder, props: Map<string, RubyValue>, fs: SimulatedFs): Guard | undefined {
  if (!FILE_TYPES.has(b.type) || !b.actions || b.actions.length === 0) return undefined;
  // A `file` with no content already leaves an existing file alone (createsEmptyFile, and a touch in the image).
  if (b.type === 'file' && !props.has('content')) return undefined;
  const names = b.actions.map((a) => (a instanceof RSymbol ? a.name : typeof a === 'string' ? a : undefined));
  if (!names.includes('create_if_missing') || names.some((a) => a !== 'create_if_missing' && a !== 'nothing')) return undefined;
  const p = pathOf(b, props);
  if (p === undefined) return undefined;
  fs.takeProbes();
  const exists = fs.exists(p);
  const probed = probeNote(run, fs, b, b.location, fs.takeProbes());
  if (!exists) return undefined;
  return { kind: 'creates', form: 'path', path: p, outcome: 'skip', reason: `action :create_if_missing, and ${p} exists already`, location: b.location, ...probed };
}

function actionNames(b: ResourceBuilder): string[] | Unknown {
  if (!b.actions) return b.defaultActions() ?? new Unknown(`no default action known for resource type '${b.type}'`, b.location);
  const out: string[] = [];
  for (const a of b.actions) {
    if (a instanceof Unknown) return a;
    out.push(a instanceof RSymbol ? a.name : toS(a));
  }
  return out;
}

/**
 * The source template and cookbook_file take when none is given: the base name of the resource's name, not of its
 * path (`cookbook_file 'example.org' do path '/var/db.example.org'` reads files/…/example.org). `source nil` is
 * the same: a property that does not accept nil takes its default when set to nil.
 */
function defaultSourceBase(b: ResourceBuilder): string | undefined {
  return typeof b.name === 'string' ? path.posix.basename(b.name) : undefined;
}

function pathOf(b: ResourceBuilder, props: Map<string, RubyValue>, key = 'path'): string | undefined {
  const v = props.get(key) ?? b.name;
  return typeof v === 'string' ? v : undefined;
}

function applyEffects(fs: SimulatedFs, b: ResourceBuilder, props: Map<string, RubyValue>, actions: string[] | Unknown, custom: boolean): void {
  if (actions instanceof Unknown) return;
  const has = (...names: string[]) => actions.some((a) => names.includes(a));
  if (FILE_TYPES.has(b.type) && has('create', 'create_if_missing', 'touch')) {
    const p = pathOf(b, props);
    if (p) fs.addFile(p);
  } else if ((b.type === 'directory' || b.type === 'remote_directory') && has('create', 'create_if_missing')) {
    const p = pathOf(b, props);
    if (p) fs.addDirectory(p);
  } else if (b.type === 'link' && has('create')) {
    const p = pathOf(b, props, 'target_file');
    if (p) fs.addFile(p);
  } else if ((b.type === 'git' || b.type === 'subversion') && has('sync', 'checkout', 'export')) {
    const p = pathOf(b, props, 'destination');
    if (p) fs.addDirectory(p);
  } else if (b.type === 'user' && has('create')) {
    const home = props.get('home');
    if (typeof home === 'string' && isTruthy(props.get('manage_home') ?? false)) fs.addDirectory(home);
  } else if (COMMAND_TYPES.has(b.type) && has('run')) {
    const creates = props.get('creates');
    if (typeof creates === 'string') fs.addFile(creates);
  } else if (FILE_TYPES.has(b.type) && has('delete')) {
    const p = pathOf(b, props);
    if (p) fs.remove(p);
  }
  // A cookbook's own `x_package` resource is not a package: what its actions declare is.
  if (/package$/.test(b.type) && !custom && has('install', 'upgrade')) {
    const given = props.get('package_name') ?? b.name;
    const names = given instanceof RArray ? given.items : [given];
    for (const n of names) if (typeof n === 'string') fs.packages.add(n);
  }
}

/**
 * A `file` with no `content` creates the file empty when it is missing and leaves an existing one alone
 * (Chef's file provider). Whether it is missing is known only with package facts — no installed package
 * ships it and no earlier resource made it (the dhcp cookbook's lease file, /var/lib/dhcp/dhcpd.leases) —
 * so offline it stays unknown.
 */
function createsEmptyFile(fs: SimulatedFs, b: ResourceBuilder, props: Map<string, RubyValue>, actions: string[] | Unknown): boolean {
  if (b.type !== 'file' || props.has('content') || !fs.hasPackageFacts) return false;
  if (actions instanceof Unknown || !actions.some((a) => a === 'create' || a === 'create_if_missing' || a === 'touch')) return false;
  const path = props.get('path') ?? b.name;
  return typeof path === 'string' && !fs.exists(path);
}

function fileContent(run: ChefRun, b: ResourceBuilder, props: Map<string, RubyValue>): FileContent | undefined {
  if (b.type === 'template') return templateContent(run, b, props);
  if (b.type === 'runit_service' && !run.custom.has(b.type)) return templateContent(run, b, runitRunTemplateProperties(b, props));
  if (b.type === 'cookbook_file') return cookbookFileContent(run, b, props);
  if (b.type === 'file' && props.has('content')) {
    const c = props.get('content')!;
    if (c instanceof Unknown) return { kind: 'unknown', reason: c.reason };
    return { kind: 'inline', text: toS(c) };
  }
  return undefined;
}

function sourceCookbook(run: ChefRun, b: ResourceBuilder, props: Map<string, RubyValue>) {
  const name = props.get('cookbook');
  // Without `cookbook`, Chef looks in the resource's cookbook_name: inside a custom resource's action that is the
  // cookbook that declared the custom resource, not the file the inner resource is written in.
  const cb = typeof name === 'string' || name instanceof RSymbol ? str(name) : b.cookbook;
  return run.ws.cookbooks.get(cb);
}

/**
 * A source that climbs out of its segment (`../../etc/passwd`) or names a drive: refused, never looked up.
 * A leading `/` is no escape: Chef File.joins the source under each specificity folder and the segment
 * (cookbook_version.rb preferences_for_path), and Ruby's File.join drops the doubled slash, so
 * `source '/default/a.erb'` is templates/default/a.erb and `/etc/x` is looked up as templates/default/etc/x.
 */
function escapes(segment: string, source: string): boolean {
  if (/^[A-Za-z]:[\\/]/.test(source)) return true;
  const normal = path.posix.normalize(`${segment}/x/${source}`);
  return !normal.startsWith(`${segment}/`);
}

function refuse(run: ChefRun, b: ResourceBuilder, what: string, source: string): FileContent {
  run.diagnostics.push({
    code: 'DEC0205', severity: 'error',
    message: `${what} source ${JSON.stringify(source)} of ${b.identity} points outside the cookbook; refused`,
    location: b.location,
  });
  return { kind: 'unknown', reason: `${what} source outside the cookbook was refused` };
}

function templateContent(run: ChefRun, b: ResourceBuilder, props: Map<string, RubyValue>): FileContent {
  const named = defaultSourceBase(b);
  let source = props.get('source') ?? null;
  if (source === null && named !== undefined) source = `${named}.erb`;
  if (source instanceof Unknown) return { kind: 'unknown', reason: source.reason };
  if (isTruthy(props.get('local') ?? false)) return { kind: 'unknown', reason: `local template ${toS(source ?? null)} is read from the node` };
  if (typeof source === 'string' && escapes('templates', source)) return refuse(run, b, 'template', source);
  const cookbook = sourceCookbook(run, b, props);
  if (!cookbook || typeof source !== 'string') return { kind: 'unknown', reason: `template source ${inspect(source ?? null)} cannot be located` };
  const found = findCookbookFile(cookbook, 'templates', source, run.facts, run.fqdn());
  if (!('relativePath' in found)) {
    run.diagnostics.push(cookbookFileNotFound(cookbook, 'templates', found.tried, b.location));
    return { kind: 'unknown', reason: `template ${source} not found in cookbook ${cookbook.name}` };
  }
  const text = readCookbookFile(cookbook, found.relativePath, b.location);
  if (isDiagnostic(text)) {
    run.diagnostics.push({ ...text, code: 'DEC0401' });
    return { kind: 'unknown', reason: text.message };
  }
  const vars = props.get('variables');
  const variables = vars instanceof RHash ? vars : new RHash();
  if (vars instanceof Unknown) run.interp.report('DEC0402', 'warning', `variables of ${b.identity} are unknown (${vars.reason})`, b.location);
  const helpers = templateHelpers(b, props);
  const render: Native = (c) => renderPartial(run, cookbook, c, helpers);
  const helperIvars = chefHelperIvars(b, source, found.relativePath);
  const r = renderTemplateText(text.text, text.ref, variables, { node: run.node.value, helpers, interpreter: run.interp, render, helperIvars });
  run.diagnostics.push(...r.diagnostics);
  if (!r.complete) {
    const first = r.unknowns[0];
    run.diagnostics.push({
      code: 'DEC0402', severity: 'warning',
      message: `template ${found.relativePath} for ${b.identity} rendered with ${r.unknowns.length} unknown value(s)${first ? `, first: ${first.reason}` : ''}`,
      location: b.location,
    });
  }
  const template: SourceLocation = { file: found.relativePath, line: 1, column: 1, cookbook: cookbook.name, path: path.join(cookbook.root, found.relativePath) };
  return { kind: 'rendered', text: r.text, complete: r.complete, template, unknowns: r.unknowns };
}

/**
 * What Chef's template provider adds to every template's instance variables.
 * The recipe's path and the template's path are where chef-client keeps its
 * cookbook cache on the host: Unknown.
 */
function chefHelperIvars(b: ResourceBuilder, source: string, relativePath: string): Map<string, RubyValue> {
  const hostPath = (what: string): Unknown => new Unknown(`${what} is a path in chef-client's cookbook cache on the host`, b.location);
  return new Map<string, RubyValue>([
    ['@cookbook_name', b.cookbook],
    ['@recipe_name', b.recipe.includes('::') ? b.recipe.slice(b.recipe.indexOf('::') + 2) : b.recipe],
    ['@recipe_line', b.location.line],
    ['@recipe_line_string', hostPath('@recipe_line_string')],
    ['@recipe_path', hostPath('@recipe_path')],
    ['@template_name', source],
    ['@template_path', hostPath(`@template_path (${relativePath})`)],
  ]);
}

function cookbookFileContent(run: ChefRun, b: ResourceBuilder, props: Map<string, RubyValue>): FileContent {
  const named = defaultSourceBase(b);
  let source = props.get('source') ?? null;
  if (source === null && named !== undefined) source = named;
  if (source instanceof Unknown) return { kind: 'unknown', reason: source.reason };
  const cookbook = sourceCookbook(run, b, props);
  const src = source instanceof RArray ? source.items.map((x) => toS(x)) : typeof source === 'string' ? source : undefined;
  const climbing = (typeof src === 'string' ? [src] : src ?? []).find((s) => escapes('files', s));
  if (climbing !== undefined) return refuse(run, b, 'cookbook_file', climbing);
  if (!cookbook || src === undefined) return { kind: 'unknown', reason: `cookbook_file source ${inspect(source ?? null)} cannot be located` };
  const found = findCookbookFile(cookbook, 'files', src, run.facts, run.fqdn());
  if (!('relativePath' in found)) {
    run.diagnostics.push(cookbookFileNotFound(cookbook, 'files', found.tried, b.location));
    return { kind: 'unknown', reason: `cookbook_file source not found in cookbook ${cookbook.name}` };
  }
  return {
    kind: 'cookbook-file',
    path: path.join(cookbook.root, found.relativePath),
    from: { file: found.relativePath, line: 1, column: 1, cookbook: cookbook.name },
  };
}

function notifications(run: ChefRun, b: ResourceBuilder, list: ResourceBuilder['notifies']): { out: Notification[]; unknown: boolean } {
  const out: Notification[] = [];
  let unknown = false;
  const seen = new Set<string>();
  for (const n of list) {
    const target = describeTarget(resolveWriters(n.target), run);
    const timing = notificationTiming(n.timing);
    if (target instanceof Unknown || n.action instanceof Unknown || !timing) {
      unknown = true;
      run.interp.report('DEC0301', 'warning', `notification from ${b.identity} could not be resolved (${target instanceof Unknown ? target.reason : `timing ${inspect(n.timing)}`})`, n.location);
      continue;
    }
    const action = n.action instanceof RSymbol ? n.action.name : toS(n.action);
    // The same notification declared twice (accumulators editing one resource) happens once.
    const key = `${action}|${target}|${timing}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ action, resource: target, timing });
  }
  return { out, unknown };
}

function toModel(run: ChefRun, b: ResourceBuilder, index: number, props: Map<string, RubyValue>, guards: Guard[], actions: string[] | Unknown, content: FileContent | undefined): Resource {
  const properties: Record<string, Data> = {};
  for (const k of [...props.keys()].sort()) properties[k] = rubyToData(props.get(k)!);
  const name = rubyToData(b.name);
  const notifies = notifications(run, b, b.notifies);
  const subscribes = notifications(run, b, b.subscribes);
  const unknownContent = content && (content.kind === 'unknown' || (content.kind === 'rendered' && !content.complete));
  const unknown = [
    ...unknownPaths(name, 'name'),
    ...(actions instanceof Unknown ? ['actions'] : []),
    ...unknownPaths(properties, 'properties'),
    ...(notifies.unknown ? ['notifies'] : []),
    ...(subscribes.unknown ? ['subscribes'] : []),
    // What the resource writes counts too: a template whose properties are known but whose rendering is not is not fully known.
    ...(unknownContent ? ['content'] : []),
  ];
  // A `file` whose `content` property is the Unknown is counted once.
  if (unknownContent && unknown.includes('properties.content')) unknown.pop();
  const sensitive = resolveWriters(b.sensitive);
  return {
    index,
    type: b.type,
    name,
    cookbook: b.location.cookbook ?? b.cookbook,
    recipe: b.recipe,
    actions: actions instanceof Unknown ? [] : actions,
    properties,
    notifies: notifies.out,
    subscribes: subscribes.out,
    guards,
    source: b.location,
    ...(b.via ? { via: b.via } : {}),
    ...(b.customActionsRun ? { customActionsRun: [...b.customActionsRun] } : {}),
    ...(b.rubyChanges?.length ? { rubyChanges: [...b.rubyChanges] } : {}),
    ...(b.sensitiveProperties ? { sensitiveProperties: [...b.sensitiveProperties].sort() } : {}),
    ...(b.missingCookbook ? { missingCookbook: b.missingCookbook } : {}),
    unknown,
    sensitive: sensitive === true,
    ...(content ? { content } : {}),
  };
}

export { behaviourOf };
