/**
 * Chef-API constructs of issue 15's long tail around helper modules and resource objects, each modelled on the
 * pattern real cookbooks use and written here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const undefinedNames = (c: { diagnostics: readonly { code: string; message: string }[] }) =>
  c.diagnostics.filter((d) => d.code === 'DEC0307').map((d) => d.message);

describe('helper modules mixed into an action class', () => {
  it('a lambda stored at module load and run by instance_exec in the action reads new_resource', async () => {
    const c = await evaluateCookbook('arch', {
      'libraries/builders.rb': [
        'module Arch',
        '  module Builders',
        '    def generates_for(name, options)',
        '      generators.push [options[:when_the], options[:with]]',
        '    end',
        '    def generators',
        '      @generators ||= []',
        '    end',
        '  end',
        '  module Helpers',
        '    extend ::Arch::Builders',
        "    generates_for :zip, when_the: -> { new_resource.extension =~ /zip/ }, with: 'unzip'",
        "    generates_for :tar, when_the: -> { true }, with: 'tar'",
        '    def tool',
        '      Arch::Helpers.generators.find { |cond, _t| instance_exec(&cond) }.last',
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'resources/archive.rb': [
        'provides :arch_archive',
        'unified_mode true',
        'property :extension, String',
        'action :unpack do',
        '  execute "#{tool} #{new_resource.name}"',
        'end',
        'action_class do',
        '  include ::Arch::Helpers',
        'end',
      ].join('\n'),
      'recipes/default.rb': "arch_archive 'a.zip' do\n  extension 'zip'\n  action :unpack\nend\narch_archive 'b.tgz' do\n  extension 'tgz'\n  action :unpack\nend\n",
    });
    expect(undefinedNames(c)).toEqual([]);
    expect(c.resources.filter((r) => r.type === 'execute').map((r) => r.name)).toEqual(['unzip a.zip', 'tar b.tgz']);
  });
});

describe('matching an unknown string', () => {
  it('leaves $~, $1 and Regexp.last_match unknown, not the previous match or nil', async () => {
    const { evalRuby } = await import('./interpreter/eval-helper.js');
    for (const read of ['Regexp.last_match(2)', '$1', '$~']) {
      const r = await evalRuby(`'x.zip' =~ /(x)\\.(zip)/\nu = ENV['URL']\nu =~ /^(.+?)\\.(jar|zip)/\n${read}`);
      expect(r.text, read).toContain('unknown ENV["URL"]');
    }
    const viaRegexp = await evalRuby("u = ENV['URL']\n/(a)/.match(u)\nRegexp.last_match(1)");
    expect(viaRegexp.text).toContain('unknown ENV["URL"]');
    const known = await evalRuby("'x.zip' =~ /(x)\\.(zip)/\nRegexp.last_match(2)");
    expect(known.text).toBe('"zip"');
  });
});
