file '/etc/job' do
  content node['job']['hour']
end
