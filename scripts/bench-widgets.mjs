#!/usr/bin/env node
// `npm run bench:widgets`: how the Payment Center's long lists behave as the data grows. For 1,000
// and 10,000 undeposited payments in the mock store it times, in Chromium, the Undeposited and
// History panels until their first page of rows shows and until "Show more" adds the next page.
// Lists are paginated by the API, so the ratio 10,000 / 1,000 shows what still grows with the
// data (the mock engine filtering the store) rather than what the browser renders. Prints figures
// and ratios measured in this run; never fails on a slow machine.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from './chrome.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const server = await createServer({
  configFile: false,
  root: `${root}bench`,
  publicDir: `${root}public`,
  logLevel: 'silent',
  server: { port: 0, host: '127.0.0.1', fs: { allow: [root] } },
  clearScreen: false,
});
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(panel, payments) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?panel=${panel}&payments=${payments}`);
  await page.waitForFunction(() => window.benchResult, undefined, { timeout: 120_000 });
  const result = await page.evaluate(() => window.benchResult);
  await context.close();
  return result;
}

console.log(`Payment Center list benchmark — Chromium, ${new Date().toISOString()}`);
try {
  await measure('undeposited', 10); // warm-up: Vite transforms, browser caches
  for (const panel of ['undeposited', 'history']) {
    const figures = {};
    for (const payments of [1_000, 10_000]) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measure(panel, payments));
      figures[payments] = { first: median(runs.map((r) => r.firstPage)), next: median(runs.map((r) => r.nextPage ?? Number.NaN)), rows: runs[0].rows };
      console.log(
        `${panel.padEnd(11)} ${payments.toLocaleString('en-US').padStart(6)} payments: first page ${figures[payments].first.toFixed(0)} ms, next page ${figures[payments].next.toFixed(0)} ms (${figures[payments].rows} rows shown, median of ${RUNS})`,
      );
    }
    const ratio = (key) => (figures[10_000][key] / figures[1_000][key]).toFixed(2);
    console.log(`${panel.padEnd(11)} growth 1,000 → 10,000: first page ${ratio('first')}×, next page ${ratio('next')}× (1× = independent of the data size, 10× = linear)`);
  }
} finally {
  await browser.close();
  await server.close();
}
