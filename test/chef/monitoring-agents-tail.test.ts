/** Constructs monitoring and security agent cookbooks (nagios, zabbix-agent, fail2ban, snort) showed decant reading wrong. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';

const all = (c: Converge, type: string, name: string) => c.resources.filter((x) => x.type === type && x.name === name);

describe('actions declared in a loop', () => {
  it('close over the block variable, as define_method does: `%i(enable start).each { |a| action a do service … action a end }`', async () => {
    const c = await evaluateCookbook('cb', {
      'resources/service.rb': [
        'file_local = "svc"',
        "property :service_name, String, default: 'fail2ban'",
        '%i(enable disable start stop).each do |service_action|',
        '  action service_action do',
        '    service new_resource.service_name do',
        '      action service_action',
        '      supports restart: file_local == "svc"',
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "cb_service 'default' do\n  action [:enable, :start]\nend\n",
    });
    const svc = all(c, 'service', 'fail2ban');
    expect(svc.map((s) => s.actions)).toEqual([['enable'], ['start']]);
    expect(svc[0]!.properties.supports).toEqual({ restart: true });
  });
});

describe('search rows', () => {
  const nodes = {
    'test/integration/nodes/a.json': JSON.stringify({ normal: { tags: ['foo', 'bar'], nagios: { address: '10.0.0.1' } }, run_list: ['role[web]'] }),
    'test/integration/nodes/b.json': JSON.stringify({ chef_environment: 'prod', normal: { tags: 'foo' }, run_list: [] }),
    'test/integration/nodes/c.json': JSON.stringify({ normal: {}, automatic: { ipaddress: '10.0.0.3' }, run_list: ['recipe[x]'] }),
    'kitchen.yml': 'suites:\n  - name: default\n    run_list: ["recipe[cb::default]"]\n',
  };
  it('of a node search are Chef::Nodes: case/when and is_a? see the class, name/tags/chef_environment/role? answer, [] reads attributes', async () => {
    const c = await evaluateCookbook('cb', {
      ...nodes,
      'recipes/default.rb': [
        "search(:node, 'name:*').each do |n|",
        '  kind = case n',
        "         when Hash then 'hash'",
        "         when Chef::Node then 'node'",
        '         end',
        '  file "/n/#{n.name}" do',
        "    content [kind, n.is_a?(Chef::Node), n.respond_to?('tags'), n.tags, n.chef_environment, n.role?('web'), n['ipaddress'], n['ipaddress'] && n.ipaddress, n.fetch('nagios', {})['address'], n.to_s].inspect",
        '  end',
        'end',
      ].join('\n'),
    });
    const content = (n: string) => all(c, 'file', `/n/${n}`)[0]?.properties.content;
    expect(content('a')).toBe('["node", true, true, ["foo", "bar"], "_default", true, nil, nil, "10.0.0.1", "node[a]"]');
    // Chef::Node#tags is Array(normal['tags']): a lone tag written as a String is a list of one.
    expect(content('b')).toBe('["node", true, true, ["foo"], "prod", false, nil, nil, nil, "node[b]"]');
    expect(content('c')).toBe('["node", true, true, [], "_default", false, "10.0.0.3", "10.0.0.3", nil, "node[c]"]');
  });

  it('of a data bag search are items the recipe may change, answering raw_data as data_bag_item does', async () => {
    const c = await evaluateCookbook('cb', {
      'kitchen.yml': nodes['kitchen.yml'],
      'test/integration/data_bags/svc/a.json': JSON.stringify({ id: 'a', check: 'ping' }),
      'recipes/default.rb': [
        'rows = []',
        "Chef::Search::Query.new.search('svc', '*:*') { |row| rows << (row.respond_to?(:raw_data) ? row.raw_data : row) }",
        "rows.each { |item| item['check'] = \"check_#{item['check']}\" }",
        "i = data_bag_item('svc', 'a')",
        "file '/rows' do\n  content [rows, i.raw_data['check'], i.data_bag].inspect\nend",
      ].join('\n'),
    });
    expect(all(c, 'file', '/rows')[0]?.properties.content).toBe('[[{"id"=>"a", "check"=>"check_ping"}], "ping", "svc"]');
    expect(c.diagnostics.filter((d) => d.code === 'DEC0306')).toEqual([]);
  });
});

describe('Chef::Resource.include', () => {
  it("makes a library's helpers methods of every resource: new_resource.helper answers, as the superclass's would", async () => {
    const c = await evaluateCookbook('cb', {
      'libraries/helpers.rb': [
        'module Cb',
        '  module Helpers',
        '    def pid_file',
        "      \"/run/#{node['platform']}.pid\"",
        '    end',
        '  end',
        'end',
        'Chef::DSL::Recipe.include Cb::Helpers',
        'Chef::Resource.include Cb::Helpers',
      ].join('\n'),
      'resources/inst.rb': "property :x, String\naction :create do\n  file '/a' do\n    content new_resource.pid_file\n  end\nend\n",
      'recipes/default.rb': "cb_inst 'i'\n",
    });
    expect(all(c, 'file', '/a')[0]?.properties.content).toBe('/run/debian.pid');
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
  });
});
