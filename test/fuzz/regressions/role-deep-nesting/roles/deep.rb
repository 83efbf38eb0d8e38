name 'deep'
# 3,000 nested blocks around the run list: the role reader recurses once per level.
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
[1].each do |_x|
run_list 'recipe[app]'
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
