#!/usr/bin/env node
// Opens the demo website (`npm start`) in Chromium and completes every payer flow and every
// billing-team action with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, typing),
// starting each from the persona menu above the widgets, as a keyboard or screen-reader user would.
// At every step it reads the widget's accessibility tree (Playwright's ariaSnapshot, which pierces
// open shadow roots) and checks what a screen reader would say: the step's heading and its level,
// what the live region announces, that the controls that matter have names (and that no button or
// field anywhere in the widget lacks one), and where focus went. Expectations are regexes on the
// words that matter, not whole snapshots, so wording polish elsewhere does not break them.
// Part of `npm test` ("screen reader"); writes .test-results/flows.json.
//
// The widget bugs this check found (issue 17: focus lost after "Make default" and after applying all
// of a credit, a change announced twice, an empty card form that skipped the card fields, a pull
// review with the policy from before Settings changed it) are fixed and checked below as ordinary
// expectations, so each fails if it comes back.
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from './chrome.mjs';
import { startDemoServer } from './start-demo.mjs';
import { checklist, watchProblems } from './checklist.mjs';

const server = await startDemoServer({ port: 0, quiet: true });
// The flows take a minute: a source file saved meanwhile would reload the page mid-flow (Vite's
// full reload), so this server serves the files as they were when it started.
await server.watcher.close();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const { check, finish } = checklist('flows');
/** Each page's uncaught errors and console errors (see watchProblems). */
const problems = [];

/** Roles a user operates: each needs a name a screen reader can say. */
const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'combobox', 'listbox', 'spinbutton', 'slider', 'tab', 'menuitem', 'option']);
const CARD = /(?:Visa|Mastercard|Discover|American Express) ••••/;
const BANK = /(?:Checking|Savings) ••••/;
const REFERENCE = /PAY-\d{8}-\d{4}/;

// ─── Reading the accessibility tree ───────────────────────────────────────────────────────────

/** Unquotes a YAML scalar of an aria snapshot ("…" with escapes, '…' with '' for '). */
function unquote(text) {
  if (text.startsWith('"') && text.endsWith('"')) return JSON.parse(text);
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  return text;
}

/**
 * The nodes of an aria snapshot, in order: role, name, attributes ([level=3], [checked]…), the
 * node's own text, and `text`, everything it and its descendants say.
 */
function parseSnapshot(yaml) {
  const nodes = [];
  for (const line of yaml.split('\n')) {
    const item = /^(\s*)- (.*)$/.exec(line);
    if (!item) continue;
    let body = item[2];
    // A key with a colon in it is quoted whole: - 'table "Payers: 21 shown"':
    const quoted = /^'((?:[^']|'')*)'(:.*)?$/.exec(body);
    if (quoted) body = quoted[1].replaceAll("''", "'") + (quoted[2] ?? '');
    const node = /^([a-zA-Z]+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*)(?::(?: (.*))?)?$/.exec(body);
    if (!node) continue; // /placeholder, /url and the like
    const attrs = {};
    for (const [, key, value] of node[3].matchAll(/\[([a-z]+)(?:=([^\]]*))?\]/g)) attrs[key] = value ?? true;
    const own = node[4] ? unquote(node[4]) : '';
    nodes.push({ depth: item[1].length, role: node[1], name: node[2] === undefined ? '' : JSON.parse(`"${node[2]}"`), attrs, own, text: '' });
  }
  // What each node says, with its descendants (a status whose words are in a paragraph inside it).
  for (let i = 0; i < nodes.length; i++) {
    const words = [nodes[i].name, nodes[i].own];
    for (let j = i + 1; j < nodes.length && nodes[j].depth > nodes[i].depth; j++) words.push(nodes[j].name, nodes[j].own);
    nodes[i].text = words.filter(Boolean).join(' ');
  }
  return nodes;
}

const matches = (pattern, text) => (typeof pattern === 'string' ? text === pattern : pattern.test(text));
const describe = (role, name) => `${role} ${name instanceof RegExp ? name : JSON.stringify(name)}`;

/**
 * What is wrong with what a screen reader would read in `nodes`, against `expected`:
 * - `heading: [level, name]` — a heading of that level and name;
 * - `status: pattern` — a live region (status or alert) saying it;
 * - `has: [[role, name], …]` / `lacks: […]` — controls (or any role) present / absent;
 * - `say: [pattern, …]` — words read anywhere in the widget;
 * - `also(nodes)` — returns a problem or null.
 * Always: no control (button, field, checkbox…) without a name.
 */
function problemsIn(nodes, expected) {
  const problems = [];
  const unnamed = nodes.filter((n) => CONTROL_ROLES.has(n.role) && n.role !== 'option' && !n.name.trim());
  for (const n of unnamed) problems.push(`an unnamed ${n.role}${n.own ? ` (showing "${n.own}")` : ''}`);
  if (expected.heading) {
    const [level, name] = expected.heading;
    if (!nodes.some((n) => n.role === 'heading' && Number(n.attrs.level) === level && matches(name, n.name))) {
      const headings = nodes.filter((n) => n.role === 'heading').map((n) => `h${n.attrs.level} "${n.name}"`);
      problems.push(`no level-${level} heading ${name} (headings: ${headings.join(', ') || 'none'})`);
    }
  }
  if (expected.status) {
    const live = nodes.filter((n) => n.role === 'status' || n.role === 'alert').map((n) => n.text);
    if (!live.some((text) => matches(expected.status, text))) {
      problems.push(`no live region announces ${expected.status} (they say: ${live.filter(Boolean).map((t) => `"${t}"`).join(', ') || 'nothing'})`);
    }
  }
  for (const [role, name] of expected.has ?? []) {
    if (!nodes.some((n) => n.role === role && matches(name, n.name))) problems.push(`no ${describe(role, name)}`);
  }
  for (const [role, name] of expected.lacks ?? []) {
    if (nodes.some((n) => n.role === role && matches(name, n.name))) problems.push(`still a ${describe(role, name)}`);
  }
  const all = nodes.map((n) => n.text).join(' ');
  for (const pattern of expected.say ?? []) if (!pattern.test(all)) problems.push(`nothing says ${pattern}`);
  const other = expected.also?.(nodes);
  if (other) problems.push(other);
  return problems;
}

/**
 * Reads `widget`'s accessibility tree until it says what `expected` asks (see problemsIn), for up
 * to `timeout` ms (a live region speaks once the server has answered); throws naming `step`.
 */
async function hear(widget, step, expected = {}, { timeout = 10000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const nodes = parseSnapshot(await widget.ariaSnapshot({ timeout: 15000 }));
    const problems = problemsIn(nodes, expected);
    if (problems.length === 0) return nodes;
    if (Date.now() > until) throw new Error(`${step}: ${problems.join('; ')}`);
    await widget.page().waitForTimeout(150);
  }
}

/** The `definition` that follows the `term` named `term` (a receipt's or review's "Total charged"). */
function definitionOf(nodes, term) {
  const index = nodes.findIndex((n) => n.role === 'term' && n.text.trim() === term);
  const definition = index >= 0 ? nodes.slice(index + 1).find((n) => n.role === 'definition') : undefined;
  return definition?.text.trim() ?? null;
}

/** Cents of the first "$1,234.56" in `text`. */
function cents(text) {
  const found = /\$([\d,]+)\.(\d{2})/.exec(text ?? '');
  if (!found) throw new Error(`no amount in "${text}"`);
  return Number(found[1].replaceAll(',', '')) * 100 + Number(found[2]);
}

/** `text` as a regular expression matching it literally. */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dollars = (amountCents) => `$${(amountCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

// ─── The keyboard ─────────────────────────────────────────────────────────────────────────────

const sessions = new WeakMap();

/** The focused element, through shadow roots, as the accessibility tree has it: role, name and description. */
async function focused(page) {
  if (!sessions.has(page)) sessions.set(page, { cdp: await page.context().newCDPSession(page), calls: 0 });
  const session = sessions.get(page);
  const { cdp } = session;
  // The elements stay in an object group, released now and then: one round trip fewer a press.
  if (++session.calls % 50 === 0) await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'focused' });
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: '(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; })()',
    objectGroup: 'focused',
  });
  if (!result.objectId) return { role: 'none', name: '' };
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  return { role: String(nodes[0]?.role?.value ?? 'none'), name: String(nodes[0]?.name?.value ?? ''), description: String(nodes[0]?.description?.value ?? '') };
}

const isFocus = (f, want) => (!want.role || f.role === want.role) && (want.name === undefined || matches(want.name, f.name));

/** Presses Tab (Shift+Tab with `back`) until focus is on the control `name` (and `role`); fails after `max` presses. */
async function tabTo(page, name, { role, back = false, max = 160 } = {}) {
  const passed = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (isFocus(f, { role, name })) return f;
    passed.push(`${f.role} "${f.name}"`);
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${describe(role ?? 'control', name)}; the last ones passed ${passed.slice(-6).join(', ')}`);
}

/** Waits for focus to land on `want` ({ role, name }) after `step`; throws saying where it is instead. */
async function expectFocus(page, step, want, { timeout = 10000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const f = await focused(page);
    if (isFocus(f, want)) return f;
    if (Date.now() > until) throw new Error(`${step}: focus is on ${f.role} "${f.name}", not on ${describe(want.role ?? 'element', want.name ?? '')}`);
    await page.waitForTimeout(100);
  }
}

/** Presses `key` and waits for focus to land on `want`. */
async function press(page, key, step, want) {
  await page.keyboard.press(key);
  return want ? expectFocus(page, step, want) : undefined;
}

/** Selects all of the focused field's text and types `text` over it. */
async function typeOver(page, text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Every flow starts outside the widgets, on the demo's "Signed in as" menu, and tabs in from there.
 * Widgets at the foot of the page are entered from their end: Shift+Tab from the menu goes past the
 * top of the page and wraps round to its last control, as it does for a keyboard user.
 */
async function startAtPersonaMenu(page) {
  await page.focus('#persona');
}

/** Selects the Payment Center tab `name` with the arrow keys, from the tab list (reached with Tab). */
async function openTab(page, name) {
  await startAtPersonaMenu(page);
  let f = await tabTo(page, /./, { role: 'tab' });
  for (let i = 0; i < 8 && !matches(name, f.name); i++) {
    await page.keyboard.press('ArrowRight');
    f = await focused(page);
  }
  if (!matches(name, f.name)) throw new Error(`the arrow keys never reach the tab ${name}`);
}

// ─── The pages ────────────────────────────────────────────────────────────────────────────────

/** A page in a fresh browser context (its own storage and service worker: the mock's data starts from the seed). */
async function openAs(personaMatch, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const seen = watchProblems(page, { ignore: (text) => text.startsWith('Failed to load resource') });
  await page.goto(url);
  await page.waitForFunction(() => !document.querySelector('#persona')?.disabled, undefined, { timeout: 20000 });
  const options = await page.locator('#persona option').evaluateAll((all) => all.map((o) => ({ value: o.value, text: o.textContent ?? '' })));
  const persona = options.find((o) => personaMatch.test(o.text));
  if (!persona) throw new Error(`no persona ${personaMatch} among ${options.map((o) => o.text).join(', ')}`);
  if ((await page.inputValue('#persona')) !== persona.value) await page.goto(`${url}?persona=${encodeURIComponent(persona.value)}`);
  await ready(page);
  problems.push(seen);
  return { context, page };
}

/** The payer's flows, on one page: Daniel Whitaker, the first persona. */
async function payerFlows() {
  let payer = null;
  await check('payer: the demo opens as Daniel Whitaker, and the widgets read with named controls and headings', async () => {
    payer = await openAs(/^Daniel Whitaker$/, async (page) => {
      await page.locator('alis-invoices').getByRole('button', { name: /^Pay invoice / }).first().waitFor({ timeout: 20000 });
      await page.locator('alis-payment-methods').getByRole('listitem').first().waitFor({ timeout: 20000 });
      await page.locator('alis-payment-history').getByRole('button', { name: /^View receipt / }).first().waitFor({ timeout: 20000 });
    });
    const page = payer.page;
    await hear(page.locator('alis-pay-outstanding'), 'What you owe', { heading: [2, /./], has: [['button', /^Pay outstanding balance$/]], say: [/You owe \$[\d,]+\.\d{2}/] });
    await hear(page.locator('alis-invoices'), 'Invoices', { heading: [2, /Invoices/], has: [['button', /^Pay invoice INV-/], ['button', /^Details of invoice INV-/]] });
    await hear(page.locator('alis-payment-history'), 'Payments', { heading: [2, /./], has: [['button', /^View receipt PAY-/], ['combobox', /./]] });
    await hear(page.locator('alis-payment-methods'), 'Payment methods', { heading: [2, /./], has: [['button', /Add payment method/], ['button', /^Remove /]] });
    await hear(page.locator('alis-notification-settings'), 'Emails', { heading: [2, /./], has: [['checkbox', /receipts/i], ['button', /^Save$/]] });
  });
  if (!payer) return;
  const page = payer.page;
  const outstanding = page.locator('alis-pay-outstanding');
  const invoices = page.locator('alis-invoices');
  const history = page.locator('alis-payment-history');
  const methods = page.locator('alis-payment-methods');
  const notices = page.locator('alis-notification-settings');
  let lastReference = null;

  await check('payer: pays part of one invoice from <alis-invoices> ("Pay invoice") with another saved method', async () => {
    await startAtPersonaMenu(page);
    const opener = await tabTo(page, /^Pay invoice INV-/);
    const number = /INV-\d{4}-\d{4}/.exec(opener.name)[0];
    await press(page, 'Enter', 'Pay invoice', { role: 'heading', name: new RegExp(`Pay invoice ${number}`) });
    const flow = invoices.locator('alis-pay-flow');
    const method = await hear(flow, 'the method step', {
      heading: [3, new RegExp(`Pay invoice ${number}`)],
      has: [['textbox', /Amount to pay/], ['group', /Pay with/], ['radio', /./], ['button', /Add a payment method/], ['button', /^Cancel$/], ['button', /^Review payment$/]],
      say: [/balance is \$[\d,]+\.\d{2}/],
    });
    const balance = cents(method.find((n) => /balance is/.test(n.text) && n.role === 'paragraph')?.text);
    // More than the balance first: the field says why, and focus goes back to it.
    await tabTo(page, /^Amount to pay$/, { role: 'textbox' });
    await typeOver(page, String(balance / 100 + 1000));
    await tabTo(page, /^Review payment$/);
    await page.keyboard.press('Enter');
    const tooMuch = await expectFocus(page, 'Review payment', { role: 'textbox', name: /^Amount to pay$/ });
    if (!/most you can pay/i.test(tooMuch.description)) throw new Error(`the amount field, focused, is described as "${tooMuch.description}", not by its error`);
    await hear(flow, 'the refused amount', { has: [['textbox', /^Amount to pay$/]], also: (nodes) => (nodes.find((n) => n.role === 'textbox')?.attrs.invalid ? null : 'the amount is not marked invalid') });
    // Then part of it, with the method after the default (the arrow keys move the choice).
    await typeOver(page, '1000');
    const firstMethod = await tabTo(page, /./, { role: 'radio' });
    await page.keyboard.press('ArrowDown');
    const chosen = await focused(page);
    if (chosen.role !== 'radio' || chosen.name === firstMethod.name) throw new Error(`ArrowDown did not move to another method (on ${chosen.role} "${chosen.name}")`);
    const lastFour = /•••• \d{4}/.exec(chosen.name)?.[0];
    await tabTo(page, /^Review payment$/);
    await press(page, 'Enter', 'Review payment', { role: 'heading', name: /Review/ });
    const review = await hear(flow, 'the review step', {
      heading: [3, /Review your payment/],
      has: [['button', /^Change$/], ['button', /^Pay \$1,000\.00$/]],
      say: [/authorize/i, new RegExp(lastFour ?? '••••')],
    });
    if (definitionOf(review, 'Amount') !== '$1,000.00') throw new Error(`the review reads Amount ${definitionOf(review, 'Amount')}`);
    await tabTo(page, /^Pay \$/);
    await press(page, 'Enter', 'Pay', { role: 'heading', name: /Payment (received|submitted)/ });
    const receipt = await hear(flow, 'the receipt', {
      heading: [3, /Payment (received|submitted)/],
      status: /Payment (received|submitted).*PAY-\d{8}-\d{4}/,
      has: [['heading', /^Receipt PAY-/], ['button', /Print receipt/], ['button', /^Done$/]],
    });
    lastReference = REFERENCE.exec(receipt.find((n) => n.role === 'heading' && /^Receipt/.test(n.name)).name)[0];
    await tabTo(page, /^Done$/);
    await press(page, 'Enter', 'Done', { role: 'button', name: `Pay invoice ${number}` });
    // What the payer sees: the invoice's balance down by $1,000, and the payment in the history.
    await hear(invoices, 'the invoice after paying', { has: [['row', new RegExp(`^${number} .*${escape(dollars(balance - 100000))}`)]] });
    await hear(history, 'the history after paying', { has: [['button', `View receipt ${lastReference}`]] });
  });

  await check('payer: pays the outstanding balance with the default saved method', async () => {
    await startAtPersonaMenu(page);
    await tabTo(page, /^Pay outstanding balance$/);
    await press(page, 'Enter', 'Pay outstanding balance', { role: 'heading', name: /outstanding balance/i });
    await hear(outstanding, 'the method step', {
      heading: [3, /Pay your outstanding balance/],
      has: [['group', /Pay with/], ['button', /^Review payment$/], ['button', /^Cancel$/]],
      also: (nodes) => (nodes.some((n) => n.role === 'radio' && n.attrs.checked === true && /Default/.test(n.name)) ? null : 'the default method is not the one chosen'),
    });
    await tabTo(page, /^Review payment$/);
    await press(page, 'Enter', 'Review payment', { role: 'heading', name: /Review/ });
    const review = await hear(outstanding, 'the review step', { heading: [3, /Review your payment/], has: [['button', /^Pay \$[\d,]+\.\d{2}$/], ['button', /^Change$/]], say: [/authorize/i] });
    // The button says the total that will be charged, the same the review shows.
    const total = definitionOf(review, 'Total charged');
    await hear(outstanding, 'the Pay button', { has: [['button', `Pay ${total}`]] });
    await tabTo(page, /^Pay \$/);
    await press(page, 'Enter', 'Pay', { role: 'heading', name: /Payment (received|submitted)/ });
    const receipt = await hear(outstanding, 'the receipt', {
      heading: [3, /Payment (received|submitted)/],
      status: /Payment (received|submitted).*PAY-\d{8}-\d{4}/,
      has: [['heading', /^Receipt PAY-/], ['button', /^Done$/]],
    });
    if (definitionOf(receipt, 'Total charged') !== total) throw new Error(`the receipt charged ${definitionOf(receipt, 'Total charged')}, the review said ${total}`);
    lastReference = REFERENCE.exec(receipt.find((n) => n.role === 'heading' && /^Receipt/.test(n.name)).name)[0];
    await tabTo(page, /^Done$/);
    // Nothing is left to pay, so no Pay button to go back to: focus goes to the widget's heading.
    await press(page, 'Enter', 'Done', { role: 'heading', name: /./ });
    await hear(outstanding, 'the balance after paying', { say: [/You owe \$0\.00/], lacks: [['button', /Pay outstanding/]] });
    await hear(invoices, 'the invoices after paying', { lacks: [['button', /^Pay invoice /]] });
    await hear(history, 'the history after paying', { has: [['button', `View receipt ${lastReference}`]] });
  });

  await check("payer: opens a payment's receipt in <alis-payment-history> and closes it", async () => {
    if (!lastReference) throw new Error('no payment was made above');
    await startAtPersonaMenu(page);
    const toggle = `View receipt ${lastReference}`;
    await tabTo(page, toggle);
    // A disclosure: focus stays on its button, which says it is expanded; the receipt follows it.
    await press(page, 'Enter', 'View receipt', { role: 'button', name: toggle });
    await hear(history, 'the open receipt', {
      has: [['article', `Receipt ${lastReference}`], ['heading', `Receipt ${lastReference}`], ['button', `Print receipt ${lastReference}`]],
      also: (nodes) => {
        const button = nodes.find((n) => n.role === 'button' && n.name === toggle);
        const heading = nodes.find((n) => n.role === 'heading' && n.name === `Receipt ${lastReference}`);
        if (button?.attrs.expanded !== true) return 'the receipt button does not say it is expanded';
        return heading?.attrs.level === '3' ? null : `the receipt heading is level ${heading?.attrs.level}, not 3 under the h2`;
      },
      say: [/Total charged/],
    });
    await press(page, 'Enter', 'closing the receipt', { role: 'button', name: toggle });
    await hear(history, 'the closed receipt', { lacks: [['article', `Receipt ${lastReference}`]] });
  });

  await check('payer: adds a card with the test tokenizer\'s fields, and it is listed', async () => {
    await startAtPersonaMenu(page);
    await tabTo(page, /Add payment method/, { back: true });
    await press(page, 'Enter', '+ Add payment method', { role: 'heading', name: /Add a payment method/ });
    // The card fields are mounted by the tokenizer just after the form.
    await methods.getByRole('textbox', { name: 'Card number' }).waitFor({ timeout: 10000 });
    await hear(methods, 'the add form', {
      heading: [3, /Add a payment method/],
      has: [['radio', /card/i], ['radio', /bank/i], ['textbox', /Card number/], ['textbox', /Expiry/], ['textbox', /Security code|CVC/], ['textbox', /^Name on/], ['textbox', /Street/], ['textbox', /City/], ['combobox', /State/], ['textbox', /ZIP/], ['button', /^Save card$/], ['button', /^Cancel$/]],
    });
    // Saved empty first: the form says how many fields need attention, the card's with the
    // address's, marks them all, and takes focus to the first, the card number.
    await tabTo(page, /^Save card$/);
    await page.keyboard.press('Enter');
    const first = await expectFocus(page, 'Save card, empty', { role: 'textbox', name: 'Card number' });
    if (!first.description) throw new Error('the card number, focused, is not described by its error');
    await hear(methods, 'the empty form', {
      status: /\d+ fields? needs? attention/,
      also: (nodes) => {
        const unmarked = ['Card number', /^Expiry/, /^Security code|CVC/, /^Name on/].filter((name) => !nodes.find((n) => n.role === 'textbox' && matches(name, n.name))?.attrs.invalid);
        if (unmarked.length) return `not marked invalid: ${unmarked.join(', ')}`;
        const said = Number(/(\d+) fields? needs? attention/.exec(nodes.filter((n) => n.role === 'status' || n.role === 'alert').map((n) => n.text).join(' '))?.[1]);
        const marked = nodes.filter((n) => (n.role === 'textbox' || n.role === 'combobox') && n.attrs.invalid).length;
        return said === marked ? null : `it says ${said} fields need attention, and ${marked} are marked invalid`;
      },
    });
    await page.keyboard.type('4000056655665556');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1229');
    await page.keyboard.press('Tab');
    await page.keyboard.type('123');
    await tabTo(page, /^Name on/, { role: 'textbox' });
    await page.keyboard.type('Daniel Whitaker');
    await tabTo(page, /Same as the resident/, { role: 'checkbox' });
    await page.keyboard.press('Space');
    await tabTo(page, /Nickname/, { role: 'textbox' });
    await page.keyboard.type('Flows debit');
    await tabTo(page, /^Save card$/);
    await press(page, 'Enter', 'Save card', { role: 'button', name: /Add payment method/ });
    await hear(methods, 'the list after saving the card', { status: /Flows debit.*saved/i, has: [['listitem', /^Flows debit Visa •••• 5556/], ['button', 'Remove Flows debit']] });
  });

  await check('payer: adds a bank account, and it is listed', async () => {
    await startAtPersonaMenu(page);
    await tabTo(page, /Add payment method/, { back: true });
    await press(page, 'Enter', '+ Add payment method', { role: 'heading', name: /Add a payment method/ });
    await tabTo(page, /card/i, { role: 'radio' });
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'choosing a bank account', { role: 'radio', name: /bank/i });
    await hear(methods, 'the bank form', {
      heading: [3, /Add a payment method/],
      has: [['group', /Account type/], ['radio', /^Checking$/], ['radio', /^Savings$/], ['textbox', /Routing number/], ['textbox', /^Account number$/], ['textbox', /Confirm account number/], ['button', /^Save bank account$/]],
    });
    await tabTo(page, /name/i, { role: 'textbox' });
    await page.keyboard.type('Daniel Whitaker');
    await tabTo(page, /Routing number/, { role: 'textbox' });
    await page.keyboard.type('026009593');
    await tabTo(page, /^Account number$/, { role: 'textbox' });
    await page.keyboard.type('000123456789');
    await tabTo(page, /Confirm account number/, { role: 'textbox' });
    await page.keyboard.type('000123456789');
    await tabTo(page, /Same as the resident/, { role: 'checkbox' });
    await page.keyboard.press('Space');
    await tabTo(page, /Nickname/, { role: 'textbox' });
    await page.keyboard.type('Flows savings');
    await tabTo(page, /^Save bank account$/);
    await press(page, 'Enter', 'Save bank account', { role: 'button', name: /Add payment method/ });
    await hear(methods, 'the list after saving the account', {
      status: /Flows savings.*saved/i,
      has: [['listitem', /^Flows savings Checking •••• 6789/], ['button', 'Make default Flows savings']],
      say: [/Bank of America/],
    });
  });

  await check('payer: makes the new bank account the default method', async () => {
    await startAtPersonaMenu(page);
    await tabTo(page, 'Make default Flows savings', { back: true });
    await page.keyboard.press('Enter');
    await hear(methods, 'the list after the change', {
      status: /Flows savings.*default/i,
      has: [['listitem', /^Flows savings Checking •••• 6789 Default/]],
      lacks: [['button', 'Make default Flows savings']],
    });
    // The button goes once the method is the default: focus stays with the method, which reads its name and "Default".
    await expectFocus(page, 'Make default', { role: 'listitem', name: /^Flows savings .*Default/ });
    // Said once: by the list's live region, not also by the method's own message.
    await hear(methods, 'the announcement', {
      also: (nodes) => {
        const saying = nodes.filter((n) => (n.role === 'status' || n.role === 'alert') && /Flows savings.*default/i.test(n.text)).length;
        return saying === 1 ? null : `${saying} live regions say it`;
      },
    }, { timeout: 0 });
  });

  await check('payer: removes a method after confirming', async () => {
    await startAtPersonaMenu(page);
    await tabTo(page, 'Remove Flows debit', { back: true });
    // The confirmation takes focus on its safe choice, which closes it and goes back to the opener.
    const safe = await press(page, 'Enter', 'Remove', { role: 'button', name: /./ });
    await hear(methods, 'the confirmation', { has: [['group', /Remove Flows debit\?/], ['button', safe.name], ['button', /^Remove$/]] });
    await press(page, 'Enter', safe.name, { role: 'button', name: 'Remove Flows debit' });
    await hear(methods, 'the list after keeping it', { has: [['listitem', /^Flows debit/]], lacks: [['group', /Remove Flows debit\?/]] });
    await press(page, 'Enter', 'Remove, again', { role: 'button', name: safe.name });
    await tabTo(page, /^Remove$/);
    await press(page, 'Enter', 'confirming the removal', { role: 'heading', name: /./ });
    await hear(methods, 'the list after removing', { status: /Flows debit.*removed/i, lacks: [['listitem', /^Flows debit/]] });
  });

  await check('payer: changes which emails they receive', async () => {
    await startAtPersonaMenu(page);
    await tabTo(page, /Payment receipts/, { role: 'checkbox', back: true });
    await page.keyboard.press('Space');
    await tabTo(page, /^Save$/);
    await press(page, 'Enter', 'Save', { role: 'button', name: /^Save$/ });
    await hear(notices, 'the settings after saving', {
      heading: [2, /./],
      status: /Saved.*receipts.*off/i,
      also: (nodes) => (nodes.find((n) => n.role === 'checkbox' && /Payment receipts/.test(n.name))?.attrs.checked ? 'Payment receipts is still checked' : null),
    });
  });

  await payer.context.close();
}

/** The billing team's actions, on one page: Brenda Lopez. */
async function staffFlows() {
  let staff = null;
  let undepositedRows = [];
  await check('staff: the demo opens as the billing team, and the Payment Center and Connect access read with named controls', async () => {
    staff = await openAs(/billing team/, async (page) => {
      await page.locator('alis-pc-undeposited').getByText(REFERENCE).first().waitFor({ timeout: 20000 });
      await page.locator('alis-connect-access table').first().waitFor({ timeout: 20000 });
    });
    const page = staff.page;
    await hear(page.locator('alis-payment-center'), 'Payment Center', {
      heading: [2, /Payment Center/],
      has: [['tablist', /./], ['tab', /Undeposited/], ['tab', /History/i], ['tab', /Settings/], ['tabpanel', /Undeposited/], ['checkbox', /^Select all/], ['button', /^Deposit/]],
    });
    await hear(page.locator('alis-connect-access'), 'Connect access', { heading: [2, /./], has: [['button', /Invite someone/], ['button', /^Change profile of /], ['button', /^Revoke the access of /]] });
    undepositedRows = parseSnapshot(await page.locator('alis-pc-undeposited').ariaSnapshot())
      .filter((n) => n.role === 'row' && /^Select PAY-/.test(n.name))
      .map((n) => ({ reference: REFERENCE.exec(n.name)[0], card: CARD.test(n.name), bank: BANK.test(n.name), settled: /Succeeded/.test(n.name) }));
  });
  if (!staff) return;
  const team = staff.page;
  const center = team.locator('alis-payment-center');
  const access = team.locator('alis-connect-access');
  // The open tab's panel: what the steps below read (the whole Payment Center was read above).
  const panel = center.getByRole('tabpanel');
  const cards = undepositedRows.filter((r) => r.card && r.settled);
  const banks = undepositedRows.filter((r) => r.bank && r.settled);

  /** Opens the details of payment `reference` in the Payment history tab. */
  async function openPayment(reference) {
    if (!reference) throw new Error(`the seed's undeposited payments changed: ${JSON.stringify(undepositedRows)}`);
    await openTab(team, 'Payment history');
    await center.getByRole('button', { name: `Details of payment ${reference}` }).waitFor({ timeout: 10000 });
    await tabTo(team, `Details of payment ${reference}`);
    await press(team, 'Enter', 'Details', { role: 'button', name: new RegExp(reference) });
    await hear(panel, 'the payment details', { has: [['article', `Receipt ${reference}`]] });
  }

  await check('staff: invites a payer to the portal in Connect access', async () => {
    await startAtPersonaMenu(team);
    await tabTo(team, /Invite someone/, { back: true });
    await press(team, 'Enter', 'Invite someone', { role: 'heading', name: /Invite/ });
    await hear(access, 'the invitation form', {
      heading: [3, /Invite/],
      has: [['textbox', /Email address/], ['combobox', /Resident or contact/], ['group', /User profile/], ['radio', /Pays bills/], ['checkbox', /sensitive/], ['button', /^Send invitation$/], ['button', /^Cancel$/]],
    });
    await tabTo(team, /Email address/, { role: 'textbox' });
    await team.keyboard.type('flows-check@example.com');
    await tabTo(team, /Resident or contact/, { role: 'combobox' });
    await access.getByRole('combobox', { name: /Resident or contact/ }).locator('option').nth(1).waitFor({ state: 'attached', timeout: 10000 });
    await team.keyboard.press('ArrowDown');
    await tabTo(team, /./, { role: 'radio' });
    await team.keyboard.press('ArrowDown');
    await expectFocus(team, 'choosing a profile', { role: 'radio', name: /Pays bills/ });
    await tabTo(team, /sensitive/, { role: 'checkbox' });
    await team.keyboard.press('Space');
    await tabTo(team, /^Send invitation$/);
    await press(team, 'Enter', 'Send invitation', { role: 'button', name: /Invite someone/ });
    await hear(access, 'after inviting', { status: /Invitation sent to flows-check@example\.com/, has: [['button', 'Resend the invitation to flows-check@example.com']] });
  });

  await check('staff: resends an invitation', async () => {
    await startAtPersonaMenu(team);
    const opener = await tabTo(team, /^Resend the invitation to /, { back: true });
    const email = opener.name.replace('Resend the invitation to ', '');
    await press(team, 'Enter', opener.name, { role: 'heading', name: new RegExp(escape(email)) });
    await hear(access, 'the resend confirmation', { heading: [3, new RegExp(`${escape(email)}.*new invitation link`)], has: [['button', /new link/i]] });
    await tabTo(team, /new link/i, { role: 'button' });
    await press(team, 'Enter', 'Send new link', { role: 'button', name: opener.name });
    await hear(access, 'after resending', { status: new RegExp(`new invitation link was sent to ${escape(email)}`) });
  });

  await check('staff: cancels a pending invitation, which is spoken of as an invitation, not as access', async () => {
    await startAtPersonaMenu(team);
    const opener = await tabTo(team, /^Cancel invitation to /, { back: true });
    const name = opener.name.replace('Cancel invitation to ', '');
    await press(team, 'Enter', opener.name, { role: 'heading', name: /^Cancel the invitation to .+\?$/ });
    const confirm = await hear(access, 'the cancel confirmation', {
      heading: [3, /^Cancel the invitation to .+\?$/],
      has: [['button', /^Keep the invitation$/], ['button', /^Cancel the invitation$/]],
      lacks: [['button', /^Keep access$/], ['button', /^Revoke access$/]],
    });
    const email = /^Cancel the invitation to (.+)\?$/.exec(confirm.find((n) => n.role === 'heading' && /^Cancel the invitation/.test(n.name)).name)[1];
    await tabTo(team, /^Cancel the invitation$/);
    await press(team, 'Enter', 'Cancel the invitation', { name: /./ });
    await hear(access, 'after cancelling', { status: new RegExp(`The invitation to ${escape(email)} was cancelled`), has: [['row', new RegExp(`^${escape(name)} .*Invitation cancelled`)]] });
  });

  await check("staff: changes a portal user's profile", async () => {
    await startAtPersonaMenu(team);
    const opener = await tabTo(team, /^Change profile of /, { back: true });
    const name = opener.name.replace('Change profile of ', '');
    await press(team, 'Enter', opener.name, { role: 'heading', name: /profile/ });
    await hear(access, 'the profile form', { heading: [3, /profile/], has: [['group', /User profile/], ['radio', /current profile/], ['button', /^Save profile$/], ['button', /^Cancel$/]] });
    await tabTo(team, /./, { role: 'radio' });
    await team.keyboard.press('ArrowDown');
    const chosen = await focused(team);
    if (chosen.role !== 'radio' || /current profile/.test(chosen.name)) throw new Error('ArrowDown did not choose another profile');
    await tabTo(team, /^Save profile$/);
    await press(team, 'Enter', 'Save profile', { role: 'button', name: opener.name });
    await hear(access, 'after the change', { status: new RegExp(`${escape(name)} now has the profile ${escape(chosen.name)}`) });
  });

  await check("staff: revokes a portal user's access", async () => {
    await startAtPersonaMenu(team);
    const opener = await tabTo(team, /^Revoke the access of /, { back: true });
    const name = opener.name.replace('Revoke the access of ', '');
    await press(team, 'Enter', opener.name, { role: 'heading', name: new RegExp(name) });
    // The two buttons' words are being reworded: only that there are two, and one revokes.
    await hear(access, 'the revoke confirmation', { heading: [3, new RegExp(`${escape(name)}.*access\\?`)], has: [['button', /revoke/i]] });
    await tabTo(team, /revoke/i, { role: 'button' });
    await press(team, 'Enter', 'revoking', { role: 'button', name: `Invite again ${name}` });
    await hear(access, 'after revoking', { status: new RegExp(`${escape(name)}.*revoked`), has: [['row', new RegExp(`^${escape(name)} .*revoked`, 'i')]] });
  });

  await check('staff: voids an undeposited card payment in History', async () => {
    const { reference } = cards[0] ?? {};
    await openPayment(reference);
    await tabTo(team, `Void payment ${reference}`);
    await press(team, 'Enter', 'Void', { role: 'textbox', name: /Reason/ });
    await hear(panel, 'the void confirmation', { has: [['form', new RegExp(`Void payment ${reference}`)], ['textbox', /Reason/], ['button', /^Void payment$/], ['button', /^Keep payment$/]], say: [/reopens by \$/] });
    await team.keyboard.type('Entered twice by the family');
    await tabTo(team, /^Void payment$/);
    await press(team, 'Enter', 'Void payment', { name: new RegExp(`Voided ${reference}`) });
    await hear(panel, 'after the void', { status: new RegExp(`Voided ${reference}.*reopened`), say: [/voided; nothing more can be done/] });
  });

  await check('staff: deposits the undeposited payments', async () => {
    await openTab(team, /^Undeposited/);
    await tabTo(team, /^Select all settled/, { role: 'checkbox' });
    await team.keyboard.press('Space');
    const deposit = await tabTo(team, /^Deposit \d+ payments?$/, { back: true });
    const count = Number(/\d+/.exec(deposit.name)[0]);
    if (count !== cards.length - 1 + banks.length) throw new Error(`"${deposit.name}": expected ${cards.length - 1 + banks.length} (all settled, less the voided one)`);
    await press(team, 'Enter', deposit.name, { role: 'heading', name: /^Deposit \d+ payments?\?$/ });
    const confirm = await hear(panel, 'the deposit confirmation', { heading: [4, /^Deposit \d+ payments?\?$/], has: [['list', /Payments in this deposit/], ['button', /^Cancel$/], ['button', /^Deposit \$[\d,]+\.\d{2}$/]] });
    const items = confirm.filter((n) => n.role === 'listitem').length;
    if (items !== count) throw new Error(`the confirmation lists ${items} payments, not ${count}`);
    await tabTo(team, /^Deposit \$/);
    await press(team, 'Enter', 'Deposit $…', { role: 'heading', name: /^Deposit DEP-\S+ created$/ });
    await hear(panel, 'the new deposit', { heading: [4, /^Deposit DEP-\S+ created$/], status: /DEP-\S+ created: \d+ payments?, \$/, has: [['button', /^Dismiss$/]], lacks: [['checkbox', /^Select PAY-/]] });
  });

  await check('staff: refunds part of a deposited card payment in History', async () => {
    const { reference } = cards[1] ?? {};
    await openPayment(reference);
    await tabTo(team, `Refund payment ${reference}`);
    await press(team, 'Enter', 'Refund', { role: 'textbox', name: /Amount to refund/ });
    await hear(panel, 'the refund form', { has: [['form', new RegExp(`Refund payment ${reference}`)], ['textbox', /Amount to refund/], ['textbox', /Reason/], ['button', /^Refund/], ['button', /^Cancel$/]], say: [/can still be refunded/] });
    await team.keyboard.type('100');
    await tabTo(team, /Reason/, { role: 'textbox' });
    await team.keyboard.type('Charged for a cancelled outing');
    await tabTo(team, /^Refund/, { role: 'button' });
    await press(team, 'Enter', 'Refund', { name: new RegExp(`Refunded.*${reference}|${reference}.*refund`, 'i') });
    await hear(panel, 'after the refund', { status: new RegExp(`Refunded \\$100\\.00.*${reference}|${reference}.*\\$100\\.00`, 'i') });
  });

  await check('staff: records a bank return on a bank payment in History', async () => {
    const { reference } = banks[0] ?? {};
    await openPayment(reference);
    await tabTo(team, /^Record bank return/);
    await press(team, 'Enter', 'Record bank return', { role: 'radio', name: /^R01/ });
    await hear(panel, 'the return form', { has: [['group', /Return code/], ['radio', /^R01 ?Insufficient funds/], ['radio', /^R02 ?Account closed/], ['textbox', /Reason/], ['button', /^Record return$/], ['button', /^Cancel$/]], say: [/reopen/] });
    await team.keyboard.press('Space');
    await tabTo(team, /Reason/, { role: 'textbox' });
    await team.keyboard.type('Bank returned it: insufficient funds');
    await tabTo(team, /^Record return$/);
    await press(team, 'Enter', 'Record return', { name: new RegExp(reference) });
    await hear(panel, 'after the return', { status: new RegExp(`${reference}.*(returned|R01)|Return.*${reference}`, 'i'), say: [/Returned/] });
  });

  await check('staff: changes the card fee and the allocation policy in Settings', async () => {
    await openTab(team, 'Settings');
    await center.getByRole('textbox', { name: 'Card convenience fee' }).waitFor({ timeout: 10000 });
    await hear(panel, 'the settings', {
      heading: [3, /settings/i],
      has: [['switch', /^ALIS Pay/], ['switch', /^ALIS Connect/], ['textbox', /^Card convenience fee$/], ['group', /How Pay Outstanding applies/], ['radio', /^Leave unapplied as credit/], ['button', /^Save settings$/]],
    });
    await tabTo(team, /^Card convenience fee$/, { role: 'textbox' });
    await typeOver(team, '2.00');
    await tabTo(team, /^Oldest first/, { role: 'radio' });
    await team.keyboard.press('ArrowDown');
    await team.keyboard.press('ArrowDown');
    await expectFocus(team, 'choosing the policy', { role: 'radio', name: /^Leave unapplied as credit/ });
    await tabTo(team, /^Save settings$/);
    await press(team, 'Enter', 'Save settings', { role: 'button', name: /^Save settings$/ });
    await hear(panel, 'after saving', { status: /Settings saved.*2\.00%.*unapplied as credit/i });
  });

  await check("staff: pulls a payment from a payer's saved method", async () => {
    await openTab(team, 'Payers');
    await center.getByRole('button', { name: /^Pull payment from / }).first().waitFor({ timeout: 10000 });
    const opener = await tabTo(team, /^Pull payment from /);
    const name = opener.name.replace('Pull payment from ', '');
    await press(team, 'Enter', opener.name, { role: 'heading', name: `Pull a payment from ${name}` });
    await hear(panel, 'the pull form', {
      heading: [4, `Pull a payment from ${name}`],
      has: [['group', /Pull from/], ['group', /^Method$/], ['textbox', /Amount to pull/], ['button', /^Review pull$/], ['button', /^Cancel$/]],
      also: (nodes) => (nodes.some((n) => n.role === 'radio' && n.attrs.checked === true && /Authorized/.test(n.name)) ? null : 'no authorized method is chosen'),
    });
    await tabTo(team, /Amount to pull/, { role: 'textbox' });
    await typeOver(team, '500');
    await tabTo(team, /^Review pull$/);
    await press(team, 'Enter', 'Review pull', { role: 'heading', name: /./ });
    const review = await hear(panel, 'the pull review', { has: [['button', /^Pull \$500\.00$/], ['button', /^Change$/]], say: [/authorization/i, /\$500\.00 as credit on the account/] });
    // "Applied to" says the policy just saved in Settings, as the row above it (the engine's quote) does.
    if (!/credit/i.test(definitionOf(review, 'Applied to') ?? '')) throw new Error(`the pull review's "Applied to" reads "${definitionOf(review, 'Applied to')}"`);
    await tabTo(team, /^Pull \$500\.00$/);
    await press(team, 'Enter', 'Pull $500.00', { role: 'heading', name: /Payment pulled/ });
    await hear(panel, 'the pulled payment', { heading: [4, /Payment pulled/], status: /Payment pulled.*PAY-\d{8}-\d{4}/, has: [['button', /^Done$/]], say: [/\$500\.00/] });
    await tabTo(team, /^Done$/);
    await press(team, 'Enter', 'Done', { role: 'button', name: opener.name });
  });

  await check("staff: applies a payer's credit on account to their invoices", async () => {
    await startAtPersonaMenu(team);
    await center.getByRole('button', { name: /^Apply credit of / }).first().waitFor({ timeout: 10000 });
    const opener = await tabTo(team, /^Apply credit of /);
    const name = opener.name.replace('Apply credit of ', '');
    await press(team, 'Enter', opener.name, { role: 'heading', name: new RegExp(`Apply ${escape(name)}.*credit`) });
    await hear(panel, 'the credit form', {
      heading: [4, new RegExp(`Apply ${escape(name)}.*credit`)],
      has: [['group', /Apply the credit/], ['radio', /^In policy order/], ['radio', /^To chosen invoices/], ['list', /policy order applies/], ['button', /^Review$/], ['button', /^Cancel$/]],
      say: [/Credit on account: \$500\.00/],
    });
    await tabTo(team, /^Review$/);
    await press(team, 'Enter', 'Review', { role: 'heading', name: /./ });
    await hear(panel, 'the credit review', { has: [['button', /^Apply \$500\.00$/], ['button', /^Cancel$|^Change$|^Back$/]] });
    await tabTo(team, /^Apply \$500\.00$/);
    await press(team, 'Enter', 'Apply $500.00', { role: 'heading', name: /Credit applied/ });
    await hear(panel, 'the applied credit', {
      heading: [4, /Credit applied/],
      status: /Applied \$500\.00 of credit/,
      has: [['list', /What was applied/], ['button', /^Done$/]],
      say: [new RegExp(`${escape(name)} now owes \\$`)],
    });
    await tabTo(team, /^Done$/);
    await team.keyboard.press('Enter');
    await hear(panel, 'the payers after applying', { has: [['button', `Edit arrangement of ${name}`]], lacks: [['button', opener.name]] });
    // "Apply credit of …" went with the credit, whenever the row's refresh comes: focus is on the payer, in their row.
    await expectFocus(team, 'Done', { name: new RegExp(`${escape(name)}|^Payers$`) });
  });

  await check("staff: sets up a payer's arrangement: the billing team pulls each month", async () => {
    // A payer who pays on their own but has a method authorized for recurring payments.
    const row = parseSnapshot(await panel.ariaSnapshot()).find((n) => n.role === 'row' && /Authorized for recurring/.test(n.name) && /Pays on their own/.test(n.name));
    const payer = /Edit arrangement of (.+?) (?:Apply credit of|Pull payment from|Details of) /.exec(row?.name ?? '')?.[1];
    if (!payer) throw new Error('no payer who pays on their own has a method authorized for recurring payments');
    await startAtPersonaMenu(team);
    const opener = await tabTo(team, `Edit arrangement of ${payer}`);
    await press(team, 'Enter', opener.name, { role: 'heading', name: `Arrangement for ${payer}` });
    await hear(panel, 'the arrangement form', { heading: [4, `Arrangement for ${payer}`], has: [['radio', /^Pays on their own/], ['radio', /^The billing team pulls each month/], ['button', /^Save arrangement$/], ['button', /^Cancel$/]] });
    await tabTo(team, /^Pays on their own/, { role: 'radio' });
    await team.keyboard.press('ArrowDown');
    await expectFocus(team, 'choosing pulls', { role: 'radio', name: /^The billing team pulls each month/ });
    await hear(panel, 'the pull fields', { has: [['combobox', /Day of the month/], ['group', /Pull from/], ['group', /^Method$/]] });
    await tabTo(team, /Day of the month/, { role: 'combobox' });
    await team.keyboard.press('ArrowDown');
    await tabTo(team, /^Save arrangement$/);
    await press(team, 'Enter', 'Save arrangement', { role: 'button', name: opener.name });
    await hear(panel, 'the saved arrangement', { status: new RegExp(`Saved ${escape(payer)}'s arrangement: .*pulls on day`), has: [['row', new RegExp(`^${escape(payer)} .*pulls on day`)]] });
  });

  await check("staff: changes who an invoice is addressed to", async () => {
    await openTab(team, 'Invoices');
    await center.getByRole('button', { name: /^Options for invoice / }).first().waitFor({ timeout: 10000 });
    const opener = await tabTo(team, /^Options for invoice /);
    const number = /INV-\d{4}-\d{4}/.exec(opener.name)[0];
    await press(team, 'Enter', opener.name, { role: 'button' });
    await tabTo(team, `Edit addressee of invoice ${number}`);
    const current = await press(team, 'Enter', 'Edit addressee', { role: 'radio', name: /addressed now/ });
    await hear(panel, 'the addressee form', { has: [['form', new RegExp(`Change who ${number} is addressed to`)], ['group', new RegExp(`Address ${number} to`)], ['button', /^Save addressee$/], ['button', /^Cancel$/]] });
    await team.keyboard.press('ArrowDown');
    const chosen = await focused(team);
    if (chosen.role !== 'radio' || chosen.name === current.name) throw new Error('ArrowDown did not choose another addressee');
    const person = chosen.name.replace(/ \(.*\)$/, '');
    await tabTo(team, /^Save addressee$/);
    await press(team, 'Enter', 'Save addressee', { name: new RegExp(`now addressed to ${escape(person)}`) });
    await hear(panel, 'after the change', { status: new RegExp(`${number} is now addressed to ${escape(person)}`), has: [['row', new RegExp(`${number} .*Addressed to ${escape(person)}`)]] });
  });

  await staff.context.close();
}

try {
  // Two personas, two fresh contexts, side by side: each has its own data and its own focus.
  await Promise.all([payerFlows(), staffFlows()]);
  await check('logs no errors', async () => {
    const all = problems.flat();
    if (all.length) throw new Error(all.join('\n'));
  });
} finally {
  await browser.close();
  await server.close();
}

await finish();
