package 'before'
# Past U+10FFFF: Ruby refuses this literal (invalid Unicode codepoint).
x = "\u{110000}"
package 'after'
