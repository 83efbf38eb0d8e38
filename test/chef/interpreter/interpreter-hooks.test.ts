/**
 * The Chef layer's collaborators given at construction (InterpreterHooks):
 * the simulated file system, `require_relative` and the class-level DSL hook.
 */
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../../src/chef/interpreter/interpreter.js';
import { registerCore } from '../../../src/chef/interpreter/core-constants.js';
import { NOT_FOUND } from '../../../src/chef/interpreter/runtime.js';
import { evalRuby } from './eval-helper.js';

function withHooks(hooks: ConstructorParameters<typeof Interpreter>[1]): Interpreter {
  const interp = new Interpreter({}, hooks);
  registerCore(interp);
  return interp;
}

describe('interpreter hooks at construction', () => {
  it('File.exist? and File.directory? ask the fs hook', async () => {
    const interp = withHooks({ fs: { exists: (p) => p === '/etc/app.conf' || p === '/srv', isDirectory: (p) => p === '/srv' } });
    const { text } = await evalRuby("[File.exist?('/etc/app.conf'), File.exist?('/nope'), File.directory?('/srv')]", interp);
    expect(text).toBe('[true, false, true]');
  });

  it('without an fs hook nothing exists (a fresh image)', async () => {
    const { text } = await evalRuby("File.exist?('/etc/passwd')", withHooks({}));
    expect(text).toBe('false');
  });

  it('require_relative goes to the requireRelative hook with the target and where it was asked', async () => {
    const asked: string[] = [];
    const interp = withHooks({ requireRelative: (target, from) => (asked.push(`${target}@${from.file}:${from.line}`), true) });
    await evalRuby("x = 1\nrequire_relative 'helpers'", interp);
    expect(asked).toEqual(['helpers@x.rb:2']);
  });

  it('the classHook answers class-level calls a library class does not define', async () => {
    const interp = withHooks({ classHook: (mod, name, c) => (name === 'property' ? `${mod.name}.${name}(${String(c.args.length)})` : NOT_FOUND) });
    const { text } = await evalRuby("class Thing\n  X = property :a, String\nend\nThing::X", interp);
    expect(text).toBe('"Thing.property(2)"');
  });

});
