/**
 * FileUtils in recipes and libraries (`FileUtils.mkdir_p`, `cp`, `rm_rf`, `chown`…): Ruby acts on the file system
 * of the machine running chef-client, right where the call runs, outside the resource collection. Chef reports
 * nothing of it and no resource describes it, so decant cannot tell whether the image needs it: it is not turned
 * into an image step, and a warning names the call and its paths so a person can add the resource it stands for.
 * The comparisons (`identical?`, `compare_file`) read the host's files and are Unknown.
 */
import { RArray, Unknown, type RubyValue } from '../values.js';
import type { InterpreterApi, Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { inspect } from './ruby-text.js';

const CHANGES = [
  'mkdir', 'mkdir_p', 'makedirs', 'mkpath', 'rmdir', 'cp', 'copy', 'cp_r', 'cp_lr', 'copy_entry', 'copy_file', 'mv', 'move',
  'rm', 'remove', 'rm_f', 'safe_unlink', 'rm_r', 'rm_rf', 'rmtree', 'remove_dir', 'remove_file', 'remove_entry', 'remove_entry_secure',
  'touch', 'ln', 'link', 'ln_s', 'symlink', 'ln_sf', 'ln_sr', 'install', 'chmod', 'chmod_R', 'chown', 'chown_R',
];
const READS = ['identical?', 'compare_file', 'cmp', 'uptodate?', 'compare_stream', 'pwd', 'getwd'];

/** The call as written, its arguments shown as Ruby shows them (an unknown one as `?`), short enough for a report line. */
export function shownCall(name: string, args: readonly RubyValue[]): string {
  const shown = args.map((a) => (a instanceof Unknown ? '?' : inspect(a))).join(', ');
  return `FileUtils.${name}(${shown.length > 160 ? `${shown.slice(0, 157)}...` : shown})`;
}

const onHost = (name: string): Native => (c) => {
  c.interp.report(
    'DEC0322',
    'warning',
    `${shownCall(name, c.args)} changes the file system of the machine running chef-client when it runs, outside the resource collection: not carried into the image`,
    c.node.loc,
    'if the image needs it, declare the resource it stands for (directory, file, link…) or describe it in plan.yaml',
  );
  // FileUtils answers the list it was given; callers rarely read it.
  const first = c.args[0] ?? null;
  return first instanceof RArray ? first : new RArray(first === null ? [] : [first]);
};

const readsHost = (name: string): Native => (c) => c.interp.unknown(`FileUtils.${name} reads the files of the machine running chef-client`, c.node);

export function registerFileUtils(interp: InterpreterApi): void {
  const mod = defineModule(interp, 'FileUtils');
  // Module functions: `FileUtils.x` and, after `include FileUtils`, a bare `x`.
  for (const name of CHANGES) {
    mod.singletonMethods.set(name, onHost(name));
    mod.methods.set(name, onHost(name));
  }
  for (const name of READS) {
    mod.singletonMethods.set(name, readsHost(name));
    mod.methods.set(name, readsHost(name));
  }
}
