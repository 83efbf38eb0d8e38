// Loaded with `node --import` into a benchmarked decant: writes the peak
// resident set of the whole process (main thread and every worker thread,
// getrusage RUSAGE_SELF, KiB) to $DECANT_BENCH_MAXRSS, and its CPU time
// (user + system, ms) to $DECANT_BENCH_CPU, when it exits. On a shared
// machine CPU time says what the work costs when wall time cannot.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  if (process.env.DECANT_BENCH_MAXRSS) writeFileSync(process.env.DECANT_BENCH_MAXRSS, String(u.maxRSS));
  if (process.env.DECANT_BENCH_CPU) writeFileSync(process.env.DECANT_BENCH_CPU, String(Math.round((u.userCPUTime + u.systemCPUTime) / 1000)));
});
