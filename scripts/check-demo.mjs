#!/usr/bin/env node
// Opens the demo website (`npm start`) in Chromium as a newcomer would and checks its promise:
// the default payer's invoices appear, switching persona shows another payer's, staff are told
// where they belong, the mailbox shows the emails the mock sent (and their links work), the "How
// to pay bills" guide renders, and nothing logs an error. Part of `npm test`. Saves screenshots in .test-results/.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from './chrome.mjs';
import { startDemoServer } from './start-demo.mjs';
import { checklist, watchProblems } from './checklist.mjs';

await mkdir('.test-results', { recursive: true });
const server = await startDemoServer({ port: 0, quiet: true });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const { check, finish } = checklist('demo');

const invoiceIds = (page) =>
  page.evaluate(() => [...(document.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]') ?? [])].map((row) => row.dataset.invoiceId));

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchProblems(page, { ignore: (text) => text.startsWith('Failed to load resource') });
  await page.goto(url);
  let firstPayerIds = [];

  await check("the default payer's invoices appear", async () => {
    await page.waitForFunction(() => (document.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]').length ?? 0) > 0, undefined, { timeout: 15000 });
    firstPayerIds = await invoiceIds(page);
    const options = await page.locator('#persona option').allTextContents();
    if (options.length < 3) throw new Error(`expected several personas, got ${options.length}`);
    await page.screenshot({ path: '.test-results/demo-default-payer.png', fullPage: true });
  });

  await check("switching persona shows another payer's invoices", async () => {
    const values = await page.locator('#persona option').evaluateAll((options) => options.map((o) => o.value));
    await page.selectOption('#persona', values[1]);
    await page.waitForFunction(
      (before) => {
        const rows = [...(document.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]') ?? [])];
        return rows.length > 0 && JSON.stringify(rows.map((r) => r.dataset.invoiceId)) !== before;
      },
      JSON.stringify(firstPayerIds),
      { timeout: 10000 },
    );
    const after = await invoiceIds(page);
    if (after.some((id) => firstPayerIds.includes(id))) throw new Error('the second payer sees the first payer\'s invoices');
  });

  await check('the chosen persona survives a reload', async () => {
    const chosen = await page.inputValue('#persona');
    await page.reload();
    await page.waitForFunction(() => !document.querySelector('#persona')?.disabled, undefined, { timeout: 10000 });
    if ((await page.inputValue('#persona')) !== chosen) throw new Error('persona reset after reload');
  });

  await check('the billing-team persona gets the Payment Center and Connect access instead of the payer widgets', async () => {
    const staff = await page.locator('#persona option', { hasText: 'billing team' }).first().getAttribute('value');
    await page.selectOption('#persona', staff);
    await page.locator('alis-payment-center [role="tab"]').first().waitFor({ timeout: 10000 });
    await page.locator('alis-pc-undeposited').getByText(/PAY-\d{8}-\d{4}/).first().waitFor({ timeout: 10000 });
    if (await page.locator('alis-invoices').isVisible()) throw new Error('staff still see the payer widgets');
    await page.locator('alis-connect-access table').first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: '.test-results/demo-staff.png', fullPage: true });
  });

  await check('the language menu switches the widgets to Spanish and back, in place', async () => {
    const spanish = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await spanish.goto(`${url}?persona=${encodeURIComponent(await page.locator('#persona option').first().getAttribute('value'))}`);
    const header = (name) => spanish.locator('alis-invoices').getByRole('columnheader', { name, exact: true });
    await header('Invoice').waitFor({ timeout: 15000 });
    await spanish.selectOption('#language', 'es');
    await header('Factura').waitFor({ timeout: 10000 });
    await spanish.screenshot({ path: '.test-results/demo-spanish.png' });
    await spanish.selectOption('#language', 'en');
    await header('Invoice').waitFor({ timeout: 10000 });
    await spanish.close();
  });

  await check("the Look menu shows the dark theme, large text and another community's brand on the widgets", async () => {
    const look = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await look.goto(`${url}?persona=${encodeURIComponent(await page.locator('#persona option').first().getAttribute('value'))}`);
    await look.waitForFunction(() => (document.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]').length ?? 0) > 0, undefined, { timeout: 15000 });
    const seen = () =>
      look.evaluate(() => {
        const invoices = document.querySelector('alis-invoices').shadowRoot;
        const pay = [...invoices.querySelectorAll('tbody button')].find((button) => button.textContent.trim().startsWith('Pay'));
        return {
          heading: getComputedStyle(invoices.querySelector('h2')).color,
          pay: getComputedStyle(pay).backgroundColor,
          payHeight: pay.getBoundingClientRect().height,
          bar: getComputedStyle(document.querySelector('.persona-bar label')).color,
        };
      });
    const plain = await seen();
    await look.selectOption('#look', 'dark');
    const dark = await seen();
    await look.screenshot({ path: '.test-results/demo-dark.png' });
    await look.selectOption('#look', 'large-text');
    const large = await seen();
    await look.selectOption('#look', 'harbor');
    const harbor = await seen();
    await look.close();
    if (dark.heading !== 'rgb(230, 233, 237)') throw new Error(`dark: the heading is ${dark.heading}`);
    if (dark.bar !== 'rgb(31, 41, 51)') throw new Error(`dark: the demo bar's text is ${dark.bar} on its yellow`);
    if (large.payHeight < 48) throw new Error(`large text: Pay is ${large.payHeight}px high`);
    if (harbor.pay !== 'rgb(29, 59, 90)' || plain.pay === harbor.pay) throw new Error(`another brand: Pay is ${harbor.pay} (Willow Creek: ${plain.pay})`);
  });

  await check('works on a 320px-wide phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 740 } });
    await phone.goto(`${url}?persona=${encodeURIComponent(await page.locator('#persona option').first().getAttribute('value'))}`);
    await phone.waitForFunction(() => (document.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]').length ?? 0) > 0, undefined, { timeout: 15000 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await phone.screenshot({ path: '.test-results/demo-phone.png', fullPage: false });
    await phone.close();
    if (overflow > 0) throw new Error(`page scrolls sideways by ${overflow}px`);
  });

  await check('the default payer pays everything, and staff then see it in Undeposited Payments', async () => {
    // A fresh context: its own storage and service worker, so the persisted demo data starts from the seed.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const payerPage = await context.newPage();
    payerPage.on('pageerror', (error) => problems.push(`page error (pay): ${error.message}`));
    await payerPage.goto(url);
    await payerPage.locator('alis-pay-outstanding button.pay').click({ timeout: 15000 });
    await payerPage.getByRole('button', { name: 'Review payment' }).click();
    await payerPage.getByRole('button', { name: /^Pay \$/ }).click();
    await payerPage.getByRole('heading', { name: 'Payment received' }).waitFor({ timeout: 15000 });
    // The other widgets update without a reload: no invoice left to pay, the payment in the history.
    await payerPage.locator('alis-invoices button.pay').first().waitFor({ state: 'detached', timeout: 15000 });
    const reference = (await payerPage.locator('alis-pay-flow article[part="receipt"]').textContent())?.match(/PAY-\d{8}-\d{4}/)?.[0];
    if (!reference) throw new Error('the receipt shows no reference');
    await payerPage.locator('alis-payment-history').getByText(reference).first().waitFor({ timeout: 15000 });
    await payerPage.screenshot({ path: '.test-results/demo-paid.png', fullPage: true });
    // The receipt email is in the mailbox, reached from the top bar without reloading the page.
    await payerPage.locator('.demo-nav').getByRole('link', { name: /^Mailbox/ }).click();
    await payerPage.locator('demo-mailbox button.message', { hasText: `Receipt ${reference}` }).waitFor({ timeout: 10000 });
    const result = await payerPage.evaluate(async () => {
      const personas = (await (await fetch('/api/v1/__mock/personas')).json()).items;
      const payer = personas[0];
      const staff = personas.find((p) => p.role === 'staff');
      const get = async (token, path) => (await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })).json();
      const latest = (await get(payer.token, '/payments?limit=1')).items[0];
      const outstanding = await get(payer.token, '/outstanding');
      const undeposited = (await get(staff.token, '/staff/payments?deposited=false&limit=100')).items;
      return { latest, outstanding: outstanding.total.amountCents, undeposited: undeposited.map((p) => p.reference) };
    });
    await context.close();
    if (result.outstanding !== 0) throw new Error(`the payer still owes ${result.outstanding} cents`);
    if (!result.latest) throw new Error('no payment was recorded');
    if (!result.undeposited.includes(result.latest.reference)) {
      throw new Error(`${result.latest.reference} is not among the undeposited payments staff see: ${result.undeposited.join(', ')}`);
    }
  });

  await check("the top bar reaches the mailbox by keyboard, and it shows Frank's seeded advance notice in text and HTML", async () => {
    await page.goto(url);
    await page.waitForFunction(() => !document.querySelector('#persona')?.disabled, undefined, { timeout: 10000 });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('.demo-nav a[href="/mailbox"]') ?? false);
    }
    if (!reached) throw new Error('Tab never reaches the Mailbox link in the top bar');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mailbox$/);
    const frank = page.locator('demo-mailbox button.message', { hasText: 'frank.castellano@example.com' }).filter({ hasText: 'will be collected on' });
    await frank.first().waitFor({ timeout: 10000 });
    await frank.first().focus();
    await page.keyboard.press('Enter');
    const reader = page.locator('demo-mailbox article.reader');
    await reader.locator('pre', { hasText: 'As you authorized, the billing team' }).waitFor({ timeout: 5000 });
    await page.locator('demo-mailbox').getByLabel('HTML').check();
    await page.frameLocator('demo-mailbox iframe').locator('th', { hasText: 'Checking' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: '.test-results/demo-mailbox.png', fullPage: true });
  });

  await check("new mail appears on Refresh, and the emails' links open the guide and the invitation page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const mailPage = await context.newPage();
    mailPage.on('pageerror', (error) => problems.push(`page error (mailbox): ${error.message}`));
    await mailPage.goto(`${url}mailbox`);
    await mailPage.locator('demo-mailbox button.message').first().waitFor({ timeout: 15000 });
    // The billing office asks the default payer to add a payment method, and invites a family member.
    await mailPage.evaluate(async () => {
      const personas = (await (await fetch('/api/v1/__mock/personas')).json()).items;
      const staff = personas.find((p) => p.role === 'staff');
      const call = async (token, method, path, body) => {
        const response = await fetch(`/api/v1${path}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const me = await call(personas[0].token, 'GET', '/me');
      await call(staff.token, 'POST', `/staff/payers/${me.party.id}/payment-method-requests`);
      const residents = await call(staff.token, 'GET', '/staff/residents');
      const list = Array.isArray(residents) ? residents : residents.items;
      const contact = list.flatMap((r) => r.contacts ?? [])[0];
      await call(staff.token, 'POST', '/staff/invitations', {
        email: 'demo-check@example.com',
        partyId: contact.id,
        profileId: 'prof-view-only',
        sensitiveInformationConfirmed: true,
      });
    });
    await mailPage.locator('demo-mailbox').getByRole('button', { name: 'Refresh' }).click();
    const request = mailPage.locator('demo-mailbox button.message', { hasText: 'Please add a payment method' });
    await request.locator('.new').waitFor({ timeout: 10000 });
    await request.click();
    // The plain-text link to the guide switches to the guide page in place.
    await mailPage.locator('demo-mailbox pre a[href="/how-to-pay"]').click();
    await mailPage.waitForURL(/\/how-to-pay$/);
    await mailPage.locator('alis-payment-guide').getByText('(630) 555-0142').first().waitFor({ timeout: 10000 });
    // The invitation's link, followed from the HTML version, opens the accept-invitation page.
    await mailPage.goBack();
    await mailPage.waitForURL(/\/mailbox$/);
    await mailPage.locator('demo-mailbox button.message', { hasText: 'invited you' }).first().click();
    await mailPage.locator('demo-mailbox').getByLabel('HTML').check();
    await mailPage.frameLocator('demo-mailbox iframe').getByRole('link', { name: 'Accept the invitation' }).click();
    await mailPage.waitForURL(/\/accept-invitation\?token=/);
    await mailPage.locator('alis-accept-invitation').getByRole('button', { name: /accept/i }).first().waitFor({ timeout: 10000 });
    await context.close();
  });

  await check('the guide page renders the office phone, fits a phone screen and prints without buttons or demo bars', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 740 } });
    phone.on('pageerror', (error) => problems.push(`page error (guide): ${error.message}`));
    await phone.goto(`${url}how-to-pay`);
    await phone.locator('alis-payment-guide').getByText('(630) 555-0142').first().waitFor({ timeout: 15000 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await phone.screenshot({ path: '.test-results/demo-guide-phone.png', fullPage: true });
    await phone.emulateMedia({ media: 'print' });
    const printed = await phone.evaluate(() => ({
      printButton: getComputedStyle(document.querySelector('alis-payment-guide').shadowRoot.querySelector('button')).display,
      personaBar: getComputedStyle(document.querySelector('.persona-bar')).display,
    }));
    await phone.close();
    if (overflow > 0) throw new Error(`the guide scrolls sideways by ${overflow}px at 320px`);
    if (printed.printButton !== 'none' || printed.personaBar !== 'none') throw new Error(`printing shows ${JSON.stringify(printed)}`);
  });

  await check('logs no errors', async () => {
    if (problems.length) throw new Error(problems.join('\n'));
  });
} finally {
  await browser.close();
  await server.close();
}

await finish();
