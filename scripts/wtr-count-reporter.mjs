// A web-test-runner reporter that writes how many tests passed and failed to
// .test-results/wtr.json, so `npm test` can print one total across all suites.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter({ outFile = '.test-results/wtr.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed + counts.passed;
        countSuite(session.testResults, counts);
        // A file that crashed before running any test, or logged an uncaught error, is a failure too.
        if ((!session.passed && counts.failed + counts.passed === before) || (session.errors?.length && session.passed === false && counts.failed === 0)) {
          counts.failed++;
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
