# A loop whose body is empty: nothing inside counts against the step budget.
package 'before'
loop do
end
package 'after'
