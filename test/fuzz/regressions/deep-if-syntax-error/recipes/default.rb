package 'before'
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
if true
x = )
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
package 'after'
