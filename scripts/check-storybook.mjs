#!/usr/bin/env node
// Loads every story of the built Storybook (storybook-static/) in Chromium and fails on any page
// error, console error, a story that renders nothing, an axe violation (light and dark), English
// left in Spanish, a broken layout at any width (nothing sideways, no token split across lines,
// targets at least 44 px, 48 in large text) or a screenshot that differs from its baseline in
// test/visual/ (scripts/visual.mjs). Part of `npm test`.
//
//   VISUAL_UPDATE=1     writes the screenshots that differ as the new baselines (npm run visual:update)
//   VISUAL_SCREENSHOTS=0  checks the layout at every width but takes no screenshots (while fixing one)
//   STORYBOOK_ONLY=…    only the stories whose id contains it
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from './chrome.mjs';
import { serveStatic } from './static-server.mjs';
import { untranslatedWords } from './english-words.mjs';
import { seedPhrases } from './seed-phrases.mjs';
import { VARIANTS, compareWithBaseline, layoutProblems, orphanBaselines, pruneBaselines, screenshotStory, showVariant, themeStylesheets, waitForWidgets } from './visual.mjs';

// STORYBOOK_DIR: another built Storybook (two people checking at once each build their own).
const root = process.env.STORYBOOK_DIR ?? 'storybook-static';
// axe-core, run on every story once it has rendered (the a11y addon shows the same in Storybook's panel).
const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
// Each story's contrast is checked in the dark theme too, from the stylesheet the build wrote.
const darkTheme = await readFile('dist/themes/dark.css', 'utf8').catch(() => null);
const stylesheets = await themeStylesheets();
const updateBaselines = process.env.VISUAL_UPDATE === '1';
const takeScreenshots = process.env.VISUAL_SCREENSHOTS !== '0';
const index = JSON.parse(await readFile(`${root}/index.json`, 'utf8'));
// STORYBOOK_ONLY=<text> checks only the stories whose id contains it (while fixing one).
const only = process.env.STORYBOOK_ONLY ?? '';
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(only));
// The written docs pages (Docs/…): each must render its heading and text without an error. The
// generated per-element pages are left out: each runs every story of its element in a frame.
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.title.startsWith('Docs/') && entry.id.includes(only));

const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const counts = { passed: 0, failed: 0 };
/** How many axe rules applied, over all stories: proof that axe looked at something. */
let axeRules = 0;
// Every story is read again in Spanish, switched live (`lang="es"` on the document), and fails on
// any English word our messages use that Spanish does not. The seed's own text (names, labels, memos,
// office hours: data the community wrote) is taken out first, and brand names are allowed by name.
const englishWords = untranslatedWords();
/** `text` with every run of white space (no-break and narrow spaces included) as one space. */
const sameSpaces = (text) => text.replace(/[\s\u00a0\u202f]+/gu, ' ');
const dataPhrases = (await seedPhrases()).map(sameSpaces);
const ALLOWED_IN_SPANISH = new Set((await readFile('scripts/spanish-allowed-words.txt', 'utf8')).split(/\s+/).filter((word) => word && !word.startsWith('#')));
/** Stories tried a second time after their page's first load failed (see checkStories). */
const retried = new Set();

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

// Every word a reader sees or hears inside the story's elements: their shadow roots' text, and the
// attributes a screen reader speaks.
const spokenWords = () => {
  const spoken = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
  const words = [];
  const collect = (node, inWidget) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && inWidget) words.push(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName)) continue;
        // The service's own English, marked as such (shared/service-text.ts): not ours to translate.
        if (inWidget && /^en\b/i.test(child.getAttribute('lang') ?? '') && document.documentElement.lang !== 'en') continue;
        const widget = inWidget || child.tagName.startsWith('ALIS-');
        if (widget) for (const name of spoken) if (child.hasAttribute(name)) words.push(child.getAttribute(name));
        if (child.shadowRoot) collect(child.shadowRoot, widget);
        collect(child, inWidget);
      }
    }
  };
  const rootElement = document.querySelector('#storybook-root');
  if (rootElement) collect(rootElement, false);
  return words.join(' ');
};

/** Switches the story to Spanish in place, and lists the English words it still shows. */
async function englishInSpanish(page) {
  await page.evaluate(`window.spokenWords = ${spokenWords.toString()}`);
  const inEnglish = await page.evaluate(spokenWords);
  await page.evaluate(() => (document.documentElement.lang = 'es'));
  // The Spanish words load on first need: wait for the story to change, then to settle.
  await page.waitForFunction((before) => window.spokenWords?.() !== before, inEnglish, { timeout: 3000 }).catch(() => {});
  let previous = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const text = await page.evaluate(spokenWords);
    if (text === previous) break;
    previous = text;
  }
  // Spanish is longer: at the desktop's width it must still fit, and still keep its tokens whole.
  const layout = (await layoutProblems(page, { minimumTarget: 44, limit: 3 })).map((problem) => `layout in Spanish at 1280 px: ${problem}`);
  // Spaces compared as one plain space: markup that keeps a token on one line (a no-break or narrow
  // space, a line break in a template between two spans) must not hide a phrase the community wrote.
  let ours = sameSpaces(previous);
  for (const phrase of dataPhrases) if (ours.includes(phrase)) ours = ours.split(phrase).join(' ');
  const words = (ours.toLowerCase().match(/\p{L}[\p{L}’']*\p{L}|\p{L}/gu) ?? []).map((word) => word.replace(/[’']s$/, ''));
  const english = [...new Set(words.filter((word) => englishWords.has(word) && !ALLOWED_IN_SPANISH.has(word)))];
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  if (english.length === 0) return layout;
  // Where the first English word stands, so the sentence can be found in the source.
  const at = ours.toLowerCase().search(new RegExp(`(?<!\\p{L})${english[0]}(?!\\p{L})`, 'u'));
  const context = at >= 0 ? ours.slice(Math.max(0, at - 60), at + 80).replace(/\s+/g, ' ').trim() : '';
  return [...layout, `English in Spanish: ${english.slice(0, 12).join(', ')}${english.length > 12 ? ` (+${english.length - 12})` : ''}  «…${context}…»`];
}

/** Seconds spent in each phase over all stories (summed across the pool's pages), printed with STORYBOOK_PROFILE=1. */
const phaseSeconds = {};
async function timed(phase, work) {
  const started = performance.now();
  try {
    return await work();
  } finally {
    phaseSeconds[phase] = (phaseSeconds[phase] ?? 0) + (performance.now() - started) / 1000;
  }
}

/** How many screenshots matched their baseline (or became it, updating). */
const screenshots = { compared: 0 };

/**
 * The story in every variant (scripts/visual.mjs): its layout checked at each width, its screenshot
 * compared with the baseline; at 1024 px the layout only (the narrowest desktop a billing clerk
 * uses). Ends back at 1280 px in the default theme.
 */
async function looks(page, story) {
  const problems = [];
  await timed('wait for widgets', () => waitForWidgets(page));
  const views = [...VARIANTS.slice(0, 2), { name: '1024', width: 1024, screenshotless: true }, ...VARIANTS.slice(2)];
  for (const variant of views) {
    await timed(`show ${variant.name}`, () => showVariant(page, variant, stylesheets));
    if (variant.theme !== 'dark') {
      const minimumTarget = variant.theme === 'large-text' ? 48 : 44;
      problems.push(...(await timed('layout', () => layoutProblems(page, { minimumTarget, limit: 3 }))).map((problem) => `layout at ${variant.name}: ${problem}`));
    }
    if (variant.screenshotless || !takeScreenshots) continue;
    const shot = await timed('screenshot', () => screenshotStory(page));
    const difference = await timed('compare', () => compareWithBaseline(shot, story.id, variant.name, { update: updateBaselines }));
    if (difference) problems.push(difference);
    else screenshots.compared++;
  }
  await showVariant(page, { name: '1280', width: 1280 }, stylesheets);
  return problems;
}

// Stories run in a pool of browser contexts of one browser, one page each, every page taking the
// next story from a shared queue. A context has its own service worker registration and its own
// storage, so each page has its own mock backend and its own remembered idempotency keys, and
// stories that change data (switching the portal off, say) never race each other; each page still
// waits for its worker to take control on its first load, as the preview's loader does.
// STORYBOOK_WORKERS sets the pool's size. Four: the page mostly waits (for the mock's answers and
// for the text to settle), so on a busy 2-core machine (load 15–23) the 234 stories took 111 s with
// one page, 60–67 s with two, 37–39 s with four, 42 s with six and 38 s with eight.
const workers = Math.max(1, Number(process.env.STORYBOOK_WORKERS ?? 4));

// Within a context one page shows story after story through Storybook's own channel, as its
// sidebar does, instead of loading the preview afresh for each (which took most of the time).
// Every story still starts from the seed: the preview's loader resets the mock backend.
async function showStory(page, storyId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const outcomes = { storyRendered: null, storyErrored: 'Storybook shows an error', storyThrewException: 'the story threw', storyMissing: 'story missing', playFunctionThrewException: 'the play function threw' };
        const listeners = Object.entries(outcomes).map(([event, problem]) => {
          const listener = (detail) => {
            for (const [name, fn] of listeners) channel.off(name, fn);
            resolve(problem === null ? null : `${problem}: ${JSON.stringify(detail)?.slice(0, 300)}`);
          };
          channel.on(event, listener);
          return [event, listener];
        });
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
}

/** axe's violations in the story's root, one line each: rule, impact and the first element. */
async function axeViolations(page, { dark: checkDark }) {
  if (!(await page.evaluate(() => 'axeWhenFree' in window))) {
    await page.addScriptTag({ content: axeSource });
    // Storybook's a11y addon runs axe after each render too; one axe runs at a time.
    await page.evaluate(() => {
      window.axeWhenFree = async (run) => {
        for (let attempt = 0; ; attempt++) {
          try {
            return await run();
          } catch (error) {
            if (attempt === 50 || !String(error).includes('Axe is already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      };
    });
  }
  const { checked, violations } = await page.evaluate(async () => {
    const result = await window.axeWhenFree(() => window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] }));
    return {
      checked: result.passes.length + result.violations.length,
      violations: result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length} element(s), e.g. ${violation.nodes[0]?.target.join(' ')}`),
    };
  });
  axeRules += checked;
  // A story tagged `own-colours` sets its own palette (a brand, a printout): the dark theme is not its.
  if (!darkTheme || !checkDark) return violations.map((violation) => `axe: ${violation}`);
  // The story as a dark page shows it: the theme on an ancestor, on the theme's own surface.
  const dark = await page.evaluate(async (css) => {
    const root = document.querySelector('#storybook-root');
    const style = document.createElement('style');
    style.textContent = `${css}\n#storybook-root[data-alis-theme~="dark"] { background: var(--alis-color-surface); color: var(--alis-color-text); }`;
    document.head.append(style);
    root.dataset.alisTheme = 'dark';
    try {
      const result = await window.axeWhenFree(() => window.axe.run(root, { runOnly: ['color-contrast'], resultTypes: ['violations'] }));
      return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.any[0]?.message ?? ''}`.slice(0, 240)));
    } finally {
      delete root.dataset.alisTheme;
      style.remove();
    }
  }, darkTheme);
  return [...violations.map((violation) => `axe: ${violation}`), ...dark.slice(0, 3).map((violation) => `axe, dark theme: ${violation}`)];
}

async function checkStories(context, queue) {
  const page = await context.newPage();
  let problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  let loaded = false;
  for (let story = queue.shift(); story; story = queue.shift()) {
    problems = [];
    const firstLoad = !loaded;
    try {
      if (!loaded) {
        await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: 60_000 });
        loaded = true;
        // As showStory waits for storyRendered: a play function (seven seconds of lost answers, say)
        // has finished before the story is read, or its screenshot shows a step it passes through.
        await page
          .waitForFunction(() => ['played', 'completed', 'finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), undefined, { timeout: 30_000 })
          .catch(() => problems.push('did not finish rendering in 30 s'));
      } else {
        // Every story as a fresh tab shows it: the loading shapes elements remember for the tab
        // (shared/shape-memory.ts) would otherwise outline the story shown before, and a
        // screenshot of a loading state would depend on which story ran first.
        // Cleared once the story shown before has measured itself for the last time (a resize
        // observer reports in the next frame).
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(sessionStorage.clear())))));
        const problem = await timed('render', () => Promise.race([showStory(page, story.id), page.waitForTimeout(15000).then(() => 'did not finish rendering in 15 s')]));
        if (problem) problems.push(problem);
      }
      // A story is rendered when its widget shows words, and they have stopped changing.
      const previous = await timed('text settles', async () => {
        await page.waitForFunction(renderedText, undefined, { timeout: 20000 }).catch(() => problems.push('rendered nothing in 20 s'));
        let last = '';
        for (let i = 0; i < 20; i++) {
          const text = await page.evaluate(renderedText);
          if (text && text === last) break;
          last = text;
          await page.waitForTimeout(150);
        }
        return last;
      });
      const errorDisplay = await page.evaluate(() => document.querySelector('.sb-show-errordisplay') !== null);
      if (errorDisplay) problems.push('Storybook shows an error');
      problems.push(...(await timed('axe', () => axeViolations(page, { dark: !story.tags?.includes('own-colours') }))));
      problems.push(...(await looks(page, story)));
      problems.push(...(await timed('spanish', () => englishInSpanish(page))));
      if (problems.length === 0) {
        counts.passed++;
        console.log(`ok    ${story.id}  —  ${previous.slice(0, Number(process.env.STORYBOOK_TEXT ?? 80))}`);
      } else {
        counts.failed++;
        console.log(`FAIL  ${story.id}\n      ${problems.join('\n      ')}`);
        // Start the next story on a fresh page, so one broken story cannot spoil the rest.
        loaded = false;
      }
    } catch (error) {
      loaded = false;
      // A page's first load can be reloaded by MSW (its worker taking control of the page) or be
      // slow on a busy machine: that story is tried once more on a fresh load, and says so.
      if (firstLoad && !retried.has(story.id) && /Execution context was destroyed|Timeout/.test(error.message)) {
        retried.add(story.id);
        console.log(`again ${story.id}: ${error.message.split('\n')[0]} on the page's first load`);
        queue.unshift(story);
        continue;
      }
      counts.failed++;
      console.log(`FAIL  ${story.id}\n      ${error.message}`);
    }
  }
  await page.close();
}

/** Loads each written docs page in a fresh page of `context`. */
async function checkDocsPages(context) {
  for (const entry of docsPages) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
    try {
      await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load', timeout: 60_000 });
      const heading = await page.waitForFunction(() => document.querySelector('#storybook-docs h1')?.textContent, undefined, { timeout: 15_000 }).then((handle) => handle.jsonValue());
      const words = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent?.split(/\s+/).length ?? 0);
      if (words < 50) problems.push(`only ${words} words`);
      if (problems.length === 0) {
        counts.passed++;
        console.log(`ok    ${entry.id}  —  ${heading} (${words} words)`);
      } else throw new Error(problems.join('\n      '));
    } catch (error) {
      counts.failed++;
      console.log(`FAIL  ${entry.id}\n      ${error.message}`);
    }
    await page.close();
  }
}

try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await checkStories(context, queue);
      } finally {
        await context.close();
      }
    }),
  );
  const docsContext = await browser.newContext();
  try {
    await checkDocsPages(docsContext);
  } finally {
    await docsContext.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`axe: ${axeRules} rule checks over the stories, violations fail their story`);
console.log(`screenshots: ${screenshots.compared} matched their baselines in ${VARIANTS.length} views per story${updateBaselines ? ' (baselines updated where they differed)' : ''}`);
if (!only && takeScreenshots) {
  const storyIds = stories.map((story) => story.id);
  if (updateBaselines) for (const removed of await pruneBaselines(storyIds)) console.log(`removed the baseline ${removed}`);
  else {
    const orphans = await orphanBaselines(storyIds);
    if (orphans.length) {
      counts.failed++;
      console.log(`FAIL  baselines of stories that no longer exist: ${orphans.join(', ')} (npm run visual:update removes them)`);
    }
  }
}
if (stories.length > 0 && axeRules === 0) {
  counts.failed++;
  console.log('FAIL  axe checked nothing');
}
await mkdir('.test-results', { recursive: true });
await writeFile('.test-results/storybook.json', JSON.stringify(counts));
if (process.env.STORYBOOK_PROFILE) console.log(`seconds per phase, summed over the pages: ${Object.entries(phaseSeconds).map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)}`).join(", ")}`);
console.log(`stories: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
