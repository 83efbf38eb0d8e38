package 'before'
# Catastrophic backtracking: Ruby 3.2+ memoizes this match and has Regexp.timeout; a JavaScript RegExp has neither.
node.default['m'] = ('a' * 40 + '!') =~ /^(a+)+$/
package 'after'
