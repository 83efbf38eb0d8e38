name 'holds_node'
version '0.1.0'
