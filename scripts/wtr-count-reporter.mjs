// A web-test-runner reporter that writes how many tests passed and failed to
// .test-results/wtr.json, so `npm test` can print one total across all suites, and which ones
// failed, so the summary (the part of a CI log that is kept) names them.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts, file, errors, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      // A timeout is reported on the file's session, not on the test.
      const why = (test.error?.message ?? errors?.[0]?.message ?? '').split('\n')[0];
      counts.failures.push(`${file}: ${[...here, test.name].join(' › ')}${why ? ` — ${why}` : ''}`);
    }
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts, file, errors, here);
}

export function countReporter({ outFile = '.test-results/wtr.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const before = counts.failed + counts.passed;
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        countSuite(session.testResults, counts, file, session.errors);
        // A file that crashed before running any test, or logged an uncaught error, is a failure too.
        if ((!session.passed && counts.failed + counts.passed === before) || (session.errors?.length && session.passed === false && counts.failed === 0)) {
          counts.failed++;
          const why = session.errors?.[0]?.message?.split('\n')[0] ?? 'did not run';
          counts.failures.push(`${file}: ${why}`);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
