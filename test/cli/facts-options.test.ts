/** The facts flags, defined once (src/cli/facts-options.ts): convert and inspect both take them, with their own --facts-timeout default. */
import yargs, { type CommandModule } from 'yargs';
import { describe, expect, it } from 'vitest';
import { convertCommand } from '../../src/cli/commands/convert.js';
import { inspectCommand } from '../../src/cli/commands/inspect.js';
import { checkFactsArgs, factsSettingOf, type FactsArgs } from '../../src/cli/facts-options.js';

/** The arguments a command's builder parses from `argv`, its handler not run; a usage error as a thrown message. */
async function parsed(command: CommandModule<object, never>, argv: string[]): Promise<FactsArgs & Record<string, unknown>> {
  let got: (FactsArgs & Record<string, unknown>) | undefined;
  await yargs(argv)
    .command({ ...(command as unknown as CommandModule<object, FactsArgs>), handler: (a) => void (got = a as FactsArgs & Record<string, unknown>) })
    .strict()
    .fail((msg, err) => {
      throw err ?? new Error(msg);
    })
    .exitProcess(false)
    .parseAsync();
  return got!;
}

const commands = [
  ['convert', convertCommand as unknown as CommandModule<object, never>, ['convert', 'cb', '-o', 'out']],
  ['inspect', inspectCommand as unknown as CommandModule<object, never>, ['inspect', 'cb']],
] as const;

describe('the facts flags', () => {
  for (const [name, command, base] of commands) {
    it(`${name} takes every facts flag`, async () => {
      const a = await parsed(command, [...base, '--facts-cache', '/c', '--refresh-facts', '--facts-timeout', '12']);
      expect(a).toMatchObject({ 'facts-cache': '/c', 'refresh-facts': true, 'facts-timeout': 12 });
      expect((await parsed(command, [...base, '--offline']))['offline']).toBe(true);
      expect((await parsed(command, [...base, '--facts-file', 'f.json']))['facts-file']).toBe('f.json');
    });

    it(`${name} refuses --offline with a named source, and a negative timeout`, async () => {
      await expect(parsed(command, [...base, '--offline', '--facts-cache', '/c'])).rejects.toThrow(/--offline asks no facts/);
      await expect(parsed(command, [...base, '--facts-timeout', '-1'])).rejects.toThrow(/--facts-timeout is a number of seconds/);
    });
  }

  it('inspect waits 30 s by default, convert without limit', async () => {
    expect((await parsed(commands[1][1], [...commands[1][2]]))['facts-timeout']).toBe(30);
    expect((await parsed(commands[0][1], [...commands[0][2]]))['facts-timeout']).toBeUndefined();
  });

  it('the flags become the pipeline\'s setting, paths made absolute', () => {
    const env = process.env['DECANT_OFFLINE'];
    delete process.env['DECANT_OFFLINE'];
    try {
      expect(factsSettingOf({ 'facts-timeout': 30, 'facts-cache': 'rel' })).toEqual({ mode: 'engine', cacheDir: `${process.cwd()}/rel`, timeoutSeconds: 30 });
      expect(factsSettingOf({ 'facts-timeout': 0 })).toEqual({ mode: 'engine' });
    } finally {
      if (env !== undefined) process.env['DECANT_OFFLINE'] = env;
    }
    expect(checkFactsArgs({ 'refresh-facts': true, offline: true })).toMatch(/--refresh-facts resolves facts through the engine/);
    expect(checkFactsArgs({ 'facts-timeout': 0 })).toBe(true);
  });
});
