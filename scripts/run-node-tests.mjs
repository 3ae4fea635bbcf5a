#!/usr/bin/env node
// Runs every test/node/**/*.test.ts with node:test (TypeScript through tsx). Node 20's --test
// does not expand globs, so the files are listed here.
import { readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
mkdirSync('.test-results', { recursive: true });
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/node.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
