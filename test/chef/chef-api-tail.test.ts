/**
 * Chef-API constructs of the long tail seen on the wide public corpus (issue 15), each modelled on the real
 * pattern and written here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('include_recipe', () => {
  it("'::name' is a recipe of the including recipe's cookbook, as Chef reads an empty cookbook part", async () => {
    const c = await evaluateCookbook('netcb', {
      'recipes/default.rb': "include_recipe '::net_setup'\npackage 'isc-dhcp-server'\n",
      'recipes/net_setup.rb': "directory '/etc/net-setup'\n",
    });
    expect(c.diagnostics.filter((d) => d.code === 'DEC0304')).toEqual([]);
    expect(c.runList).toEqual(['netcb::default', 'netcb::net_setup']);
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['directory[/etc/net-setup]', 'package[isc-dhcp-server]']);
  });

  it("'::name' naming no recipe of the cookbook is DEC0304 naming that cookbook", async () => {
    const c = await evaluateCookbook('netcb', { 'recipes/default.rb': "include_recipe '::absent'\n" });
    expect(c.diagnostics.find((d) => d.code === 'DEC0304')?.message).toBe("include_recipe '::absent': cookbook 'netcb' has no recipe 'absent'");
  });
});

describe('custom resources whose actions declare no resource of their own', () => {
  it('an accumulator instance records the actions that ran, and the template it edits gets its values', async () => {
    const c = await evaluateCookbook('acc', {
      'resources/config.rb': [
        'provides :acc_config',
        'unified_mode true',
        'action :create do',
        "  template '/etc/acc.conf' do",
        "    source 'acc.conf.erb'",
        "    cookbook 'acc'",
        '    variables(jobs: {})',
        '    action :nothing',
        '    delayed_action :create',
        '  end',
        'end',
      ].join('\n'),
      'resources/job.rb': [
        'provides :acc_job',
        'unified_mode true',
        'property :target, String',
        'action :create do',
        '  job = new_resource',
        '  with_run_context :root do',
        "    edit_resource(:template, '/etc/acc.conf') do",
        '      variables[:jobs][job.name] = job.target',
        '    end',
        '  end',
        'end',
        'action :delete do',
        'end',
      ].join('\n'),
      'resources/empty.rb': 'provides :acc_empty\ndefault_action :create\naction :create do\nend\n',
      'templates/acc.conf.erb': '<% @jobs.sort.each do |k, v| -%>\n<%= k %> <%= v %>\n<% end -%>\n',
      'recipes/default.rb': "acc_config 'default'\nacc_job 'web' do\n  target 'localhost:80'\nend\nacc_empty 'x'\nacc_empty 'y' do\n  action :nothing\nend\n",
    });
    const byId = new Map(c.resources.map((r) => [`${r.type}[${String(r.name)}]`, r]));
    expect(byId.get('acc_job[web]')?.customActionsRun).toEqual(['create']);
    expect(byId.get('acc_empty[x]')?.customActionsRun).toEqual(['create']);
    expect(byId.get('acc_empty[y]')?.customActionsRun).toEqual([]);
    expect(c.resources.some((r) => r.via === 'acc_job[web]')).toBe(false);
    const conf = c.resources.filter((r) => r.type === 'template' && r.name === '/etc/acc.conf').at(-1)!;
    expect(conf.content).toMatchObject({ kind: 'rendered', complete: true, text: 'web localhost:80\n' });
  });

  it('a built-in resource carries no customActionsRun', async () => {
    const c = await evaluateCookbook('plain', { 'recipes/default.rb': "directory '/srv'\n" });
    expect(c.resources[0]!.customActionsRun).toBeUndefined();
  });
});

describe("custom resources converge after the compile phase, as Chef's do", () => {
  const helper = [
    'module LookupHelpers',
    '  def find_one(run_context, type, name)',
    '    begin',
    '      run_context.resource_collection.find(type => name)',
    '    rescue',
    '      nil',
    '    end',
    '  end',
    'end',
  ].join('\n');

  it("an action finds, through Chef.run_context's resource collection, a resource the recipe declares after it", async () => {
    const c = await evaluateCookbook('es', {
      'libraries/helpers.rb': helper,
      'resources/user.rb': 'provides :es_user\nproperty :username, String, default: "elastic"\naction :create do\n  user new_resource.username\nend\n',
      'resources/configure.rb': [
        'provides :es_configure',
        'include LookupHelpers',
        'action :manage do',
        '  svc = find_one(Chef.run_context, :es_service, new_resource.name)',
        '  usr = find_one(Chef.run_context, :es_user, new_resource.name)',
        '  raise "no service" unless svc',
        "  file '/etc/es.yml' do",
        '    content "user: #{usr.username}\\nservice: #{svc.name}\\n"',
        '  end',
        'end',
      ].join('\n'),
      'resources/service.rb': 'provides :es_service\naction :configure do\nend\n',
      'recipes/default.rb': "es_user 'es'\nes_configure 'es'\nes_service 'es'\n",
    });
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const yml = c.resources.find((r) => r.type === 'file' && r.name === '/etc/es.yml');
    expect(yml?.properties['content']).toBe('user: elastic\nservice: es\n');
    expect(yml?.via).toBe('es_configure[es]');
    // What an action declares converges in place: right after its instance.
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['es_user[es]', 'user[elastic]', 'es_configure[es]', 'file[/etc/es.yml]', 'es_service[es]']);
  });

  it("resource_collection.find of a missing resource raises ResourceNotFound (rescued above; unrescued it ends the action)", async () => {
    const c = await evaluateCookbook('rc', {
      'resources/thing.rb': "provides :rc_thing\naction :create do\n  run_context.resource_collection.find(:service => 'absent')\n  file '/never'\nend\n",
      'recipes/default.rb': "rc_thing 'x'\n",
    });
    expect(c.resources.some((r) => r.name === '/never')).toBe(false);
    expect(c.diagnostics.find((d) => d.code === 'DEC0306')?.message).toContain('Chef::Exceptions::ResourceNotFound');
  });

  it("lookup('type[name]'), several names at once, and Enumerable calls on the collection", async () => {
    const c = await evaluateCookbook('rc', {
      'resources/report.rb': [
        'provides :rc_report',
        'action :create do',
        '  rc = run_context.resource_collection',
        "  one = rc.lookup('package[nginx]')",
        "  two = rc.find(package: %w(nginx curl))",
        "  names = rc.select { |r| r.is_a?(Chef::Resource) && r.resource_name == :package }.map(&:name)",
        "  file '/etc/report' do",
        '    content "#{one.name} #{two.size} #{names.join(",")} #{rc.count}"',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "package 'nginx'\nrc_report 'r'\npackage 'curl'\n",
    });
    expect(c.resources.find((r) => r.name === '/etc/report')?.properties['content']).toBe('nginx 2 nginx,curl 3');
  });

  it('run_action after the block of a custom resource declared :nothing runs that action (its actions run at converge)', async () => {
    const c = await evaluateCookbook('ra', {
      'resources/setup.rb': "provides :ra_setup\naction :create do\n  directory '/srv/ra'\nend\n",
      'recipes/default.rb': "s = ra_setup 'x' do\n  action :nothing\nend\ns.run_action(:create)\n",
    });
    expect(c.resources.some((r) => r.type === 'directory' && r.name === '/srv/ra')).toBe(true);
  });

  it('action_create inside another action runs that action of the same resource first, as the method Chef defines per action', async () => {
    const c = await evaluateCookbook('svcu', {
      'resources/service.rb': [
        'provides :svcu_service',
        'unified_mode true',
        "property :unit_name, String, default: 'app.service'",
        'action :create do',
        '  systemd_unit new_resource.unit_name do',
        "    content 'ExecStart=/usr/bin/app'",
        '    action :create',
        '  end',
        'end',
        'action :enable do',
        '  action_create',
        '  systemd_unit new_resource.unit_name do',
        '    action :enable',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "svcu_service 'app' do\n  action [:enable]\nend\n",
    });
    expect(c.resources.filter((r) => r.type === 'systemd_unit').map((r) => r.actions)).toEqual([['create'], ['enable']]);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
  });

  it('an action reads node attributes as they stand at the end of the compile phase', async () => {
    const c = await evaluateCookbook('late', {
      'resources/conf.rb': "provides :late_conf\naction :create do\n  file '/etc/late' do\n    content node['late']['port'].to_s\n  end\nend\n",
      'attributes/default.rb': "default['late']['port'] = 80\n",
      'recipes/default.rb': "late_conf 'x'\nnode.default['late']['port'] = 8080\n",
    });
    expect(c.resources.find((r) => r.name === '/etc/late')?.properties['content']).toBe('8080');
  });

  it('what a custom resource declared under an unknown condition declares carries that condition', async () => {
    const c = await evaluateCookbook('cond', {
      'resources/conf.rb': "provides :cond_conf\naction :create do\n  directory '/srv/cond'\nend\n",
      'recipes/default.rb': "if shell_out('test -e /x').exitstatus == 0\n  cond_conf 'x'\nend\n",
    });
    const dir = c.resources.find((r) => r.name === '/srv/cond');
    expect(dir?.guards.some((g) => g.outcome === 'unknown')).toBe(true);
  });
});

describe('resource names from file names', () => {
  it("resources/default.rb and providers/default.rb define the type named after the cookbook (ark's LWRP), other files <cookbook>_<file>", async () => {
    const c = await evaluateCookbook('unpack', {
      'resources/default.rb': 'actions :install\ndefault_action :install\nattribute :url, kind_of: String\n',
      'providers/default.rb': "action :install do\n  directory \"/opt/#{new_resource.name}\"\nend\n",
      'resources/tool.rb': "property :bin, String\naction :create do\n  link \"/usr/local/bin/#{new_resource.bin}\" do\n    to '/opt/x'\n  end\nend\n",
      'recipes/default.rb': "unpack 'consul' do\n  url 'https://example.test/consul.zip'\nend\nunpack_tool 't' do\n  bin 'consul'\nend\n",
    });
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['unpack[consul]', 'directory[/opt/consul]', 'unpack_tool[t]', 'link[/usr/local/bin/consul]']);
    expect(c.diagnostics.filter((d) => d.code === 'DEC0308')).toEqual([]);
  });
});

describe('library resource classes on LWRPBase', () => {
  it('actions, default_action and attribute answer in `class Resource::X < Resource::LWRPBase`, and its provider class runs', async () => {
    const c = await evaluateCookbook('creds', {
      'libraries/store.rb': [
        'class Chef',
        '  class Resource::CredsStore < Resource::LWRPBase',
        '    resource_name :creds_store',
        '    actions :create, :delete',
        '    default_action :create',
        '    attribute :path, kind_of: String, default: "/etc/creds"',
        '  end',
        'end',
        'class Chef',
        '  class Provider::CredsStore < Provider::LWRPBase',
        '    provides :creds_store',
        '    action :create do',
        '      directory new_resource.path',
        '    end',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "creds_store 'main'\n",
    });
    expect(c.diagnostics.filter((d) => d.code === 'DEC0307').map((d) => `${d.line}: ${d.message}`)).toEqual([]);
    expect(c.resources.map((r) => `${r.type}[${String(r.name)}]`)).toEqual(['creds_store[main]', 'directory[/etc/creds]']);
  });
});

describe('custom resource properties declared sensitive', () => {
  it('the instance names them, whatever they are called, so their values are tracked as secrets', async () => {
    const c = await evaluateCookbook('ldapish', {
      'resources/service.rb': [
        'provides :ldapish_service',
        'unified_mode true',
        'property :rootpw, [String, nil], sensitive: true',
        "property :basedn, String, default: 'dc=example,dc=com'",
        'action :create do',
        "  file '/etc/ldapish.conf' do",
        '    content "rootpw #{new_resource.rootpw}\\n"',
        '    sensitive true',
        '  end',
        'end',
      ].join('\n'),
      'recipes/default.rb': "ldapish_service 'slapd' do\n  rootpw 'password'\nend\n",
    });
    const instance = c.resources.find((r) => r.type === 'ldapish_service')!;
    expect(instance.sensitiveProperties).toEqual(['rootpw']);
    expect(c.resources.find((r) => r.type === 'file')!.sensitiveProperties).toBeUndefined();
  });
});

describe('a resource type from a dependency that is not on the cookbook path', () => {
  it('names the missing cookbook whose prefix the type carries, so a person knows what to add', async () => {
    const c = await evaluateCookbook('sshfw', {
      'metadata.rb': "name 'sshfw'\nversion '1.0.0'\ndepends 'ipt'\ndepends 'ipt_extra'\n",
      'recipes/default.rb': "ipt_extra_rule 'ssh' do\n  chain :INPUT\nend\nfirewall_thing 'x' do\n  port 1\nend\n",
    });
    const notes = c.diagnostics.filter((d) => d.code === 'DEC0308').map((d) => d.message);
    expect(notes).toEqual([
      "resource type 'ipt_extra_rule' is not one decant knows; recorded as declared: cookbook \"ipt_extra\", a dependency not on the cookbook path, likely defines it (add it with --cookbook-path)",
      "resource type 'firewall_thing' is not one decant knows; recorded as declared",
    ]);
    expect(c.resources.map((r) => [r.type, r.missingCookbook ?? null])).toEqual([['ipt_extra_rule', 'ipt_extra'], ['firewall_thing', null]]);
  });

  it('reads a hyphenated cookbook name as its types spell it (yum-epel → yum_epel_*), and a type that is the name itself', async () => {
    const c = await evaluateCookbook('repos', {
      'metadata.rb': "name 'repos'\nversion '1.0.0'\ndepends 'yum-epel'\ndepends 'dpkg_autostart'\n",
      'recipes/default.rb': "yum_epel_repo 'epel'\ndpkg_autostart 'nginx' do\n  allow false\nend\n",
    });
    expect(c.resources.map((r) => [r.type, r.missingCookbook ?? null])).toEqual([['yum_epel_repo', 'yum-epel'], ['dpkg_autostart', 'dpkg_autostart']]);
  });
});
