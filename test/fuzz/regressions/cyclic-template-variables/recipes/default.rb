package 'before'
h = {}
h[:me] = h
template '/etc/cyclic.conf' do
  source 'cyclic.erb'
  variables(h)
end
package 'after'
