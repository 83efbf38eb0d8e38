/** The parts of Chef's own namespace recipes and libraries touch: Chef::Config, Chef::Log, the DSL modules. */
import { RArray, RHash, RSymbol, Unknown, sym, type RubyValue } from '../values.js';
import { registerDeepMerge } from './deep-merge-mixin.js';
import { registerJsonCompat } from './json-compat.js';
import { registerPathHelper } from './chef-path-helper.js';
import { registerChefHttp } from './chef-http.js';
import { registerChefUtilsDist } from './chef-utils-dist.js';
import { markMash } from '../interpreter/builtins/mash.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import { defineModule } from '../interpreter/define-module.js';
import type { InterpreterApi, ModuleDef, Native } from '../interpreter/runtime.js';
import { RaiseSignal } from '../interpreter/signals.js';
import { str } from '../interpreter/builtins/helpers.js';
import { toS } from '../interpreter/ruby-text.js';
import { answerShellOut } from './shell-out-answers.js';
import type { CommandObservations } from './command-observations.js';
import type { ValueAnswers } from './value-answers.js';

/** Chef::Config[:file_cache_path] of a chef-client run as root on Linux. */
export const FILE_CACHE_PATH = '/var/chef/cache';

/** Chef::Config values documented as defaults for a chef-client run as root on Linux. */
const CONFIG_DEFAULTS: Record<string, RubyValue> = {
  file_cache_path: FILE_CACHE_PATH,
  config_file: '/etc/chef/client.rb',
  config_dir: '/etc/chef/',
  file_backup_path: '/var/chef/backup',
  cache_path: '/var/chef',
  log_location: null,
  log_level: sym('auto'),
  chef_repo_path: '/var/chef',
  solo: false,
  solo_legacy_mode: false,
  local_mode: false,
  why_run: false,
  http_proxy: null,
  https_proxy: null,
  no_proxy: null,
  ftp_proxy: null,
  rubygems_url: 'https://rubygems.org',
  client_fork: true,
  enable_reporting: true,
  chef_license: 'accept',
  encrypted_data_bag_secret: '/etc/chef/encrypted_data_bag_secret',
  client_key: '/etc/chef/client.pem',
  validation_key: '/etc/chef/validation.pem',
  ssl_verify_mode: sym('verify_peer'),
  run_lock_timeout: null,
  interval: null,
  splay: null,
  umask: 0o022,
  knife: new RHash(),
};

export interface ChefModules {
  readonly recipeDsl: ModuleDef[];
  readonly resourceDsl: ModuleDef[];
  readonly providerDsl: ModuleDef[];
}

export interface ChefHooks {
  dataBagItem: Native;
  /** Chef::EncryptedDataBagItem.load: an item whose values are secrets. */
  encryptedDataBagItem: Native;
  dataBag: Native;
  dataBagList: Native;
  search: Native;
  /** `Chef.run_context` and `Chef.node`: the run's globals, which class-level code and libraries reach. */
  runContext: () => RubyValue;
  node: () => RubyValue;
  answers?: ValueAnswers;
  /** Observed command output (command-observations.ts), and the commands to observe. */
  observations?: CommandObservations;
}

export function registerChef(interp: Interpreter, hooks: ChefHooks): ChefModules {
  const chef = defineModule(interp, 'Chef', true);
  chef.constants.set('VERSION', '18.5.0');
  registerChefUtilsDist(interp);
  chef.singletonMethods.set('run_context', () => hooks.runContext());
  chef.singletonMethods.set('node', () => hooks.node());
  const config = defineModule(interp, 'Chef::Config', true);
  const read: Native = (c) => {
    const k = str(c.args[0] ?? '');
    if (k in CONFIG_DEFAULTS) return CONFIG_DEFAULTS[k]!;
    return c.interp.unknown(`Chef::Config[:${k}] is set by the node's client.rb`, c.node);
  };
  config.singletonMethods.set('[]', read);
  config.singletonMethods.set('fetch', (c) => (str(c.args[0] ?? '') in CONFIG_DEFAULTS ? read(c) : c.args[1] ?? null));
  config.singletonMethods.set('key?', (c) => str(c.args[0] ?? '') in CONFIG_DEFAULTS);
  config.singletonMethods.set('[]=', (c) => c.args[1] ?? null);
  config.singletonMethods.set('method_missing', read);
  for (const k of Object.keys(CONFIG_DEFAULTS)) config.singletonMethods.set(k, () => CONFIG_DEFAULTS[k]!);

  const log = defineModule(interp, 'Chef::Log', true);
  for (const level of ['info', 'warn', 'debug', 'error', 'fatal', 'trace', 'deprecation']) log.singletonMethods.set(level, () => true);
  log.singletonMethods.set('level', () => sym('info'));
  // mixlib-log 3's level table (Chef::Log is a Mixlib::Log): helpers compare a message's level with Chef::Log.level
  // through it before they build the message.
  const levels = new RHash();
  for (const [k, v] of [['trace', -1], ['debug', 0], ['info', 1], ['warn', 2], ['error', 3], ['fatal', 4]] as const) levels.set(sym(k), v);
  const logging = defineModule(interp, 'Mixlib::Log::Logging');
  logging.constants.set('LEVELS', levels);
  logging.constants.set('LEVEL_NAMES', RHash.from(levels.entries().map(([k, v]) => [v, k])));
  for (const [k, v] of levels.entries()) logging.constants.set((k as RSymbol).name.toUpperCase(), v);

  const app = defineModule(interp, 'Chef::Application', true);
  app.singletonMethods.set('fatal!', (c) => {
    throw new RaiseSignal('Chef::Application.fatal!', toS(c.args[0] ?? 'fatal'), c.node.loc);
  });

  const shellOut = (strict: boolean): Native => (c) => {
    // A command runs on the host whether or not decant knows its answer.
    c.interp.hostReaches++;
    return answerShellOut(hooks.answers, c.args[0] ?? null, (why) => shellOutResult(c.interp, c.args[0] ?? null, c.node, why) as Unknown, {
      ...(hooks.observations ? { observations: hooks.observations } : {}),
      strict,
      at: c.node.loc,
    });
  };
  const mixin = defineModule(interp, 'Chef::Mixin::ShellOut');
  for (const n of ['shell_out', 'shell_out!', 'shell_out_compacted', 'shell_out_compacted!']) {
    mixin.methods.set(n, shellOut(n.endsWith('!')));
    mixin.singletonMethods.set(n, shellOut(n.endsWith('!')));
  }
  const mixlib = defineModule(interp, 'Mixlib::ShellOut', true);
  mixlib.singletonMethods.set('new', shellOut(false));

  const dataBagItem = defineModule(interp, 'Chef::DataBagItem', true);
  dataBagItem.singletonMethods.set('load', hooks.dataBagItem);
  const encrypted = defineModule(interp, 'Chef::EncryptedDataBagItem', true);
  encrypted.singletonMethods.set('load', hooks.encryptedDataBagItem);
  encrypted.singletonMethods.set('load_secret', (c) => c.interp.unknown('the encrypted data bag secret is on the host', c.node));
  const dataBag = defineModule(interp, 'Chef::DataBag', true);
  dataBag.singletonMethods.set('load', hooks.dataBag);
  dataBag.singletonMethods.set('list', hooks.dataBagList);
  const query = defineModule(interp, 'Chef::Search::Query', true);
  query.methods.set('search', hooks.search);
  query.methods.set('partial_search', hooks.search);

  const recipeDsl = [
    defineModule(interp, 'Chef::DSL::Recipe'),
    defineModule(interp, 'Chef::Recipe', true),
    defineModule(interp, 'Chef::DSL::IncludeRecipe'),
    defineModule(interp, 'Chef::DSL::DataQuery'),
    defineModule(interp, 'Chef::DSL::PlatformIntrospection'),
    defineModule(interp, 'Chef::DSL::Universal'),
    defineModule(interp, 'Chef::DSL::Recipe::FullDSL'),
  ];
  const resourceDsl = [defineModule(interp, 'Chef::Resource', true), defineModule(interp, 'Chef::DSL::Universal'), defineModule(interp, 'Chef::DSL::PlatformIntrospection')];
  // Chef 10-12's ivar blocklists for Resource#to_json and #inspect: old libraries concat their own ivars onto them.
  resourceDsl[0]!.constants.set('FORBIDDEN_IVARS', new RArray(['@run_context', '@not_if', '@only_if', '@enclosing_provider'].map(sym)));
  resourceDsl[0]!.constants.set('HIDDEN_IVARS', new RArray(['@allowed_actions', '@resource_name', '@source_line', '@run_context', '@name', '@not_if', '@only_if', '@elapsed_time', '@enclosing_provider'].map(sym)));
  const providerDsl = [defineModule(interp, 'Chef::Provider', true), defineModule(interp, 'Chef::DSL::Recipe'), defineModule(interp, 'Chef::DSL::Universal')];
  for (const n of ['Chef::Node', 'Chef::Resource::LWRPBase', 'Chef::Provider::LWRPBase', 'Chef::Exceptions', 'Chef::Util::FileEdit', 'Chef::Mixin::Checksum', 'Chef::Mixin::Which', 'Chef::Sugar']) defineModule(interp, n, true);
  // `class Resource::JenkinsCredentials < Resource::LWRPBase`: LWRPBase is a Chef::Resource (and its provider a
  // Chef::Provider), so the class-level DSL (actions, default_action, attribute) answers in such library classes.
  for (const [base, parent] of [['Chef::Resource::LWRPBase', resourceDsl[0]!], ['Chef::Provider::LWRPBase', providerDsl[0]!]] as const) {
    const mod = defineModule(interp, base, true);
    mod.superclass ??= parent;
  }
  registerDeepMerge(interp);
  registerJsonCompat(interp);
  registerPathHelper(interp);
  registerChefHttp(interp);
  // Mash.new: a Hash whose symbol keys read as strings (Chef's attribute hashes), not an opaque object.
  defineModule(interp, 'Mash', true).singletonMethods.set('new', (c) => {
    const init = c.args[0];
    const h = new RHash();
    if (init instanceof RHash) for (const [k, v] of init.entries()) h.set(k instanceof RSymbol ? k.name : k, v);
    return markMash(h, false);
  });
  return { recipeDsl, resourceDsl, providerDsl };
}

function shellOutResult(interp: InterpreterApi, command: RubyValue, at: Parameters<Interpreter['unknown']>[1], why?: string): RubyValue {
  const shown = command instanceof Unknown ? '(unknown command)' : toS(command).slice(0, 80);
  return interp.unknown(`shell_out(${JSON.stringify(shown)}) output is only known on the host${why ? `: ${why}` : ''}`, at);
}
