// The Payment Center's Undeposited Payments and Deposits panels, driven as the billing office
// (Brenda) would, against the shared mock backend. Outcomes are read back from the engine through
// the SDK, not only from what the panels say.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { getResponse, http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import { AlisPcUndeposited } from '../../src/components/payment-center/undeposited-panel.js';
import { AlisPcDeposits } from '../../src/components/payment-center/deposits-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisDepositCreatedEvent } from '../../src/events/staff-events.js';
import { formatDate, formatMoney } from '../../src/core/format.js';
import { depositReportCsv } from '../../src/core/deposit-report.js';
import { handlers } from '../../src/mock-server/handlers.js';
import { createAlisClient, type AlisClient, type Payment } from '../../src/sdk/index.js';
import { mockWorker, payQuoted, pullQuoted, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisPcUndeposited.define('alis-pc-undeposited');
AlisPcDeposits.define('alis-pc-deposits');

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mountUndeposited(token: string, pageSize?: number): Promise<AlisPcUndeposited> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-pc-undeposited .pageSize=${pageSize ?? 50}></alis-pc-undeposited>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-pc-undeposited')!;
  await waitUntil(() => element.shadowRoot!.querySelector('tbody tr[data-payment-id], .notice'), 'the panel never rendered', { timeout: 5000 });
  return element;
}

async function mountBoth(token: string): Promise<{ undeposited: AlisPcUndeposited; deposits: AlisPcDeposits }> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-pc-undeposited></alis-pc-undeposited>
      <alis-pc-deposits></alis-pc-deposits>
    </alis-billing-provider>
  `);
  const undeposited = provider.querySelector('alis-pc-undeposited')!;
  const deposits = provider.querySelector('alis-pc-deposits')!;
  await waitUntil(() => undeposited.shadowRoot!.querySelector('tbody tr[data-payment-id]'), 'undeposited never rendered', { timeout: 5000 });
  await waitUntil(() => deposits.shadowRoot!.querySelector('tbody tr[data-deposit-id]'), 'deposits never rendered', { timeout: 5000 });
  return { undeposited, deposits };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);

function rowIds(element: AlisPcUndeposited): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-payment-id]')].map((tr) => tr.dataset['paymentId']!);
}

function depositRowIds(element: AlisPcDeposits): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-deposit-id]')].map((tr) => tr.dataset['depositId']!);
}

function rowCheckbox(element: AlisPcUndeposited, paymentId: string): HTMLInputElement {
  const box = $<HTMLInputElement>(element, `tr[data-payment-id="${paymentId}"] input[type="checkbox"]`);
  if (!box) throw new Error(`no row for ${paymentId}`);
  return box;
}

const selectAll = (element: AlisPcUndeposited) => $<HTMLInputElement>(element, 'input[data-select-all]')!;

async function select(element: AlisPcUndeposited, ...paymentIds: string[]): Promise<void> {
  for (const id of paymentIds) rowCheckbox(element, id).click();
  await element.updateComplete;
}

async function openConfirmation(element: AlisPcUndeposited): Promise<HTMLElement> {
  $<HTMLButtonElement>(element, 'button[data-action="deposit"]')!.click();
  await waitUntil(() => $(element, '[data-confirmation]'), 'the confirmation never opened');
  return $<HTMLElement>(element, '[data-confirmation]')!;
}

const confirmButton = (element: AlisPcUndeposited) => $<HTMLButtonElement>(element, 'button[data-action="confirm-deposit"]')!;

async function undepositedIds(client: AlisClient): Promise<string[]> {
  return (await client.staff.payments.list({ deposited: false, limit: 500 })).items.map((p) => p.id);
}

async function allDeposits(client: AlisClient) {
  return (await client.staff.deposits.list({ limit: 500 })).items;
}

const sumCharged = (payments: Payment[]) => payments.reduce((sum, p) => sum + p.totalCharged.amountCents, 0);

describe('<alis-pc-undeposited>', () => {
  let staff: Persona;
  let payer: Persona;
  let viewOnly: Persona;
  let brenda: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
    payer = await persona((p) => p.role === 'payer', 'the default payer');
    viewOnly = await persona((p) => /views billing only/i.test(p.description), 'the view-only payer whose payments are pulled (Frank Castellano)');
  });

  beforeEach(async () => {
    await resetMockBackend();
    brenda = clientFor(staff.token);
  });

  /** Daniel pays part of an open invoice from his checking account (a pending bank payment). */
  async function payerPays(amountCents = 12_345): Promise<Payment> {
    const daniel = clientFor(payer.token);
    const method = (await daniel.paymentMethods.list()).find((m) => m.type === 'bank_account' && m.usable)!;
    const invoice = (await daniel.invoices.list({ status: 'open' })).items[0]!;
    return payQuoted(daniel, { methodId: method.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents, currency: 'USD' });
  }

  /** The billing team pulls Frank's due payment (his arrangement pulls on the 5th). */
  async function staffPulls(): Promise<Payment> {
    const due = (await brenda.staff.payers.duePulls({ date: '2026-12-05' })).items[0]!;
    const [payment] = await pullQuoted(brenda, {
      payerId: due.payer.id,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: due.outstanding.amountCents,
      parts: due.parts.map((p) => ({ methodId: p.method.id, amountCents: p.amount.amountCents })),
    });
    return payment!;
  }

  it("lists exactly the engine's undeposited payments, newest first, with the amount applied and the total charged", async () => {
    const expected = (await brenda.staff.payments.list({ deposited: false, limit: 500 })).items;
    const element = await mountUndeposited(staff.token);
    expect(rowIds(element)).to.deep.equal(expected.map((p) => p.id));
    for (const payment of expected) {
      const text = textOf($(element, `tr[data-payment-id="${payment.id}"]`));
      expect(text).to.contain(payment.reference);
      expect(text).to.contain(payment.payer.name);
      expect(text).to.contain(payment.residentName);
      expect(text).to.contain(payment.method.label);
      // Amount is what was applied to invoices; Total charged adds the fee (what a deposit totals).
      const cells = [...$(element, `tr[data-payment-id="${payment.id}"]`)!.querySelectorAll('td.amount')].map((td) => textOf(td));
      expect(cells[0]).to.equal(formatMoney(payment.amount));
      expect(cells[1]).to.contain(formatMoney(payment.totalCharged));
    }
    expect(textOf($(element, 'caption'))).to.contain('Total charged adds the convenience fee');
    await expect(element).to.be.accessible();
  });

  it('shows a payment a payer just made, and a billing-team pull, after refresh()', async () => {
    const element = await mountUndeposited(staff.token);
    const paid = await payerPays();
    const pulled = await staffPulls();
    await element.refresh();
    await element.updateComplete;
    expect(rowIds(element)).to.include.members([paid.id, pulled.id]);
    expect(rowIds(element)).to.deep.equal(await undepositedIds(brenda));
    expect(textOf($(element, `tr[data-payment-id="${pulled.id}"]`))).to.contain('Billing team pull');
    expect(textOf($(element, `tr[data-payment-id="${paid.id}"]`))).to.contain('Portal');
  });

  it('deposits two selected payments as one batch with their total, and they leave Undeposited Payments', async () => {
    const before = (await brenda.staff.payments.list({ deposited: false, limit: 500 })).items;
    const depositsBefore = await allDeposits(brenda);
    const [first, second, kept] = before;
    const element = await mountUndeposited(staff.token);
    await select(element, first!.id, second!.id);
    const total = formatMoney({ amountCents: sumCharged([first!, second!]), currency: 'USD' });
    expect(textOf($(element, '[data-selection]'))).to.equal(`2 payments selected, ${total}`);

    const confirmation = await openConfirmation(element);
    expect(textOf(confirmation)).to.contain('Deposit 2 payments?');
    expect(textOf($(element, '[data-confirm-total]'))).to.equal(total);
    // Focus moves into the confirmation.
    expect(element.shadowRoot!.activeElement?.id).to.equal('confirm-heading');
    await expect(element).to.be.accessible();

    let fired: AlisDepositCreatedEvent | null = null;
    window.addEventListener('alis-deposit-created', (event) => (fired = event), { once: true });
    confirmButton(element).click();
    await waitUntil(() => $(element, '[data-created]'), 'the created deposit never showed');

    const depositsAfter = await allDeposits(brenda);
    expect(depositsAfter.length).to.equal(depositsBefore.length + 1);
    const deposit = depositsAfter[0]!;
    expect([...deposit.paymentIds].sort()).to.deep.equal([first!.id, second!.id].sort());
    expect(deposit.paymentCount).to.equal(2);
    expect(deposit.total.amountCents).to.equal(sumCharged([first!, second!]));
    expect(await undepositedIds(brenda)).to.deep.equal(before.filter((p) => p !== first && p !== second).map((p) => p.id));

    expect(fired, 'alis-deposit-created').to.exist;
    expect(fired!.deposit.id).to.equal(deposit.id);
    const created = textOf($(element, '[data-created]'));
    expect(created).to.contain(deposit.reference);
    expect(created).to.contain(total);
    // People are shown the deposit's reference, never its internal id.
    expect(created).not.to.contain(deposit.id);
    expect(element.shadowRoot!.activeElement?.id).to.equal('created-heading');
    await waitUntil(() => !rowIds(element).includes(first!.id), 'the deposited rows stayed');
    expect(rowIds(element)).to.deep.equal([kept!.id]);
    await expect(element).to.be.accessible();
  });

  it('speaks of one payment in the singular: selection, button, heading and the confirmation’s sentence', async () => {
    const [only] = (await brenda.staff.payments.list({ deposited: false, limit: 500 })).items.filter((p) => p.status !== 'pending');
    const element = await mountUndeposited(staff.token);
    await select(element, only!.id);
    const total = formatMoney(only!.totalCharged);
    expect(textOf($(element, '[data-selection]'))).to.equal(`1 payment selected, ${total}`);
    expect(textOf($(element, 'button[data-action="deposit"]'))).to.equal('Deposit 1 payment');
    const confirmation = await openConfirmation(element);
    expect(textOf(confirmation.querySelector('#confirm-heading'))).to.equal('Deposit 1 payment?');
    const sentence = textOf(confirmation.querySelector('p'));
    expect(sentence).to.equal(`This payment will be recorded as one deposit of ${total}. A payment belongs to one deposit only, and a deposit cannot be undone here.`);
    expect(textOf(confirmation)).not.to.match(/These 1|1 payments/);
  });

  it('makes one deposit when the confirm button is double-clicked', async () => {
    const depositsBefore = await allDeposits(brenda);
    const element = await mountUndeposited(staff.token);
    const [id] = rowIds(element);
    await select(element, id!);
    await openConfirmation(element);
    const button = confirmButton(element);
    const original = window.fetch;
    const posts: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/staff/deposits')) posts.push(request.headers.get('Idempotency-Key') ?? '');
      return original(request);
    };
    try {
      button.click();
      button.click();
      button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await waitUntil(() => $(element, '[data-created]'), 'the created deposit never showed');
    } finally {
      window.fetch = original;
    }
    // The second click sends nothing; the one request carries the key made when the confirmation opened.
    expect(posts).to.have.length(1);
    expect(posts[0]).to.match(/^[0-9a-f-]{36}$/);
    const depositsAfter = await allDeposits(brenda);
    expect(depositsAfter.length).to.equal(depositsBefore.length + 1);
    expect(depositsAfter[0]!.paymentIds).to.deep.equal([id]);
  });

  it('when the answer is lost, Deposit again asks with the same key and deposits once', async () => {
    const { worker } = await mockWorker();
    let answer = false;
    const keys: string[] = [];
    // The engine makes the deposit, but every answer is lost until `answer` is set.
    worker.use(
      http.post('/api/v1/staff/deposits', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '');
        const real = await getResponse(handlers, request);
        return answer ? real : HttpResponse.error();
      }),
    );
    const depositsBefore = await allDeposits(brenda);
    // Alone, with its own client (the `client` property instead of a provider).
    const element = await fixture<AlisPcUndeposited>(html`<alis-pc-undeposited .client=${clientFor(staff.token)}></alis-pc-undeposited>`);
    await waitUntil(() => rowIds(element).length > 0, 'the panel never rendered', { timeout: 5000 });
    const [id] = rowIds(element);
    await select(element, id!);
    await openConfirmation(element);
    confirmButton(element).click();
    await waitUntil(() => $(element, '[data-problem]'), 'the unknown outcome never showed', { timeout: 8000 });
    expect(textOf($(element, '[data-problem]'))).to.contain('never made twice');
    expect((await allDeposits(brenda)).length).to.equal(depositsBefore.length + 1);
    await expect(element).to.be.accessible();

    answer = true;
    confirmButton(element).click();
    await waitUntil(() => $(element, '[data-created]'), 'the deposit never showed');
    const depositsAfter = await allDeposits(brenda);
    expect(depositsAfter.length).to.equal(depositsBefore.length + 1);
    expect(depositsAfter[0]!.paymentIds).to.deep.equal([id]);
    expect(textOf($(element, '[data-created]'))).to.contain(depositsAfter[0]!.reference);
    expect(new Set(keys).size, `keys sent: ${keys.join(', ')}`).to.equal(1);
    expect(keys.length).to.be.greaterThan(1);
  });

  it('shows the engine’s already_deposited refusal in the confirmation and deposits nothing', async () => {
    const element = await mountUndeposited(staff.token);
    const [first, second] = rowIds(element);
    await select(element, first!, second!);
    await openConfirmation(element);
    // Another staff member deposits one of them meanwhile.
    const other = await brenda.staff.deposits.create({ paymentIds: [second!] });
    const depositsBefore = await allDeposits(brenda);

    confirmButton(element).click();
    await waitUntil(() => $(element, '[data-problem]'), 'the refusal never showed');
    const problem = textOf($(element, '[data-problem]'));
    expect(problem).to.contain('is already in a deposit');
    expect($(element, '[data-problem]')!.getAttribute('role')).to.equal('alert');
    // The engine's word on the one payment shows beside it.
    expect(textOf($(element, `[data-confirmation] li[data-payment-id="${second}"]`))).to.contain('Already deposited');
    expect($(element, '[data-created]')).to.be.null;
    expect(await allDeposits(brenda)).to.deep.equal(depositsBefore);
    expect(await undepositedIds(brenda)).to.include(first);
    expect(depositsBefore[0]!.id).to.equal(other.id);
    await expect(element).to.be.accessible();

    // Going back shows the engine's list as it is now, with focus on the Deposit button.
    $<HTMLButtonElement>(element, 'button[data-action="cancel-deposit"]')!.click();
    await waitUntil(() => rowIds(element).length > 0 && !rowIds(element).includes(second!), 'the list was not refreshed');
    expect(rowIds(element)).to.deep.equal(await undepositedIds(brenda));
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('button[data-action="deposit"]'), 'focus did not return to Deposit');
  });

  it('selects all settled payments with the header checkbox, which turns indeterminate when some are selected', async () => {
    const settling = await payerPays();
    const element = await mountUndeposited(staff.token);
    const ids = rowIds(element).filter((id) => id !== settling.id);
    const payments = (await brenda.staff.payments.list({ deposited: false, limit: 500 })).items.filter((p) => p.id !== settling.id);
    expect(selectAll(element).checked).to.be.false;
    expect(selectAll(element).indeterminate).to.be.false;
    expect(textOf($(element, '[data-selection]'))).to.equal('No payments selected.');

    selectAll(element).click();
    await element.updateComplete;
    expect(ids.every((id) => rowCheckbox(element, id).checked)).to.be.true;
    expect(selectAll(element).checked).to.be.true;
    expect(textOf($(element, '[data-selection]'))).to.equal(
      `${ids.length} payments selected, ${formatMoney({ amountCents: sumCharged(payments), currency: 'USD' })}`,
    );

    rowCheckbox(element, ids[0]!).click();
    await element.updateComplete;
    expect(selectAll(element).indeterminate).to.be.true;
    expect(selectAll(element).checked).to.be.false;
    expect(textOf($(element, '[data-selection]'))).to.equal(
      `${ids.length - 1} payments selected, ${formatMoney({ amountCents: sumCharged(payments.slice(1)), currency: 'USD' })}`,
    );
    await expect(element).to.be.accessible();

    // From indeterminate, the header selects everything; again, nothing.
    selectAll(element).click();
    await element.updateComplete;
    expect(ids.every((id) => rowCheckbox(element, id).checked)).to.be.true;
    selectAll(element).click();
    await element.updateComplete;
    expect(ids.some((id) => rowCheckbox(element, id).checked)).to.be.false;
    expect(selectAll(element).indeterminate).to.be.false;
  });

  it('filters by source, method type and date range through the API', async () => {
    const pulled = await staffPulls();
    const paid = await payerPays();
    const element = await mountUndeposited(staff.token);
    const setFilter = async (name: string, value: string) => {
      const field = $<HTMLInputElement | HTMLSelectElement>(element, `[name="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
      await element.loadComplete;
      await element.updateComplete;
    };

    await setFilter('source', 'staff_pull');
    expect(rowIds(element)).to.deep.equal([pulled.id]);
    expect(rowIds(element)).to.deep.equal((await brenda.staff.payments.list({ deposited: false, source: 'staff_pull' })).items.map((p) => p.id));

    await setFilter('source', '');
    await setFilter('methodType', 'card');
    const cards = (await brenda.staff.payments.list({ deposited: false, methodType: 'card' })).items.map((p) => p.id);
    expect(cards.length).to.be.greaterThan(0);
    expect(rowIds(element)).to.deep.equal(cards);
    expect(rowIds(element)).not.to.include(paid.id);

    await setFilter('methodType', '');
    await setFilter('from', '2026-11-22');
    await setFilter('to', '2026-11-23');
    const inRange = (await brenda.staff.payments.list({ deposited: false, from: '2026-11-22', to: '2026-11-23' })).items.map((p) => p.id);
    expect(inRange.length).to.be.greaterThan(0);
    expect(rowIds(element)).to.deep.equal(inRange);
    await expect(element).to.be.accessible();

    // A reversed range is refused at the "To" field and the list stays as it was.
    await setFilter('to', '2026-11-01');
    expect(textOf($(element, '#to-error'))).to.contain('on or after');
    expect($(element, 'input[name="to"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(rowIds(element)).to.deep.equal(inRange);
    await expect(element).to.be.accessible();

    $<HTMLButtonElement>(element, 'button[data-action="clear-filters"]')!.click();
    await element.updateComplete;
    await element.loadComplete;
    await element.updateComplete;
    expect(rowIds(element)).to.deep.equal(await undepositedIds(brenda));

    // Nothing matching says so, and keeps the filters to change.
    await setFilter('from', '2027-01-01');
    expect(rowIds(element)).to.deep.equal([]);
    await waitForText(element, 'No undeposited payments match these filters.');
    expect($(element, 'select[name="source"]')).to.exist;
  });

  it('sorts by a header: aria-sort says how, and the rows reorder', async () => {
    await payerPays(500);
    const element = await mountUndeposited(staff.token);
    const payments = (await brenda.staff.payments.list({ deposited: false, limit: 500 })).items;
    const amountHeader = () => [...element.shadowRoot!.querySelectorAll('th')].find((th) => textOf(th).startsWith('Amount'))!;
    expect(amountHeader().getAttribute('aria-sort')).to.equal('none');

    amountHeader().querySelector('button')!.click();
    await element.updateComplete;
    expect(amountHeader().getAttribute('aria-sort')).to.equal('ascending');
    const ascending = [...payments].sort((a, b) => a.amount.amountCents - b.amount.amountCents).map((p) => p.id);
    expect(rowIds(element)).to.deep.equal(ascending);

    amountHeader().querySelector('button')!.click();
    await element.updateComplete;
    expect(amountHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(rowIds(element)).to.deep.equal([...ascending].reverse());

    const payerHeader = [...element.shadowRoot!.querySelectorAll('th')].find((th) => textOf(th).startsWith('Payer'))!;
    payerHeader.querySelector('button')!.click();
    await element.updateComplete;
    expect(payerHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(amountHeader().getAttribute('aria-sort')).to.equal('none');
    const names = rowIds(element).map((id) => payments.find((p) => p.id === id)!.payer.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    await expect(element).to.be.accessible();
  });

  it('says "Everything is deposited." when nothing is waiting', async () => {
    await brenda.staff.deposits.create({ paymentIds: await undepositedIds(brenda) });
    const element = await mountUndeposited(staff.token);
    await waitForText(element, 'Everything is deposited.');
    expect($(element, 'table')).to.be.null;
    await expect(element).to.be.accessible();
  });

  it('loads further pages with "Show more" and keeps the selection', async () => {
    await payerPays(1000);
    await payerPays(2000);
    const all = await undepositedIds(brenda);
    const element = await mountUndeposited(staff.token, 3);
    expect(rowIds(element)).to.deep.equal(all.slice(0, 3));
    // The two new bank debits are still settling; the third row is a settled one.
    await select(element, all[2]!);
    while ($(element, 'button[data-action="more"]')) {
      $<HTMLButtonElement>(element, 'button[data-action="more"]')!.click();
      await waitUntil(() => !$<HTMLButtonElement>(element, 'button[data-action="more"]')?.disabled, 'more never finished');
      await element.updateComplete;
    }
    expect(rowIds(element)).to.deep.equal(all);
    expect(rowCheckbox(element, all[2]!).checked).to.be.true;
    expect(selectAll(element).indeterminate).to.be.true;
  });

  it('lists a bank debit still settling with the day it can be deposited, not selectable and not counted', async () => {
    const settling = await payerPays(12_345);
    expect(settling.depositableOn).to.equal('2026-11-27');
    const element = await mountUndeposited(staff.token);
    const row = $(element, `tr[data-payment-id="${settling.id}"]`)!;
    expect(row.hasAttribute('data-settling')).to.be.true;
    expect(row.querySelector('input[type="checkbox"]'), 'no checkbox on a settling row').to.be.null;
    expect(textOf(row.querySelector('[data-settling-note]'))).to.equal(`Settling \u2014 can be deposited on ${formatDate('2026-11-27')}`);
    expect(textOf(row)).to.contain('Nov 27, 2026');
    await expect(element).to.be.accessible();

    // Select all takes only settled payments, and the running total counts only them.
    selectAll(element).click();
    await element.updateComplete;
    const settled = (await brenda.staff.payments.list({ deposited: false, limit: 500 })).items.filter((p) => p.status !== 'pending');
    expect(textOf($(element, '[data-selection]'))).to.equal(
      `${settled.length} payments selected, ${formatMoney({ amountCents: sumCharged(settled), currency: 'USD' })}`,
    );
    expect(selectAll(element).checked).to.be.true;
    const confirmation = await openConfirmation(element);
    expect(confirmation.querySelector(`li[data-payment-id="${settling.id}"]`)).to.be.null;
    $<HTMLButtonElement>(element, 'button[data-action="cancel-deposit"]')!.click();
    await element.updateComplete;

    // Once it has settled (two business days later) it can be selected.
    const clock = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 2 }) });
    expect(clock.ok).to.be.true;
    await element.refresh();
    await element.updateComplete;
    expect($(element, `tr[data-payment-id="${settling.id}"]`)!.hasAttribute('data-settling')).to.be.false;
    expect(rowCheckbox(element, settling.id)).to.exist;
  });

  it("tells a payer it is for the billing team instead of failing oddly", async () => {
    for (const token of [payer.token, viewOnly.token]) {
      const element = await mountUndeposited(token);
      await waitForText(element, 'staff only');
      expect($(element, 'table')).to.be.null;
      await expect(element).to.be.accessible();
    }
  });
});

describe('<alis-pc-deposits>', () => {
  let staff: Persona;
  let payer: Persona;
  let brenda: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
    payer = await persona((p) => p.role === 'payer', 'the default payer');
  });

  beforeEach(async () => {
    await resetMockBackend();
    brenda = clientFor(staff.token);
  });

  it("lists the engine's deposit batches newest first, with count, total and who made it", async () => {
    const expected = (await brenda.staff.deposits.list({ limit: 25 })).items;
    const { deposits } = await mountBoth(staff.token);
    expect(depositRowIds(deposits)).to.deep.equal(expected.map((d) => d.id));
    for (const deposit of expected.slice(0, 5)) {
      const text = textOf($(deposits, `tr[data-deposit-id="${deposit.id}"]`));
      expect(text).to.contain(deposit.reference);
      expect(text).to.contain(formatMoney(deposit.total));
      expect(text).to.contain(deposit.createdBy.name);
      expect(text).to.contain(String(deposit.paymentCount));
    }
    await expect(deposits).to.be.accessible();
  });

  it('expands a deposit to list its payments', async () => {
    const deposit = (await brenda.staff.deposits.list({ limit: 25 })).items.find((d) => d.paymentCount > 1)!;
    const { deposits } = await mountBoth(staff.token);
    const toggle = $<HTMLButtonElement>(deposits, `tr[data-deposit-id="${deposit.id}"] button[data-action="toggle"]`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const { worker } = await mockWorker();
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname + new URL(request.url).search);
    worker.events.on('request:start', record);
    toggle.click();
    await waitUntil(() => $(deposits, `[data-payments-of="${deposit.id}"]`), 'the payments never showed');
    worker.events.removeListener('request:start', record);
    const paymentRequests = requested.filter((url) => url.startsWith('/api/v1/staff/payments'));
    expect(paymentRequests, 'one request for all of the deposit').to.have.length(1);
    expect(paymentRequests[0]).to.contain(`depositId=${deposit.id}`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const shown = [...deposits.shadowRoot!.querySelectorAll<HTMLElement>(`[data-payments-of="${deposit.id}"] tr[data-payment-id]`)].map((tr) => tr.dataset['paymentId']);
    expect(shown).to.deep.equal(deposit.paymentIds);
    let sum = 0;
    for (const id of deposit.paymentIds) {
      const payment = await brenda.staff.payments.get(id);
      expect(payment.depositId).to.equal(deposit.id);
      sum += payment.totalCharged.amountCents;
    }
    expect(sum).to.equal(deposit.total.amountCents);
    await expect(deposits).to.be.accessible();
    toggle.click();
    await deposits.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('sorts by a header with aria-sort', async () => {
    const { deposits } = await mountBoth(staff.token);
    const totalHeader = () => [...deposits.shadowRoot!.querySelectorAll('thead th')].find((th) => textOf(th).startsWith('Total'))!;
    totalHeader().querySelector('button')!.click();
    await deposits.updateComplete;
    expect(totalHeader().getAttribute('aria-sort')).to.equal('ascending');
    const expected = (await brenda.staff.deposits.list({ limit: 25 })).items;
    expect(depositRowIds(deposits)).to.deep.equal([...expected].sort((a, b) => a.total.amountCents - b.total.amountCents).map((d) => d.id));
  });

  it('shows a deposit made in Undeposited Payments on the same page at once', async () => {
    const { undeposited, deposits } = await mountBoth(staff.token);
    const [id] = rowIds(undeposited);
    await select(undeposited, id!);
    await openConfirmation(undeposited);
    confirmButton(undeposited).click();
    await waitUntil(() => $(undeposited, '[data-created]'), 'the deposit was not made');
    const newest = (await allDeposits(brenda))[0]!;
    expect(newest.paymentIds).to.deep.equal([id]);
    await waitUntil(() => depositRowIds(deposits)[0] === newest.id, 'the deposits did not refresh');
    expect(textOf($(deposits, `tr[data-deposit-id="${newest.id}"]`))).to.contain('Brenda Lopez');
  });

  it('pages through older deposits with "Show more"', async () => {
    const total = (await allDeposits(brenda)).length;
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-deposits .pageSize=${10}></alis-pc-deposits></alis-billing-provider>
    `);
    const deposits = provider.querySelector('alis-pc-deposits')!;
    await waitUntil(() => depositRowIds(deposits).length === 10, 'the first page never showed', { timeout: 5000 });
    $<HTMLButtonElement>(deposits, 'button[data-action="more"]')!.click();
    await waitUntil(() => depositRowIds(deposits).length === Math.min(20, total), 'the next page never showed');
  });

  /** The seed's deposit with a return after it: a debit of DEP-20261106 came back R01 (an adjustment of it). */
  async function returnAfterDeposit(): Promise<{ depositId: string; payment: Payment }> {
    const payment = await brenda.staff.payments.get('pay-0089');
    expect(payment.depositReference).to.equal('DEP-20261106');
    expect(payment.return?.code).to.equal('R01');
    return { depositId: payment.depositId!, payment };
  }

  async function mountDeposits(): Promise<AlisPcDeposits> {
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-deposits></alis-pc-deposits></alis-billing-provider>
    `);
    const deposits = provider.querySelector('alis-pc-deposits')!;
    await waitUntil(() => depositRowIds(deposits).length > 0, 'deposits never rendered', { timeout: 5000 });
    return deposits;
  }

  it('shows each deposit’s total, adjustments and net; a return after the deposit is an adjustment of it', async () => {
    const { depositId, payment } = await returnAfterDeposit();
    const deposit = (await allDeposits(brenda)).find((d) => d.id === depositId)!;
    expect(deposit.adjustmentsTotal.amountCents).to.equal(payment.totalCharged.amountCents);
    const deposits = await mountDeposits();
    const row = $(deposits, `tr[data-deposit-id="${depositId}"]`)!;
    expect(textOf(row.querySelector('[data-total]'))).to.equal(formatMoney(deposit.total));
    expect(textOf(row.querySelector('[data-adjustments-total]'))).to.contain(formatMoney(deposit.adjustmentsTotal));
    expect(textOf(row.querySelector('[data-adjustments-total]'))).to.contain('1 adjustment');
    expect(textOf(row.querySelector('[data-net]'))).to.equal(formatMoney({ amountCents: deposit.total.amountCents - payment.totalCharged.amountCents, currency: 'USD' }));
    // An untouched deposit: no adjustments, net = total.
    const other = (await allDeposits(brenda)).find((d) => d.adjustments.length === 0)!;
    expect(textOf($(deposits, `tr[data-deposit-id="${other.id}"] [data-net]`))).to.equal(formatMoney(other.total));

    row.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!.click();
    await waitUntil(() => $(deposits, `[data-payments-of="${depositId}"]`), 'the payments never showed');
    const adjustment = textOf($(deposits, `tr.detail [data-adjustment]`));
    expect(adjustment).to.contain(payment.reference);
    expect(adjustment).to.contain('R01 Insufficient funds');
    expect(adjustment).to.contain(formatMoney(payment.totalCharged));
    // The payments list: Amount applied, and Total charged beside it.
    const cells = [...$(deposits, `[data-payments-of="${depositId}"] tr[data-payment-id="${payment.id}"]`)!.querySelectorAll('td.amount')].map((td) => textOf(td));
    expect(cells).to.deep.equal([formatMoney(payment.amount), formatMoney(payment.totalCharged)]);
    await expect(deposits).to.be.accessible();
  });

  it('opens the printable report, prints it, downloads its CSV and returns to the list', async () => {
    const { depositId } = await returnAfterDeposit();
    const expected = await brenda.staff.deposits.report(depositId);
    const deposits = await mountDeposits();
    const opener = $<HTMLButtonElement>(deposits, `tr[data-deposit-id="${depositId}"] button[data-action="report"]`)!;
    opener.click();
    await waitUntil(() => $(deposits, `[data-report="${depositId}"]`), 'the report never opened');
    await waitUntil(() => deposits.shadowRoot!.activeElement?.id === 'report-heading', 'focus did not move to the report');
    expect(textOf($(deposits, '#report-heading'))).to.equal(`Deposit report ${expected.deposit.reference}`);
    const lines = [...deposits.shadowRoot!.querySelectorAll<HTMLElement>('[data-report-lines] tbody tr')];
    expect(lines.map((tr) => tr.dataset['paymentId'])).to.deep.equal(expected.lines.map((l) => l.paymentId));
    for (const [i, line] of expected.lines.entries()) {
      const text = textOf(lines[i]!);
      for (const part of [line.paymentReference, line.payerName, line.residentName, line.methodLabel, formatMoney(line.charged), formatMoney(line.net)]) {
        expect(text).to.contain(part);
      }
    }
    const totals = textOf($(deposits, '[data-report-totals]'));
    for (const money of [expected.totals.amount, expected.totals.fee, expected.totals.charged, expected.totals.adjustments, expected.totals.net]) {
      expect(totals).to.contain(formatMoney(money));
    }
    expect(textOf($(deposits, '[data-report-net]'))).to.equal(formatMoney(expected.deposit.net));
    await expect(deposits).to.be.accessible();

    // Print asks the browser to print (the stylesheet prints the report alone).
    const originalPrint = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $<HTMLButtonElement>(deposits, 'button[data-action="print"]')!.click();
    } finally {
      window.print = originalPrint;
    }
    expect(printed).to.equal(1);

    // Download CSV saves the report's CSV under the deposit reference.
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | null = null;
    let saved: { download: string; href: string } | null = null;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return originalCreate.call(URL, object);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = { download: this.download, href: this.href };
    };
    try {
      $<HTMLButtonElement>(deposits, 'button[data-action="download-csv"]')!.click();
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(saved, 'a download link was clicked').to.not.be.null;
    expect(saved!.download).to.equal(`${expected.deposit.reference}.csv`);
    expect(saved!.href).to.match(/^blob:/);
    expect(blob!.type).to.contain('text/csv');
    expect(await blob!.text()).to.equal(depositReportCsv(expected));
    await waitForText(deposits, `${expected.deposit.reference}.csv downloaded.`);

    $<HTMLButtonElement>(deposits, 'button[data-action="close-report"]')!.click();
    await waitUntil(() => depositRowIds(deposits).length > 0, 'the list did not come back');
    expect(deposits.shadowRoot!.activeElement).to.equal($(deposits, `tr[data-deposit-id="${depositId}"] button[data-action="report"]`));
  });

  it('tells a payer it is for the billing team', async () => {
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${payer.token}><alis-pc-deposits></alis-pc-deposits></alis-billing-provider>
    `);
    const deposits = provider.querySelector('alis-pc-deposits')!;
    await waitForText(deposits, 'staff only');
    await expect(deposits).to.be.accessible();
  });
});
