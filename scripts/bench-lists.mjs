#!/usr/bin/env node
// `npm run bench:lists`: long lists and layout shift, in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), every figure next to a baseline measured in the same run:
//
// - Layout shift (CLS) of the issue's payer page (bench/payer.html: the provider, then
//   <alis-pay-outstanding>, <alis-invoices>, <alis-payment-history>, <alis-payment-methods> stacked,
//   against the mock in a service worker with each resource answering after its own delay) on a
//   first visit (a fresh browser profile) and on a return visit (the same profile, reloaded: the
//   loading shapes then know how many rows each list showed). Target 0.
// - <alis-invoices> drawing BENCH_LISTS_ROWS (default 500) rows, and "Show more" adding as many
//   again, against a hand-written rendering of the same rows with the same styles (bench/rows.html);
//   with BENCH_LISTS_LONG_ROWS (default 2,000) loaded, how many rows the document holds and the
//   time to open one invoice's details (the long list is windowed; the hand-written one is not).
// - The Payment Center's Undeposited and History panels, first page and "Show more", with 1,000
//   payments in the mock store against BENCH_LISTS_PAYMENTS (default 10,000; 100,000 takes about a
//   minute to seed in the page) — what grows there is the mock engine's filtering (bench/main.ts).
//
// Medians of BENCH_RUNS runs (default 3; 5 for the row timings). BENCH_SMOKE=1: one run, no CPU
// slowdown, small counts. `--json` adds, as the last line, `BENCH ` and the rows of `npm run bench`.
// `npm run bench:widgets` (`--only=staff`) runs only the Payment Center part; `--only=shift` and
// `--only=rows` the others. Never fails on a slow machine.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from './chrome.mjs';

const json = process.argv.includes('--json');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const smoke = process.env.BENCH_SMOKE === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? (smoke ? 1 : 3));
const ROW_RUNS = Number(process.env.BENCH_RUNS ?? (smoke ? 1 : 5));
const CPU = smoke ? 1 : 4;
const ROWS = Number(process.env.BENCH_LISTS_ROWS ?? (smoke ? 100 : 500));
const PAYMENTS = Number(process.env.BENCH_LISTS_PAYMENTS ?? (smoke ? 2_000 : 10_000));
// The long list a payer or a clerk reaches after many "Show more"s: windowed (RowWindowController).
const LONG_ROWS = Number(process.env.BENCH_LISTS_LONG_ROWS ?? (smoke ? 400 : 2_000));

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
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
const say = (line) => console.log(line);

/** A page in a fresh profile with the CPU slowed `CPU`×. */
async function openPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return page;
}

async function layoutShift() {
  const visits = { 'first visit': [], 'return visit': [] };
  const examples = {};
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context);
    for (const [visit, results] of Object.entries(visits)) {
      if (visit === 'first visit') await page.goto(`${url}payer.html`);
      else await page.reload();
      await page.waitForFunction(() => window.benchResult, undefined, { timeout: 120_000 });
      const result = await page.evaluate(() => window.benchResult);
      results.push(result);
      examples[visit] ??= result;
    }
    await context.close();
  }
  say(`\nLayout shift of the payer page (4 elements stacked, 1280×900, CPU ${CPU}×), median of ${RUNS}:`);
  for (const [visit, results] of Object.entries(visits)) {
    const arrival = median(results.map((r) => r.arrival));
    const embed = median(results.map((r) => r.embed));
    say(`  ${visit.padEnd(13)} CLS ${median(results.map((r) => r.cls)).toFixed(3)}: as data arrives ${arrival.toFixed(3)}, as the elements first draw ${embed.toFixed(3)}`);
    say(`      heights ${JSON.stringify(examples[visit].heights)}`);
    for (const shift of examples[visit].shifts) {
      say(`      ${shift.value.toFixed(3)} at ${shift.at} ms: ${shift.sources.map((s) => `${s.node} ${s.from}→${s.to}`).join('; ')}`);
    }
    rows.push({ section: 'Lists', figure: `layout shift (CLS) as data arrives, payer page, ${visit}`, project: Number(arrival.toFixed(4)), baseline: null, unit: 'score', goal: '0', ok: arrival < 0.0005 });
  }
}

async function listRendering() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context);
  await page.goto(`${url}rows.html`);
  await page.waitForFunction(() => window.benchReady, undefined, { timeout: 60_000 });
  await page.evaluate((count) => window.benchRows('project', count), 20); // warm-up
  await page.evaluate((count) => window.benchRows('vanilla', count), 20);
  const times = { project: [], vanilla: [], 'project-more': [], 'vanilla-more': [], 'project-open': [], 'vanilla-open': [] };
  const drawn = { 'project-open': 0, 'vanilla-open': 0 };
  for (let run = 0; run < ROW_RUNS; run++) {
    for (const kind of Object.keys(times)) {
      const count = kind.endsWith('-open') ? LONG_ROWS : ROWS;
      times[kind].push(await page.evaluate(([k, n]) => window.benchRows(k, n), [kind, count]));
      if (kind in drawn) drawn[kind] = await page.evaluate(() => window.benchDrawnRows());
    }
  }
  await context.close();
  const m = Object.fromEntries(Object.entries(times).map(([kind, values]) => [kind, median(values)]));
  say(`\n<alis-invoices> rows vs the same rows written by hand (CPU ${CPU}×), median of ${ROW_RUNS}:`);
  say(`  ${ROWS} rows:              ${m.project.toFixed(0)} ms vs ${m.vanilla.toFixed(0)} ms vanilla = ${(m.project / m.vanilla).toFixed(2)}×`);
  say(`  Show more ${ROWS} → ${2 * ROWS}:   ${m['project-more'].toFixed(0)} ms vs ${m['vanilla-more'].toFixed(0)} ms vanilla = ${(m['project-more'] / m['vanilla-more']).toFixed(2)}×`);
  rows.push({ section: 'Lists', figure: `${ROWS} invoice rows`, project: round(m.project), baseline: round(m.vanilla), unit: 'ms', goal: 'issue measured 2.6× vanilla', ok: null });
  rows.push({ section: 'Lists', figure: `Show more ${ROWS} → ${2 * ROWS} invoice rows`, project: round(m['project-more']), baseline: round(m['vanilla-more']), unit: 'ms', goal: 'appends (issue measured 6.0× vanilla)', ok: null });
  const long = LONG_ROWS.toLocaleString('en-US');
  say(`  ${long} rows loaded, rows in the document: ${drawn['project-open']} vs ${drawn['vanilla-open']} vanilla`);
  say(`  ${long} rows loaded, open one invoice's details: ${m['project-open'].toFixed(0)} ms vs ${m['vanilla-open'].toFixed(0)} ms vanilla = ${(m['project-open'] / m['vanilla-open']).toFixed(2)}×`);
  rows.push({ section: 'Lists', figure: `${long} invoices loaded: rows in the document`, project: drawn['project-open'], baseline: drawn['vanilla-open'], unit: 'rows', goal: 'a few hundred at most (windowed)', ok: drawn['project-open'] <= 300 });
  rows.push({ section: 'Lists', figure: `${long} invoices loaded: open one invoice's details`, project: round(m['project-open']), baseline: round(m['vanilla-open']), unit: 'ms', goal: '', ok: null });
}

async function paymentCenter() {
  async function measure(panel, payments) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}?panel=${panel}&payments=${payments}&wait`);
    await page.waitForFunction(() => window.benchSeeded, undefined, { timeout: 600_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.evaluate(() => window.benchStart());
    await page.waitForFunction(() => window.benchResult, undefined, { timeout: 120_000 });
    const result = await page.evaluate(() => window.benchResult);
    await context.close();
    return result;
  }
  await measure('undeposited', 10); // warm-up: Vite transforms, browser caches
  say(`\nPayment Center lists, 1,000 vs ${PAYMENTS.toLocaleString('en-US')} payments in the mock store (CPU ${CPU}×), median of ${RUNS}:`);
  for (const panel of ['undeposited', 'history']) {
    const figures = {};
    for (const payments of [1_000, PAYMENTS]) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measure(panel, payments));
      figures[payments] = { first: median(runs.map((r) => r.firstPage)), next: median(runs.map((r) => r.nextPage ?? Number.NaN)), rows: runs[0].rows };
    }
    for (const [key, words] of [['first', 'first page'], ['next', 'next page']]) {
      const small = figures[1_000][key];
      const large = figures[PAYMENTS][key];
      say(`  ${panel.padEnd(11)} ${words}: ${small.toFixed(0)} ms at 1,000, ${large.toFixed(0)} ms at ${PAYMENTS.toLocaleString('en-US')} = ${(large / small).toFixed(2)}×`);
      rows.push({ section: 'Lists', figure: `Payment Center ${panel}, ${words}, ${PAYMENTS.toLocaleString('en-US')} vs 1,000 payments`, project: round(large), baseline: round(small), unit: 'ms', goal: '≤ 1.5× (flat)', ok: large / small <= 1.5 });
    }
  }
}

const round = (value) => Math.round(value * 10) / 10;

say(`List benchmarks — Chromium ${browser.version()}, ${new Date().toISOString()}${smoke ? ' (smoke: 1 run, no CPU slowdown, small counts)' : ''}`);
try {
  if (!only || only === 'shift') await layoutShift();
  if (!only || only === 'rows') await listRendering();
  if (!only || only === 'staff') await paymentCenter();
} finally {
  await browser.close();
  await server.close();
}
if (json) console.log(`BENCH ${JSON.stringify(rows)}`);
