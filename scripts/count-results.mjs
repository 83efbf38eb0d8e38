// Prints vitest's counts as the plain closing line CI records: `N passed, N failed, N skipped`.
import { readFileSync } from 'node:fs';

let report;
try {
  report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch (e) {
  console.log('0 passed, 1 failed');
  console.error(`no vitest results: ${e.message}`);
  process.exit(1);
}
// A failed test counts once; a test file that failed with no failed test in it
// (it did not load, or a hook failed) counts as one more. numFailedTestSuites
// would count every describe block around a failed test as well.
const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
const failed = report.numFailedTests + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || report.numPassedTests === 0 ? 1 : 0);
