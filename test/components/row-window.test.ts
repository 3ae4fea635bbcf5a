// Long lists drawn only near the screen (RowWindowController): a list of hundreds of rows keeps a
// few blocks of rows in the document and stands the rest in as empty rows of their height. These
// tests check what a user would notice: the rows on screen are there, nothing jumps as blocks come
// and go, Tab walks row to row, a selection survives its rows being swapped out, and a screen
// reader is told the table's full size and each row's place in it.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import { AlisPcUndeposited } from '../../src/components/payment-center/undeposited-panel.js';
import { AlisPcHistory } from '../../src/components/payment-center/history-panel.js';
import { ROWS_PER_BLOCK } from '../../src/components/shared/row-window.js';
import { withInvoices, withUndepositedPayments } from '../../src/mock-server/engine/long-lists.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';

// The panels have no define modules of their own (the Payment Center registers them).
AlisPcUndeposited.define('alis-pc-undeposited');
AlisPcHistory.define('alis-pc-history');

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Adds `count` undeposited payments. Those from the 200th to the 349th get a long receipt
 * reference: a column as wide as its widest drawn cell would widen while they are drawn.
 */
async function seedPayments(count: number): Promise<void> {
  const { backend } = await mockWorker();
  backend.load(withUndepositedPayments(backend.state, count, (n) => `PAY-20261120-W${String(n).padStart(5, '0')}${n >= 200 && n < 350 ? 'LONGREFERENCEWITHOUTABREAK' : ''}`));
}

async function seedInvoices(payer: Persona, count: number): Promise<void> {
  const { backend } = await mockWorker();
  backend.load(withInvoices(backend.state, payer.partyId ?? '', count));
}

const blocksOf = (element: Widget) => [...element.shadowRoot!.querySelectorAll<HTMLTableSectionElement>('tbody[data-row-block]')];
const standIns = (element: Widget) => blocksOf(element).filter((block) => block.classList.contains('row-stand-in'));
const drawnRows = (element: Widget, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>(`tbody ${selector}`)];

/** Where an element is on the page (not on the screen): this must not change as blocks come and go. */
const pageTop = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

async function settle(element: Widget): Promise<void> {
  // The IntersectionObserver reports after a frame, and the swap is drawn in the next update.
  await nextFrame();
  await nextFrame();
  await element.updateComplete;
  await nextFrame();
}

async function mountUndeposited(staff: Persona, width: string): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style=${`width: ${width}`}>
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-undeposited .pageSize=${500}></alis-pc-undeposited></alis-billing-provider>
      <p id="after">After the panel</p>
    </div>
  `);
  const element = wrapper.querySelector<Widget>('alis-pc-undeposited')!;
  await waitUntil(() => drawnRows(element, 'tr[data-payment-id]').length > 0, 'the payments never showed', { timeout: 10_000 });
  await waitUntil(() => standIns(element).length > 0, 'no block was ever swapped out', { timeout: 5000 });
  await settle(element);
  return element;
}

/** The Payment Center's history, 500 payments a page, with a button elsewhere on the page to take focus. */
async function mountHistory(staff: Persona): Promise<{ wrapper: HTMLDivElement; element: Widget }> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 1300px">
      <button id="elsewhere">Elsewhere on the page</button>
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-history .pageSize=${500}></alis-pc-history></alis-billing-provider>
    </div>
  `);
  const element = wrapper.querySelector<Widget>('alis-pc-history')!;
  await waitUntil(() => standIns(element).length > 0, 'no block was ever swapped out', { timeout: 10_000 });
  return { wrapper, element };
}

describe('long lists draw only the rows near the screen', () => {
  let staff: Persona;
  let ruth: Persona;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'the billing team');
    ruth = await persona((p) => p.token === 'mock-token-ruth-jensen', 'Ruth Jensen');
  });

  beforeEach(async () => {
    await resetMockBackend();
    window.scrollTo(0, 0);
  });

  afterEach(() => window.scrollTo(0, 0));

  it('a page of 500 payments keeps a few blocks drawn, tells screen readers the full size, and passes axe', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    const rows = drawnRows(element, 'tr[data-payment-id]');
    expect(rows.length, 'far fewer rows drawn than the 500 loaded').to.be.below(250);
    expect(rows.length, 'the screen is full of rows').to.be.at.least(ROWS_PER_BLOCK);
    const blocks = blocksOf(element);
    expect(blocks, 'ten blocks of fifty').to.have.length(10);
    expect(blocks[0]!.classList.contains('row-stand-in'), 'the first block is drawn').to.equal(false);
    expect(blocks[9]!.classList.contains('row-stand-in'), 'the last block is drawn (Shift+Tab from Show more)').to.equal(false);
    for (const standIn of standIns(element)) {
      expect(standIn.getAttribute('aria-hidden')).to.equal('true');
      expect(standIn.getBoundingClientRect().height, 'a stand-in is as high as its rows').to.be.above(ROWS_PER_BLOCK * 20);
    }
    const table = element.shadowRoot!.querySelector('table[part="table"]')!;
    expect(table.getAttribute('aria-rowcount'), '500 rows and the header').to.equal('501');
    const last = drawnRows(element, 'tr[data-payment-id]').at(-1)!;
    expect(last.getAttribute('aria-rowindex'), 'the last row is the 501st').to.equal('501');
    expect(rows[0]!.getAttribute('aria-rowindex')).to.equal('2');
    await expect(element).to.be.accessible();
  });

  it('scrolling draws the rows that come on screen, and nothing after the table moves', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    const after = element.parentElement!.parentElement!.querySelector('#after')!;
    const afterTop = pageTop(after);
    const columns = () => [...element.shadowRoot!.querySelectorAll('thead th')].map((cell) => Math.round(cell.getBoundingClientRect().left));
    const columnsBefore = columns();
    const far = standIns(element)[2]!;
    const farIndex = far.dataset['rowBlock'];
    const farTop = pageTop(far);
    const farHeight = far.getBoundingClientRect().height;
    window.scrollTo(0, farTop - 100);
    await settle(element);
    const drawn = element.shadowRoot!.querySelector<HTMLTableSectionElement>(`tbody[data-row-block="${farIndex}"]`)!;
    expect(drawn.classList.contains('row-stand-in'), 'the block on screen is drawn').to.equal(false);
    expect(drawn.rows.length).to.equal(ROWS_PER_BLOCK);
    expect(pageTop(drawn), 'its rows start where its stand-in did').to.be.closeTo(farTop, 1);
    expect(drawn.getBoundingClientRect().height, 'and take the room it held').to.be.closeTo(farHeight, 2);
    expect(pageTop(after), 'the paragraph after the table stays put').to.be.closeTo(afterTop, 2);
    expect(columns(), 'the columns do not move sideways').to.deep.equal(columnsBefore);
    expect(standIns(element)[0]!.dataset['rowBlock'], 'the blocks at the top are swapped out in turn').to.equal('1');
    window.scrollTo(0, 0);
    await settle(element);
    expect(pageTop(after), 'and after scrolling back').to.be.closeTo(afterTop, 2);
  });

  it('Tab walks from row to row across blocks, never skipping to the end of the table', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    const blocks = blocksOf(element);
    const lastDrawn = blocks.findIndex((block) => block.classList.contains('row-stand-in')) - 1;
    expect(lastDrawn, 'some blocks at the top are drawn').to.be.at.least(0);
    const boxes = [...blocks[lastDrawn]!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    boxes.at(-1)!.focus();
    await settle(element);
    const next = element.shadowRoot!.querySelector<HTMLTableSectionElement>(`tbody[data-row-block="${lastDrawn + 1}"]`)!;
    expect(next.classList.contains('row-stand-in'), 'the block after the focused one is drawn').to.equal(false);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    const focused = element.shadowRoot!.activeElement!;
    expect(focused.closest('tbody')?.dataset['rowBlock'], 'focus moved to the next block').to.equal(String(lastDrawn + 1));
    expect(focused.closest('tr')!.dataset['paymentId']).to.equal(next.rows[0]!.dataset['paymentId']);
    const further = element.shadowRoot!.querySelector<HTMLTableSectionElement>(`tbody[data-row-block="${lastDrawn + 2}"]`)!;
    expect(further.classList.contains('row-stand-in'), 'and the one after it is drawn in turn').to.equal(false);
  });

  it('Shift+Tab from "Show more" lands on the last row, however far down the list it is', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    const more = element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="more"]')!;
    // Without scrolling: only the rule that keeps the last block drawn puts a row before the button.
    more.focus({ preventScroll: true });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const row = element.shadowRoot!.activeElement!.closest('tr');
    expect(row?.getAttribute('aria-rowindex'), 'the 500th payment, after the header').to.equal('501');
  });

  it('an open payment in the history (where a refund may be half written) stays drawn when scrolled far away', async () => {
    await seedPayments(600);
    const { wrapper, element } = await mountHistory(staff);
    await settle(element);
    const middle = standIns(element)[2]!;
    const index = Number(middle.dataset['rowBlock']);
    window.scrollTo(0, pageTop(middle));
    await settle(element);
    const block = () => element.shadowRoot!.querySelector<HTMLTableSectionElement>(`tbody[data-row-block="${index}"]`)!;
    expect(block().classList.contains('row-stand-in'), 'the block scrolled to is drawn').to.equal(false);
    const row = block().querySelector<HTMLTableRowElement>('tr.payment')!;
    row.querySelector<HTMLButtonElement>('button.details')!.click();
    await element.updateComplete;
    // Focus leaves the list, so only the open payment can keep its block drawn.
    wrapper.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    window.scrollTo(0, 0);
    await settle(element);
    const after = element.shadowRoot!.querySelector(`tbody[data-row-block="${index + 1}"]`)!;
    expect(after.classList.contains('row-stand-in'), 'the blocks around it are swapped out').to.equal(true);
    expect(block().classList.contains('row-stand-in'), 'the block with the open payment is not').to.equal(false);
    expect(element.shadowRoot!.querySelector(`[data-details-for="${row.dataset['paymentId']}"]`), 'its details are still there').to.exist;
  });

  it('a payment selected and scrolled away stays selected, and Deposit counts it', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    const block = () => element.shadowRoot!.querySelector<HTMLTableSectionElement>('tbody[data-row-block="3"]')!;
    window.scrollTo(0, pageTop(block()));
    await settle(element);
    const row = block().rows[0]!;
    const id = row.dataset['paymentId']!;
    row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await element.updateComplete;
    // Focus leaves the list, so nothing but the selection could keep the row.
    (element.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    await settle(element);
    expect(block().classList.contains('row-stand-in'), 'the block with the selected payment was swapped out').to.equal(true);
    window.scrollTo(0, pageTop(block()));
    await settle(element);
    const again = element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-payment-id="${id}"]`)!;
    expect(again.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    expect(element.shadowRoot!.textContent).to.match(/Deposit 1 payment/);
  });

  it('a long history sorted with a payment open: each row numbered once, the open one\'s details counted once', async () => {
    await seedPayments(600);
    const { wrapper, element } = await mountHistory(staff);
    const root = element.shadowRoot!;
    const table = () => root.querySelector('table[part="table"]')!;
    expect(table().getAttribute('aria-rowcount'), '500 payments and the header').to.equal('501');
    // A payment in the fourth block opened: that block holds 51 rows.
    const fourth = () => root.querySelector<HTMLTableSectionElement>('tbody[data-row-block="3"]')!;
    window.scrollTo(0, pageTop(fourth()));
    await settle(element);
    fourth().querySelector<HTMLButtonElement>('tr.payment button.details')!.click();
    await settle(element);
    expect(table().getAttribute('aria-rowcount'), 'and the open payment\'s details').to.equal('502');
    // Scrolled away, the open payment keeps its block drawn; sorted oldest first, it moves to the
    // seventh block, and the fourth is swapped out at once with other rows in it.
    wrapper.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    window.scrollTo(0, 0);
    await settle(element);
    expect(fourth().classList.contains('row-stand-in'), 'the open payment keeps its block').to.equal(false);
    [...root.querySelectorAll('th')].find((th) => th.textContent?.trim().startsWith('Date'))!.querySelector('button')!.click();
    await settle(element);
    await settle(element);
    expect(root.querySelector('tr.details-row:not([hidden])')?.closest('tbody')?.dataset['rowBlock'], 'the open payment moved').to.equal('6');
    expect(fourth().classList.contains('row-stand-in'), 'the fourth block stands in').to.equal(true);
    expect(table().getAttribute('aria-rowcount'), 'the same after sorting, wherever the open payment went').to.equal('502');
    const numbers = [...root.querySelectorAll('tbody tr[aria-rowindex]')].map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(new Set(numbers).size, 'no number twice').to.equal(numbers.length);
    expect(Math.max(...numbers)).to.be.at.most(502);
  });

  it('a list filtered back to a few rows loses its row numbers and its fixed columns', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    const root = element.shadowRoot!;
    const table = () => root.querySelector<HTMLTableElement>('table[part="table"]')!;
    expect(table().style.tableLayout).to.equal('fixed');
    // The 600 added payments copy one seeded payment: the other method type leaves the seed's few.
    const { backend } = await mockWorker();
    const copied = backend.state.payments.find((payment) => payment.id === 'pay-x000000')!;
    const copiedType = backend.state.paymentMethods.find((method) => method.id === copied.methodId)!.type;
    const method = root.querySelector<HTMLSelectElement>('select[name="methodType"]')!;
    method.value = copiedType === 'card' ? 'bank_account' : 'card';
    method.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => drawnRows(element, 'tr[data-payment-id]').length < 50, 'the filter never applied', { timeout: 5000 });
    expect(drawnRows(element, 'tr[data-payment-id]').length, 'a few rows are left').to.be.above(0);
    await settle(element);
    expect(standIns(element)).to.have.length(0);
    expect(table().hasAttribute('aria-rowcount')).to.equal(false);
    expect(root.querySelectorAll('tr[aria-rowindex]'), 'no row keeps a number').to.have.length(0);
    expect(table().style.tableLayout, 'the columns fit their rows again').to.equal('');
  });

  it('printing draws every row, and the far ones stand in again after', async () => {
    await seedPayments(600);
    const element = await mountUndeposited(staff, '1300px');
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(standIns(element), 'every row drawn for the printout').to.have.length(0);
    expect(drawnRows(element, 'tr[data-payment-id]')).to.have.length(500);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(standIns(element).length).to.be.above(0);
  });

  it('a payer\'s 300 invoices in the stacked layout of a phone: cards drawn near the screen, nothing after them moves', async () => {
    await seedInvoices(ruth, 300);
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 360px">
        <alis-billing-provider base-url="/api/v1" .token=${ruth.token}><alis-invoices page-size="400"></alis-invoices></alis-billing-provider>
        <p id="after">After the invoices</p>
      </div>
    `);
    const element = wrapper.querySelector<Widget>('alis-invoices')!;
    const after = wrapper.querySelector('#after')!;
    await waitUntil(() => drawnRows(element, 'tr[data-invoice-id]').length > 0, 'the invoices never showed', { timeout: 10_000 });
    await waitUntil(() => standIns(element).length > 0, 'no block was ever swapped out', { timeout: 5000 });
    await settle(element);
    expect(drawnRows(element, 'tr[data-invoice-id]').length).to.be.below(200);
    const afterTop = pageTop(after);
    const far = standIns(element)[1]!;
    window.scrollTo(0, pageTop(far));
    await settle(element);
    const drawn = element.shadowRoot!.querySelector<HTMLTableSectionElement>(`tbody[data-row-block="${far.dataset['rowBlock']}"]`)!;
    expect(drawn.classList.contains('row-stand-in')).to.equal(false);
    expect(getComputedStyle(drawn.rows[0]!).display, 'the stacked layout (cards)').to.equal('block');
    expect(pageTop(after), 'the cards take the room their stand-in held').to.be.closeTo(afterTop, 2);
    await expect(element).to.be.accessible();
  });
});
