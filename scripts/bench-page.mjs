#!/usr/bin/env node
// Page load and interactions, the widgets against a hand-written page, in one run (issue 15).
//
//   node scripts/bench-page.mjs [--json] [--smoke]
//
// Two static pages from bench/page/ load in Chromium through the DevTools protocol with the CPU
// slowed and a slow network: project.html (the provider and the four payer elements from
// dist/alis-billing.js) and vanilla.html (the same JSON fetched with fetch() and the same rows built
// with plain DOM). Both call `npm run mock-server` on another origin, so CORS preflights are real.
// A proxy in front of the mock server counts what reaches it, to check the browser's count. The two
// pages alternate run by run and every run starts from the seed (POST /__mock/reset) in a fresh
// browser context (empty cache, no preflight cache), 1280 × 800. Figures are medians over the runs;
// the vanilla page, measured in the same run, is the baseline. After loading, the project page is
// driven through a payment (Pay on the first payable invoice → Review payment → Pay $…) and its
// interactions are timed with the Event Timing API.
//
// Environment: BENCH_RUNS (default 5) runs per page; BENCH_CPU (default 4) CPU slowdown;
// BENCH_LATENCY_MS (150), BENCH_DOWN_KBPS (1600) and BENCH_UP_KBPS (750) the network;
// BENCH_SMOKE=1 (or --smoke) one run, no throttling, no warm-up, to check the script still works.
// MOCK_API=http://host:port/api/v1 uses a mock server already running instead of starting one.
// Prints a table; with --json also, as its last line, `BENCH ` and the rows `npm run bench` collects.
// Never fails on slow figures: it exits non-zero only when it could not measure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const json = process.argv.includes('--json');
const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const RUNS = smoke ? 1 : Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const CPU_SLOWDOWN = smoke ? 1 : Number(process.env.BENCH_CPU ?? 4);
const NETWORK = smoke
  ? null
  : { latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 150), downKbps: Number(process.env.BENCH_DOWN_KBPS ?? 1600), upKbps: Number(process.env.BENCH_UP_KBPS ?? 750) };
/** Daniel Whitaker (README's personas): invoices he can pay, payments made, a card and a bank account. */
const PAYER_TOKEN = 'mock-token-daniel-whitaker';
const SECTION = 'Page load & interactions';
/** How long the network must be quiet before a phase counts as over (as Playwright's "networkidle"). */
const QUIET_MS = 500;
/** Long tasks and layout shifts are still collected this long after the network went quiet. */
const SETTLE_MS = 1_000;
/** A person's mouse rests on a button a moment before clicking: time for a prefetch on hover. */
const HOVER_MS = 300;

const median = (values) => {
  const sorted = values.filter((v) => v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};


// The page measures the build: make one when it is missing or older than the sources.
const newestUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }, 0);
const bundle = join(root, 'dist/alis-billing.js');
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestUnder(join(root, 'src'))) {
  console.error('dist/ is missing or older than src/: running npm run build first');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/**
 * `npm run mock-server -- --port 0` in its own process group (npm starts the server as a child, so
 * the whole group is stopped at the end); resolves to its API URL from the first line it prints.
 */
async function startMockServer() {
  const child = spawn('npm', ['run', '--silent', 'mock-server', '--', '--port', '0'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const api = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the mock server did not start within 120 s:\n${output}`)), 120_000);
    const read = (chunk) => {
      output += chunk;
      const found = /mock server: (http\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the mock server exited (${code}):\n${output}`)));
  });
  return {
    api,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/**
 * A transparent proxy in front of the mock server that counts what reaches it, by method. The
 * DevTools protocol's view of preflights has changed between Chromium versions (a request of its
 * own with method OPTIONS, or `type: Preflight`, or only ExtraInfo events); the server's count is
 * the ground truth the browser's count is checked against.
 */
async function countingProxy(target) {
  const upstream = new URL(target);
  const counts = { total: 0, OPTIONS: 0 };
  const server = createServer((req, res) => {
    counts.total++;
    if (req.method === 'OPTIONS') counts.OPTIONS++;
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, counts, close: () => new Promise((resolve) => server.close(resolve)) };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

/**
 * The repository root over HTTP, gzipped as a production server would send it (level 9, as
 * scripts/check-size.mjs measures), with `{{API}}` and `{{TOKEN}}` in the pages filled in, so the
 * pages stay plain HTML with the provider's attributes written out.
 */
async function serveRepository(api) {
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = gzipped.get(path);
      if (!body) {
        let text = await readFile(file);
        if (path.endsWith('.html')) text = Buffer.from(text.toString('utf8').replaceAll('{{API}}', api).replaceAll('{{TOKEN}}', PAYER_TOKEN));
        body = gzipSync(text, { level: 9 });
        gzipped.set(path, body);
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}


/**
 * Installed before any script of the page runs (Playwright's init script), the same on both pages:
 * observers for layout shifts, long tasks and event timing, and a check on every animation frame
 * for the first invoice row, in the light DOM or inside <alis-invoices>' shadow root. Times are
 * `performance.now()`, i.e. from navigation start.
 */
function installProbe() {
  const probe = { cls: 0, shifts: [], longTasks: [], events: [], firstRow: null };
  window.__bench = probe;
  // Layout shifts a user did not cause (hadRecentInput excludes the ones right after a click).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      probe.cls += entry.value;
      const sources = entry.sources.map((source) => {
        const node = source.node;
        const host = node?.getRootNode?.()?.host;
        const name = node ? `${host ? `${host.localName} > ` : ''}${node.localName ?? node.nodeName}` : '?';
        // Rects are the visible part, in viewport pixels: where the box's top was and went, and its height.
        const [from, to] = [source.previousRect, source.currentRect].map((rect) => `${Math.round(rect.y)} (h ${Math.round(rect.height)})`);
        return `${name} ${from} → ${to}`;
      });
      probe.shifts.push({ at: Math.round(entry.startTime), value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // 16 ms is the smallest threshold the Event Timing API allows; shorter interactions are fine anyway.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) probe.events.push({ id: entry.interactionId, name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const firstRow = () =>
    document.querySelector('alis-invoices')?.shadowRoot?.querySelector('tr[data-invoice-id]') ?? document.querySelector('#invoices tr[data-invoice-id]');
  const poll = () => {
    if (firstRow()) probe.firstRow = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}


/** Resolves once no request has been in flight for {@link QUIET_MS}, then {@link SETTLE_MS} more. */
async function networkQuiet(tracker) {
  const started = Date.now();
  while (tracker.inFlight.size > 0 || Date.now() - tracker.lastActivity < QUIET_MS) {
    if (Date.now() - started > 120_000) throw new Error(`the network never went quiet: ${[...tracker.inFlight.values()].join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (CPU_SLOWDOWN !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (NETWORK) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: NETWORK.latencyMs,
      downloadThroughput: (NETWORK.downKbps * 1000) / 8,
      uploadThroughput: (NETWORK.upKbps * 1000) / 8,
    });
  }
  // Every request the page makes, preflights included (method OPTIONS; `type: Preflight` in newer
  // Chromium), and what is in flight, to know when the network went quiet.
  const tracker = { requests: [], byId: new Map(), inFlight: new Map(), lastActivity: Date.now() };
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.redirectResponse || event.request.url.startsWith('data:')) return;
    const preflight = event.type === 'Preflight' || event.request.method === 'OPTIONS';
    const request = { method: event.request.method, url: event.request.url, preflight, at: event.timestamp * 1000, end: null };
    tracker.requests.push(request);
    tracker.byId.set(event.requestId, request);
    tracker.inFlight.set(event.requestId, `${event.request.method} ${event.request.url}`);
    tracker.lastActivity = Date.now();
  });
  const done = (event) => {
    const request = tracker.byId.get(event.requestId);
    if (request) request.end = event.timestamp * 1000;
    tracker.inFlight.delete(event.requestId);
    tracker.lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', done);
  await page.addInitScript(installProbe);
  return { context, page, tracker, url };
}

async function resetMock(api) {
  const response = await fetch(`${api}/__mock/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /__mock/reset answered ${response.status}`);
}

/** Loads one page and measures it; on the project page, goes on to pay and measures that too. */
async function measure(browser, kind, servers) {
  await resetMock(servers.mockApi);
  const opened = await openPage(browser, `${servers.site}/bench/page/${kind}.html`);
  const { context, page, tracker } = opened;
  try {
    const before = { ...servers.proxy.counts };
    await page.goto(opened.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.firstRow !== null, undefined, { timeout: 120_000, polling: 100 });
    await networkQuiet(tracker);
    const load = await page.evaluate(() => {
      const probe = window.__bench;
      // Same-origin scripts report their gzipped body size; module scripts run only once all of
      // their static imports arrived, so whatever JS ended before the first row was needed for it.
      const js = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= probe.firstRow)
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      // The same rows on both pages, or the comparison is off: count them through every shadow root.
      const shown = { invoices: 0, payments: 0, methods: 0 };
      const roots = [document];
      while (roots.length > 0) {
        const scope = roots.pop();
        shown.invoices += scope.querySelectorAll('tr[data-invoice-id]').length;
        shown.payments += scope.querySelectorAll('tr[data-payment-id]').length;
        shown.methods += scope.querySelectorAll('li[data-method-id]').length;
        for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
      }
      return { ...probe, js, shown, now: performance.now() };
    });
    const server = { total: servers.proxy.counts.total - before.total, preflights: servers.proxy.counts.OPTIONS - before.OPTIONS };
    const result = {
      loadTasks: load.longTasks,
      cls: load.cls,
      shifts: load.shifts,
      longTotal: load.longTasks.reduce((sum, task) => sum + task.duration, 0),
      longest: Math.max(0, ...load.longTasks.map((task) => task.duration)),
      requests: tracker.requests.length,
      preflights: tracker.requests.filter((r) => r.preflight).length,
      apiRequests: tracker.requests.filter((r) => r.url.startsWith(servers.proxy.origin)),
      pageRequestAt: tracker.requests[0]?.at ?? 0,
      server,
      firstRow: load.firstRow,
      shown: load.shown,
      jsKb: load.js / 1024,
    };
    if (kind === 'project') {
      // A pay flow that breaks (other work is changing it) costs the interaction figures, not the load's.
      try {
        Object.assign(result, await interact(page, tracker, load.now));
      } catch (error) {
        result.interactionError = error.message.split('\n')[0];
        Object.assign(result, { inp: null, payCls: null, payShifts: [], openPay: null, stepTimes: [], interactions: [], interactionLongTotal: null, interactionLongest: null });
      }
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Pay on the first payable invoice → Review payment → Pay $…, as a person would: the mouse rests on
 * each button a moment (a prefetch on hover has its chance) and clicks when the button shows. Each
 * click's interaction is timed by the Event Timing API, from input to the next paint; the worst is
 * reported as INP. Each click is also timed until the next step's button is on the page, which
 * INP does not see when a step waits for code or data after its first paint.
 */
async function interact(page, tracker, phaseStart) {
  const steps = [
    ['open pay', page.getByRole('button', { name: /^Pay invoice/ }).first(), { text: 'Review payment' }],
    ['review', page.getByRole('button', { name: 'Review payment' }), { prefix: 'Pay $' }],
    ['pay', page.getByRole('button', { name: /^Pay \$/ }), { text: 'Done' }],
  ];
  const stepTimes = [];
  for (const [, button, next] of steps) {
    await button.hover({ timeout: 60_000 });
    await page.waitForTimeout(HOVER_MS);
    await page.evaluate(() => {
      window.__bench.clickAt = null;
      addEventListener('click', (event) => (window.__bench.clickAt = event.timeStamp), { capture: true, once: true });
    });
    await button.click({ timeout: 60_000 });
    const shown = await page.waitForFunction(nextStepShown, next, { polling: 'raf', timeout: 60_000 });
    stepTimes.push((await shown.jsonValue()) - (await page.evaluate(() => window.__bench.clickAt)));
  }
  await networkQuiet(tracker);
  const probe = await page.evaluate(() => window.__bench);
  const byInteraction = new Map();
  for (const event of probe.events) byInteraction.set(event.id, Math.max(byInteraction.get(event.id) ?? 0, event.duration));
  const tasks = probe.longTasks.filter((task) => task.start >= phaseStart);
  // Shifts within 500 ms of a click are the click's (hadRecentInput); later ones come with data,
  // such as the lists reloading after the payment, and count like those on load.
  const shifts = probe.shifts.filter((shift) => shift.at >= phaseStart);
  return {
    payCls: shifts.reduce((sum, shift) => sum + shift.value, 0),
    payShifts: shifts,
    // Interactions faster than the 16 ms threshold leave no entry: they count as 0 here.
    inp: Math.max(0, ...byInteraction.values()),
    interactions: [...byInteraction.values()],
    openPay: stepTimes[0],
    stepTimes,
    interactionLongTotal: tasks.reduce((sum, task) => sum + task.duration, 0),
    interactionLongest: Math.max(0, ...tasks.map((task) => task.duration)),
  };
}

/**
 * In the page, on every animation frame: the time once a button with this text is on the page,
 * searched through every open shadow root (the pay flow lives two shadow roots deep), else false.
 */
function nextStepShown({ text, prefix }) {
  const matches = (element) => {
    if (element.localName !== 'button') return false;
    const words = element.textContent.trim();
    return text ? words === text : words.startsWith(prefix);
  };
  const roots = [document];
  while (roots.length > 0) {
    for (const element of roots.pop().querySelectorAll('*')) {
      if (matches(element)) return performance.now();
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return false;
}


const mock = process.env.MOCK_API ? { api: process.env.MOCK_API.replace(/\/$/, ''), stop: () => {} } : await startMockServer();
// Stopped from outside (Ctrl-C, npm run bench's timeout): the mock server is in a group of its own.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    mock.stop();
    process.exit(1);
  });
}
const apiUrl = new URL(mock.api);
const proxy = await countingProxy(apiUrl.origin);
const site = await serveRepository(`${proxy.origin}${apiUrl.pathname}`);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const servers = { mockApi: mock.api, proxy, site: site.origin };
const runs = { project: [], vanilla: [] };
try {
  if (!smoke) {
    // Unmeasured: the mock server's first answers (JIT), the disk cache and the gzip cache.
    await measure(browser, 'vanilla', servers);
    await measure(browser, 'project', servers);
  }
  for (let run = 0; run < RUNS; run++) {
    // Alternate which page goes first, so a machine that slows down or speeds up favours neither.
    const order = run % 2 ? ['vanilla', 'project'] : ['project', 'vanilla'];
    for (const kind of order) runs[kind].push(await measure(browser, kind, servers));
  }
} finally {
  await browser.close();
  await site.close();
  await proxy.close();
  mock.stop();
}

const of = (kind, key) => median(runs[kind].map((r) => r[key]));
const p = (key) => of('project', key);
const v = (key) => of('vanilla', key);
const conditions = smoke
  ? 'smoke run: no CPU or network throttling, 1 run'
  : `CPU ${CPU_SLOWDOWN}× slower, network ${NETWORK.latencyMs} ms latency, ${NETWORK.downKbps / 1000} Mbit/s down, ${NETWORK.upKbps / 1000} Mbit/s up, medians of ${RUNS}`;

/**
 * One row of the contract `npm run bench` reads. `met` says whether the goal is met (omitted when
 * the issue sets none); `ok` is null then, and when the figure could not be measured.
 */
const row = (figure, project, baseline, unit, goal, met) => ({
  section: SECTION,
  figure,
  project,
  baseline,
  unit,
  goal,
  ok: met === undefined || project === null ? null : met(project, baseline),
});
const rows = [
  row('layout shift (CLS) on load', p('cls'), v('cls'), 'score', '0', (cls) => cls === 0),
  row('long tasks on load, total', p('longTotal'), v('longTotal'), 'ms', ''),
  row('longest task on load', p('longest'), v('longest'), 'ms', '≤ 50 ms', (ms) => ms <= 50),
  row('requests on first load', p('requests'), v('requests'), 'count', '≤ vanilla + 1', (count, vanilla) => count <= vanilla + 1),
  row('  of which CORS preflights', p('preflights'), v('preflights'), 'count', ''),
  row('time to first invoice row', p('firstRow'), v('firstRow'), 'ms', '≤ 1.1× vanilla', (ms, vanilla) => ms <= 1.1 * vanilla),
  row('JS before the first row (gz)', p('jsKb'), v('jsKb'), 'kB', '≤ 30 kB', (kb) => kb <= 30),
  row('worst interaction, INP (open pay → review → pay)', p('inp'), null, 'ms', '≤ 100 ms', (ms) => ms <= 100),
  row('Pay clicked → pay flow shown', p('openPay'), null, 'ms', ''),
  row('layout shift while paying (CLS, not caused by a click)', p('payCls'), null, 'score', '0', (cls) => cls === 0),
  row('long tasks in those interactions, total', p('interactionLongTotal'), null, 'ms', ''),
  row('longest task in those interactions', p('interactionLongest'), null, 'ms', '≤ 50 ms', (ms) => ms <= 50),
];

const show = (value, unit) => {
  if (value === null) return '—';
  if (unit === 'score') return value.toFixed(3);
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === 'ms') return `${Math.round(value).toLocaleString('en-US')} ms`;
  return String(value);
};
const ratio = (r) => (r.baseline ? `${(r.project / r.baseline).toFixed(2)}×` : '');
console.log(`Page load & interactions — Chromium, ${conditions}`);
console.log('Pages: bench/page/project.html (provider + 4 payer elements, dist/alis-billing.js) vs bench/page/vanilla.html (fetch + plain DOM), Daniel Whitaker, mock server on another origin\n');
console.log('| figure | project | vanilla | ratio | goal | met |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.figure} | ${show(r.project, r.unit)} | ${show(r.baseline, r.unit)} | ${ratio(r)} | ${r.goal} | ${r.ok === null ? '' : r.ok ? 'yes' : 'no'} |`);
}

// How far apart the runs were: a median is only as good as the spread behind it.
const spread = (kind, key, unit) => {
  const values = runs[kind].map((r) => r[key]).filter((value) => value !== null);
  return values.length ? `${show(Math.min(...values), unit)}–${show(Math.max(...values), unit)}` : '—';
};
if (RUNS > 1) {
  console.log(`\nSpread over ${RUNS} runs (min–max), project / vanilla:`);
  console.log(`  time to first row ${spread('project', 'firstRow', 'ms')} / ${spread('vanilla', 'firstRow', 'ms')}`);
  console.log(`  longest task on load ${spread('project', 'longest', 'ms')} / ${spread('vanilla', 'longest', 'ms')}`);
  console.log(`  CLS ${spread('project', 'cls', 'score')} / ${spread('vanilla', 'cls', 'score')}; INP ${spread('project', 'inp', 'ms')}`);
}

// What lies behind the medians, from the last run of each page: which requests, which shifts.
for (const kind of ['project', 'vanilla']) {
  const last = runs[kind].at(-1);
  // When each was asked for and when it finished, from the page's own request: a read that waits
  // for another shows as a step. A GET is asked for before its preflight goes out.
  const zero = last.pageRequestAt;
  const api = last.apiRequests.map((r) => {
    const { pathname, search } = new URL(r.url);
    return `${r.method} ${pathname}${search} ${Math.round(r.at - zero)}–${r.end === null ? '?' : Math.round(r.end - zero)}`;
  });
  console.log(`\n${kind}: ${last.requests} requests (${last.preflights} preflights); the mock server saw ${last.server.total} (${last.server.preflights} OPTIONS)`);
  console.log(`  API requests (ms after the page was requested, asked–finished): ${api.join(', ')}`);
  if (last.server.total !== last.apiRequests.length) console.log('  WARNING: the browser and the server count API requests differently; check how this Chromium reports preflights.');
  console.log(`  rows shown: ${Object.entries(last.shown).map(([name, count]) => `${count} ${name}`).join(', ')}`);
  const tasks = last.loadTasks.map((task) => `${Math.round(task.duration)} ms at ${Math.round(task.start)} ms`);
  console.log(`  long tasks on load: ${tasks.join(', ') || 'none'}`);
  for (const shift of last.shifts.filter((s) => s.value >= 0.001)) console.log(`  layout shift ${shift.value.toFixed(3)} at ${shift.at} ms, top (visible height) before → after: ${shift.sources.join('; ')}`);
  if (kind === 'project' && last.interactionError) console.log(`  interactions failed: ${last.interactionError}`);
  else if (kind === 'project') {
    console.log(`  interactions (ms, ≥ 16 only): ${last.interactions.map((d) => Math.round(d)).join(', ') || 'none over 16 ms'}`);
    for (const shift of last.payShifts.filter((s) => s.value >= 0.001)) console.log(`  while paying, layout shift ${shift.value.toFixed(3)} at ${shift.at} ms: ${shift.sources.join('; ')}`);
    const [open, review, pay] = last.stepTimes.map((d) => `${Math.round(d)} ms`);
    console.log(`  click → next step shown: Pay → method step ${open}, Review payment → review ${review} (a quote), Pay → receipt ${pay} (the payment)`);
  }
}
if (JSON.stringify(runs.project.at(-1).shown) !== JSON.stringify(runs.vanilla.at(-1).shown)) {
  console.log('\nWARNING: the two pages show different rows; bench/page/vanilla.js no longer matches the elements.');
}
if (json) console.log(`BENCH ${JSON.stringify(rows)}`);
