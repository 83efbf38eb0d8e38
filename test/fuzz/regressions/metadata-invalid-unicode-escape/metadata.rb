name 'meta_escape'
version '0.1.0'
# Past U+10FFFF: Ruby refuses this literal; metadata.rb is read without evaluating it.
description "caf\u{110000}"
