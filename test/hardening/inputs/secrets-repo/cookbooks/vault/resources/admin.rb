# A custom resource handed a credential as a property: the step its action
# declares carries it in its command and its guard, as database cookbooks'
# root-password steps do.
property :password, String

action :create do
  execute 'write admin credentials' do
    command "printf 'admin:%s\\n' '#{new_resource.password}' > /etc/vault/admin.cred && chmod 600 /etc/vault/admin.cred"
    not_if "grep -qx 'admin:#{new_resource.password}' /etc/vault/admin.cred"
  end
end
