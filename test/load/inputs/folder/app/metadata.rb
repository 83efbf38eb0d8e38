name             'app'
version          IO.read(File.join(File.dirname(__FILE__), 'VERSION')).strip
depends          'shared'
supports         'debian', '>= 11'
source_url       "https://example.invalid/#{'app'}"
unless defined?(Ridley)
  issues_url 'x'
end
