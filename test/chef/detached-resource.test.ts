/**
 * Core resources built as values (`Chef::Resource::File.new(path, run_context)`), as library helpers that write a
 * key or a downloaded file do: Chef does not add the object to the resource collection; its setters and getters
 * work; `run_action` converges it outside the collection, which decant says it does not carry into the image.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('resources built with Chef::Resource::X.new', () => {
  it('answers setters and getters, stays out of the collection, and a run_action is a DEC0319 warning where it runs', async () => {
    const c = await evaluateCookbook('keys', {
      'libraries/writer.rb': [
        'module Keys',
        '  module Writer',
        '    def write_key(path, text)',
        '      f = Chef::Resource::File.new(path, run_context)',
        '      f.content(text)',
        "      f.mode('0600')",
        '      f.sensitive(true) if f.respond_to?(:sensitive)',
        '      f.run_action(:create)',
        '      [f.path, f.content, f.mode, f.sensitive]',
        '    end',
        '    def cli_source(url)',
        "      r = Chef::Resource::RemoteFile.new('/var/cache/cli.jar', run_context)",
        '      r.source(url)',
        '      r.backup(false)',
        '      [r.source, r.backup, r.to_s]',
        '    end',
        '  end',
        'end',
        'Chef::DSL::Recipe.send(:include, Keys::Writer)',
        '',
      ].join('\n'),
      'recipes/default.rb': [
        "k = write_key('/etc/app/key', 'secret-text')",
        "s = cli_source('https://example.org/cli.jar')",
        "file '/etc/app/summary' do",
        '  content (k + s).inspect',
        'end',
        '',
      ].join('\n'),
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['file[/etc/app/summary]']);
    expect(c.resources[0]!.properties.content).toBe(
      '["/etc/app/key", "secret-text", "0600", true, "https://example.org/cli.jar", false, "remote_file[/var/cache/cli.jar]"]',
    );
    const notCarried = c.diagnostics.filter((d) => d.code === 'DEC0319');
    expect(notCarried.map((d) => [d.severity, d.location?.file, d.location?.line])).toEqual([['warning', 'libraries/writer.rb', 8]]);
    expect(notCarried[0]!.message).toContain('file[/etc/app/key]');
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
  });

  it('leaves a library class of that name with its own constructor to the library', async () => {
    const c = await evaluateCookbook('own', {
      'libraries/own.rb': "class Chef\n  class Resource\n    class File\n      def initialize(path)\n        @path = path\n      end\n      def where\n        \"at #{@path}\"\n      end\n    end\n  end\nend\n",
      'recipes/default.rb': "file '/x' do\n  content Chef::Resource::File.new('/y').where\nend\n",
    });
    expect(c.resources[0]!.properties.content).toBe('at /y');
  });
});
