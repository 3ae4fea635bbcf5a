#!/usr/bin/env node
// Size budgets, checked in CI after `npm run build`. Measured gzipped, as a browser downloads it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kB = 1024;
const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const jsFilesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFilesUnder(path);
    return path.endsWith('.js') ? [path] : [];
  });

const budgets = [
  // Everything a plain page needs, Lit included.
  { name: 'dist/alis-billing.js (all elements + SDK + Lit)', bytes: () => gzipSize('dist/alis-billing.js'), budget: 40 * kB },
  // What an app importing only the SDK adds, before openapi-fetch.
  { name: 'dist/sdk/**/*.js (SDK, own code)', bytes: () => jsFilesUnder('dist/sdk').reduce((sum, f) => sum + gzipSize(f), 0), budget: 12 * kB },
];

let failed = 0;
for (const { name, bytes, budget } of budgets) {
  const size = bytes();
  const ok = size <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${name}: ${(size / kB).toFixed(1)} kB gzip (budget ${(budget / kB).toFixed(0)} kB)`);
}
process.exit(failed ? 1 : 0);
