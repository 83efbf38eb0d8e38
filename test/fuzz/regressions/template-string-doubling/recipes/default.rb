template '/etc/big.conf' do
  source 'big.erb'
end
package 'after'
