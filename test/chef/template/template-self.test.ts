/** A template's self as Chef makes it (issue 15): a TemplateContext with node, @variables, helpers and render. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from '../evaluate-recipe.js';

describe("a template's self", () => {
  it('answers node, @variables, block and module helpers, render and class checks', async () => {
    const c = await evaluateCookbook('tself', {
      'templates/t.erb': [
        "<%= node['platform'] %> <%= @x %> <%= helper_x %> <%= lib_h %>",
        '<%= self.class %> <%= is_a?(Erubis::Context) %> <%= kind_of?(Chef::Mixin::Template::TemplateContext) %>',
        "<%= respond_to?(:helper_x) %> <%= instance_variable_get(:@x) %> <%= render 'part.erb', variables: { y: 2 } -%>",
      ].join('\n'),
      'templates/part.erb': 'part <%= @y %>\n',
      'libraries/h.rb': "module TselfHelpers\n  def lib_h; 'lh'; end\nend\n",
      'recipes/default.rb': "template '/etc/t' do\n  source 't.erb'\n  variables(x: 1)\n  helpers(TselfHelpers)\n  helpers do\n    def helper_x; 'hx'; end\n  end\nend\n",
    });
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const content = c.resources[0]!.content;
    expect(content?.kind === 'rendered' ? content.text : content).toBe('debian 1 hx lh\nChef::Mixin::Template::TemplateContext true true\ntrue 1 part 2\n');
  });
});
