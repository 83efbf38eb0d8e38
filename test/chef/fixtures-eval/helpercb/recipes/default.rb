helpercb_instance 'main' do
  port 9000
end
