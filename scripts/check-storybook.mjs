#!/usr/bin/env node
// Loads every story of the built Storybook (storybook-static/) in Chromium and fails on any page
// error, console error, or a story that renders nothing. Part of `npm test`.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from './chrome.mjs';
import { serveStatic } from './static-server.mjs';

const root = 'storybook-static';
const index = JSON.parse(await readFile(`${root}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const counts = { passed: 0, failed: 0 };

// Text inside the story's custom elements, shadow roots included.
const renderedText = () => {
  const collect = (node) => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.shadowRoot) text += collect(child.shadowRoot);
        text += collect(child);
      }
    }
    return text;
  };
  const rootElement = document.querySelector('#storybook-root');
  return rootElement ? collect(rootElement).replace(/\s+/g, ' ').trim() : '';
};

try {
  const context = await browser.newContext();
  for (const story of stories) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
    try {
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      // A story is rendered when its widget shows words, and they have stopped changing.
      await page.waitForFunction(renderedText, undefined, { timeout: 10000 }).catch(() => problems.push('rendered nothing'));
      let previous = '';
      for (let i = 0; i < 20; i++) {
        const text = await page.evaluate(renderedText);
        if (text && text === previous) break;
        previous = text;
        await page.waitForTimeout(150);
      }
      const errorDisplay = await page.evaluate(() => document.querySelector('.sb-show-errordisplay') !== null);
      if (errorDisplay) problems.push('Storybook shows an error');
      if (problems.length === 0) {
        counts.passed++;
        console.log(`ok    ${story.id}  —  ${previous.slice(0, 80)}`);
      } else {
        counts.failed++;
        console.log(`FAIL  ${story.id}\n      ${problems.join('\n      ')}`);
      }
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

await mkdir('.test-results', { recursive: true });
await writeFile('.test-results/storybook.json', JSON.stringify(counts));
console.log(`stories: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
