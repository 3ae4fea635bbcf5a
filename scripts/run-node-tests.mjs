#!/usr/bin/env node
// Runs every test/node/**/*.test.ts with node:test (TypeScript through tsx), all in one process.
// Node 20's --test gives each file a process of its own, and each compiled the engine, the mock
// and Ajv again: 76 files spent about 50 s of the suite starting up. One entry module importing
// every file registers the same tests, compiled once. Node 20's --test does not expand globs, so
// the files are listed here. `node scripts/run-node-tests.mjs engine sdk` runs the files whose
// path contains any of the words.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv.slice(2);
const files = findTests('test/node').filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)));
if (files.length === 0) {
  console.error(`no test file under test/node matches ${filter.join(', ')}`);
  process.exit(1);
}
mkdirSync('.test-results', { recursive: true });
const entry = resolve('.test-results/node-tests.mjs');
writeFileSync(entry, files.map((file) => `import ${JSON.stringify(pathToFileURL(resolve(file)).href)};`).join('\n') + '\n');
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/node.json',
    entry,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
