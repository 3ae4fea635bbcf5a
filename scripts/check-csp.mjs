#!/usr/bin/env node
// The built bundles under the strictest policy a host page is likely to set: loads dist/alis-billing.js
// alone, dist/alis-staff.js alone, and both on one page, in Chromium, each page served with
//
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';
//                            require-trusted-types-for 'script'; trusted-types lit-html
//
// and nothing else allowed (no 'unsafe-inline', no worker-src: the mock backend is the Node mock server
// behind the same origin, not a service worker). The elements talk to the real mock backend. Each page
// must define its elements, render their data, (payer pages) open the test card fields, look as styled
// and save a card through them, with zero `securitypolicyviolation` events, zero console errors and
// Lit (and its Trusted Types policy) created once. A fourth page follows SECURITY.md for Stripe card
// entry (Stripe.js in a script tag, here a stand-in) and must mount the card field with no violation.
// Part of `npm test`, after the build.
import { createServer, request as httpRequest } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { chromePath, chromeArgs } from './chrome.mjs';
import { checklist, watchProblems } from './checklist.mjs';

export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

// SECURITY.md's policy for a page collecting cards through Stripe, minus what a stand-in does not need.
const STRIPE_POLICY = STRICT_POLICY.replace("script-src 'self'", "script-src 'self' https://js.stripe.com").replace(
  "connect-src 'self'",
  "connect-src 'self' https://api.stripe.com; frame-src https://js.stripe.com https://*.stripe.com",
);
const STRIPE_JS = 'https://js.stripe.com/endive/stripe.js';
// Stands in for Stripe.js (no network in CI): what the tokenizer's mount calls, nothing more.
const fakeStripeJs = `window.Stripe = function () {
  return { elements() { return { create() { return { on() {}, mount(node) { node.textContent = 'Stripe card field'; }, destroy() {} }; } }; } };
};
window.Stripe.version = 'endive';
`;

for (const bundle of ['dist/alis-billing.js', 'dist/alis-staff.js']) {
  if (!existsSync(bundle)) {
    console.error(`${bundle} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

await mkdir('.test-results', { recursive: true });
const { startMockServer } = await tsImport('../src/mock-server/node-server.ts', import.meta.url);
const mock = await startMockServer({ port: 0 });
const personas = mock.backend.personas();
const payer = personas.find((p) => p.role === 'payer' && !/revoked/i.test(p.description ?? ''));
const staff = personas.find((p) => p.role === 'staff');
if (!payer || !staff) throw new Error('the seed has no payer or no staff persona');

const payerProvider = `<alis-billing-provider id="payer" base-url="/api/v1" token="${payer.token}">
    <alis-invoices></alis-invoices>
    <alis-payment-methods></alis-payment-methods>
  </alis-billing-provider>`;
const staffProvider = `<alis-billing-provider id="staff" base-url="/api/v1" token="${staff.token}">
    <alis-payment-center></alis-payment-center>
  </alis-billing-provider>`;

// No inline script or style anywhere: the bundles by <script src>, the page's own code from 'self'.
const page = (title, scripts, body) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} under a strict CSP</title>
  ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n  ')}
</head>
<body>
  <main>
  <h1>${title}</h1>
  ${body}
  </main>
</body>
</html>
`;

// The host page's own script: gives the payer provider the test tokenizer, imported from the bundle
// itself (the same URL, so the same module instance as the elements use).
const payerPageScript = `import { createTestTokenizer } from '/dist/alis-billing.js';
document.getElementById('payer').tokenizer = createTestTokenizer({ enabled: true });
`;

// Stripe card entry the way SECURITY.md says to set it up under Trusted Types: Stripe.js in a script
// tag of the page, so that @stripe/stripe-js's loader finds it instead of adding one (a string
// assigned to a script's src, which require-trusted-types-for 'script' blocks).
const stripePageScript = `import { createStripeTokenizer } from '/dist/alis-billing.js';
const container = document.getElementById('card');
createStripeTokenizer({ publishableKey: 'pk_live_stand_in' }).mount(container).then(
  () => { document.body.dataset.result = 'mounted: ' + container.textContent; },
  (error) => { document.body.dataset.result = 'failed: ' + error.message + ' ' + (error.cause?.message ?? ''); },
);
`;

const pages = {
  '/csp/payer.html': page('Payer bundle alone', ['/dist/alis-billing.js', '/csp/payer.js'], payerProvider),
  '/csp/staff.html': page('Staff bundle alone', ['/dist/alis-staff.js'], staffProvider),
  '/csp/both.html': page('Payer and staff bundles together', ['/dist/alis-billing.js', '/dist/alis-staff.js', '/csp/payer.js'], `${payerProvider}\n  ${staffProvider}`),
  '/csp/stripe.html': page('Stripe card entry', [], '<div id="card"></div>').replace(
    '</title>',
    `</title>\n  <script src="${STRIPE_JS}"></script>\n  <script type="module" src="/dist/alis-billing.js"></script>\n  <script type="module" src="/csp/stripe.js"></script>`,
  ),
};
const pageScripts = { '/csp/payer.js': payerPageScript, '/csp/stripe.js': stripePageScript };

const types = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };
const mockUrl = new URL(mock.url);

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path.startsWith('/api/')) {
    // The mock backend on the page's own origin, as a site's API would be (connect-src 'self').
    const upstream = httpRequest({ host: mockUrl.hostname, port: mockUrl.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
    return;
  }
  const headers = { 'content-security-policy': path === '/csp/stripe.html' ? STRIPE_POLICY : STRICT_POLICY, 'cache-control': 'no-store' };
  if (Object.hasOwn(pages, path)) {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    res.end(pages[path]);
    return;
  }
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (Object.hasOwn(pageScripts, path)) {
    res.writeHead(200, { ...headers, 'content-type': types['.js'] });
    res.end(pageScripts[path]);
    return;
  }
  const file = normalize(path).replace(/^(\.\.[/\\])+/, '');
  if (file.startsWith('/dist/')) {
    try {
      const body = await readFile(join('.', file));
      res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
      return;
    } catch {
      // fall through to 404
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// Before any page script: count Trusted Types policies by name and record every CSP violation.
const watch = () => {
  const seen = { violations: [], policies: {} };
  Object.defineProperty(window, '__cspCheck', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
  });
  if (window.trustedTypes) {
    const create = window.trustedTypes.createPolicy.bind(window.trustedTypes);
    window.trustedTypes.createPolicy = (name, rules) => {
      seen.policies[name] = (seen.policies[name] ?? 0) + 1;
      return create(name, rules);
    };
  }
};

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const { check, finish } = checklist('csp');

const timeout = 15000;
// The tags in each page: the bundles define the others only when a page shows them (issue 15).
const payerTags = ['alis-billing-provider', 'alis-invoices', 'alis-payment-methods'];
const staffTags = ['alis-billing-provider', 'alis-payment-center'];

async function payerRenders(tab) {
  await tab.waitForFunction(
    () => (document.querySelector('#payer alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]').length ?? 0) > 0,
    undefined,
    { timeout },
  );
}

async function staffRenders(tab) {
  await tab.locator('#staff alis-payment-center [role="tab"]').first().waitFor({ timeout });
  await tab.locator('#staff alis-pc-undeposited').getByText(/PAY-\d{8}-\d{4}/).first().waitFor({ timeout });
}

/** Opens "+ Add Payment Method", checks the test card fields are styled, and saves a card through them. */
async function testCardWorks(tab) {
  const methods = tab.locator('#payer alis-payment-methods');
  await methods.locator('button.add').click({ timeout });
  const form = methods.locator('alis-add-payment-method');
  const number = form.locator('input[autocomplete="cc-number"]');
  await number.waitFor({ timeout });
  const look = await number.evaluate((input) => {
    const box = input.getBoundingClientRect();
    const banner = input.closest('.alis-test-card')?.querySelector('.alis-test-card__banner');
    return { height: box.height, bannerBorder: banner ? getComputedStyle(banner).borderTopStyle : 'none' };
  });
  if (look.height < 44) throw new Error(`the card number field is ${look.height}px tall: its stylesheet did not apply`);
  if (look.bannerBorder !== 'dashed') throw new Error(`the test-mode banner has a ${look.bannerBorder} border: its stylesheet did not apply`);
  await number.fill('4242 4242 4242 4242');
  await form.locator('input[autocomplete="cc-exp"]').fill('12/30');
  await form.locator('input[autocomplete="cc-csc"]').fill('123');
  await form.locator('#same-as-resident').check();
  await form.locator('alis-address-fields #name').fill(payer.displayName);
  const added = tab.evaluate(
    () => new Promise((resolve) => window.addEventListener('alis-payment-method-added', (event) => resolve(event.method.label), { once: true })),
  );
  await form.locator('button[type="submit"]').click();
  const label = await Promise.race([added, new Promise((_, reject) => setTimeout(() => reject(new Error('the card was never saved')), timeout))]);
  if (!String(label).includes('4242')) throw new Error(`saved "${label}", not the 4242 test card`);
  // Only the token left the page: the fields were emptied after tokenizing.
  const left = await tab.evaluate(() => [...document.querySelectorAll('input[autocomplete="cc-number"]')].map((i) => i.value).join(''));
  if (left.replace(/\D/g, '').includes('4242424242424242')) throw new Error('the card number stayed in the page');
}

async function runCase(name, path, { payerPage, staffPage }) {
  await fetch(`${mock.url}/api/v1/__mock/reset`, { method: 'POST' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watch);
  const tab = await context.newPage();
  const problems = watchProblems(tab);
  try {
    await tab.goto(`${origin}${path}`);
    const tags = [...new Set([...(payerPage ? payerTags : []), ...(staffPage ? staffTags : [])])];
    await check(`${name}: every element defines`, async () => {
      await tab
        .waitForFunction((wanted) => wanted.every((tag) => customElements.get(tag)), tags, { timeout })
        .catch(async () => {
          const missing = await tab.evaluate((wanted) => wanted.filter((tag) => !customElements.get(tag)), tags);
          throw new Error(`never defined: ${missing.join(', ')}`);
        });
    });
    if (payerPage) await check(`${name}: the payer's invoices render from the mock backend`, () => payerRenders(tab));
    if (staffPage) await check(`${name}: the Payment Center's tabs and undeposited payments render`, () => staffRenders(tab));
    if (payerPage) await check(`${name}: the test card fields render styled and save a card`, () => testCardWorks(tab));
    await check(`${name}: Lit and its Trusted Types policy are created once`, async () => {
      const { versions, policies } = await tab.evaluate(() => ({ versions: window.litHtmlVersions ?? [], policies: window.__cspCheck.policies }));
      if (versions.length !== 1) throw new Error(`${versions.length} copies of Lit ran: ${versions.join(', ')}`);
      const extra = Object.entries(policies).filter(([policy, n]) => policy !== 'lit-html' || n !== 1);
      if (extra.length || policies['lit-html'] !== 1) throw new Error(`policies created: ${JSON.stringify(policies)}`);
    });
    await check(`${name}: zero CSP violations and zero console errors`, async () => {
      const { violations } = await tab.evaluate(() => window.__cspCheck);
      const all = [...violations.map((v) => `violation: ${v}`), ...problems];
      if (all.length) throw new Error([...new Set(all)].join('\n'));
    });
    await tab.screenshot({ path: `.test-results/csp-${name.replace(/\W+/g, '-')}.png`, fullPage: true });
  } finally {
    await context.close();
  }
}

async function stripeCase() {
  const name = 'Stripe card entry with Stripe.js in a script tag';
  const context = await browser.newContext();
  await context.addInitScript(watch);
  await context.route(STRIPE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: fakeStripeJs }));
  const tab = await context.newPage();
  const problems = watchProblems(tab);
  try {
    await tab.goto(`${origin}/csp/stripe.html`);
    await check(`${name}: the Stripe tokenizer mounts its card field`, async () => {
      await tab.waitForFunction(() => document.body.dataset.result, undefined, { timeout });
      const result = await tab.evaluate(() => document.body.dataset.result);
      if (result !== 'mounted: Stripe card field') throw new Error(result);
    });
    await check(`${name}: zero CSP violations and zero console errors`, async () => {
      const { violations } = await tab.evaluate(() => window.__cspCheck);
      const all = [...violations.map((v) => `violation: ${v}`), ...problems];
      if (all.length) throw new Error([...new Set(all)].join('\n'));
    });
  } finally {
    await context.close();
  }
}

try {
  await runCase('payer bundle alone', '/csp/payer.html', { payerPage: true });
  await runCase('staff bundle alone', '/csp/staff.html', { staffPage: true });
  await runCase('both bundles on one page', '/csp/both.html', { payerPage: true, staffPage: true });
  await stripeCase();
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await mock.close();
}

await finish();
