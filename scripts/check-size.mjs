#!/usr/bin/env node
// Size budgets, checked in CI after `npm run build`. Measured gzipped, as a browser downloads it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// The two bundles come from one build and share chunks in dist/chunks/ (Lit, the SDK, the provider).
// A bundle costs its entry plus every chunk it imports statically, at once or through another chunk,
// each file gzipped on its own as a browser downloads it; `import()`ed chunks load on first use.
const staticImports = (file) => {
  const source = readFileSync(file, 'utf8');
  // `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import("./x.js")`.
  const specifiers = [...source.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return specifiers.map((specifier) => join(dirname(file), specifier)).filter((path) => existsSync(path));
};
const loadedUpFront = (...entries) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
};
const listing = (files) => files.map((f) => `${f.replace(/^dist\//, '')} ${(gzipSize(f) / kB).toFixed(1)}`).join(' + ');
const payerFiles = () => loadedUpFront('dist/alis-billing.js');
const staffFiles = () => loadedUpFront('dist/alis-staff.js');
const onDemandChunks = () => {
  const upFront = new Set([...payerFiles(), ...staffFiles()]);
  return jsFilesUnder('dist/chunks')
    .filter((path) => !upFront.has(path))
    .map((path) => ({ name: `${path} (on demand)`, bytes: () => gzipSize(path), budget: 8 * kB }));
};

const budgets = [
  // Everything a resident-portal page loads up front: every payer element, the SDK and Lit. Raised
  // from 56 kB when the email settings and the "How to pay bills" guide joined (issue 11), and from
  // 60 kB when Lit and the SDK moved to a chunk shared with the staff bundle (issue 13): a module both
  // bundles use keeps every export either needs, so the payer page now also loads the staff-only
  // parts of core/fee-words, access-words, credit-plan, quote-change and portal-permissions (~8 kB
  // before minifying). Splitting those modules, and loading rarely used parts on demand (issue 15),
  // are the way back down. 67 kB: every element's session handling (a change of user starts afresh,
  // removal aborts its work), also issue 13. Lowered to 66 kB in issue 14: the templates ship
  // without their layout whitespace, which paid for the controllers and render modules of the split.
  { name: 'dist/alis-billing.js + its chunks (payer elements + SDK + Lit)', bytes: () => sum(payerFiles()), budget: 66 * kB, detail: () => listing(payerFiles()) },
  // The billing team's back-office page (a desk, not a phone): every Payment Center tab, Connect
  // access, the SDK and Lit, loaded at once. Raised from 72 kB for user profiles and audit trails (issue 11),
  // from 78 kB for quotes, fee rules, deposit reports, credit application and "Pull all due"
  // (issue 12), and from 88 kB for the chunk shared with the payer bundle and every panel's session
  // handling (issue 13); loading the rarely used panels on demand is issue 15's.
  { name: 'dist/alis-staff.js + its chunks (staff elements + SDK + Lit)', bytes: () => sum(staffFiles()), budget: 93 * kB, detail: () => listing(staffFiles()) },
  // A page with both (a staff member's own resident portal, an admin page): the shared chunks once.
  // 128 kB since issue 14 (minified templates), from 130.
  { name: 'both bundles on one page (shared chunks once)', bytes: () => sum(loadedUpFront('dist/alis-billing.js', 'dist/alis-staff.js')), budget: 128 * kB },
  // Loaded only when a page needs them (Stripe's loader, the test-mode card fields): each one.
  ...onDemandChunks(),
  // What an app importing only the SDK adds, before openapi-fetch (unminified files, JSDoc included).
  { name: 'dist/sdk/** except tokenizers (client, errors, retries, types)', bytes: () => sum(sdkFiles().filter((f) => !isTokenizer(f))), budget: 12 * kB },
  { name: 'dist/sdk/tokenizers/** (Stripe and test card entry, tree-shaken if unused)', bytes: () => sum(sdkFiles().filter(isTokenizer)), budget: 14 * kB },
];

let failed = 0;
for (const { name, bytes, budget, detail } of budgets) {
  const size = bytes();
  const ok = size <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${name}: ${(size / kB).toFixed(1)} kB gzip (budget ${(budget / kB).toFixed(0)} kB)`);
  if (detail?.()) console.log(`        ${detail()}`);
}
process.exit(failed ? 1 : 0);
