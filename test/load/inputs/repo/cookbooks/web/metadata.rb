name 'web'
version '1.2.0'
maintainer 'Decant Tests'
license 'Apache-2.0'
description 'A web server cookbook written for the loader tests'
long_description IO.read(File.join(File.dirname(__FILE__), 'README.md'))
depends 'base', '>= 0.1'
depends 'missing_dep'
%w(debian ubuntu).each do |os|
  supports os
end
chef_version '>= 15.0' if respond_to?(:chef_version)
