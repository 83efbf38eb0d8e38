/**
 * Ruby a hostile or careless cookbook could hold: endless loops, runaway
 * recursion, deep nesting, huge values, escapes from the cookbook, cycles in
 * data, self-inclusion, Ruby that reaches for the host. Each is a statement
 * the token mutator inserts at a statement boundary.
 */
import type { Rng } from './prng.js';

export interface SnippetContext {
  /** The cookbook the mutated file belongs to. */
  readonly cookbook: string;
  /** `default` for recipes/default.rb; undefined outside recipes/. */
  readonly recipe?: string;
  /** The quick test's cases: leave out the snippets that are slow by design (see LIGHT_EXCLUDED). */
  readonly light?: boolean;
}

type Snippet = (rng: Rng, ctx: SnippetContext) => string;

const depth = (rng: Rng) => rng.pick([50, 300, 1000, 3000, 10_000]);

const nested = (open: string, close: string, n: number, inner = '1') => open.repeat(n) + inner + close.repeat(n);

export const SNIPPETS: Record<string, Snippet> = {
  'loop-do': () => 'loop do\nend',
  'loop-do-counter': () => 'i = 0\nloop do\n  i += 1\nend',
  'while-true': () => 'while true\nend',
  'until-false': () => 'until false do; x = 1; end',
  'begin-retry': () => 'begin\n  raise "x"\nrescue\n  retry\nend',
  'recursion-def': () => 'def f; f; end; f',
  'recursion-args': () => 'def g(n); g(n + 1) + 1; end; g(0)',
  'mutual-recursion': () => 'def ping(n); pong(n); end\ndef pong(n); ping(n); end\nping(1)',
  'lambda-recursion': () => 'fact = lambda { |n| fact.call(n + 1) }\nfact.call(1)',
  'method-missing-loop': () => 'def method_missing(name, *args); send(name, *args); end\nnot_there',
  'define-method-loop': () => 'define_method(:boom) { boom }\nboom',
  'deep-array': (rng) => `x = ${nested('[', ']', depth(rng))}`,
  'deep-hash': (rng) => `x = ${nested('{a: ', '}', depth(rng))}`,
  'deep-parens': (rng) => `x = ${nested('(', ')', depth(rng))}`,
  'deep-if': (rng) => {
    const n = depth(rng);
    return 'if true\n'.repeat(n) + 'x = 1\n' + 'end\n'.repeat(n);
  },
  'deep-blocks': (rng) => {
    const n = rng.pick([50, 300, 1000, 3000]);
    return '[1].each do |x|\n'.repeat(n) + 'log "deep"\n' + 'end\n'.repeat(n);
  },
  'deep-data-loop': (rng) => `h = {}\n${rng.pick([1000, 10_000, 100_000])}.times { h = { 'a' => h } }\nnode.default['deep'] = h`,
  'cyclic-array': () => "a = []\na << a\nnode.default['cycle'] = a",
  'cyclic-hash': () => "h = {}\nh['self'] = h\nnode.default['cycle'] = h",
  'cyclic-template-vars': () => "h = {}\nh[:me] = h\ntemplate '/etc/cyclic.conf' do\n  source 'missing.erb'\n  variables(h)\nend",
  'string-doubling': (rng) => `s = 'ab'\n${rng.pick([20, 28, 40])}.times { s = s + s }\nnode.default['big'] = s`,
  'string-times-huge': () => "node.default['big'] = 'x' * 2_000_000_000",
  'array-doubling': (rng) => `a = [1]\n${rng.pick([20, 26, 40])}.times { a = a + a }\nnode.default['big'] = a`,
  'huge-range-to-a': () => "node.default['r'] = (1..10**12).to_a",
  'infinite-range-each': () => '(1..Float::INFINITY).each { |i| x = i }',
  'huge-times': () => "10**15.times { |i| x = i }",
  'huge-power': () => "node.default['p'] = 2**100_000 + 10**10**6",
  'big-integer': () => "node.default['n'] = 123456789012345678901234567890 * 98765432109876543210",
  'float-edge': () => "node.default['f'] = [1.0/0, -1.0/0, 0.0/0, 1e308 * 10, -0.0]",
  'zero-division': () => "node.default['z'] = 1 / 0",
  'redos': () => "node.default['m'] = ('a' * 40 + '!') =~ /^(a+)+$/",
  'regexp-invalid': () => "node.default['m'] = 'x' =~ /(?<n>a)\\k<nope>[/",
  'include-self': (_r, ctx) => `include_recipe '${ctx.cookbook}::${ctx.recipe ?? 'default'}'`,
  'include-self-short': (_r, ctx) => `include_recipe '${ctx.cookbook}'`,
  'include-traversal': () => "include_recipe '../../../../etc/passwd'",
  'include-absolute': () => "include_recipe '/etc/passwd'",
  'include-empty': () => "include_recipe ''",
  'include-nil': () => 'include_recipe nil',
  'include-weird': () => "include_recipe 'a::b::c::d'",
  'template-traversal': () => "template '/etc/passwd-copy' do\n  source '../../../../etc/passwd'\nend",
  'template-absolute': () => "template '/etc/shadow-copy' do\n  source '/etc/shadow'\nend",
  'template-other-cookbook': () => "template '/etc/x' do\n  source 'x.erb'\n  cookbook '../../..'\nend",
  'template-local': () => "template '/etc/x' do\n  source '/etc/passwd'\n  local true\nend",
  'template-url-source': () => "template '/etc/x' do\n  source 'file:///etc/passwd'\nend",
  'cookbook-file-traversal': () => "cookbook_file '/etc/y' do\n  source '../../../../../../etc/hostname'\nend",
  'remote-directory-traversal': () => "remote_directory '/srv/all' do\n  source '../../../../'\nend",
  'path-null-byte': () => "file \"/etc/a\\0b\" do\n  content 'x'\nend",
  'long-heredoc': (rng) => {
    const lines = rng.pick([1000, 50_000, 200_000]);
    return `x = <<~EOS\n${'  line of a very long heredoc #{1 + 1}\n'.repeat(lines)}EOS\nnode.default['h'] = x.size`;
  },
  'unterminated-heredoc': () => 'x = <<~EOS\nnever closed',
  'eval-string': () => `eval("def e; e; end; e")`,
  'instance-eval': () => "instance_eval { loop { } }",
  'host-reach': () => "node.default['h'] = [`id`, %x{uname}, ::File.read('/etc/passwd'), Dir.glob('/**/*'), ENV.to_h]",
  'shell-out': () => "node.default['o'] = shell_out!('rm -rf /').stdout",
  'exit-calls': () => 'exit!(3)\nabort("no")\nKernel.exit(4)',
  'raise-custom': () => 'raise Class.new(StandardError), "x" * 100_000',
  'throw-uncaught': () => 'throw :nowhere',
  'object-space': () => 'ObjectSpace.each_object(Class) { |c| c.new }',
  'monkey-patch': () => 'class ::Hash; def [](k); self[k]; end; end\nnode.default["a"] = {}["b"]',
  'class-reopen-node': () => 'class Chef::Node; def [](k); loop {}; end; end',
  'freeze-node': () => "node.default.freeze\nnode.default['x'] = 1",
  'node-self-ref': () => "node.default['a'] = node\nnode.default['b'] = node.default",
  'attribute-deep-path': (rng) => `node.default${"['k']".repeat(rng.pick([100, 2000]))} = 1`,
  'lazy-recursion': () => "template '/etc/lazy' do\n  source 'x.erb'\n  variables(lazy { |r| r.variables })\nend",
  'notify-cycle': () =>
    "execute 'a' do\n  command 'true'\n  notifies :run, 'execute[b]', :immediately\nend\nexecute 'b' do\n  command 'true'\n  notifies :run, 'execute[a]', :immediately\nend",
  'notify-nonsense': () => "service 'x' do\n  subscribes :restart, 'template[', :delayed\n  notifies :bogus, 42\nend",
  'resource-name-types': () => "package [[1, [2]], {a: nil}] do\n  action :install\nend\nservice nil\nfile 1.5",
  'resource-huge-count': (rng) => `${rng.pick([2000, 20_000])}.times { |i| file "/tmp/f#{i}" do\n content i.to_s\nend }`,
  'edit-resource-missing': () => "edit_resource(:template, '/nope') do\n  source 'x'\nend\nfind_resource!(:service, 'ghost')",
  'data-bag-traversal': () => "node.default['s'] = data_bag_item('../../etc', 'passwd')",
  'search-call': () => "node.default['q'] = search(:node, '*:*').map(&:name)",
  'symbol-garbage': () => "node.default[:\"\\u0000\"] = :\"\\xff\"",
  'invalid-escape': () => 'x = "\\u{110000}\\xff\\400"',
  'define-custom-resource': () => 'Class.new(Chef::Resource) { resource_name :package; provides :package }',
  'begin-end-blocks': () => 'BEGIN { loop {} }\nEND { loop {} }',
  'end-marker': () => '__END__\nanything after is data',
};

export const SNIPPET_NAMES = Object.keys(SNIPPETS).sort();

/**
 * Snippets that spend the whole step budget (seconds by design) or build huge
 * values: the full fuzz run has them, the quick test in test/fuzz leaves them
 * to the regression inputs, which pin each such bug on its own.
 */
export const LIGHT_EXCLUDED = new Set([
  'loop-do', 'loop-do-counter', 'while-true', 'until-false', 'begin-retry', 'instance-eval', 'infinite-range-each',
  'huge-times', 'huge-range-to-a', 'string-times-huge', 'string-doubling', 'array-doubling', 'redos', 'resource-huge-count',
  'begin-end-blocks', 'class-reopen-node', 'method-missing-loop', 'define-method-loop', 'eval-string',
  'erb-loop', 'erb-while', 'erb-huge-output', 'erb-string-doubling', 'erb-redos', 'erb-percent-lines',
]);

export const LIGHT_SNIPPET_NAMES = SNIPPET_NAMES.filter((n) => !LIGHT_EXCLUDED.has(n));

/** ERB tags that run hostile Ruby while a template renders. */
export const ERB_SNIPPETS: Record<string, Snippet> = {
  'erb-loop': () => '<% loop do %>x<% end %>',
  'erb-while': () => '<% while true; end %>',
  'erb-recursion': () => '<% def r; r; end; r %>',
  'erb-huge-output': (rng) => `<% ${rng.pick([1000, 100_000, 10_000_000])}.times do %>0123456789<% end %>`,
  'erb-string-doubling': () => "<%= s = 'ab'; 40.times { s = s + s }; s %>",
  'erb-deep-array': (rng) => `<%= ${nested('[', ']', depth(rng))} %>`,
  'erb-render-self': () => "<%= render 'self.erb' %>",
  'erb-render-traversal': () => "<%= render '../../../../etc/passwd', local: true %>",
  'erb-node-write': () => "<% node.default['t'] = 1 %>",
  'erb-unclosed': () => '<%= @x ',
  'erb-nested-tags': () => '<%= "<%= inner %>" %> %> <% <%',
  'erb-comment-eof': () => '<%# never closed',
  'erb-percent-lines': () => '% loop do\n%   x = 1\n% end',
  'erb-redos': () => "<%= ('a' * 40 + '!') =~ /^(a+)+$/ %>",
  'erb-host': () => '<%= `id` %><%= File.read("/etc/passwd") %>',
  'erb-instance-vars': () => '<%= @node.default %><%= @undefined.foo.bar %>',
};

export const ERB_SNIPPET_NAMES = Object.keys(ERB_SNIPPETS).sort();
export const LIGHT_ERB_SNIPPET_NAMES = ERB_SNIPPET_NAMES.filter((n) => !LIGHT_EXCLUDED.has(n));
