// One clock for people: the payer's history and the Payment Center show the same payment at the
// same wall-clock time — the community's, with the zone's abbreviation — whatever the browser's
// zone, and mean the same by "Amount" and "Total charged". The seed's community is in Chicago; the
// test browser runs in the machine's zone (UTC here), so the two clocks differ by hours.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-payment-history.js';
import '../../src/define/alis-payment-methods.js';
import { AlisPcHistory } from '../../src/components/payment-center/history-panel.js';
import { AlisPcUndeposited } from '../../src/components/payment-center/undeposited-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPaymentHistory } from '../../src/components/payment-history/payment-history.js';
import type { AlisPaymentMethods } from '../../src/components/payment-methods/payment-methods.js';
import { createAlisClient, type AlisClient, type Payment } from '../../src/sdk/index.js';
import { formatDateOfInstant, formatDateTime, formatMoney } from '../../src/core/format.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

AlisPcHistory.define('alis-pc-history');
AlisPcUndeposited.define('alis-pc-undeposited');

const clientFor = (token: string): AlisClient => createAlisClient({ baseUrl: '/api/v1', getToken: () => token });
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function mountHistory(token: string): Promise<AlisPaymentHistory> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-payment-history page-size="100"></alis-payment-history></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-payment-history')!;
  await waitUntil(() => element.shadowRoot!.querySelector('tr.payment'), 'the payer history never listed a payment', { timeout: 5000 });
  return element;
}

async function mountStaffHistory(token: string, payerId: string): Promise<AlisPcHistory> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-pc-history .payerId=${payerId}></alis-pc-history></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-pc-history')!;
  await waitUntil(() => element.shadowRoot!.querySelector('tr.payment'), 'the Payment Center history never listed a payment', { timeout: 5000 });
  return element;
}

/** A cell's text without the label the card layout shows ("Amount$2,731.00" → "$2,731.00"). */
const value = (cell: Element | null | undefined, label: string): string => textOf(cell).replace(label, '').trim();

describe('one clock for people', () => {
  let payer: Persona;
  let staff: Persona;
  let timeZone: string;

  before(async () => {
    await mockWorker();
    payer = await persona((p) => p.role === 'payer', 'the default payer');
    staff = await persona((p) => p.role === 'staff', 'the billing office');
  });

  beforeEach(async () => {
    await resetMockBackend();
    timeZone = (await clientFor(payer.token).session.me()).community.timeZone;
    // What this file is about: were the two zones the same, any formatting would pass.
    expect(timeZone, 'the community and the browser are in different zones').not.to.equal(browserZone);
  });

  it("the payer's history and the Payment Center show the same payment at the same community time, with its abbreviation", async () => {
    const payments = (await clientFor(payer.token).payments.list({ limit: 100 })).items;
    const card = payments.find((p) => p.fee.amountCents > 0);
    expect(card, 'a seeded card payment with a fee').to.exist;
    const payment = card as Payment;
    const community = formatDateTime(payment.createdAt, timeZone, undefined);
    const browser = formatDateTime(payment.createdAt, browserZone, undefined);
    expect(community).to.match(/\b(CST|CDT)$/);
    expect(community.replace(/\s[A-Z]+$/, '')).not.to.equal(browser.replace(/\s\S+$/, ''));

    const history = await mountHistory(payer.token);
    const mine = history.shadowRoot!.querySelector(`tr.payment[data-payment-id="${payment.id}"]`)!;
    const theirs = (await mountStaffHistory(staff.token, payment.payer.id)).shadowRoot!.querySelector(`tr.payment[data-payment-id="${payment.id}"]`)!;
    expect(mine, 'the payment is in the payer history').to.exist;
    expect(theirs, 'the payment is in the Payment Center history').to.exist;

    const myDate = value(mine.querySelector('td.date time'), '');
    const theirDate = value(theirs.querySelector('td time'), '');
    expect(myDate).to.equal(community);
    expect(theirDate).to.equal(community);

    // "Amount" is what was applied to invoices, "Total charged" adds the fee, in both lists.
    expect(value(mine.querySelector('td.amount:not(.total)'), 'Amount')).to.equal(formatMoney(payment.amount));
    expect(value(theirs.querySelector('td.amount:not(.total)'), '')).to.equal(formatMoney(payment.amount));
    expect(value(mine.querySelector('td.total'), 'Total charged')).to.equal(formatMoney(payment.totalCharged));
    expect(value(theirs.querySelector('td.total'), '')).to.equal(formatMoney(payment.totalCharged));
    expect(payment.totalCharged.amountCents).to.equal(payment.amount.amountCents + payment.fee.amountCents);
    await expect(history).to.be.accessible();
  });

  it('Undeposited Payments shows an undeposited payment at the time the payer history shows', async () => {
    const [payment] = (await clientFor(staff.token).staff.payments.list({ deposited: false, limit: 1 })).items;
    if (!payment) throw new Error('the seed has no undeposited payment');
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-undeposited></alis-pc-undeposited></alis-billing-provider>
    `);
    const element = provider.querySelector<AlisPcUndeposited>('alis-pc-undeposited')!;
    const row = () => element.shadowRoot!.querySelector(`tr[data-payment-id="${payment.id}"]`);
    await waitUntil(row, 'the payment is not in Undeposited Payments', { timeout: 5000 });
    expect(textOf(row()!.querySelector('time'))).to.equal(formatDateTime(payment.createdAt, timeZone, undefined));
    await expect(element).to.be.accessible();
  });

  it('receipts and the audit trail in the Payment Center are on the community clock too', async () => {
    const payments = (await clientFor(payer.token).payments.list({ limit: 100 })).items;
    const payment = payments[0]!;
    const long = formatDateTime(payment.createdAt, timeZone, undefined, 'long');

    const history = await mountHistory(payer.token);
    history.shadowRoot!.querySelector<HTMLButtonElement>(`tr.payment[data-payment-id="${payment.id}"] button[aria-controls]`)!.click();
    await waitUntil(() => history.shadowRoot!.querySelector('.receipt'), 'the payer receipt never opened');
    expect(textOf(history.shadowRoot!.querySelector('.receipt time'))).to.equal(long);

    const center = await mountStaffHistory(staff.token, payment.payer.id);
    center.shadowRoot!.querySelector<HTMLButtonElement>(`tr.payment[data-payment-id="${payment.id}"] button.details`)!.click();
    await waitUntil(() => center.shadowRoot!.querySelector(`[data-details-for="${payment.id}"]`), 'the details never opened');
    const details = center.shadowRoot!.querySelector(`[data-details-for="${payment.id}"]`)!;
    expect(textOf(details.querySelector('.receipt time'))).to.equal(long);
    const submitted = payment.history.find((entry) => entry.action === 'submitted')!;
    expect(textOf(details.querySelector('[data-action="submitted"] time'))).to.equal(formatDateTime(submitted.at, timeZone, undefined));
    await expect(center).to.be.accessible();
  });

  it('an automatic-payment authorization given late in the evening is dated that evening, not the next UTC day', async () => {
    // 10:30 PM in Chicago on November 25 is 04:30 UTC on November 26.
    await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ setTo: '2026-11-26T04:30:00.000Z' }) });
    const client = clientFor(payer.token);
    const method = (await client.paymentMethods.list()).find((m) => m.recurringAuthorization === null && m.usable);
    expect(method, 'a method without an authorization').to.exist;
    const authorized = await client.paymentMethods.update(method!.id, { recurringAuthorization: true });
    const at = authorized.recurringAuthorization!.authorizedAt;
    expect(formatDateOfInstant(at, timeZone, undefined)).not.to.equal(formatDateOfInstant(at, 'UTC', undefined));

    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${payer.token}><alis-payment-methods></alis-payment-methods></alis-billing-provider>
    `);
    const element = provider.querySelector<AlisPaymentMethods>('alis-payment-methods')!;
    const line = () => element.shadowRoot!.querySelector(`[data-method-id="${method!.id}"] [data-recurring]`);
    await waitUntil(line, 'the authorization is not shown', { timeout: 5000 });
    expect(textOf(line())).to.contain(`on ${formatDateOfInstant(at, timeZone, undefined)}`);
    await expect(element).to.be.accessible();
  });
});
