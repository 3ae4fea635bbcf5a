// What scripts/check-storybook.mjs checks of a story's look, at every width a reader uses:
//
// - layout: nothing scrolls or spills sideways (a table wider than its box, a page wider than a
//   phone), no reference, date or amount breaks across lines, and every control a finger or a
//   pointer aims at is at least the theme's target size (44 px, 48 px in the large-text theme);
// - appearance: a screenshot of the story compared with its committed baseline in test/visual/,
//   with pixelmatch. An intentional change updates the baseline in the same commit
//   (`npm run visual:update`); a failed comparison keeps the expected, actual and diff images in
//   .test-results/visual/ for review.
//
// What is stored: the first 2,400 px of the story, at half resolution, in 16 grey levels (a 4-bit
// grey PNG). A wrap, a shift, a clipped column or a changed word still changes many stored pixels
// (a one-pixel move changes a half-resolution pixel by up to half its contrast); the rows below
// 2,400 px of a long list repeat the ones above, and the layout check still reads them all. So the
// 1,180 baselines take about 8 MB instead of the 70 MB of full screenshots. Colour is checked
// elsewhere: axe's contrast rules run on every story in the light and the dark theme.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const BASELINE_DIR = 'test/visual';
const DIFF_DIR = '.test-results/visual';

/**
 * The views of every story: the default theme at a phone's, a tablet's and a desktop's width; the
 * dark theme at the desktop's (its layout is the light theme's, its colours are what changes); the
 * large-text theme at the phone's, where its bigger type and targets have the least room.
 */
export const VARIANTS = [
  { name: '1280', width: 1280 },
  { name: 'dark-1280', width: 1280, theme: 'dark' },
  { name: '768', width: 768 },
  { name: '320', width: 320 },
  { name: 'large-text-320', width: 320, theme: 'large-text' },
];

/** The themes' stylesheets, as the build wrote them. */
export async function themeStylesheets() {
  const read = (name) => readFile(`dist/themes/${name}.css`, 'utf8');
  return { dark: await read('dark'), 'large-text': await read('large-text') };
}

/**
 * Shows the story on `page` as `variant` sees it: the viewport's width, and the theme on the story's
 * root (on the theme's own surface), then waits until the layout has settled.
 */
export async function showVariant(page, variant, stylesheets) {
  const size = page.viewportSize();
  if (size?.width !== variant.width) await page.setViewportSize({ width: variant.width, height: size?.height ?? 800 });
  await page.evaluate(
    ({ theme, css }) => {
      const root = document.querySelector('#storybook-root');
      document.querySelector('style[data-visual-theme]')?.remove();
      if (!root) return;
      if (theme) {
        const style = document.createElement('style');
        style.dataset.visualTheme = theme;
        style.textContent = `${css}\n#storybook-root[data-alis-theme] { background: var(--alis-color-surface); color: var(--alis-color-text); }`;
        document.head.append(style);
        root.dataset.alisTheme = theme;
      } else {
        delete root.dataset.alisTheme;
      }
    },
    { theme: variant.theme ?? null, css: variant.theme ? stylesheets[variant.theme] : '' },
  );
  await settleLayout(page);
}

/**
 * Waits until every ALIS element in the story has its data (`loadComplete`, which each element that
 * loads offers) and has drawn it, so a screenshot never catches a loading state. A load that fails
 * is a state too (the story of an error): it counts as settled.
 */
export async function waitForWidgets(page) {
  await page.evaluate(async () => {
    const widgets = [];
    const walk = (node) => {
      for (const child of node.children ?? []) {
        if (child.localName.startsWith('alis-')) widgets.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    // A story of the loading state never loads: after 6 s its skeleton is what there is to see.
    const timeout = new Promise((resolve) => setTimeout(resolve, 6_000));
    // An element may start another load once the first is drawn (a panel opening): twice over.
    for (let round = 0; round < 2; round++) {
      widgets.length = 0;
      walk(document.querySelector('#storybook-root') ?? document.body);
      const loads = widgets.map((widget) => Promise.resolve(widget.loadComplete).catch(() => undefined).then(() => widget.updateComplete));
      await Promise.race([Promise.all(loads), timeout]);
    }
  });
  await settleLayout(page);
}

/** Two frames, then until the story's size stops changing (a resize observer may lay out again). */
async function settleLayout(page) {
  const box = () =>
    page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const rect = document.querySelector('#storybook-root')?.getBoundingClientRect();
              resolve(rect ? `${rect.width}x${rect.height}` : '');
            }),
          ),
        ),
    );
  let previous = await box();
  for (let i = 0; i < 10; i++) {
    const now = await box();
    if (now === previous) return;
    previous = now;
  }
}

/**
 * What is wrong with the story's layout as shown now, one sentence each: sideways scrolling or
 * spilling, tokens broken across lines, small targets. Runs in the page.
 */
function findLayoutProblems({ minimumTarget }) {
  const root = document.querySelector('#storybook-root');
  if (!root) return [];
  const problems = [];
  const describe = (element) => {
    const host = element.getRootNode()?.host;
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const id = element.id ? `#${element.id}` : '';
    const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
    const cls = !id && !part && element.classList.length ? `.${[...element.classList].slice(0, 2).join('.')}` : '';
    return `${host ? `${host.localName} › ` : ''}${element.localName}${id}${part}${cls}${name ? ` «${name}»` : ''}`;
  };
  // Every element inside the story's ALIS elements, shadow roots included; the story's own host
  // page around them (a form's plain button, a heading) is the host's, not ours.
  const elements = [];
  const texts = [];
  const walk = (node, inWidget) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && inWidget) texts.push(child);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName)) continue;
        const widget = inWidget || child.localName.startsWith('alis-');
        if (widget) elements.push(child);
        if (child.shadowRoot) walk(child.shadowRoot, widget);
        walk(child, inWidget);
      }
    }
  };
  walk(root, false);
  const visible = (element) => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  // Each element's answers are kept: its ancestors are everyone's ancestors, and a story has thousands.
  const parentOf = (node) => node.parentElement ?? node.getRootNode()?.host ?? null;
  const remembered = (compute) => {
    const answers = new Map();
    const ask = (node) => {
      if (!node || node === root) return false;
      if (!answers.has(node)) answers.set(node, compute(node, ask));
      return answers.get(node);
    };
    return ask;
  };
  // A visually hidden element (the screen-reader-only text of a label) is 1 px and clipped: not seen.
  const visuallyHidden = remembered((node, ask) => {
    const style = getComputedStyle(node);
    if ((style.clip !== 'auto' && style.clip !== '') || style.clipPath === 'inset(50%)' || style.display === 'none' || style.visibility === 'hidden') return true;
    if (style.overflow === 'hidden') {
      const rect = node.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) return true;
    }
    return ask(parentOf(node));
  });
  // Whether a box around the element scrolls or clips sideways (then that box is what is judged).
  const clipsOrIsClipped = remembered((node, ask) => getComputedStyle(node).overflowX !== 'visible' || ask(parentOf(node)));
  const clippedByAncestor = (element) => clipsOrIsClipped(parentOf(element));

  // 1. Nothing wider than the page, and nothing that scrolls sideways inside it.
  const page = document.scrollingElement;
  if (page.scrollWidth > page.clientWidth + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth} px of content in ${page.clientWidth} px`);
  const rootRect = root.getBoundingClientRect();
  for (const element of elements) {
    if (!visible(element) || visuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${describe(element)} scrolls sideways: ${element.scrollWidth} px of content in ${element.clientWidth} px`);
    } else if (style.overflowX === 'hidden' && element.scrollWidth > element.clientWidth + 1 && !['ellipsis'].includes(style.textOverflow)) {
      problems.push(`${describe(element)} cuts off ${element.scrollWidth - element.clientWidth} px of its content`);
    }
    // Inside a box that scrolls or clips, the box itself was judged above.
    const rect = element.getBoundingClientRect();
    if (rect.right > rootRect.right + 1 && rect.width > 0 && !clippedByAncestor(element)) problems.push(`${describe(element)} spills ${Math.round(rect.right - rootRect.right)} px past the story's right edge`);
  }

  // 2. A reference, a date or an amount reads as one thing: it never breaks across lines.
  const months = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|ene|abr|ago|dic|sept|oct|nov|mar|may|jun|jul|feb)';
  const tokens = new RegExp(
    [
      '\\b[A-Z]{2,}-[0-9A-Z]+(?:-[0-9A-Z]+)*\\b', // PAY-20261125-0001, INV-2026-11-0042
      `\\b${months}\\.? \\d{1,2}, \\d{4}\\b`, // Nov 25, 2026
      `\\b\\d{1,2} (?:de )?${months}\\.?(?: (?:de )?\\d{4})?\\b`, // 25 nov 2026, 7 de diciembre de 2026
      '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
      '-?\\$\\s?[\\d,]+(?:\\.\\d{2})?', // $1,234.56
      '•+\\s?\\d{4}', // •••• 4242
    ].join('|'),
    'g',
  );
  const broken = new Set();
  for (const text of texts) {
    const value = text.textContent ?? '';
    if (!value.trim() || !text.parentElement || !visible(text.parentElement) || visuallyHidden(text.parentElement)) continue;
    for (const match of value.matchAll(tokens)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.add(`«${match[0]}» breaks across ${tops.size} lines in ${describe(text.parentElement)}`);
    }
  }
  problems.push(...broken);

  // 3. Targets: every control is at least the target size high (and wide, unless its words make it
  //    wider); a checkbox or radio counts with its label, a link inside a sentence is exempt (WCAG 2.5.8).
  const controls = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=link], [role=checkbox], [role=radio], [role=switch], [role=menuitem], [role=option]';
  for (const element of elements) {
    if (!element.matches(controls) || !visible(element) || visuallyHidden(element) || element.closest('[inert]')) continue;
    let rect = element.getBoundingClientRect();
    if (element.matches('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio]')) {
      const label = element.closest('label') ?? (element.id ? element.getRootNode().querySelector(`label[for="${CSS.escape(element.id)}"]`) : null);
      if (label) rect = label.getBoundingClientRect();
    }
    if (element.localName === 'a' && getComputedStyle(element).display === 'inline') {
      const block = element.parentElement;
      const own = (element.textContent ?? '').trim();
      const around = (block?.textContent ?? '').replace(own, '').trim();
      if (around.length > 0) continue;
    }
    const short = Math.round(rect.height) < minimumTarget;
    const narrow = Math.round(rect.width) < minimumTarget;
    if (short || narrow) problems.push(`${describe(element)} is a ${Math.round(rect.width)}×${Math.round(rect.height)} px target, under ${minimumTarget} px`);
  }
  return [...new Set(problems)];
}

/** The layout problems of the story as shown now (see findLayoutProblems), at most `limit`. */
export async function layoutProblems(page, { minimumTarget, limit = 6 }) {
  const problems = await page.evaluate(findLayoutProblems, { minimumTarget });
  return problems.length > limit ? [...problems.slice(0, limit), `… and ${problems.length - limit} more`] : problems;
}

/** How much of a story's height is kept (see the top of this file). */
export const CAPTURED_HEIGHT = 2400;
const GREY_LEVELS = 16;

const cdpSessions = new WeakMap();

/**
 * A PNG of the story's root as the reader sees it, its first {@link CAPTURED_HEIGHT} px. Taken
 * through the DevTools protocol: a quarter faster than Playwright's element screenshot, which
 * scrolls and waits for a stability the story already has.
 */
export async function screenshotStory(page) {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  const box = await page.evaluate(() => {
    const rect = document.querySelector('#storybook-root')?.getBoundingClientRect();
    return rect ? { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height } : null;
  });
  if (!box || box.width < 1 || box.height < 1) throw new Error('the story shows nothing to take a picture of');
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.min(Math.ceil(box.height), CAPTURED_HEIGHT), scale: 1 };
  await page.evaluate(stillFrame);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip, captureBeyondViewport: true, optimizeForSpeed: true });
  return Buffer.from(data, 'base64');
}

/**
 * Makes the story hold still for its picture, as Playwright's own screenshots do: animations and
 * transitions end (infinite ones are cancelled) and no text caret blinks, in every shadow root too.
 * Runs in the page.
 */
function stillFrame() {
  for (const animation of document.getAnimations()) {
    const timing = animation.effect?.getComputedTiming();
    if (timing && Number.isFinite(timing.endTime)) animation.finish();
    else animation.cancel();
  }
  const still = (window.__stillSheet ??= (() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { caret-color: transparent !important; }');
    return sheet;
  })());
  const adopt = (root) => {
    if (!root.adoptedStyleSheets.includes(still)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) adopt(element.shadowRoot);
  };
  adopt(document);
}

/**
 * The screenshot as it is stored: half its resolution (each stored pixel the mean of 2×2), grey,
 * 16 levels, composited on white. Returns an RGBA image (for pixelmatch) whose grey is the level × 17.
 */
function toStored(png) {
  const width = Math.ceil(png.width / 2);
  const height = Math.ceil(png.height / 2);
  const stored = new PNG({ width, height });
  const { data } = png;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let count = 0;
      for (let dy = 0; dy < 2; dy++) {
        for (let dx = 0; dx < 2; dx++) {
          const sx = 2 * x + dx;
          const sy = 2 * y + dy;
          if (sx >= png.width || sy >= png.height) continue;
          const i = (sy * png.width + sx) * 4;
          const alpha = data[i + 3] / 255;
          sum += (0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]) * alpha + 255 * (1 - alpha);
          count++;
        }
      }
      const level = Math.round(sum / count / (255 / (GREY_LEVELS - 1)));
      const o = (y * width + x) * 4;
      stored.data[o] = stored.data[o + 1] = stored.data[o + 2] = level * 17;
      stored.data[o + 3] = 255;
    }
  }
  return stored;
}

/** `image` (grey RGBA, levels × 17) as a 4-bit grey PNG; pngjs writes only 8 and 16 bits. */
function encodeGrey4(image) {
  const { width, height, data } = image;
  const stride = Math.ceil(width / 2);
  const raw = Buffer.alloc((stride + 1) * height);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(stride);
    for (let x = 0; x < width; x++) row[x >> 1] |= (data[(y * width + x) * 4] / 17) << (x & 1 ? 0 : 4);
    // Filter "up" where it makes the row smaller (a list's rows repeat), else none.
    const up = Buffer.alloc(stride);
    let upCost = 0;
    let noneCost = 0;
    for (let i = 0; i < stride; i++) {
      up[i] = (row[i] - previous[i]) & 255;
      upCost += up[i] < 128 ? up[i] : 256 - up[i];
      noneCost += row[i] < 128 ? row[i] : 256 - row[i];
    }
    const at = y * (stride + 1);
    raw[at] = upCost < noneCost ? 2 : 0;
    (upCost < noneCost ? up : row).copy(raw, at + 1);
    previous = row;
  }
  const chunk = (type, body) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bit depth; colour type 0 (grey), no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const baselinePath = (storyId, variant) => join(BASELINE_DIR, storyId, `${variant}.png`);

/**
 * Compares the screenshot `shot` (a PNG buffer) of `storyId` as `variant` with its baseline; with
 * `update`, writes it as the new baseline where it differs or is missing. Resolves to a sentence
 * saying what differs, or null.
 */
export async function compareWithBaseline(shot, storyId, variant, { update }) {
  const actual = toStored(PNG.sync.read(shot));
  const path = baselinePath(storyId, variant);
  const write = async () => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, encodeGrey4(actual));
  };
  if (!existsSync(path)) {
    if (update) {
      await write();
      return null;
    }
    return `no baseline ${path} (npm run visual:update writes it)`;
  }
  const expected = PNG.sync.read(await readFile(path));
  let problem = null;
  if (expected.width !== actual.width || expected.height !== actual.height) {
    problem = `looks different at ${variant}: about ${actual.width * 2}×${actual.height * 2} px where the baseline is ${expected.width * 2}×${expected.height * 2}`;
  } else {
    const diff = new PNG({ width: actual.width, height: actual.height });
    // threshold 0.1: one grey level (6.7 %) of anti-aliasing noise passes, a moved glyph does not.
    const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1, includeAA: false });
    if (different === 0) return null;
    problem = `looks different at ${variant}: ${different} px differ from the baseline`;
    if (!update) await saveForReview(storyId, variant, { expected, actual, diff });
  }
  if (update) {
    await write();
    return null;
  }
  if (expected.width !== actual.width || expected.height !== actual.height) await saveForReview(storyId, variant, { expected, actual });
  return `${problem} (see ${join(DIFF_DIR, storyId)})`;
}

async function saveForReview(storyId, variant, images) {
  const folder = join(DIFF_DIR, storyId);
  await mkdir(folder, { recursive: true });
  for (const [kind, png] of Object.entries(images)) await writeFile(join(folder, `${variant}.${kind}.png`), PNG.sync.write(png));
}

/** With `update`: removes the baselines of stories and variants that no longer exist. */
export async function pruneBaselines(storyIds) {
  if (!existsSync(BASELINE_DIR)) return [];
  const keep = new Set(storyIds);
  const variants = new Set(VARIANTS.map((variant) => `${variant.name}.png`));
  const removed = [];
  for (const folder of await readdir(BASELINE_DIR)) {
    if (!keep.has(folder)) {
      await rm(join(BASELINE_DIR, folder), { recursive: true });
      removed.push(folder);
      continue;
    }
    for (const file of await readdir(join(BASELINE_DIR, folder))) {
      if (!variants.has(file)) {
        await rm(join(BASELINE_DIR, folder, file));
        removed.push(`${folder}/${file}`);
      }
    }
  }
  return removed;
}

/** Baselines whose story was not checked (a renamed or removed story): listed so they are not forgotten. */
export async function orphanBaselines(storyIds) {
  if (!existsSync(BASELINE_DIR)) return [];
  const keep = new Set(storyIds);
  return (await readdir(BASELINE_DIR)).filter((folder) => !keep.has(folder));
}
