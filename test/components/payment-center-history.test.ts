// <alis-pc-history> driven as the billing team (Brenda Lopez) would, against the shared mock
// backend: voids, refunds, bank returns and presenting again, with outcomes read back from the
// engine through the SDK, every money-moving request's idempotency key inspected, and axe on each
// state.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-amount-input.js';
import { AlisPcHistory } from '../../src/components/payment-center/history-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisAmountInput } from '../../src/components/amount-input/amount-input.js';
import type { AlisPaymentRefundedEvent, AlisPaymentRepresentedEvent, AlisPaymentReturnedEvent, AlisPaymentVoidedEvent } from '../../src/events/staff-events.js';
import { createAlisClient, type AlisClient, type Payment } from '../../src/sdk/index.js';
import { formatMoney } from '../../src/core/format.js';
import { formatAmountForInput } from '../../src/core/amount.js';
import { mockWorker, payQuoted, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisPcHistory.define('alis-pc-history');

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

interface Filters {
  payerId?: string;
  methodType?: 'all' | 'card' | 'bank_account';
}

async function mount(token: string, filters: Filters = {}): Promise<AlisPcHistory> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-pc-history .payerId=${filters.payerId ?? ''} .methodType=${filters.methodType ?? 'all'}></alis-pc-history>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-pc-history')!;
  await element.loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('table, .notice'), 'the history never rendered', { timeout: 5000 });
  return element;
}

const root = (element: AlisPcHistory) => element.shadowRoot!;
const row = (element: AlisPcHistory, paymentId: string) => root(element).querySelector<HTMLTableRowElement>(`tr.payment[data-payment-id="${paymentId}"]`);
const details = (element: AlisPcHistory, paymentId: string) => root(element).querySelector<HTMLElement>(`[data-details-for="${paymentId}"]`);
const form = (element: AlisPcHistory, paymentId: string) => root(element).querySelector<HTMLFormElement>(`form[data-confirm-for="${paymentId}"]`);

async function expand(element: AlisPcHistory, paymentId: string): Promise<HTMLElement> {
  await waitUntil(() => row(element, paymentId), `payment ${paymentId} is not listed`, { timeout: 5000 });
  row(element, paymentId)!.querySelector<HTMLButtonElement>('button.details')!.click();
  await waitUntil(() => details(element, paymentId), 'the details never opened');
  return details(element, paymentId)!;
}

function actionButton(element: AlisPcHistory, paymentId: string, kind: string): HTMLButtonElement | null {
  return details(element, paymentId)?.querySelector<HTMLButtonElement>(`[data-actions-for] > .actions [data-action="${kind}"]`) ?? null;
}

async function openAction(element: AlisPcHistory, paymentId: string, kind: string): Promise<HTMLFormElement> {
  const button = actionButton(element, paymentId, kind);
  if (!button) throw new Error(`no ${kind} action on ${paymentId}: ${textOf(details(element, paymentId))}`);
  button.click();
  await waitUntil(() => form(element, paymentId), `the ${kind} confirmation never opened`);
  await element.updateComplete;
  return form(element, paymentId)!;
}

async function typeInto(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

const reasonField = (f: HTMLFormElement) => f.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
const amountField = (f: HTMLFormElement) => f.querySelector<AlisAmountInput>('alis-amount-input')!;
const amountInput = (f: HTMLFormElement) => amountField(f).shadowRoot!.querySelector<HTMLInputElement>('input')!;
const confirmButton = (f: HTMLFormElement) => f.querySelector<HTMLButtonElement>('[data-action="confirm"]')!;

/** Dollars as the amount field reads them, e.g. 2500 → "25.00". */
/** Whether `expected` has focus inside the element (compared by identity: a failing DOM comparison would serialize the node). */
function expectFocused(element: AlisPcHistory, expected: Element | null | undefined): void {
  const active = root(element).activeElement;
  expect(active === expected && active !== null, `focus is on ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(true);
}

const dollars = (cents: number) => (cents / 100).toFixed(2);

interface SentRequest {
  method: string;
  url: string;
  idempotencyKey: string | null;
}

/** Every request sent while `body` runs, with its Idempotency-Key. */
async function recordRequests(body: () => Promise<void>): Promise<SentRequest[]> {
  const original = window.fetch;
  const sent: SentRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, url: request.url, idempotencyKey: request.headers.get('Idempotency-Key') });
    return original(request);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return sent;
}

function nextEvent<E extends Event>(name: string): Promise<E> {
  return new Promise((resolve) => window.addEventListener(name, (event) => resolve(event as E), { once: true }));
}

async function settle(paymentId: string): Promise<void> {
  const response = await fetch(`/api/v1/__mock/payments/${paymentId}/settle`, { method: 'POST' });
  if (!response.ok) throw new Error(`settle failed: ${response.status} ${await response.text()}`);
}

describe('<alis-pc-history>', () => {
  let staff: Persona;
  let daniel: Persona;
  let staffClient: AlisClient;
  let danielClient: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff (Brenda Lopez)');
    daniel = await persona((p) => p.token.includes('daniel'), 'Daniel Whitaker');
  });

  beforeEach(async () => {
    await resetMockBackend();
    staffClient = clientFor(staff.token);
    danielClient = clientFor(daniel.token);
  });

  /** Daniel pays `amountCents` of his oldest open invoice with his card or bank account. */
  async function danielPays(kind: 'card' | 'bank_account', amountCents: number): Promise<{ payment: Payment; invoiceId: string; balanceBefore: number }> {
    const method = (await danielClient.paymentMethods.list()).find((m) => m.type === kind && m.usable)!;
    const invoice = (await danielClient.invoices.list({ status: 'open' })).items.at(-1)!;
    const payment = await payQuoted(danielClient, { methodId: method.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents, currency: 'USD' });
    return { payment, invoiceId: invoice.id, balanceBefore: invoice.balance.amountCents };
  }

  it('tells a payer it is for staff only instead of failing', async () => {
    const element = await mount(daniel.token);
    await waitForText(element, 'staff only');
    expect(root(element).querySelector('table') === null, 'no table').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('lists every payment newest first, with status in words and the filters the API supports', async () => {
    const element = await mount(staff.token);
    const expected = await staffClient.staff.payments.list({ limit: 50 });
    const ids = [...root(element).querySelectorAll('tr.payment')].map((tr) => tr.getAttribute('data-payment-id'));
    expect(ids).to.deep.equal(expected.items.map((p) => p.id));
    const first = expected.items[0]!;
    const firstRow = textOf(row(element, first.id));
    expect(firstRow).to.contain(first.reference).and.contain(first.payer.name).and.contain(first.residentName).and.contain('Succeeded');
    expect(firstRow).to.contain(formatMoney(first.amount));
    expect(root(element).querySelector('[role="status"][aria-live="polite"]')).to.exist;
    await expect(element).to.be.accessible();

    const method = root(element).querySelector<HTMLSelectElement>('select[name="methodType"]')!;
    method.value = 'bank_account';
    method.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await element.loadComplete;
    const bank = await staffClient.staff.payments.list({ limit: 50, methodType: 'bank_account' });
    await waitUntil(() => root(element).querySelectorAll('tr.payment').length === bank.items.length, 'the method filter was not applied');
    for (const tr of root(element).querySelectorAll('tr.payment')) {
      expect(bank.items.some((p) => p.id === tr.getAttribute('data-payment-id'))).to.equal(true);
    }
  });

  it('sorts by a column header, with aria-sort telling the order', async () => {
    const element = await mount(staff.token);
    const amountHeader = () => [...root(element).querySelectorAll('th')].find((th) => textOf(th).startsWith('Amount'))!;
    const amounts = () => [...root(element).querySelectorAll('tr.payment td.amount:not(.total)')].map((td) => Number(textOf(td).replace(/[^0-9.]/g, '')));
    expect(amountHeader().getAttribute('aria-sort')).to.equal('none');
    amountHeader().querySelector('button')!.click();
    await element.updateComplete;
    expect(amountHeader().getAttribute('aria-sort')).to.equal('ascending');
    const ascending = amounts();
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    amountHeader().querySelector('button')!.click();
    await element.updateComplete;
    expect(amountHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(amounts()).to.deep.equal([...ascending].sort((a, b) => b - a));
    expect(textOf(root(element).querySelector('caption'))).to.contain('sorted by amount');
  });

  it('expands a payment into its receipt and its audit trail (when, who, what)', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, limit: 1 })).items[0]!;
    const element = await mount(staff.token, { payerId: payment.payer.id });
    const opened = await expand(element, payment.id);
    expect(row(element, payment.id)!.querySelector('button.details')!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(opened.querySelector('.receipt'))).to.contain(`Receipt ${payment.reference}`);
    const trail = [...opened.querySelectorAll('table.audit tbody tr')];
    expect(trail.map((tr) => tr.getAttribute('data-action'))).to.deep.equal(payment.history.map((h) => h.action));
    expect(textOf(trail.find((tr) => tr.getAttribute('data-action') === 'deposited'))).to.contain('Brenda Lopez');
    // The deposit is named by its reference, never by its internal id.
    expect(textOf(opened.querySelector('.deposit-line'))).to.contain(`In deposit ${payment.depositReference!}.`);
    expect(textOf(opened)).not.to.contain(payment.depositId!);
    await expect(element).to.be.accessible();
  });

  it('voids an undeposited payment after asking for a reason: the engine shows it voided and the invoice reopened', async () => {
    const { payment, invoiceId, balanceBefore } = await danielPays('card', 5_000);
    expect((await danielClient.invoices.get(invoiceId)).balance.amountCents).to.equal(balanceBefore - 5_000);
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'void');
    expectFocused(element, reasonField(confirm));
    expect(textOf(confirm)).to.contain('reopens by $50.00');
    await expect(element).to.be.accessible();

    // No reason: refused at the field, nothing sent.
    confirmButton(confirm).click();
    await waitUntil(() => reasonField(confirm).getAttribute('aria-invalid') === 'true', 'the missing reason was not flagged');
    expectFocused(element, reasonField(confirm));
    expect((await staffClient.staff.payments.get(payment.id)).status).to.equal('succeeded');
    await expect(element).to.be.accessible();

    const voided = nextEvent<AlisPaymentVoidedEvent>('alis-payment-voided');
    await typeInto(reasonField(confirm), 'Paid twice by mistake');
    confirmButton(confirm).click();
    expect((await voided).payment.id).to.equal(payment.id);

    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.status).to.equal('voided');
    expect((await danielClient.invoices.get(invoiceId)).balance.amountCents).to.equal(balanceBefore);
    await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome shown');
    const outcome = details(element, payment.id)!.querySelector('[data-outcome]')!;
    expect(textOf(outcome)).to.contain('Voided').and.contain('reopened by $50.00');
    expectFocused(element, outcome);
    expect(textOf(row(element, payment.id)!.querySelector('.badge'))).to.equal('Voided');
    const voidEntry = details(element, payment.id)!.querySelector('table.audit tr[data-action="voided"]');
    expect(textOf(voidEntry)).to.contain('Brenda Lopez').and.contain('Paid twice by mistake');
    expect(actionButton(element, payment.id, 'void') === null, 'not offered').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('says when a bank debit still settling can be deposited', async () => {
    const { payment } = await danielPays('bank_account', 5_000);
    expect(payment.depositableOn).to.equal('2026-11-27');
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    const opened = await expand(element, payment.id);
    expect(textOf(opened.querySelector('.deposit-line'))).to.contain('can be deposited on Nov 27, 2026');
  });

  it('says of each payment that will never be deposited why, and never "Not deposited yet" (voided, failed, returned, refunded)', async () => {
    const voided = (await danielPays('card', 1_000)).payment;
    await staffClient.staff.payments.void(voided.id, { reason: 'Paid twice by mistake' });
    const failed = (await danielPays('bank_account', 1_100)).payment;
    const failing = await fetch(`/api/v1/__mock/payments/${failed.id}/fail`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(failing.ok, await failing.clone().text()).to.equal(true);
    const returned = (await danielPays('bank_account', 1_200)).payment;
    await staffClient.staff.payments.recordReturn(returned.id, { code: 'R01', reason: 'Bank letter' });
    const refunded = (await danielPays('card', 1_300)).payment;
    await staffClient.staff.payments.refund(refunded.id, { amountCents: 1_300, currency: 'USD', reason: 'Charged in error' });
    const waiting = (await danielPays('card', 1_400)).payment;
    const expected: Array<[Payment, string, string]> = [
      [voided, 'voided', 'Will not be deposited: the payment was voided, so no money was collected.'],
      [failed, 'failed', 'Will not be deposited: the payment failed, so no money was collected.'],
      [returned, 'returned', 'Will not be deposited: the bank returned the debit, so the money went back.'],
      [refunded, 'refunded', 'Will not be deposited: the payment was refunded in full.'],
      [waiting, 'succeeded', 'Not deposited yet.'],
    ];
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    for (const [payment, status, line] of expected) {
      expect((await staffClient.staff.payments.get(payment.id)).status, payment.reference).to.equal(status);
      const opened = await expand(element, payment.id);
      const said = textOf(opened.querySelector('.deposit-line'));
      expect(said, status).to.contain(line);
      if (status !== 'succeeded') expect(said, status).not.to.contain('Not deposited yet');
      const cell = textOf(row(element, payment.id)!.querySelector('[data-deposit-standing]'));
      expect(cell, status).to.equal(status === 'succeeded' ? 'Not deposited' : 'Will not be deposited');
    }
    await expect(element).to.be.accessible();
  });

  it('says what a refund or a bank return did to the deposit a payment is in', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    await staffClient.staff.payments.refund(payment.id, { amountCents: payment.amount.amountCents, currency: payment.amount.currency, reason: 'Moved out' });
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    const opened = await expand(element, payment.id);
    expect(textOf(opened.querySelector('.deposit-line'))).to.equal(
      `In deposit ${payment.depositReference!}; it was refunded in full since, and that deposit was adjusted by the refund.`,
    );
    expect(textOf(row(element, payment.id)!.querySelector('[data-deposit-standing]'))).to.equal('Deposited');
  });

  it('does not offer Void for a deposited payment (it offers Refund instead)', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, status: 'succeeded', limit: 1 })).items[0]!;
    const element = await mount(staff.token, { payerId: payment.payer.id });
    const opened = await expand(element, payment.id);
    expect(actionButton(element, payment.id, 'void') === null, 'not offered').to.equal(true);
    expect(actionButton(element, payment.id, 'refund')).to.exist;
    expect(textOf(opened)).to.contain('can be refunded but no longer voided');
  });

  it('refunds part of a deposited card payment: the engine shows it partially refunded, with the refund and who made it', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'refund');
    expectFocused(element, amountField(confirm));
    expect(amountField(confirm).max).to.equal(payment.amount.amountCents - payment.refundedTotal.amountCents);
    await expect(element).to.be.accessible();

    const refunded = nextEvent<AlisPaymentRefundedEvent>('alis-payment-refunded');
    await typeInto(amountInput(confirm), '25.00');
    await typeInto(reasonField(confirm), 'Guest meal charged in error');
    await element.updateComplete;
    expect(textOf(confirmButton(confirm))).to.equal('Refund $25.00');
    confirmButton(confirm).click();
    expect((await refunded).payment.status).to.equal('partially_refunded');

    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.status).to.equal('partially_refunded');
    expect(after.refunds.map((r) => [r.amount.amountCents, r.reason, r.createdBy.name])).to.deep.equal([[2_500, 'Guest meal charged in error', 'Brenda Lopez']]);
    await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome shown');
    const opened = details(element, payment.id)!;
    expect(textOf(opened.querySelector('[data-outcome]'))).to.contain('Refunded $25.00').and.contain('partially refunded');
    expect(textOf(opened.querySelector('.receipt-refunds'))).to.contain('$25.00');
    expect(textOf(opened.querySelector('table.audit tr[data-action="refunded"]'))).to.contain('Brenda Lopez');
    expect(textOf(row(element, payment.id)!.querySelector('.badge'))).to.equal('Partially refunded');
    await expect(element).to.be.accessible();
  });

  it('says whether the convenience fee goes back before refunding, as the settings decide, and after', async () => {
    await staffClient.settings.update({ feeOnRefund: 'refunded' });
    const payment = (await staffClient.staff.payments.list({ methodType: 'card', status: 'succeeded', limit: 20 })).items.find((p) => p.fee.amountCents >= 4)!;
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'refund');
    const fee = formatMoney(payment.fee);
    await waitUntil(() => !textOf(confirm.querySelector('[data-refund-fee]')).startsWith('Checking'), 'the fee policy never loaded');
    // Nothing typed yet: the whole refundable amount, so the whole fee.
    expect(textOf(confirm.querySelector('[data-refund-fee]'))).to.equal(`The ${fee} convenience fee is refunded.`);
    const half = Math.floor(payment.amount.amountCents / 2);
    const share = Math.floor((payment.fee.amountCents * half) / payment.amount.amountCents);
    await typeInto(amountInput(confirm), formatAmountForInput(half));
    await typeInto(reasonField(confirm), 'Half charged twice');
    await element.updateComplete;
    expect(textOf(confirm.querySelector('[data-refund-fee]'))).to.equal(`${formatMoney({ amountCents: share, currency: 'USD' })} of the ${fee} convenience fee is refunded.`);
    await expect(element).to.be.accessible();
    confirmButton(confirm).click();
    await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome shown');
    const opened = details(element, payment.id)!;
    expect(textOf(opened.querySelector('[data-outcome]'))).to.contain(`${formatMoney({ amountCents: share, currency: 'USD' })} of the ${fee} convenience fee is refunded.`);
    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.refunds.map((r) => r.fee.amountCents)).to.deep.equal([share]);
    expect(textOf(opened.querySelector('[data-refund-fee]'))).to.equal(`${formatMoney({ amountCents: share, currency: 'USD' })} of the ${fee} convenience fee is refunded.`);
  });

  it('refuses a refund above what is refundable at the amount field, and shows the engine’s refusal there too', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    const refundable = payment.amount.amountCents - payment.refundedTotal.amountCents;
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'refund');
    await typeInto(amountInput(confirm), dollars(refundable + 1));
    await typeInto(reasonField(confirm), 'Too much');
    const sent = await recordRequests(async () => {
      confirmButton(confirm).click();
      await waitUntil(() => textOf(amountField(confirm).shadowRoot!.querySelector('#error')).includes('can still be refunded'), 'no error at the amount');
    });
    expect(sent.filter((r) => r.method === 'POST')).to.have.length(0);
    expect((await staffClient.staff.payments.get(payment.id)).refunds).to.have.length(0);
    await expect(element).to.be.accessible();

    // Someone refunds part of it meanwhile; the full amount the panel still allows is then refused by the engine.
    await staffClient.staff.payments.refund(payment.id, { amountCents: 1_000, currency: 'USD', reason: 'Meanwhile' });
    amountInput(confirm).select();
    await sendKeys({ type: dollars(refundable) });
    confirmButton(confirm).click();
    await waitUntil(() => textOf(amountField(confirm).shadowRoot!.querySelector('#error')).includes('can still be refunded'), 'the engine refusal is not at the field');
    expect(textOf(amountField(confirm).shadowRoot!.querySelector('#error'))).to.contain(payment.reference);
    expect(reasonField(confirm).value).to.equal('Too much');
    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.refunds.map((r) => r.amount.amountCents)).to.deep.equal([1_000]);
  });

  it('records an R01 return on a bank payment: returned, invoice reopened, and Present again offered and done', async () => {
    const { payment, invoiceId, balanceBefore } = await danielPays('bank_account', 10_000);
    await settle(payment.id);
    expect((await staffClient.staff.payments.get(payment.id)).status).to.equal('succeeded');
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'return');
    const codes = [...confirm.querySelectorAll<HTMLElement>('label.code')];
    expect(codes.map((c) => c.dataset.code)).to.deep.equal(['R01', 'R02', 'R03', 'R04', 'R07', 'R09', 'R10', 'R29']);
    expect(textOf(codes[0])).to.contain('Insufficient funds').and.contain('presented again');
    expect(textOf(codes[1])).to.contain('Account closed').and.contain('Blocks this bank account');
    // Only a revoked or unauthorized debit is cured by re-authorizing (as the engine decides); a closed or wrong account must be replaced.
    const effect = (code: string) => textOf(codes.find((c) => c.dataset.code === code)!.querySelector('.code-effect'));
    for (const code of ['R02', 'R03', 'R04']) expect(effect(code), code).to.equal('Blocks this bank account until the payer replaces it.');
    for (const code of ['R07', 'R10', 'R29']) expect(effect(code), code).to.equal('Blocks this bank account until the payer replaces or re-authorizes it.');
    expectFocused(element, codes[0]!.querySelector('input'));
    await expect(element).to.be.accessible();

    const returned = nextEvent<AlisPaymentReturnedEvent>('alis-payment-returned');
    codes[0]!.querySelector('input')!.click();
    await typeInto(reasonField(confirm), 'Bank notice 11/25');
    confirmButton(confirm).click();
    expect((await returned).payment.return?.code).to.equal('R01');

    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.status).to.equal('returned');
    expect(after.return?.representable).to.equal(true);
    expect((await danielClient.invoices.get(invoiceId)).balance.amountCents).to.equal(balanceBefore);
    await waitUntil(() => actionButton(element, payment.id, 'represent'), 'Present again is not offered');
    expect(textOf(details(element, payment.id)!.querySelector('[data-outcome]'))).to.contain('R01').and.contain('reopened by $100.00');
    expect(textOf(row(element, payment.id)!.querySelector('.badge'))).to.equal('Returned · R01');
    await expect(element).to.be.accessible();

    const again = await openAction(element, payment.id, 'represent');
    expect(textOf(again)).to.contain('presentment 2 of 3');
    const represented = new Promise<AlisPaymentRepresentedEvent>((resolve) => window.addEventListener('alis-payment-represented', resolve, { once: true }));
    confirmButton(again).click();
    expect((await represented).original.id).to.equal(payment.id);
    await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]')?.textContent?.includes('again as'), 'no representment outcome');
    const created = (await staffClient.staff.payments.list({ payerId: daniel.partyId!, limit: 5 })).items.find((p) => p.representmentOf === payment.id);
    expect(created?.status).to.equal('pending');
    await waitUntil(() => row(element, created!.id), 'the new payment is not listed');
    expect(actionButton(element, payment.id, 'represent') === null, 'not offered').to.equal(true);
    expect(textOf(details(element, payment.id)!.querySelector('table.audit tr[data-action="represented"]'))).to.contain('Brenda Lopez');
  });

  it('a representment answered just before another user signs in shows, announces and tells nothing to that user', async () => {
    const { payment } = await danielPays('bank_account', 4_000);
    await settle(payment.id);
    await staffClient.staff.payments.recordReturn(payment.id, { code: 'R01', reason: 'Bank notice' });
    const { worker } = await mockWorker();
    let holding = false;
    let held = 0;
    // The read of the original that follows "Present again" hangs until the change of user aborts it.
    worker.use(
      http.get('/api/v1/staff/payments/:paymentId', async ({ params }) => {
        if (!holding || params['paymentId'] !== payment.id) return undefined;
        held += 1;
        await delay('infinite');
        return undefined;
      }),
    );
    const host = await fixture<HTMLDivElement>(html`<div><alis-pc-history .client=${clientFor(staff.token)} .payerId=${daniel.partyId!}></alis-pc-history></div>`);
    const element = host.querySelector('alis-pc-history')!;
    await element.loadComplete;
    await expand(element, payment.id);
    const again = await openAction(element, payment.id, 'represent');
    let represented = 0;
    host.addEventListener('alis-payment-represented', () => (represented += 1));
    holding = true;
    confirmButton(again).click();
    await waitUntil(() => held === 1, 'the original was never read again', { timeout: 5000 });

    // Another session (a new client) takes over the element while that read is in flight.
    element.client = clientFor(staff.token);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    holding = false;
    expect(represented, 'no alis-payment-represented for the next user').to.equal(0);
    const live = [...root(element).querySelectorAll('[role="status"], [aria-live]')].map(textOf).join(' ');
    expect(live, 'nothing announced to the next user').not.to.contain('again as');
    await element.loadComplete;
    await expand(element, payment.id);
    await element.updateComplete;
    expect(details(element, payment.id)!.querySelector('[data-outcome]'), 'no outcome of the previous session').to.equal(null);
    expect(textOf(root(element)).includes(`Presented ${payment.reference} again`), 'the previous session\u2019s outcome is gone').to.equal(false);
  });

  it('acts once on a double click of the confirm button', async () => {
    const { payment } = await danielPays('card', 2_000);
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'void');
    await typeInto(reasonField(confirm), 'Duplicate');
    const sent = await recordRequests(async () => {
      confirmButton(confirm).click();
      confirmButton(confirm).click();
      await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome shown');
    });
    expect(sent.filter((r) => r.method === 'POST' && r.url.endsWith('/void'))).to.have.length(1);
    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.history.filter((h) => h.action === 'voided')).to.have.length(1);
  });

  it('keeps the idempotency key of a refund whose outcome was unknown, so checking again refunds once', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    const { worker } = await mockWorker();
    worker.use(http.post('/api/v1/staff/payments/:paymentId/refunds', () => HttpResponse.error()));
    const provider = await fixture<HTMLElement>(html`<div><alis-pc-history .client=${staffClient} .payerId=${payment.payer.id} .methodType=${'card'}></alis-pc-history></div>`);
    const element = provider.querySelector('alis-pc-history')!;
    await element.loadComplete;
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'refund');
    await typeInto(amountInput(confirm), '10.00');
    await typeInto(reasonField(confirm), 'Courtesy credit');
    const sent = await recordRequests(async () => {
      confirmButton(confirm).click();
      await waitUntil(() => textOf(confirm.querySelector('[data-error]')).includes('could not confirm'), 'the unknown outcome was not shown', { timeout: 8000 });
      expect(confirm.querySelector('fieldset')!.disabled, 'the fields are locked to what was sent').to.equal(true);
      expect(textOf(confirmButton(confirm))).to.equal('Check again');
      await expect(element).to.be.accessible();
      worker.resetHandlers();
      confirmButton(confirm).click();
      await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome after checking again', { timeout: 8000 });
    });
    const keys = new Set(sent.filter((r) => r.method === 'POST' && r.url.includes('/refunds')).map((r) => r.idempotencyKey));
    expect(keys.size, 'one key for every attempt').to.equal(1);
    expect([...keys][0]).to.be.a('string');
    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.refunds.map((r) => r.amount.amountCents)).to.deep.equal([1_000]);
  });

  it('keeps an unconfirmed refund after Cancel: reopening the payment checks that refund again with its key, never a second one', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    const { worker } = await mockWorker();
    // The engine makes the refund but the answer is lost on the way back.
    worker.use(
      http.post('/api/v1/staff/payments/:paymentId/refunds', async ({ request }) => {
        // The copy sent from here falls through to the mock backend itself.
        if (request.headers.has('x-test-passthrough')) return undefined;
        const headers = new Headers(request.headers);
        headers.set('x-test-passthrough', '1');
        await fetch(request.url, { method: 'POST', headers, body: await request.text() });
        return HttpResponse.error();
      }),
    );
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    await expand(element, payment.id);
    let confirm = await openAction(element, payment.id, 'refund');
    await typeInto(amountInput(confirm), '10.00');
    await typeInto(reasonField(confirm), 'Courtesy credit');
    const sent = await recordRequests(async () => {
      confirmButton(confirm).click();
      await waitUntil(() => textOf(confirm.querySelector('[data-error]')).includes('could not confirm'), 'the unknown outcome was not shown', { timeout: 8000 });
      [...confirm.querySelectorAll('button')].find((b) => textOf(b) === 'Cancel')!.click();
      await waitUntil(() => details(element, payment.id)?.querySelector('[data-unsettled]'), 'the unsettled refund is not mentioned');
      worker.resetHandlers();
      confirm = await openAction(element, payment.id, 'refund');
      expect(confirm.querySelector('fieldset')!.disabled, 'reopened locked to what was sent').to.equal(true);
      expect(textOf(confirmButton(confirm))).to.equal('Check again');
      confirmButton(confirm).click();
      await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome after checking again', { timeout: 8000 });
    });
    const keys = new Set(sent.filter((r) => r.method === 'POST' && r.url.includes('/refunds')).map((r) => r.idempotencyKey));
    expect(keys.size, 'one key for every attempt').to.equal(1);
    const after = await staffClient.staff.payments.get(payment.id);
    expect(after.refunds.map((r) => r.amount.amountCents), 'refunded once').to.deep.equal([1_000]);
  });

  it('keeps an unconfirmed refund through an expired session: checking again after signing in refunds once, with the same key', async () => {
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    const { worker, backend } = await mockWorker();
    // The engine makes the refund but the answer is lost on the way back.
    worker.use(
      http.post('/api/v1/staff/payments/:paymentId/refunds', async ({ request }) => {
        if (request.headers.has('x-test-passthrough')) return undefined;
        const headers = new Headers(request.headers);
        headers.set('x-test-passthrough', '1');
        await fetch(request.url, { method: 'POST', headers, body: await request.text() });
        return HttpResponse.error();
      }),
    );
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    const provider = element.closest('alis-billing-provider')!;
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'refund');
    await typeInto(amountInput(confirm), '10.00');
    await typeInto(reasonField(confirm), 'Courtesy credit');
    const sent = await recordRequests(async () => {
      confirmButton(confirm).click();
      await waitUntil(() => textOf(confirm.querySelector('[data-error]')).includes('could not confirm'), 'the unknown outcome was not shown', { timeout: 8000 });
      worker.resetHandlers();

      // Brenda's session ends elsewhere: checking again is refused with a 401 before the key is looked at.
      const renewed = 'mock-token-brenda-lopez-renewed';
      backend.mutate((draft) => {
        draft.users.find((u) => u.token === staff.token)!.token = renewed;
      });
      let expired = 0;
      provider.addEventListener('alis-session-expired', () => (expired += 1));
      confirmButton(confirm).click();
      await waitUntil(() => expired > 0, 'alis-session-expired never fired', { timeout: 5000 });
      // The button stays focusable while busy (aria-disabled, never `disabled`): the check has ended
      // when it is no longer marked busy. Waiting on `disabled` passed at once and raced the 401.
      await waitUntil(() => confirmButton(confirm).getAttribute('aria-disabled') === 'false', 'the check never ended', { timeout: 8000 });
      expect(textOf(confirm.querySelector('[data-error]')), 'the outcome is still unknown').to.contain('could not confirm');
      expect(confirm.querySelector('fieldset')!.disabled, 'still locked to what was sent').to.equal(true);
      expect(textOf(confirmButton(confirm))).to.equal('Check again');

      provider.token = renewed;
      await new Promise((resolve) => setTimeout(resolve, 200));
      confirmButton(confirm).click();
      await waitUntil(() => details(element, payment.id)?.querySelector('[data-outcome]'), 'no outcome after checking again', { timeout: 8000 });
    });
    const keys = new Set(sent.filter((r) => r.method === 'POST' && r.url.includes('/refunds')).map((r) => r.idempotencyKey));
    expect(keys.size, 'one key for every attempt').to.equal(1);
    const renewedClient = clientFor('mock-token-brenda-lopez-renewed');
    const after = await renewedClient.staff.payments.get(payment.id);
    expect(after.refunds.map((r) => r.amount.amountCents), 'refunded once').to.deep.equal([1_000]);
    await expect(element).to.be.accessible();
  });

  it('shows the engine’s refusal of a void in place and changes nothing', async () => {
    const { payment } = await danielPays('card', 3_000);
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'void');
    await typeInto(reasonField(confirm), 'Customer asked');
    // Deposited in another tab meanwhile: the engine refuses with already_deposited.
    await staffClient.staff.deposits.create({ paymentIds: [payment.id] });
    confirmButton(confirm).click();
    await waitUntil(() => confirm.querySelector('[data-error]'), 'no refusal shown');
    expect(textOf(confirm.querySelector('[data-error]'))).to.contain('already deposited');
    expect(reasonField(confirm).value).to.equal('Customer asked');
    expect((await staffClient.staff.payments.get(payment.id)).status).to.equal('succeeded');
    await expect(element).to.be.accessible();
    confirm.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await waitUntil(() => !form(element, payment.id), 'the confirmation did not close');
    // The panel now knows it is deposited: Void is gone, Refund is offered.
    expect(actionButton(element, payment.id, 'void') === null, 'not offered').to.equal(true);
    expectFocused(element, actionButton(element, payment.id, 'refund'));
  });

  it('returns focus to the button that opened a confirmation when it is cancelled', async () => {
    const { payment } = await danielPays('bank_account', 1_500);
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    await expand(element, payment.id);
    const confirm = await openAction(element, payment.id, 'return');
    confirm.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await waitUntil(() => !form(element, payment.id), 'the confirmation did not close');
    expectFocused(element, actionButton(element, payment.id, 'return'));
  });
});

describe('<alis-pc-history> actions that are still out when their confirmation goes', () => {
  beforeEach(async () => {
    await resetMockBackend();
  });

  afterEach(async () => {
    (await mockWorker()).worker.resetHandlers();
  });

  /** Delays one kind of action request by `ms`, then lets the mock backend answer it. */
  async function slowDown(path: 'refunds' | 'void', ms: number): Promise<void> {
    const { worker } = await mockWorker();
    worker.use(
      http.post(`/api/v1/staff/payments/:paymentId/${path}`, async () => {
        await delay(ms);
        return undefined;
      }),
    );
  }

  it('a refund that goes through after Cancel still updates its row and fires alis-payment-refunded once', async () => {
    const staff = await persona((p) => p.role === 'staff', 'staff');
    const staffClient = clientFor(staff.token);
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    await slowDown('refunds', 600);
    const element = await mount(staff.token, { payerId: payment.payer.id, methodType: 'card' });
    await expand(element, payment.id);
    const refund = await openAction(element, payment.id, 'refund');
    await typeInto(amountInput(refund), '10.00');
    await typeInto(reasonField(refund), 'Courtesy');
    let refunded = 0;
    const count = () => (refunded += 1);
    window.addEventListener('alis-payment-refunded', count);
    try {
      confirmButton(refund).click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      [...refund.querySelectorAll('button')].find((button) => textOf(button) === 'Cancel')!.click();
      await waitUntil(() => refunded > 0, 'alis-payment-refunded never fired', { timeout: 3000 });
      await waitUntil(() => textOf(row(element, payment.id)?.querySelector('.badge') ?? null) === 'Partially refunded', 'the row kept its old status');
    } finally {
      window.removeEventListener('alis-payment-refunded', count);
    }
    expect(refunded).to.equal(1);
    expect((await staffClient.staff.payments.get(payment.id)).refunds.map((r) => r.amount.amountCents)).to.deep.equal([1_000]);
  });

  it('a refund cancelled mid-send and a void of another payment: each outcome lands on its own payment', async () => {
    const staff = await persona((p) => p.role === 'staff', 'staff');
    const daniel = await persona((p) => p.token.includes('daniel'), 'Daniel');
    const danielClient = clientFor(daniel.token);
    const card = (await danielClient.paymentMethods.list()).find((m) => m.type === 'card' && m.usable)!;
    const invoice = (await danielClient.invoices.list({ status: 'open' })).items.at(-1)!;
    const target = { type: 'invoice' as const, invoiceId: invoice.id };
    const a = await payQuoted(danielClient, { methodId: card.id, target, amountCents: 2_000, currency: 'USD' });
    const b = await payQuoted(danielClient, { methodId: card.id, target, amountCents: 1_500, currency: 'USD' });
    await slowDown('refunds', 1_200);
    await slowDown('void', 2_500);
    const element = await mount(staff.token, { payerId: daniel.partyId! });
    const events: string[] = [];
    const record = (event: Event) => events.push(`${event.type}:${(event as AlisPaymentRefundedEvent | AlisPaymentVoidedEvent).payment.id}`);
    window.addEventListener('alis-payment-refunded', record);
    window.addEventListener('alis-payment-voided', record);
    try {
      await expand(element, a.id);
      const refund = await openAction(element, a.id, 'refund');
      await typeInto(amountInput(refund), '5.00');
      await typeInto(reasonField(refund), 'Courtesy');
      confirmButton(refund).click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      [...refund.querySelectorAll('button')].find((button) => textOf(button) === 'Cancel')!.click();
      await expand(element, b.id);
      const voiding = await openAction(element, b.id, 'void');
      await typeInto(reasonField(voiding), 'Duplicate');
      confirmButton(voiding).click();
      await waitUntil(() => events.length === 2, `events so far: ${events.join(', ')}`, { timeout: 6000 });
    } finally {
      window.removeEventListener('alis-payment-refunded', record);
      window.removeEventListener('alis-payment-voided', record);
    }
    expect(events).to.deep.equal([`alis-payment-refunded:${a.id}`, `alis-payment-voided:${b.id}`]);
    await waitUntil(() => textOf(row(element, b.id)?.querySelector('.badge') ?? null) === 'Voided', 'B never showed as voided');
    expect(textOf(details(element, b.id)?.querySelector('[data-outcome]') ?? null)).to.contain(b.reference);
    expect(textOf(details(element, b.id)?.querySelector('[data-outcome]') ?? null)).to.not.contain(a.reference);
    expect(textOf(row(element, a.id)?.querySelector('.badge') ?? null)).to.equal('Partially refunded');
  });
});
