package 'before-recursion'
deep(1)
package 'after-recursion'
