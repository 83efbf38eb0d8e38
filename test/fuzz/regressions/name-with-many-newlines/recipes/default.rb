# A service name holding 500,000 newlines (fuzz seed 1 case 848 spliced them into the literal).
service "ngin#{"\n" * 500_000}x" do
  action :start
end
