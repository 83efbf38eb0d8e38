/**
 * Module#included and friends through a custom resource: a library module whose `included(base)` extends the
 * resource class with class methods (`option_properties`) and declares properties with `base.send(:property, …)`,
 * mixed into resources/*.rb with `include`, as systemd-style cookbooks build their unit resources.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

const LIBRARY = [
  'module Units',
  "  OPTIONS = { 'Unit' => { 'Description' => { kind_of: String }, 'After' => { kind_of: String } } }.freeze",
  '  module Reload',
  '    def self.included(base)',
  '      base.send :property, :triggers_reload, [TrueClass, FalseClass], default: true',
  '    end',
  '  end',
  '  module Props',
  '    def self.included(base)',
  '      base.send :include, InstanceMethods',
  '      base.extend ClassMethods',
  '    end',
  '    module ClassMethods',
  '      def option_properties(options)',
  '        options.each_pair do |section, opts|',
  '          opts.each_pair { |opt, conf| property "#{section.underscore}_#{opt.underscore}".to_sym, conf }',
  '        end',
  '      end',
  '    end',
  '    module InstanceMethods',
  '      def property_hash(options)',
  '        options.map do |section, opts|',
  '          set = opts.keys.reject { |o| send("#{section.underscore}_#{o.underscore}".to_sym).nil? }',
  '          [section, set.map { |o| "#{o}=#{send("#{section.underscore}_#{o.underscore}".to_sym)}" }]',
  '        end.to_h',
  '      end',
  '    end',
  '  end',
  'end',
  'class String',
  '  def underscore',
  "    gsub(/([a-z\\d])([A-Z])/, '\\1_\\2').downcase",
  '  end',
  'end',
  '',
].join('\n');

describe('mixin hooks in custom resources', () => {
  it('runs the included hook with the resource class: class methods declare properties, instance methods read them', async () => {
    const c = await evaluateCookbook('units', {
      'libraries/units.rb': LIBRARY,
      'resources/service.rb': [
        'def self.unit_type',
        '  :service',
        'end',
        'include Units::Reload',
        'include Units::Props',
        'option_properties Units::OPTIONS',
        'action :create do',
        '  file "/etc/systemd/system/#{new_resource.name}.#{new_resource.class.unit_type}" do',
        '    content property_hash(Units::OPTIONS).inspect',
        '  end',
        '  file "/etc/reload-#{new_resource.name}" do',
        '    content new_resource.triggers_reload.to_s',
        '  end',
        'end',
        '',
      ].join('\n'),
      'recipes/default.rb': "units_service 'web' do\n  unit_description 'The web server'\n  unit_after 'network.target'\nend\n",
    });
    const warnings = c.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);
    expect(warnings).toEqual([]);
    expect(c.resources.map((r) => [r.type, r.name, r.properties.content])).toEqual([
      ['units_service', 'web', undefined],
      ['file', '/etc/systemd/system/web.service', '{"Unit"=>["Description=The web server", "After=network.target"]}'],
      ['file', '/etc/reload-web', 'true'],
    ]);
  });
});
