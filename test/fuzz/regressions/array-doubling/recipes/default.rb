package 'before'
a = [1]
40.times { a = a + a }
node.default['big'] = a
package 'after'
