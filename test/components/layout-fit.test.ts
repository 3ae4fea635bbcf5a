// Every screen fits (issue 17): the billing team's tables fit the box they are given, never
// scrolling sideways, and stack their rows as labelled cards where the box is narrow; references
// and dates never break across lines; the pay flow's review lines its amounts up on a phone, in
// large text too. Widths are set on a wrapper, not the window: the layouts follow their own box.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-pay-outstanding.js';
import '../../src/define/alis-invoices.js';
import '../../src/define/alis-pay-flow.js';
import { AlisPcHistory } from '../../src/components/payment-center/history-panel.js';
import { AlisPcUndeposited } from '../../src/components/payment-center/undeposited-panel.js';
import type { AlisPayOutstanding } from '../../src/components/pay-outstanding/pay-outstanding.js';
import type { AlisInvoices } from '../../src/components/invoices/invoices.js';
import type { AlisPayFlow } from '../../src/components/pay-flow/pay-flow.js';
import { themeStylesheet } from '../../src/themes/themes.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

AlisPcHistory.define('alis-pc-history');
AlisPcUndeposited.define('alis-pc-undeposited');

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

/** `<tag>` in a provider inside a wrapper `width` wide (and in `theme`, when given). */
async function mount<T extends HTMLElement>(tag: string, token: string, width: string, theme?: 'large-text'): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = width;
  if (theme) {
    const style = document.createElement('style');
    style.textContent = themeStylesheet(theme);
    wrapper.append(style);
    wrapper.dataset['alisTheme'] = theme;
  }
  // The tag varies, so the markup is built as a string (the values are fixed in this file).
  wrapper.insertAdjacentHTML('beforeend', `<alis-billing-provider base-url="/api/v1"><${tag}></${tag}></alis-billing-provider>`);
  const provider = wrapper.querySelector('alis-billing-provider') as HTMLElement & { token: string };
  provider.token = token;
  const element = wrapper.querySelector<T>(tag)!;
  await (element as unknown as { loadComplete: Promise<unknown> }).loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('tbody tr[data-payment-id], tbody tr[data-invoice-id] button.pay, button.pay'), `<${tag}> never showed its content`, { timeout: 8000 });
  await nextFrames();
  return element;
}

/** Two frames: container queries and the row window have laid out. */
async function nextFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** How many lines `node`'s text takes (the distinct tops of its line boxes). */
function lineCount(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
}

/** Fails unless `inner` lies entirely inside `outer` (a pixel of rounding allowed). */
function expectInside(inner: Element, outer: Element, what: string): void {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  expect(a.left, `${what}: left edge`).to.be.at.least(b.left - 1);
  expect(a.right, `${what}: right edge (${Math.round(a.right)} in a box ending at ${Math.round(b.right)})`).to.be.at.most(b.right + 1);
}

/** Fails unless `root`'s table is laid out as a table, inside its scroll box, nothing scrolling sideways; returns the box. */
function expectTableFits(root: ShadowRoot): HTMLElement {
  const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
  expect(getComputedStyle(root.querySelector('table')!).display, 'a table at this width, not cards').to.equal('table');
  expect(wrap.scrollWidth, 'nothing scrolls sideways').to.be.at.most(wrap.clientWidth);
  expectInside(root.querySelector('table')!, wrap, 'the table');
  return wrap;
}

describe('every screen fits', () => {
  let staff: Persona;
  let payer: Persona;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff (Brenda Lopez)');
    payer = await persona((p) => p.role === 'payer', 'the default payer');
  });

  beforeEach(resetMockBackend);

  it('fits the Payment history table in a 1,102 px box, every Details button inside it, also once a payment is partly refunded', async () => {
    const staffClient = clientFor(staff.token);
    const card = (await staffClient.staff.payments.list({ methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    await staffClient.staff.payments.refund(card.id, { amountCents: 1_450, currency: card.amount.currency, reason: 'Guest meal, duplicate charge' });

    const history = await mount<AlisPcHistory>('alis-pc-history', staff.token, '1102px');
    const root = history.shadowRoot!;
    const wrap = expectTableFits(root);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('tr.payment button.details')];
    expect(buttons.length).to.be.greaterThan(5);
    for (const button of buttons) expectInside(button, wrap, `Details of ${button.closest('tr')!.dataset['paymentId']}`);
    const refunded = root.querySelector(`tr.payment[data-payment-id="${card.id}"]`)!;
    expect(textOf(refunded)).to.contain('Partially refunded');
    for (const cell of root.querySelectorAll('tr.payment td.reference')) expect(lineCount(cell), `${textOf(cell)} on one line`).to.equal(1);
    for (const date of root.querySelectorAll('tr.payment td.date time > span')) expect(lineCount(date), `«${textOf(date)}» on one line`).to.equal(1);
  });

  it('keeps Undeposited Payments within a 1,102 px box: references and dates whole, nothing scrolling sideways', async () => {
    const undeposited = await mount<AlisPcUndeposited>('alis-pc-undeposited', staff.token, '1102px');
    const root = undeposited.shadowRoot!;
    expectTableFits(root);
    const references = [...root.querySelectorAll('tbody td.reference')];
    expect(references.length).to.be.at.least(3);
    for (const cell of references) {
      expect(textOf(cell)).to.match(/^[A-Z]+-\d+-\d+$/);
      expect(lineCount(cell), `${textOf(cell)} in one line box`).to.equal(1);
    }
    for (const cell of root.querySelectorAll('tbody td.date')) {
      const [day, time] = [...cell.querySelectorAll('time > span')];
      expect(lineCount(day!), `«${textOf(day)}» on one line`).to.equal(1);
      expect(lineCount(time!), `«${textOf(time)}» on one line`).to.equal(1);
      expect(lineCount(cell), `${textOf(cell)}: the date and the time, two lines at most`).to.be.at.most(2);
    }
  });

  it('stacks the Payment history as cards in a 600 px box, each cell showing its column name, nothing sideways', async () => {
    const history = await mount<AlisPcHistory>('alis-pc-history', staff.token, '600px');
    const root = history.shadowRoot!;
    const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
    expect(getComputedStyle(root.querySelector('table')!).display).to.equal('block');
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    const row = root.querySelector<HTMLElement>('tr.payment')!;
    expectInside(row, wrap, 'the first card');
    const headings = [...root.querySelectorAll('thead th')].map((th) => textOf(th));
    for (const cell of row.querySelectorAll<HTMLElement>('td[data-label]')) {
      expect(headings, 'the label is the column heading').to.include(cell.dataset['label']);
      expect(getComputedStyle(cell, '::before').content, `${cell.dataset['label']} is shown`).to.contain(cell.dataset['label']);
      expectInside(cell, row, cell.dataset['label']!);
    }
    // The sort buttons stay: a card layout still sorts.
    expect(root.querySelector<HTMLButtonElement>('thead button.sort')!.getBoundingClientRect().height).to.be.at.least(44);
    await expect(history).to.be.accessible();
  });

  /** Opens the pay flow with `pay` in `host`, and goes to its review with the method chosen for the payer. */
  async function reviewIn(host: HTMLElement, pay: HTMLButtonElement): Promise<AlisPayFlow> {
    pay.click();
    await waitUntil(() => host.shadowRoot!.querySelector('alis-pay-flow'), 'the pay flow never opened');
    const flow = host.shadowRoot!.querySelector<AlisPayFlow>('alis-pay-flow')!;
    await flow.loadComplete;
    await waitUntil(() => flow.shadowRoot!.querySelector('input[name="method"]:checked'), 'no method was chosen', { timeout: 8000 });
    [...flow.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Review payment')!.click();
    await waitUntil(() => flow.step === 'review', 'the review never showed', { timeout: 8000 });
    await flow.updateComplete;
    await nextFrames();
    return flow;
  }

  for (const tag of ['alis-pay-outstanding', 'alis-invoices'] as const) {
    it(`gives the receipt the whole width of <${tag}> at 320 px`, async () => {
      const host = await mount<AlisPayOutstanding | AlisInvoices>(tag, payer.token, '320px');
      const flow = await reviewIn(host, host.shadowRoot!.querySelector<HTMLButtonElement>('button.pay')!);
      [...flow.shadowRoot!.querySelectorAll('button')].find((b) => /^Pay \$/.test(textOf(b)))!.click();
      await waitUntil(() => flow.step === 'receipt', 'the receipt never showed', { timeout: 8000 });
      await flow.updateComplete;
      await nextFrames();
      const receipt = flow.shadowRoot!.querySelector('.receipt')!;
      expect(Math.round(receipt.getBoundingClientRect().width), 'as wide as the flow').to.equal(Math.round(flow.getBoundingClientRect().width));
      expectInside(receipt, host, 'the receipt');
      for (const table of receipt.querySelectorAll('table')) expectInside(table, receipt, 'a table of the receipt');
    });
  }

  it('keeps the payer\'s invoices whole in Spanish at 1,280 px: headings on one line, each status phrase unbroken', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es" style="width: 1280px"></div>`);
    wrapper.insertAdjacentHTML('beforeend', '<alis-billing-provider base-url="/api/v1"><alis-invoices status="all"></alis-invoices></alis-billing-provider>');
    (wrapper.querySelector('alis-billing-provider') as HTMLElement & { token: string }).token = payer.token;
    const invoices = wrapper.querySelector<AlisInvoices>('alis-invoices')!;
    await invoices.loadComplete;
    await waitUntil(() => textOf(invoices.shadowRoot!.querySelector('thead')).includes('Dirigida a'), 'the invoices never showed in Spanish', { timeout: 8000 });
    await nextFrames();
    const table = invoices.shadowRoot!.querySelector('table')!;
    expect(getComputedStyle(table).display).to.equal('table');
    expectInside(table, wrapper, 'the table');
    // The actions' heading is for screen readers only.
    for (const th of table.querySelectorAll('thead th:not(:has(.visually-hidden))')) expect(lineCount(th), `«${textOf(th)}» on one line`).to.equal(1);
    const phrases = [...table.querySelectorAll('tbody .badge .nowrap')];
    expect(phrases.length).to.be.greaterThan(0);
    for (const phrase of phrases) expect(lineCount(phrase), `«${textOf(phrase)}» unbroken`).to.equal(1);
  });

  for (const theme of [undefined, 'large-text'] as const) {
    it(`lines up the review's amount, fee and total at 320 px${theme ? ' in large text' : ''}`, async () => {
      const outstanding = await mount<AlisPayOutstanding>('alis-pay-outstanding', payer.token, '320px', theme);
      const flow = await reviewIn(outstanding, outstanding.shadowRoot!.querySelector<HTMLButtonElement>('button.pay')!);

      const review = flow.shadowRoot!.querySelector('dl.review')!;
      const rows = [...review.querySelectorAll(':scope > div')].slice(0, 3);
      expect(rows.map((row) => textOf(row.querySelector('dt')))).to.deep.equal(['Amount', 'Convenience fee', 'Total charged']);
      // Where each amount's own text stands (the fee's value also holds the rule behind it).
      const amounts = rows.map((row) => {
        const money = [...row.querySelector('dd')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.textContent ?? ''))!;
        const text = money.textContent!;
        const range = document.createRange();
        range.setStart(money, text.search(/\S/));
        range.setEnd(money, text.trimEnd().length);
        return range.getBoundingClientRect();
      });
      const rights = amounts.map((rect) => Math.round(rect.right));
      expect(new Set(rights).size, `the amounts end at one edge: ${rights.join(', ')}`).to.equal(1);
      // …and each row is laid out alike: all values beside their terms, or all under them.
      const under = rows.map((row, i) => amounts[i]!.top >= row.querySelector('dt')!.getBoundingClientRect().bottom - 1);
      expect(new Set(under).size, `every value beside its term, or every one under it: ${under.join(', ')}`).to.equal(1);
      expectInside(review, outstanding, 'the review');
      // Large text: the buttons are the theme's 48 px targets.
      if (theme) {
        for (const button of flow.shadowRoot!.querySelectorAll('button')) {
          const box = button.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${textOf(button)} is a 48 px target`).to.be.at.least(48);
        }
      }
    });
  }
});
