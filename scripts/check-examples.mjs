#!/usr/bin/env node
// Builds examples/react, examples/vue and examples/plain-html against the built package, as an app
// that installed @alis/billing-widgets would (every import resolved through package.json's
// `exports` to dist/), then pays an invoice through each in Chromium against the mock backend
// served over HTTP, and checks the app heard `alis-payment-submitted`. Part of `npm test`, after
// the build. `--serve <name>` builds one and serves it until Ctrl+C.
import { createServer, request as httpRequest } from 'node:http';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { chromePath, chromeArgs } from './chrome.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, '.examples-build');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** Resolves `@alis/billing-widgets[/subpath]` through the package's own `exports`, to dist/. */
function packageExports() {
  const match = (subpath) => {
    for (const [pattern, target] of Object.entries(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file) continue;
      if (pattern === subpath) return file;
      const star = pattern.indexOf('*');
      if (star >= 0 && subpath.startsWith(pattern.slice(0, star)) && subpath.endsWith(pattern.slice(star + 1))) {
        return file.replace('*', subpath.slice(star, subpath.length - (pattern.length - star - 1)));
      }
    }
    return null;
  };
  return {
    name: 'alis-package-exports',
    enforce: 'pre',
    resolveId(id) {
      if (id !== pkg.name && !id.startsWith(`${pkg.name}/`)) return null;
      const file = match(id === pkg.name ? '.' : `.${id.slice(pkg.name.length)}`);
      if (!file) throw new Error(`${id} is not exported by the package`);
      return resolve(root, file);
    },
  };
}

const examples = {
  react: { plugins: [react()] },
  vue: { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('alis-') } } })] },
  'plain-html': null,
};

async function buildExample(name) {
  const outDir = join(out, name);
  await rm(outDir, { recursive: true, force: true });
  if (examples[name]) {
    await build({
      configFile: false,
      root: join(root, 'examples', name),
      base: './',
      logLevel: 'error',
      plugins: [packageExports(), ...examples[name].plugins],
      build: { outDir, emptyOutDir: true },
    });
  } else {
    // No build step: the page, and the package's dist/ beside it as the page's comment says.
    await mkdir(outDir, { recursive: true });
    await cp(join(root, 'examples', name, 'index.html'), join(outDir, 'index.html'));
    await cp(join(root, 'dist'), join(outDir, 'vendor'), { recursive: true });
  }
  return outDir;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** Serves `dir`, and the mock backend at /api/ as a real one would be (same origin). */
async function serve(dir, mockUrl) {
  const server = createServer(async (req, res) => {
    if (req.url.startsWith('/api/')) {
      const upstream = httpRequest({ host: mockUrl.hostname, port: mockUrl.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

const { startMockServer } = await tsImport('../src/mock-server/node-server.ts', import.meta.url);

const serveOnly = process.argv.indexOf('--serve');
if (serveOnly > -1) {
  const name = process.argv[serveOnly + 1] ?? 'react';
  const mock = await startMockServer({ port: 0 });
  const site = await serve(await buildExample(name), new URL(mock.url));
  console.log(`examples/${name}: ${site.url}`);
} else {
  const counts = { passed: 0, failed: 0 };
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  try {
    for (const name of Object.keys(examples)) {
      // Each example pays against a fresh seed.
      const mock = await startMockServer({ port: 0 });
      let site;
      const problems = [];
      try {
        site = await serve(await buildExample(name), new URL(mock.url));
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
        });
        // A page has no favicon; anything else missing is a broken example.
        page.on('response', (response) => {
          if (response.status() >= 400 && !response.url().endsWith('/favicon.ico') && !response.url().includes('/api/')) problems.push(`${response.status()} for ${response.url()}`);
        });
        await page.goto(site.url);
        if (name !== 'plain-html') {
          // The app's own language switch reaches the widgets through `lang` on an ancestor, and back.
          const header = (name) => page.locator('alis-invoices').getByRole('columnheader', { name, exact: true });
          await header('Invoice').waitFor({ timeout: 20000 });
          await page.locator('select').first().selectOption('es');
          await header('Factura').waitFor({ timeout: 10000 });
          await page.locator('select').first().selectOption('en');
          await header('Invoice').waitFor({ timeout: 10000 });
        }
        await page.locator('alis-invoices').getByRole('button', { name: /^Pay invoice/ }).first().click({ timeout: 20000 });
        await page.getByRole('button', { name: 'Review payment' }).click({ timeout: 15000 });
        await page.getByRole('button', { name: /^Pay \$/ }).click({ timeout: 15000 });
        await page.getByRole('heading', { name: 'Payment received' }).waitFor({ timeout: 15000 });
        const status = page.getByTestId('app-status');
        await status.filter({ hasText: /payment PAY-\d{8}-\d{4} is on its way/ }).waitFor({ timeout: 5000 });
        const paid = (await status.textContent()) ?? '';
        await page.close();
        if (problems.length) throw new Error(problems.join('\n      '));
        counts.passed++;
        console.log(`ok    examples/${name}: built from the package's exports, ${name === 'plain-html' ? '' : 'switched language, '}paid an invoice; the app heard it (${paid.trim()})`);
      } catch (error) {
        counts.failed++;
        console.log(`FAIL  examples/${name}\n      ${error.message.split('\n').slice(0, 6).join('\n      ')}`);
      } finally {
        await site?.close();
        await mock.close();
      }
    }
  } finally {
    await browser.close();
  }
  await mkdir(join(root, '.test-results'), { recursive: true });
  await writeFile(join(root, '.test-results/examples.json'), JSON.stringify(counts));
  console.log(`examples: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}
