#!/usr/bin/env node
// The lifecycle check of issue 13 ("Disconnect aborts"): every request an element started is
// aborted when it leaves the DOM, and mounting and removing elements many times leaves nothing
// behind. For each element below, inside an <alis-billing-provider> on a page that loads the built
// bundle (dist/alis-billing.js or dist/alis-staff.js), in Chromium through the DevTools protocol:
//
//   before load  mount and remove the element N times while every API answer is held back (its
//                data has not arrived), measure, then let the answers come: every request must
//                end aborted (`net::ERR_ABORTED`); none may be answered, fail otherwise, or start
//                once the answers come.
//   after load   mount, wait until loaded (`loadComplete`, no loading notice left), remove, N
//                times, and measure.
//
// "Measure" forces garbage collection twice and compares with the figures taken before the phase:
// live instances of the element's class and of any ALIS element (Runtime.queryObjects), DOM nodes,
// JS event listeners and used JS heap (Performance.getMetrics). Growth past the bounds below fails.
// The memory of the before-load phase is measured while the answers are still held back: that is
// when an element that did not abort stays alive (and renders again once they arrive).
//
// The API is the real mock engine (the same MSW handlers the demo's worker runs) answered in this
// Node process on the page's own origin, so the page's heap holds only the widgets. Part of
// `npm test` after the build; builds dist/ itself when it is missing; writes
// .test-results/lifecycle.json (each element × phase counts as one test).
//
//   node scripts/check-lifecycle.mjs [tag ...]     only these elements (--all: the extra ones too)
//   LIFECYCLE_COUNT=200                            N for every element and phase
//   LIFECYCLE_SIMULATE_LEAK=1                      the check's self-test: removed elements leak
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { chromePath, chromeArgs } from './chrome.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The elements checked: which bundle defines them, who is signed in (the default payer, who pays
 * bills, or the billing team), and how many mounts per phase. Before load every element is mounted
 * 1,000 times, as in the issue. After load only the invoices are: a loaded mount costs 10–30 ms of
 * rendering and answering, and any per-mount leak shows just as plainly in the live-instance count
 * after 200 (one per mount against a bound of 2), so the check stays under 90 s on a busy machine.
 */
const elements = [
  { tag: 'alis-invoices', bundle: 'alis-billing.js', role: 'payer', before: 1000, after: 1000 },
  { tag: 'alis-payment-history', bundle: 'alis-billing.js', role: 'payer', before: 1000, after: 200 },
  { tag: 'alis-payment-methods', bundle: 'alis-billing.js', role: 'payer', before: 1000, after: 200 },
  { tag: 'alis-pay-outstanding', bundle: 'alis-billing.js', role: 'payer', before: 1000, after: 200 },
  { tag: 'alis-payment-center', bundle: 'alis-staff.js', role: 'staff', before: 1000, after: 200 },
  // The other elements that load data: checked on request (by name, or --all), to keep npm test short.
  { tag: 'alis-notification-settings', bundle: 'alis-billing.js', role: 'payer', before: 1000, after: 200, extra: true },
  { tag: 'alis-payment-guide', bundle: 'alis-billing.js', role: 'payer', before: 1000, after: 200, extra: true },
  { tag: 'alis-connect-access', bundle: 'alis-staff.js', role: 'staff', before: 1000, after: 200, extra: true },
  {
    tag: 'alis-audit-trail',
    bundle: 'alis-staff.js',
    role: 'staff',
    before: 1000,
    after: 200,
    extra: true,
    attributes: { 'subject-type': 'settings', 'subject-id': 'community' },
  },
  { tag: 'alis-access-profiles', bundle: 'alis-staff.js', role: 'staff', before: 1000, after: 200, extra: true },
];

/**
 * Growth allowed between the figures before and after a phase (after two forced collections).
 * Measured on correct elements (1,000 mounts): instances 0, nodes +0, listeners +0, heap within
 * ±0.3 MB (V8's own caches and compiled code settle). A removed element that stays alive costs
 * 1 instance, 20–40 DOM nodes while loading (hundreds once it rendered its data) and about 4.6 KB
 * of heap, so the bounds let through noise and two or three stragglers, never a per-mount leak.
 */
const bounds = {
  instances: 2, // live objects of the element's class (absolute count; the baseline is 0)
  alisElements: 2, // growth of live ALIS elements of any kind (the Payment Center's panels, pay flows)
  nodes: 100,
  listeners: 10,
  heap: 1024 * 1024, // bytes
};

const countOverride = process.env.LIFECYCLE_COUNT ? Number(process.env.LIFECYCLE_COUNT) : undefined;
if (countOverride !== undefined && !(Number.isInteger(countOverride) && countOverride > 0)) {
  console.error(`LIFECYCLE_COUNT must be a positive integer, not ${process.env.LIFECYCLE_COUNT}`);
  process.exit(1);
}
/** LIFECYCLE_SIMULATE_LEAK=1: every removed element stays referenced by a window listener, to see the check fail. */
const simulateLeak = process.env.LIFECYCLE_SIMULATE_LEAK === '1';
const all = process.argv.includes('--all');
const only = process.argv.slice(2).filter((arg) => arg !== '--all');
const unknown = only.filter((tag) => !elements.some((e) => e.tag === tag));
if (unknown.length) {
  console.error(`Not checked here: ${unknown.join(', ')}. Known: ${elements.map((e) => e.tag).join(', ')}`);
  process.exit(1);
}
const selected = elements.filter((e) => (only.length ? only.includes(e.tag) : all || !e.extra));

const bundles = ['alis-billing.js', 'alis-staff.js'].map((file) => `${root}dist/${file}`);
if (!bundles.every((file) => existsSync(file))) {
  console.log('dist/ is missing: building it first (npm run build)');
  const build = spawnSync('npm run --silent build', { shell: true, stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(1);
} else {
  const built = Math.min(...bundles.map((file) => statSync(file).mtimeMs));
  const newest = (dir) =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? newest(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs)));
  if (newest(`${root}src`) > built) console.log('note: src/ changed after dist/ was built; run `npm run build` to check the current code');
}

// One import, so the backend and the handlers share one copy of the engine (its EngineError class).
const { createMockBackend, createMockHandlers } = await tsImport('../src/mock-server/index.ts', import.meta.url);
const { getResponse } = await import('msw');

/** The handlers the page talks to; each element starts from a fresh seeded backend. */
let handlers = createMockHandlers(createMockBackend());
/**
 * The engine's answers to GETs, reused for the same user and URL until anything else is asked:
 * thousands of mounts read the same few resources, and the engine's milliseconds per answer are
 * not what this check measures.
 */
const answers = new Map();

async function answerApi(req, res, url) {
  const key = `${req.headers.authorization} ${url.pathname}${url.search}`;
  let answer = req.method === 'GET' ? answers.get(key) : undefined;
  if (!answer) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const response = await getResponse(handlers, new Request(url, { method: req.method, headers: req.headers, ...(body ? { body } : {}) }));
    answer = response
      ? { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) }
      : { status: 404, headers: {}, body: Buffer.alloc(0) };
    if (req.method === 'GET') answers.set(key, answer);
    else answers.clear();
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/** `/page/<bundle>/<token>`: a provider signed in as `token`, and the bundle that defines the elements. */
function page(bundle, token) {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Lifecycle check</title><script type="module" src="/${bundle}"></script></head>
  <body><main><alis-billing-provider base-url="/api/v1" token="${token}"></alis-billing-provider></main></body>
</html>`;
}

/** One origin for the page, the built bundles (dist/) and the API, so there is no CORS preflight to count. */
const server = await new Promise((resolve) => {
  const http = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/api/v1/')) {
        await answerApi(req, res, url);
      } else if (url.pathname.startsWith('/page/')) {
        const [, , bundle, token] = url.pathname.split('/');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(page(bundle, token));
      } else {
        const file = join(`${root}dist`, url.pathname.replaceAll('..', ''));
        const type = extname(file) === '.map' ? 'application/json' : 'text/javascript; charset=utf-8';
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      }
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  http.listen(0, '127.0.0.1', () =>
    resolve({
      url: `http://127.0.0.1:${http.address().port}`,
      close: () =>
        new Promise((done) => {
          http.closeAllConnections();
          http.close(done);
        }),
    }),
  );
});

/** Collects garbage twice, then reads the figures compared between phases. */
async function measure(cdp, tag) {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const live = async (expression) => {
    const { result: prototype } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'lifecycle' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId, objectGroup: 'lifecycle' });
    const { result } = await cdp.send('Runtime.getProperties', { objectId: objects.objectId, ownProperties: true });
    return result.filter((p) => /^\d+$/.test(p.name)).length;
  };
  const instances = await live(`customElements.get(${JSON.stringify(tag)}).prototype`);
  // AlisElement.prototype: the base class every ALIS element (the provider included) extends.
  const alisElements = await live(`Object.getPrototypeOf(customElements.get('alis-billing-provider').prototype)`);
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'lifecycle' });
  return {
    instances,
    alisElements,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    heap: metric('JSHeapUsedSize'),
    documents: metric('Documents'),
  };
}

/**
 * Waits until no API request of `phase` is open and none started for a while, or `limitMs` passed.
 * After an answer or a failure a follow-up (the next load, or the SDK's retry within 0.6 s) may
 * still come: the quiet then lasts `quietMs`; when every request was aborted, 0.3 s.
 */
async function settle(requests, phase, quietMs, limitMs = 30_000) {
  const deadline = Date.now() + limitMs;
  let seen = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const ends = [...requests.values()].filter((r) => r.phase === phase).map((r) => r.end);
    const quiet = ends.some((end) => end !== null && end !== 'net::ERR_ABORTED') ? quietMs : 300;
    if (ends.length !== seen || ends.includes(null)) {
      seen = ends.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quiet) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Mounts and removes `tag` `n` times in the page; `untilLoaded` waits for its data each time. */
function mountRemove(pageHandle, { tag, attributes = {} }, n, untilLoaded) {
  return pageHandle.evaluate(
    async ({ tag, attributes, n, untilLoaded, simulateLeak }) => {
      const provider = document.querySelector('alis-billing-provider');
      const channel = new MessageChannel();
      // One macrotask (no 4 ms clamp as with setTimeout): the element has rendered and sent its request.
      const nextTask = () =>
        new Promise((resolve) => {
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
      const tree = (el) => [el, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((child) => (child.shadowRoot ? tree(child) : [child]))];
      // Loaded: every element in its tree that loads on its own (the Payment Center's panel too)
      // has finished, and no loading notice (states.ts renderLoading) shows anywhere in it.
      const loaded = async (el) => {
        const deadline = performance.now() + 15_000;
        for (;;) {
          const all = tree(el);
          await Promise.all(all.map((e) => e.updateComplete));
          await Promise.all(all.filter((e) => 'loadComplete' in e).map((e) => e.loadComplete));
          const after = tree(el);
          if (after.length === all.length && !after.some((e) => e.matches('.loading'))) return;
          if (performance.now() > deadline) throw new Error(`<${tag}> did not finish loading in 15 s`);
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      };
      let errors = 0;
      for (let i = 0; i < n; i++) {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        provider.append(el);
        await el.updateComplete;
        if (untilLoaded) {
          await loaded(el);
          // A load that ended in an error notice (states.ts renderLoadError) did not load.
          if (tree(el).some((e) => e.matches('[role="alert"]'))) errors++;
        } else {
          await nextTask();
        }
        el.remove();
        if (simulateLeak) {
          // The self-test: what a forgotten window listener does to a removed element.
          window.addEventListener('resize', () => el.isConnected);
        }
      }
      channel.port1.close();
      return errors;
    },
    { tag, attributes, n, untilLoaded, simulateLeak },
  );
}

async function checkElement(element) {
  const { tag, bundle, role, before, after } = element;
  const backend = createMockBackend();
  handlers = createMockHandlers(backend);
  answers.clear();
  const personas = backend.personas();
  const persona = role === 'staff' ? personas.find((p) => p.role === 'staff') : personas[0];
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  // Every API request the page makes, by the phase it started in, and how it ended.
  let phase = 'warm-up';
  const requests = new Map();
  tab.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/')) requests.set(request, { phase, end: null });
  });
  tab.on('requestfinished', (request) => {
    const r = requests.get(request);
    if (r) r.end = 'answered';
  });
  tab.on('requestfailed', (request) => {
    const r = requests.get(request);
    if (r) r.end = request.failure()?.errorText ?? 'failed';
  });
  const tally = (name) => {
    const counts = { started: 0, aborted: 0, answered: 0, failed: 0, open: 0 };
    for (const r of requests.values()) {
      if (r.phase !== name) continue;
      counts.started++;
      if (r.end === null) counts.open++;
      else if (r.end === 'answered') counts.answered++;
      else if (r.end === 'net::ERR_ABORTED') counts.aborted++;
      else counts.failed++;
    }
    return counts;
  };

  const rows = [];
  try {
    await tab.goto(`${server.url}/page/${bundle}/${persona.token}`);
    // The bundles load a tag's code the first time it is in the document (issue 15): one added and
    // removed at once loads it without starting any of its work.
    await tab.evaluate((t) => {
      const probe = document.createElement(t);
      document.body.append(probe);
      probe.remove();
    }, tag);
    await tab.waitForFunction((t) => customElements.get(t) !== undefined, tag, { timeout: 15_000 });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');

    // Warm-up: the code paths run once, Lit's template caches fill, the baseline is steady.
    let errors = await mountRemove(tab, element, 5, true);
    const baseline = await measure(cdp, tag);

    // Before load: every answer held back (Playwright's routing pauses the requests) while mounting
    // and removing; measured while still held, then the answers are let through.
    phase = 'before load';
    const api = `${server.url}/api/v1/**`;
    let holding = true;
    const held = [];
    const hold = (route) => {
      if (holding) held.push(route);
      else route.continue().catch(() => {});
    };
    await tab.route(api, hold);
    let started = Date.now();
    await mountRemove(tab, element, before, false);
    const mountMs = Date.now() - started;
    const whileHeld = await measure(cdp, tag);
    holding = false;
    // A request the page aborted is already over; continuing it does nothing.
    for (const route of held.splice(0)) route.continue().catch(() => {});
    await settle(requests, phase, 1000);
    await tab.unroute(api, hold);
    const answered = await measure(cdp, tag);
    rows.push({ ...judge(tag, 'before load', before, baseline, whileHeld, tally('before load'), Date.now() - started, answered), mountMs });

    phase = 'after load';
    started = Date.now();
    errors += await mountRemove(tab, element, after, true);
    await settle(requests, phase, 300);
    const end = await measure(cdp, tag);
    const row = judge(tag, 'after load', after, answered, end, tally('after load'), Date.now() - started);
    if (errors) row.failures.push(`${errors} mounts showed an error instead of their data, so "after load" did not load`);
    rows.push(row);
  } catch (error) {
    for (const name of ['before load', 'after load']) {
      if (!rows.some((r) => r.phase === name)) rows.push({ tag, phase: name, count: 0, failures: [`the check could not run: ${error.message.split('\n')[0]}`] });
    }
  } finally {
    await context.close();
  }
  for (const row of rows) row.failures.push(...problems);
  return rows;
}

/** The figures of one element × phase and what in them breaks the bounds. */
function judge(tag, phase, count, from, to, requests, ms, afterAnswers) {
  const failures = [];
  if (phase === 'before load') {
    const notAborted = requests.answered + requests.failed + requests.open;
    if (notAborted > 0) {
      failures.push(
        `${notAborted} of ${requests.started} requests were not aborted after their element was removed (${requests.answered} answered, ${requests.failed} failed otherwise, ${requests.open} still open)`,
      );
    }
  } else if (requests.answered === 0) {
    failures.push('no request was answered: the element never loaded, so nothing was measured');
  }
  const grew = (name, label, bound, format = String) => {
    const growth = to[name] - from[name];
    if (growth > bound) failures.push(`${label} grew by ${format(growth)} (bound ${format(bound)}): ${format(from[name])} → ${format(to[name])}`);
  };
  if (to.instances > bounds.instances) failures.push(`${to.instances} <${tag}> elements are still alive after ${count} were removed (bound ${bounds.instances})`);
  grew('alisElements', 'live ALIS elements', bounds.alisElements);
  grew('nodes', 'DOM nodes', bounds.nodes);
  grew('listeners', 'JS event listeners', bounds.listeners);
  grew('heap', 'used JS heap', bounds.heap, megabytes);
  return { tag, phase, count, ms, requests, from, to, ...(afterAnswers ? { afterAnswers } : {}), failures };
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function printTable(rows) {
  const header = ['element', 'phase', 'mounts', 'requests', 'aborted', 'answered', 'failed', 'live el.', 'ALIS el.', 'DOM nodes', 'listeners', 'JS heap', 'time', ''];
  const signed = (n) => (n > 0 ? `+${n}` : String(n));
  const lines = rows.map((r) =>
    r.from
      ? [
          r.tag,
          r.phase,
          String(r.count),
          String(r.requests.started),
          String(r.requests.aborted),
          String(r.requests.answered),
          String(r.requests.failed + r.requests.open),
          String(r.to.instances),
          signed(r.to.alisElements - r.from.alisElements),
          signed(r.to.nodes - r.from.nodes),
          signed(r.to.listeners - r.from.listeners),
          `${r.to.heap - r.from.heap > 0 ? '+' : ''}${megabytes(r.to.heap - r.from.heap)}`,
          `${(r.ms / 1000).toFixed(1)} s`,
          r.failures.length ? 'FAIL' : 'ok',
        ]
      : [r.tag, r.phase, ...header.slice(2, -1).map(() => ''), 'FAIL'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(
    '(requests: started in the phase; before load every one must end aborted. Memory: growth over the phase after garbage\ncollection, measured before load while the answers are still held back; "live el." counts instances of the element left alive)',
  );
}

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const rows = [];
const started = Date.now();
try {
  for (const element of selected) {
    const counts = countOverride ? { before: countOverride, after: countOverride } : {};
    rows.push(...(await checkElement({ ...element, ...counts })));
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nLifecycle check: mount and remove inside <alis-billing-provider>, ${((Date.now() - started) / 1000).toFixed(1)} s in all\n`);
printTable(rows);
for (const r of rows) {
  if (!r.failures.length) continue;
  console.log(`\nFAIL  <${r.tag}> ${r.phase}`);
  for (const failure of r.failures) console.log(`      ${failure}`);
  if (r.afterAnswers) {
    console.log(
      `      once the answers came: ${r.afterAnswers.instances} alive, DOM nodes ${r.from.nodes} → ${r.afterAnswers.nodes}, heap ${megabytes(r.from.heap)} → ${megabytes(r.afterAnswers.heap)}`,
    );
  }
}
const counts = { passed: rows.filter((r) => !r.failures.length).length, failed: rows.filter((r) => r.failures.length).length };
await mkdir(`${root}.test-results`, { recursive: true });
await writeFile(`${root}.test-results/lifecycle.json`, JSON.stringify({ ...counts, results: rows }, null, 2));
console.log(`\nlifecycle: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
