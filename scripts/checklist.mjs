// The named checks of a browser check script (demo, strict CSP): each prints "ok" or "FAIL" with
// the first lines of its error, and the script ends with the counts scripts/test.mjs reads from
// .test-results/<name>.json and one summary line.
import { mkdir, writeFile } from 'node:fs/promises';

/** A list of checks reported as `name` (e.g. "demo"). */
export function checklist(name) {
  const counts = { passed: 0, failed: 0 };
  return {
    counts,
    /** Runs `body` as the check `title`; a throw fails it and the next check still runs. */
    async check(title, body) {
      try {
        await body();
        counts.passed++;
        console.log(`ok    ${title}`);
      } catch (error) {
        counts.failed++;
        console.log(`FAIL  ${title}\n      ${String(error?.message ?? error).split('\n').slice(0, 6).join('\n      ')}`);
      }
    },
    /** Writes the counts, prints the summary line, and exits failing if any check failed. */
    async finish() {
      await mkdir('.test-results', { recursive: true });
      await writeFile(`.test-results/${name}.json`, JSON.stringify(counts));
      console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
      process.exit(counts.failed ? 1 : 0);
    },
  };
}

/** Collects a page's uncaught errors and console errors (the demo ignores failed resource loads), for a "logs no errors" check. */
export function watchProblems(page, { ignore = () => false } = {}) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignore(message.text())) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}
