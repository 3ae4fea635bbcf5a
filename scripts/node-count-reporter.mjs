// A node:test reporter that writes how many tests passed and failed as JSON (its destination is
// set on the command line), so `npm test` can print one total across all suites and name the failures.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    // Only leaf tests count; a suite's own pass/fail event repeats its children.
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) counts.skipped++;
      else if (event.type === 'test:pass') counts.passed++;
      else {
        counts.failed++;
        const file = (event.data.file ?? '').replace(`${process.cwd()}/`, '');
        const why = String(event.data.details?.error?.cause?.message ?? event.data.details?.error?.message ?? '').split('\n')[0];
        counts.failures.push(`${file}: ${event.data.name}${why ? ` — ${why}` : ''}`);
      }
    }
  }
  yield JSON.stringify(counts);
}
