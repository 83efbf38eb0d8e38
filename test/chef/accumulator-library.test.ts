/**
 * The accumulator-library pattern (chef_auto_accumulator, used by isc_kea and others), written here: a library
 * module included in both the resource class and its action class decides by `action_class?` and a bare
 * `respond_to?` where its options come from, logs through Mixlib::Log's level table and `caller`, declares the
 * config template into the root run context from new_resource, and fills the template's variables in a
 * converge_if_changed block. Each step used to fail on a construct (issue 15): the template came out with no
 * source and no variables, and every instance was called a change in Ruby (DEC0328).
 */
import { describe, expect, it } from 'vitest';
import { codes, evaluateCookbook, resource } from './evaluate-recipe.js';

const LIBRARY = `
require 'mixlib/log'

module Acc
  def action_class?
    instance_variable_defined?(:@new_resource)
  end

  def resource_options
    if !action_class? && respond_to?(:acc_options)
      acc_options
    elsif action_class? && new_resource.respond_to?(:acc_options)
      new_resource.acc_options
    else
      raise 'options not defined'
    end
  end

  def log_acc(severity)
    severity_int = Mixlib::Log::Logging::LEVELS[severity]
    level = Mixlib::Log::Logging::LEVELS[Chef::Log.level]
    return if severity_int < level

    message = yield
    calling_method = caller.find { |v| v.match?(/\\.rb:\\d+/) }[/\`.*'/][1..-2]
    Chef::Log.send(severity, "#{calling_method}: #{message}")
  end

  def template_default
    "file_#{resource_options.fetch(:type)}.erb"
  end

  def init_template
    return if find_resource(:template, new_resource.config_file)

    log_acc(:info) { "creating #{new_resource.config_file} from #{{ opts: resource_options }.pretty_inspect}" }
    with_run_context(:root) do
      declare_resource(:template, new_resource.config_file) do
        source new_resource.source
        cookbook new_resource.cookbook
        variables(content: {})
        action :nothing
        delayed_action :create
      end
    end
  end

  def accumulate(key, value)
    init_template
    content = find_resource!(:template, new_resource.config_file).variables[:content]
    path = %w(Dhcp4 options).each_with_object([content]) { |k, acc| acc << (acc.last[k] ||= {}) }.last
    raise 'path should respond to :filter' unless [path].respond_to?(:filter)

    path[key] = value
  end
end
`;

const RESOURCE = `
include Acc
unified_mode true

def acc_options
  { type: 'json' }
end

property :key, String, name_property: true
property :value, String
property :config_file, String, default: '/etc/kea/kea-dhcp4.conf'
property :cookbook, String, default: 'acc'
property :source, String, default: lazy { template_default }

action_class do
  include Acc
end

action :create do
  converge_if_changed do
    accumulate(new_resource.key, new_resource.value)
  end
end
`;

describe('an accumulator library (library module in resource and action class)', () => {
  it('declares the template from new_resource and fills its variables, with no change in Ruby and no undefined method', async () => {
    const c = await evaluateCookbook('acc', {
      'libraries/acc.rb': LIBRARY,
      'resources/option.rb': RESOURCE,
      'templates/file_json.erb': '<%= @content.to_json %>\n',
      'recipes/default.rb': "acc_option 'a' do\n  value '1'\nend\nacc_option 'b' do\n  value '2'\nend\n",
    });
    const t = resource(c, 'template', '/etc/kea/kea-dhcp4.conf');
    expect(t.properties).toMatchObject({ source: 'file_json.erb', cookbook: 'acc', variables: { content: { Dhcp4: { options: { a: '1', b: '2' } } } } });
    expect(c.resources.filter((r) => r.type === 'acc_option').map((r) => r.rubyChanges)).toEqual([undefined, undefined]);
    expect(codes(c, 'DEC0307', 'DEC0306', 'DEC0401')).toEqual([]);
  });
});
