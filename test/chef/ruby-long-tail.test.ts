/** Issue 15, the Ruby half: constructs of real cookbooks' libraries and resources, each as Ruby and Chef run them. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook, resource, codes } from './evaluate-recipe.js';

describe('constants, as Ruby looks them up', () => {
  it('a module reopened across library files: `module File` inside `module App` is App::File, and enclosing modules\' constants resolve', async () => {
    const c = await evaluateCookbook('cb', {
      // Chef loads libraries sorted by whole path: app.rb before app/…, and app.rb requires the rest in its order.
      'libraries/app.rb': "require_relative 'app/error'\nrequire_relative 'app/file'\nmodule App\n  include App::File\nend\n",
      'libraries/app/error.rb': 'module App\n  class BaseError < StandardError; end\n  class FilterError < BaseError; end\nend\n',
      'libraries/app/file.rb': [
        'module App',
        '  module File',
        "    def self.kind\n      'app file'\n    end",
        '    class PathError < FilterError; end',
        '    def self.error_parent',
        '      PathError.superclass.name',
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "file '/kind' do\n  content \"#{App::File.kind} #{App::File.error_parent} #{::File.join('/a', 'b')}\"\nend\n",
    });
    expect(resource(c, 'file', '/kind').properties.content).toBe('app file App::FilterError /a/b');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('a constant assigned in action_class is read by the actions (the file\'s class is their cref)', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/conf.rb': [
        'property :dir, String, name_property: true',
        'action_class do',
        '  SUBDIRS = %w(classes.d hosts.d).freeze',
        'end',
        'action :create do',
        '  SUBDIRS.each { |d| directory "#{new_resource.dir}/#{d}" }',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_conf '/etc/dhcp'\n",
    });
    expect(resource(c, 'directory', '/etc/dhcp/classes.d')).toBeDefined();
    expect(resource(c, 'directory', '/etc/dhcp/hosts.d')).toBeDefined();
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('class-level Ruby in resource files', () => {
  it('action_class.class_eval includes a helper module; Method is a class a property may accept', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/helper.rb': "module Line\n  module Helper\n    def target(p)\n      \"/etc/#{p}\"\n    end\n  end\nend\n",
      'resources/edit.rb': [
        'property :filters, [Array, Hash, Method, Proc]',
        'action :run do',
        "  file target('edited')",
        'end',
        'action_class.class_eval do',
        '  include Line::Helper',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_edit 'x'\n",
    });
    expect(resource(c, 'file', '/etc/edited')).toBeDefined();
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('alias_method in a resource file answers the new name as the property it aliases', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/conf.rb': [
        'property :retries_count, Integer, default: 4',
        'alias_method :max_retries, :retries_count',
        'action :create do',
        "  file '/etc/retries' do",
        '    content new_resource.max_retries.to_s',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_conf 'main'\n",
    });
    expect(resource(c, 'file', '/etc/retries').properties.content).toBe('4');
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('__dir__ is the folder of the file running, where chef-client keeps it', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/version.rb': "module App\n  HERE = __dir__\nend\n",
      'recipes/default.rb': "file '/here' do\n  content App::HERE\nend\n",
    });
    expect(resource(c, 'file', '/here').properties.content).toBe('/var/chef/cache/cookbooks/cb/libraries');
  });
});

describe('standard library of the node', () => {
  it('Erubis::Eruby in a library renders its text with the context Hash as instance variables, as Chef\'s Erubis does', async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/conf.rb': [
        "require 'erubis'",
        'module Conf',
        '  PLUGIN = <<-EOT',
        'plugin {',
        '<% @conf.sort.each do |k, v| -%>',
        '  <%= k %> = <%= v %>',
        '<% end -%>',
        '}',
        '  EOT',
        '  def self.plugin(conf)',
        '    Erubis::Eruby.new(PLUGIN).evaluate(conf: conf)',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "file '/etc/plugin.conf' do\n  content Conf.plugin('sieve' => '~/.dovecot.sieve', 'mail_plugins' => 'quota')\nend\n",
    });
    expect(resource(c, 'file', '/etc/plugin.conf').properties.content).toBe('plugin {\n  mail_plugins = quota\n  sieve = ~/.dovecot.sieve\n}\n');
    expect(codes(c, 'DEC0307', 'DEC0302')).toEqual([]);
  });

  it('OpenSSL key material is an Unknown that says it is generated on the node, never content for the image', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': "require 'openssl'\nfile '/etc/openvpn/dh.pem' do\n  content lazy { OpenSSL::PKey::DH.new(2048).to_s }\n  action :create_if_missing\nend\n",
    });
    expect(resource(c, 'file', '/etc/openvpn/dh.pem').properties.content).toMatchObject({ reason: expect.stringContaining('OpenSSL::PKey::DH.new generates key material on the node') });
    expect(codes(c, 'DEC0307')).toEqual([]);
  });

  it('Chef::JSONCompat.to_json_pretty writes JSON as JSON.pretty_generate does, and an Unknown inside stays Unknown', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "file '/etc/svc.json' do",
        "  content Chef::JSONCompat.to_json_pretty('service' => { 'name' => 'web', 'port' => 80 })",
        'end',
        "file '/etc/host.json' do",
        "  content JSON.generate('host' => ENV['HOSTNAME'])",
        'end',
      ].join('\n'),
    });
    expect(resource(c, 'file', '/etc/svc.json').properties.content).toBe('{\n  "service": {\n    "name": "web",\n    "port": 80\n  }\n}');
    expect(resource(c, 'file', '/etc/host.json').properties.content).toMatchObject({ reason: expect.stringContaining('ENV["HOSTNAME"]') });
  });

  it('Etc, sockets and Resolv ask the host; IPAddr and Timeout are computed', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "require 'ipaddr'",
        "local = IPAddr.new('127.0.0.0/8').include?(IPAddr.new('127.0.1.1'))",
        "file '/ip' do\n  content \"#{local} #{Timeout.timeout(5) { 'in time' }}\"\nend",
        "file '/grp' do\n  content Etc.getgrgid(0).name\nend",
        "file '/dns' do\n  content Resolv.getaddress('db.example.org')\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/ip').properties.content).toBe('true in time');
    expect(resource(c, 'file', '/grp').properties.content).toMatchObject({ reason: expect.stringContaining('Etc.getgrgid') });
    expect(resource(c, 'file', '/dns').properties.content).toMatchObject({ reason: expect.stringContaining('Resolv.getaddress') });
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});

describe('host questions with a static answer', () => {
  it('File.empty? of a path no resource made is false; URI.encode (gone since Ruby 3.0) says chef-client fails there', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "file '/empty' do\n  content ::File.empty?('/etc/ossec/client.keys').to_s\nend",
        "file '/enc' do\n  content URI.encode('a b')\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/empty').properties.content).toBe('false');
    expect(resource(c, 'file', '/enc').properties.content).toMatchObject({ reason: expect.stringContaining('URI.encode was removed in Ruby 3.0') });
  });
});

describe('an Unknown flowing into a method call', () => {
  it('a comparison with an Unknown is Unknown, so the item a find would pick is not nil and `[]` on it is no error', async () => {
    const c = await evaluateCookbook('cb', {
      'recipes/default.rb': [
        "wanted = ENV['APP_ROLE']",
        "picked = [{ 'name' => 'web', 'port' => 80 }].find { |s| s['name'] == wanted }",
        "file '/port' do\n  content picked['port'].to_s\nend",
      ].join('\n'),
    });
    expect(resource(c, 'file', '/port').properties.content).toMatchObject({ reason: expect.stringContaining('ENV["APP_ROLE"]') });
    expect(codes(c, 'DEC0307')).toEqual([]);
  });
});
