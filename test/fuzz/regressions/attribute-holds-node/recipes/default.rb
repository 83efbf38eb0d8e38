# Each pass nests the node one level deeper inside itself; every write copies all of it.
loop do
  node.default['a'] = node.default
end
package 'after-the-loop'
