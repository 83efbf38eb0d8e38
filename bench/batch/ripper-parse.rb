# Ruby's own parser over the files a batch reads, for the batch benchmark:
# Ripper.sexp on every .rb, and on the Ruby that Erubis (Chef's template
# engine) makes of every .erb. Prints the parse time and the process's CPU
# time so far (startup included), in ms.
require 'ripper'
require 'erubis'
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
File.read(ARGV[0]).split("\n").each do |f|
  text = File.read(f, encoding: 'UTF-8')
  text = text.scrub
  src = f.end_with?('.erb') ? Erubis::Eruby.new(text).src : text
  Ripper.sexp(src)
end
puts "#{((Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0) * 1000).round} #{(Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) * 1000).round}"
