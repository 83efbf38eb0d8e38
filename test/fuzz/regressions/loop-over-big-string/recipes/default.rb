s = 'x' * 1_000_000
# Each test reads a megabyte; without charging that work the step budget took minutes to run out.
while s.include?('x')
  s.length
end
package 'after-the-loop'
