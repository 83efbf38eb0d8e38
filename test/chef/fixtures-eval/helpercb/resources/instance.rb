unified_mode true

property :instance_name, String, name_property: true
property :port, Integer, default: 8000
property :conf_dir, String, default: lazy { "/etc/helper/#{instance_name}" }

action :create do
  directory new_resource.conf_dir

  template "#{new_resource.conf_dir}/helper.conf" do
    source 'helper.conf.erb'
    cookbook 'helpercb'
    variables(port: new_resource.port, name: instance_name)
  end
end
