#!/usr/bin/env node
// `npm run bench:sdk`: what the SDK costs over hand-written fetch code, measured in one run.
//
//   npm run bench:sdk [-- --json]      (or: npx tsx scripts/bench-sdk.mjs [--json])
//
// 1. Per call: the mock server runs in this process (`startMockServer`, the same handlers and
//    engine as `npm run mock-server`), and N calls of `client.outstanding.get()` and
//    `client.invoices.list()` are timed against a raw `fetch` of the same URL with the same bearer
//    token plus `res.json()`, interleaved call by call so both meet the same machine; medians, and
//    the SDK's median over raw fetch's (goal ≤ 1.1×); also `invoices.list()` as an element makes it
//    (its scoped client and its task's signal). N is 400 per kind, or SDK_BENCH_CALLS;
//    SDK_BENCH_COMPARE=<path to another src/sdk/index.ts> times that SDK too, in the same run.
// 2. Requests on first load: Chromium (playwright-core) opens a page from one origin holding
//    `<alis-billing-provider>` with `<alis-pay-outstanding>`, `<alis-invoices>`,
//    `<alis-payment-history>` and `<alis-payment-methods>` from `dist/alis-billing.js` (run
//    `npm run build` first; the section is skipped without it), against the mock server on another
//    origin, and beside it a hand-written page that fetches the JSON those four show. Every request
//    that reaches the server is counted there, CORS preflights (OPTIONS) included, until the
//    network has been idle for a second (goal: the project ≤ the hand-written page + 1).
// 3. Bytes: the SDK alone as an app's bundler would ship it — `src/sdk/index.ts` without the card
//    tokenizers, its dependencies included, bundled by esbuild and minified by terser with the options
//    of rollup.config.mjs (`ecma: 2022, module: true, comments: false`), gzipped at level 9 as
//    scripts/check-size.mjs measures (goal ≤ 5 kB).
//
// `sdkGzipBytes()` is exported for scripts/check-size.mjs: importing this file runs nothing.
// With `--json` the last line of stdout is `BENCH ` and a JSON array of rows (see the README's
// "Benchmarks"). Timings move with the machine: compare the ratio, which is measured in one run.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createServer, request as forward } from 'node:http';
import { build } from 'esbuild';
import { minify } from 'terser';

const root = fileURLToPath(new URL('../', import.meta.url));
const json = process.argv.includes('--json');
const CALLS = Number(process.env.SDK_BENCH_CALLS ?? 400);
// Another build of the SDK timed in the same run, e.g. an earlier commit's `src/sdk/index.ts`
// (git worktree add /tmp/before <commit>): before/after figures that met the same machine.
const COMPARE = process.env.SDK_BENCH_COMPARE;
const WARM_UP = 50;
const kB = 1024;

/** The minified, gzipped SDK without tokenizers, dependencies included: the figure the budget is about. */
export async function sdkGzipBytes() {
  // index.ts minus the lines that re-export the tokenizers (an app that collects no cards never imports them).
  const entry = readFileSync(`${root}src/sdk/index.ts`, 'utf8')
    .split('\n')
    .filter((line) => !line.includes('./tokenizers/'))
    .join('\n');
  const bundled = await build({
    stdin: { contents: entry, resolveDir: `${root}src/sdk`, loader: 'ts', sourcefile: 'sdk-without-tokenizers.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    logLevel: 'silent',
  });
  const { code } = await minify(bundled.outputFiles[0].text, { ecma: 2022, module: true, format: { comments: false } });
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function perCall() {
  const { startMockServer } = await import('../src/mock-server/node-server.ts');
  const clients = { sdk: (await import('../src/sdk/index.ts')).createAlisClient };
  if (COMPARE) clients.other = (await import(pathToFileURL(resolve(COMPARE)).href)).createAlisClient;
  const server = await startMockServer({ port: 0 });
  try {
    const base = `${server.url}/api/v1`;
    const personas = await (await fetch(`${base}/__mock/personas`)).json();
    const payer = personas.items.find((p) => p.role === 'payer');
    const headers = { Authorization: `Bearer ${payer.token}` };
    // Each SDK as a page uses it: a client, and the copy an element scopes to its lifetime.
    const made = Object.fromEntries(
      Object.entries(clients).map(([who, create]) => {
        const client = create({ baseUrl: base, getToken: () => payer.token });
        return [who, { client, scoped: client.withSignal(new AbortController().signal) }];
      }),
    );
    const kinds = [
      { name: 'outstanding.get()', url: `${base}/outstanding`, call: ({ client }) => client.outstanding.get() },
      { name: 'invoices.list()', url: `${base}/invoices`, call: ({ client }) => client.invoices.list() },
      // What an element does: its scoped client, and its task's own signal.
      { name: 'invoices.list() from an element', url: `${base}/invoices`, call: ({ scoped }) => scoped.invoices.list(undefined, { signal: new AbortController().signal }) },
    ];
    const contenders = ['raw', ...Object.keys(made)];
    const times = kinds.map(() => Object.fromEntries(contenders.map((who) => [who, []])));
    for (let i = 0; i < WARM_UP + CALLS; i++) {
      for (const [k, kind] of kinds.entries()) {
        // Rotate which goes first, so none always meets a warmer server.
        const order = contenders.map((_, j) => contenders[(i + j) % contenders.length]);
        for (const who of order) {
          const start = performance.now();
          if (who === 'raw') await (await fetch(kind.url, { headers })).json();
          else await kind.call(made[who]);
          const took = performance.now() - start;
          if (i >= WARM_UP) times[k][who].push(took);
        }
      }
    }
    return kinds.map((kind, k) => ({ name: kind.name, ...Object.fromEntries(contenders.map((who) => [who, median(times[k][who])])) }));
  } finally {
    await server.close();
  }
}

/** The token of the seeded payer the page shows (Daniel Whitaker: invoices, payments and methods). */
const PAGE_TOKEN = 'mock-token-daniel-whitaker';

/** The page under test: the four payer elements in a provider, or the hand-written baseline. */
function pageHtml(kind, api) {
  if (kind === 'project') {
    return `<!doctype html><meta charset="utf-8"><title>project</title>
<script type="module" src="/dist/alis-billing.js"></script>
<alis-billing-provider base-url="${api}" token="${PAGE_TOKEN}">
  <alis-pay-outstanding></alis-pay-outstanding>
  <alis-invoices></alis-invoices>
  <alis-payment-history></alis-payment-history>
  <alis-payment-methods></alis-payment-methods>
</alis-billing-provider>`;
  }
  // What a careful hand-written page asks for the same four boxes: each resource once.
  return `<!doctype html><meta charset="utf-8"><title>vanilla</title>
<script type="module">
  const get = (path) => fetch('${api}' + path, { headers: { Authorization: 'Bearer ${PAGE_TOKEN}' } }).then((r) => r.json());
  const [outstanding, invoices, payments, methods] = await Promise.all([get('/outstanding'), get('/invoices'), get('/payments'), get('/payment-methods')]);
  document.body.textContent = [outstanding.total.amountCents, invoices.items.length, payments.items.length, methods.items.length].join(' ');
</script>`;
}

/** Opens `kind`'s page in a fresh browser context and lists every request the API server received. */
async function requestsOf(browser, kind) {
  const { startMockServer } = await import('../src/mock-server/node-server.ts');
  const mock = await startMockServer({ port: 0 });
  const seen = [];
  // A counting proxy in front of the mock: what reaches it is what the network carried (a cached
  // preflight never arrives).
  const api = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url, mock.url);
    const upstream = forward(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${api.address().port}/api/v1`;
  const site = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      if (path === '/page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(pageHtml(kind, apiUrl));
        return;
      }
      if (!path.startsWith('/dist/') || path.includes('..')) throw new Error('not served');
      const body = readFileSync(`${root}${path.slice(1)}`);
      res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/json' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${site.address().port}/page.html`);
    // Idle: nothing new reached the server for a second.
    let count = -1;
    while (count !== seen.length) {
      count = seen.length;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return seen;
  } finally {
    await context.close();
    await new Promise((resolve) => site.close(resolve));
    api.closeAllConnections();
    await new Promise((resolve) => api.close(resolve));
    await mock.close();
  }
}

async function firstLoadRequests() {
  if (!existsSync(`${root}dist/alis-billing.js`)) return undefined;
  const { chromium } = await import('playwright-core');
  const { chromePath, chromeArgs } = await import('./chrome.mjs');
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  try {
    return { project: await requestsOf(browser, 'project'), vanilla: await requestsOf(browser, 'vanilla') };
  } finally {
    await browser.close();
  }
}

/** Runs every section and prints the table (and, with `--json`, the BENCH line). */
async function main() {
  const rows = [];
  console.log(`SDK benchmark — Node ${process.version}, ${new Date().toISOString()}, ${CALLS} calls per kind (median)`);
  console.log('');
  const µs = (ms) => `${(ms * 1000).toFixed(0)} µs`;
  console.log(`| call | raw fetch | SDK | SDK − raw | ratio |${COMPARE ? ' compared SDK | its ratio |' : ''}`);
  console.log(`|---|---|---|---|---|${COMPARE ? '---|---|' : ''}`);
  for (const { name, raw, sdk, other } of await perCall()) {
    const ratio = sdk / raw;
    const compared = COMPARE ? ` ${µs(other)} | ${(other / raw).toFixed(2)}× |` : '';
    console.log(`| ${name} | ${µs(raw)} | ${µs(sdk)} | ${µs(sdk - raw)} | ${ratio.toFixed(2)}× |${compared}`);
    rows.push({ section: 'SDK', figure: `${name} per call`, project: round(sdk, 3), baseline: round(raw, 3), unit: 'ms', goal: '≤ 1.1× raw fetch', ok: ratio <= 1.1 });
  }
  const requests = await firstLoadRequests();
  console.log('');
  if (!requests) {
    console.log('Requests on first load: skipped (no dist/alis-billing.js; run `npm run build`).');
  } else {
    const preflights = (list) => list.filter((line) => line.startsWith('OPTIONS ')).length;
    const { project, vanilla } = requests;
    console.log(`Requests on first load (the four payer elements vs the hand-written page, another origin):`);
    console.log(`  project: ${project.length} (${preflights(project)} preflights): ${project.join(', ')}`);
    console.log(`  vanilla: ${vanilla.length} (${preflights(vanilla)} preflights): ${vanilla.join(', ')}`);
    const gets = (list) => list.length - preflights(list);
    const meCount = project.filter((line) => /^GET \/api\/v1\/me(\?|$)/.test(line)).length;
    // Every request carries Authorization, so each distinct URL costs one preflight (cached 600 s):
    // the widgets' one extra resource, GET /me, brings its preflight with it.
    rows.push({ section: 'SDK', figure: 'requests on first load, preflights apart', project: gets(project), baseline: gets(vanilla), unit: 'count', goal: '≤ vanilla + 1', ok: gets(project) <= gets(vanilla) + 1 });
    rows.push({ section: 'SDK', figure: 'CORS preflights on first load', project: preflights(project), baseline: preflights(vanilla), unit: 'count', goal: '≤ vanilla + 1', ok: preflights(project) <= preflights(vanilla) + 1 });
    rows.push({ section: 'SDK', figure: 'requests on first load, preflights included', project: project.length, baseline: vanilla.length, unit: 'count', goal: '≤ vanilla + 1', ok: project.length <= vanilla.length + 1 });
    rows.push({ section: 'SDK', figure: 'GET /me on first load', project: meCount, baseline: null, unit: 'count', goal: 'one per page', ok: meCount === 1 });
  }
  const size = await sdkGzipBytes();
  console.log('');
  console.log(`SDK without tokenizers, dependencies included: ${(size.minified / kB).toFixed(1)} kB minified, ${(size.gzipped / kB).toFixed(2)} kB gzipped (goal ≤ 5 kB)`);
  rows.push({ section: 'SDK', figure: 'SDK alone (min + gz, no tokenizers)', project: round(size.gzipped / kB, 2), baseline: null, unit: 'kB', goal: '≤ 5 kB', ok: size.gzipped <= 5 * kB });
  if (json) console.log(`BENCH ${JSON.stringify(rows)}`);
}

// Run as a script; imported (scripts/check-size.mjs may take `sdkGzipBytes`), it only defines.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();

function round(value, digits) {
  return Number(value.toFixed(digits));
}
