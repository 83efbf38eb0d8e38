name 'web'
description 'Web tier'
run_list 'role[base]', 'recipe[web]', 'recipe[web::extra]'
env_run_lists 'production' => ['role[base]', 'recipe[web]']
default_attributes 'web' => { 'port' => 8080, 'names' => %w(a b) }
override_attributes web: { workers: 4 }
