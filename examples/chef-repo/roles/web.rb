name 'web'
description 'The storefront web tier'
run_list 'recipe[storefront]'
default_attributes(
  'storefront' => { 'worker_connections' => 1024 }
)
