name 'production'
description 'Production'
cookbook 'web', '= 1.2.0'
default_attributes 'web' => { 'env' => 'prod' }
override_attributes 'web' => { 'port' => 443 }
