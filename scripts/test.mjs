#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find, with one
// closing line "N passed, N failed" summing them all. Suites that count tests (node:test, web-test-runner,
// the strict-CSP, Storybook and demo checks) contribute their test counts; single checks (types, lint,
// commit subjects, build, size budget) count as one each. A failing step does not stop the later ones,
// so one run shows everything that is wrong; the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';

const only = process.argv.slice(2);

const steps = [
  { name: 'types', command: 'npx tsc --noEmit -p tsconfig.json' },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'commits', command: 'node scripts/check-commits.mjs' },
  { name: 'node tests', command: 'node scripts/run-node-tests.mjs', counts: '.test-results/node.json' },
  { name: 'build', command: 'npm run --silent build' },
  { name: 'size budget', command: 'node scripts/check-size.mjs' },
  { name: 'framework types', command: 'node scripts/check-framework-types.mjs' },
  // The package as npm would publish it: exports, files and types resolve (publint, arethetypeswrong).
  { name: 'package', command: 'npx publint --strict && npx attw --pack . --profile esm-only' },
  // examples/react, vue and plain-html built through the package's exports, each paying an invoice.
  { name: 'examples', command: 'node scripts/check-examples.mjs', counts: '.test-results/examples.json' },
  { name: 'strict csp', command: 'node scripts/check-csp.mjs', counts: '.test-results/csp.json' },
  { name: 'browser tests', command: 'npx web-test-runner', counts: '.test-results/wtr.json' },
  { name: 'storybook', command: 'npm run --silent build-storybook && node scripts/check-storybook.mjs', counts: '.test-results/storybook.json' },
  { name: 'demo', command: 'node scripts/check-demo.mjs', counts: '.test-results/demo.json' },
  { name: 'screen reader', command: 'node scripts/check-flows.mjs', counts: '.test-results/flows.json' },
  { name: 'lifecycle', command: 'node scripts/check-lifecycle.mjs', counts: '.test-results/lifecycle.json' },
].filter((step) => only.length === 0 || only.includes(step.name));

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

const results = [];
for (const step of steps) {
  console.log(`\n━━━ ${step.name}: ${step.command}`);
  const started = Date.now();
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let passed = run.status === 0 ? 1 : 0;
  let failed = run.status === 0 ? 0 : 1;
  let failures = [];
  if (step.counts) {
    try {
      const counts = JSON.parse(readFileSync(step.counts, 'utf8'));
      passed = counts.passed;
      failures = counts.failures ?? [];
      // A runner that failed without reporting a failed test (a crash, a config error) still fails.
      failed = counts.failed || (run.status === 0 ? 0 : 1);
      if (run.status === 0 && counts.passed === 0) failed = 1; // ran nothing: not a pass
    } catch {
      passed = 0;
      failed = 1;
    }
  }
  results.push({ ...step, passed, failed, seconds, failures });
}

console.log('\n━━━ summary');
for (const r of results) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '}  ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s`);
  // Named here too, as a CI log may keep only its end.
  for (const failure of r.failures.slice(0, 10)) console.log(`        ✗ ${failure}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
