#!/usr/bin/env node
// Size budgets, checked in CI after `npm run build`. Measured gzipped, as a browser downloads it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

const sum = (files) => files.reduce((total, f) => total + gzipSize(f), 0);
const sdkFiles = () => jsFilesUnder('dist/sdk');
const isTokenizer = (path) => path.includes(`${join('sdk', 'tokenizers')}`);

const chunkBudgets = (bundle) => {
  const dir = `dist/${bundle}-chunks`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name: `${dir}/${name} (on demand)`, bytes: () => gzipSize(join(dir, name)), budget: 8 * kB }));
};

const budgets = [
  // Everything a resident-portal page loads up front: every payer element, the SDK and Lit. Raised
  // from 56 kB when the email settings and the "How to pay bills" guide joined (issue 11); loading
  // rarely used parts on demand is the way back down (issue 15).
  { name: 'dist/alis-billing.js (payer elements + SDK + Lit)', bytes: () => gzipSize('dist/alis-billing.js'), budget: 60 * kB },
  // The billing team's back-office page (a desk, not a phone): every Payment Center tab, Connect
  // access, the SDK and Lit, loaded at once. Raised from 72 kB for user profiles and audit trails (issue 11),
  // and from 78 kB for quotes, fee rules, deposit reports, credit application and "Pull all due"
  // (issue 12); loading the rarely used panels on demand is issue 15's.
  { name: 'dist/alis-staff.js (staff elements + SDK + Lit)', bytes: () => gzipSize('dist/alis-staff.js'), budget: 88 * kB },
  // Loaded only when a page needs them (Stripe's loader, the test-mode card fields): each one.
  ...chunkBudgets('alis-billing'),
  ...chunkBudgets('alis-staff'),
  // What an app importing only the SDK adds, before openapi-fetch (unminified files, JSDoc included).
  { name: 'dist/sdk/** except tokenizers (client, errors, retries, types)', bytes: () => sum(sdkFiles().filter((f) => !isTokenizer(f))), budget: 12 * kB },
  { name: 'dist/sdk/tokenizers/** (Stripe and test card entry, tree-shaken if unused)', bytes: () => sum(sdkFiles().filter(isTokenizer)), budget: 14 * kB },
];

let failed = 0;
for (const { name, bytes, budget } of budgets) {
  const size = bytes();
  const ok = size <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${name}: ${(size / kB).toFixed(1)} kB gzip (budget ${(budget / kB).toFixed(0)} kB)`);
}
process.exit(failed ? 1 : 0);
