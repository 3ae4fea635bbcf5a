#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find, with one
// closing line "N passed, N failed" summing them all. Suites that count tests (node:test, web-test-runner,
// the strict-CSP, Storybook and demo checks) contribute their test counts; single checks (types, lint,
// commit subjects, build, size budget) count as one each. A failing step does not stop the later ones,
// so one run shows everything that is wrong; the exit code is non-zero if anything failed.
//
// Steps run one at a time. The type check, lint and node tests once ran beside the build (140 s
// instead of 205): dropped, as the build's manifest step rewrites src/react when it is stale while
// tsc, eslint and the manifest test read it, so a stale wrapper passed or failed by timing. The
// browser checks beside each other kept the machine at a load of 15, took longer in all (Storybook
// 926 s instead of 395) and failed on timing. The lanes below stay for a stage that can use them.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync, mkdirSync } from 'node:fs';

const only = process.argv.slice(2);

/** A step: its name, its command, and where a suite that counts its tests writes the counts. */
const step = (name, command, counts) => ({ name, command, counts });

// Stages run one after another; the lanes of a stage run at once, each its steps in order.
const stages = [
  [
    [
      step('types', 'npx tsc --noEmit -p tsconfig.json'),
      step('lint', 'npm run --silent lint'),
      step('commits', 'node scripts/check-commits.mjs'),
      step('node tests', 'node scripts/run-node-tests.mjs', '.test-results/node.json'),
      step('build', 'npm run --silent build'),
      step('size budget', 'node scripts/check-size.mjs'),
      step('framework types', 'node scripts/check-framework-types.mjs'),
      // The package as npm would publish it: exports, files and types resolve (publint, arethetypeswrong).
      step('package', 'npx publint --strict && npx attw --pack . --profile esm-only'),
      // examples/react, vue and plain-html built through the package's exports, each paying an invoice.
      step('examples', 'node scripts/check-examples.mjs', '.test-results/examples.json'),
      step('strict csp', 'node scripts/check-csp.mjs', '.test-results/csp.json'),
    ],
  ],
  [
    [
      step('browser tests', 'npx web-test-runner', '.test-results/wtr.json'),
      step('storybook', 'npm run --silent build-storybook && node scripts/check-storybook.mjs', '.test-results/storybook.json'),
      step('demo', 'node scripts/check-demo.mjs', '.test-results/demo.json'),
      step('screen reader', 'node scripts/check-flows.mjs', '.test-results/flows.json'),
      step('lifecycle', 'node scripts/check-lifecycle.mjs', '.test-results/lifecycle.json'),
    ],
  ],
]
  .map((lanes) => lanes.map((lane) => lane.filter((s) => only.length === 0 || only.includes(s.name))).filter((lane) => lane.length > 0))
  .filter((lanes) => lanes.length > 0);
// The summary lists the steps in the order they are written, whichever lane ended first.
const order = stages.flat(2).map((s) => s.name);

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

/** Runs `command`, its output to the console (`alone`) or to a log printed once it ends. */
function run(current, alone) {
  return new Promise((resolve) => {
    const env = { ...process.env, FORCE_COLOR: '0' };
    if (alone) {
      console.log(`\n━━━ ${current.name}: ${current.command}`);
      spawn(current.command, { shell: true, stdio: 'inherit', env })
        .on('error', () => resolve(1))
        .on('close', (code) => resolve(code));
      return;
    }
    const logPath = `.test-results/${current.name.replace(/\W+/g, '-')}.log`;
    const log = createWriteStream(logPath);
    const child = spawn(current.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    child.on('error', () => log.end(() => resolve(1)));
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code) =>
      log.end(() => {
        console.log(`\n━━━ ${current.name}: ${current.command}`);
        process.stdout.write(readFileSync(logPath, 'utf8'));
        resolve(code);
      }),
    );
  });
}

const results = [];
async function runStep(current, alone) {
  const started = Date.now();
  const status = await run(current, alone);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let passed = status === 0 ? 1 : 0;
  let failed = status === 0 ? 0 : 1;
  let failures = [];
  if (current.counts) {
    try {
      const counts = JSON.parse(readFileSync(current.counts, 'utf8'));
      passed = counts.passed;
      failures = counts.failures ?? [];
      // A runner that failed without reporting a failed test (a crash, a config error) still fails.
      failed = counts.failed || (status === 0 ? 0 : 1);
      if (status === 0 && counts.passed === 0) failed = 1; // ran nothing: not a pass
    } catch {
      passed = 0;
      failed = 1;
    }
  }
  results.push({ ...current, passed, failed, seconds, failures });
}

const started = Date.now();
for (const lanes of stages) {
  const alone = lanes.length === 1;
  await Promise.all(
    lanes.map(async (lane) => {
      for (const current of lane) await runStep(current, alone);
    }),
  );
}
console.log('\n━━━ summary');
results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
for (const r of results) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '}  ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s`);
  // Named here too, as a CI log may keep only its end.
  for (const failure of r.failures.slice(0, 10)) console.log(`        ✗ ${failure}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`all steps: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
