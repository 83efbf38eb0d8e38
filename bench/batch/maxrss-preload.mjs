// Loaded with `node --import` into a benchmarked decant: writes the peak
// resident set of the whole process (main thread and every worker thread,
// getrusage RUSAGE_SELF) to $DECANT_BENCH_MAXRSS when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.DECANT_BENCH_MAXRSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
