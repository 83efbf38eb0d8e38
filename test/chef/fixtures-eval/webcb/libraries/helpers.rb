module WebCb
  module Helpers
    DEFAULT_MODE = '0644'.freeze

    def site_conf(name)
      "/etc/nginx/sites-available/#{name}"
    end

    def deep(n)
      deep(n + 1)
    end
  end
end

Chef::DSL::Recipe.include(WebCb::Helpers)
Chef::Resource.include(WebCb::Helpers)
