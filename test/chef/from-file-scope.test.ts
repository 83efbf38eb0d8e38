/** Constants a recipe reads through Chef::Mixin::FromFile's nesting and Chef::Recipe's class, and library top-level includes (issue 15). */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';

const names = (c: Converge): string[] => c.resources.map((r) => `${r.type}[${String(r.name)}]`);
const warnings = (c: Converge): string[] => c.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);

describe('constants through the from_file scope', () => {
  it('a bare constant resolves in Chef::Mixin::FromFile, Chef::Mixin, Chef and Chef::Recipe as a library defines them', async () => {
    const c = await evaluateCookbook('ffs', {
      'libraries/consts.rb': [
        'module Chef', '  module Mixin', '    module FromFile', "      FFS_DIR = '/opt/ffs'", '    end',
        "    FFS_MODE = '0750'", '  end', '  FFS_TOP = "top"', 'end',
        'class Chef', '  class Recipe', "    FFS_USER = 'ffsuser'", '  end', 'end',
      ].join('\n'),
      'recipes/default.rb': "directory FFS_DIR do\n  mode FFS_MODE\nend\nuser FFS_USER\nfile \"/#{FFS_TOP}\"\n",
    });
    expect(warnings(c)).toEqual([]);
    expect(names(c)).toEqual(['directory[/opt/ffs]', 'user[ffsuser]', 'file[/top]']);
    expect(c.resources[0]!.properties['mode']).toBe('0750');
  });

  it('a constant of a module included into Chef::Recipe is bare in a recipe, and also named by its module', async () => {
    const c = await evaluateCookbook('ffs', {
      'libraries/helpers.rb': "module FfsHelpers\n  PORT = 8080\nend\nChef::Recipe.send(:include, FfsHelpers)\n",
      'recipes/default.rb': 'file "/a#{PORT}"\nfile "/b#{FfsHelpers::PORT}"\n',
    });
    expect(warnings(c)).toEqual([]);
    expect(names(c)).toEqual(['file[/a8080]', 'file[/b8080]']);
  });

  it('a library is not evaluated from FromFile: its own bare reference stays an uninitialized constant', async () => {
    const c = await evaluateCookbook('ffs', {
      'libraries/a.rb': "module Chef\n  module Mixin\n    module FromFile\n      FFS_X = 1\n    end\n  end\nend\nFFS_Y = FFS_X\n",
      'recipes/default.rb': "file '/x'\n",
    });
    expect(warnings(c)).toEqual(['uninitialized constant FFS_X']);
  });
});

describe("a library's top-level include", () => {
  it("puts the module's methods on Object: a class method of another module calls them bare", async () => {
    const c = await evaluateCookbook('ffs', {
      'libraries/h.rb': "module FfsPaths\n  def base_path; '/srv/ffs'; end\nend\ninclude FfsPaths\nmodule FfsLib\n  def self.conf; base_path + '/conf'; end\nend\n",
      'recipes/default.rb': 'directory FfsLib.conf\ndirectory base_path\n',
    });
    expect(warnings(c)).toEqual([]);
    expect(names(c)).toEqual(['directory[/srv/ffs/conf]', 'directory[/srv/ffs]']);
  });
});

describe('NoMethodError on nil under a rescue', () => {
  it('a missing attribute level read under begin/rescue or a rescue modifier takes the handler, as Ruby does', async () => {
    const c = await evaluateCookbook('ffs', {
      'attributes/default.rb': "default['ffs']['a'] = 1\n",
      'recipes/default.rb': "v = begin\n  node['ffs']['missing']['z']\nrescue NoMethodError\n  'dflt'\nend\nfile \"/#{v}\"\nw = node['ffs']['missing']['q'] rescue 'mod'\nfile \"/#{w}\"\n",
    });
    expect(names(c)).toEqual(['file[/dflt]', 'file[/mod]']);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0301').map((d) => d.location?.line)).toEqual([2, 7]);
  });

  it('outside a rescue the call stays an unknown value with its cause', async () => {
    const c = await evaluateCookbook('ffs', { 'recipes/default.rb': "v = node['ffs_none']['z']\nfile \"/#{v}\"\n" });
    expect(warnings(c)).toEqual(["undefined method or local variable '[]' for nil"]);
  });
});
