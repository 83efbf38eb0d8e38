template '/etc/motd' do
  source 'motd.erb'
end

package 'after'
