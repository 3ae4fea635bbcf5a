// What a payer sees of credit on account: the balance says it is held and that the billing office
// applies it, invoices it covers offer no payment that would be refused, the pay flow caps Pay
// Invoice at what is owed net of it, and a payment's receipt says what its credit was applied to.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import '../../src/define/alis-pay-outstanding.js';
import '../../src/define/alis-pay-flow.js';
import '../../src/define/alis-payment-history.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisAmountInput } from '../../src/components/amount-input/amount-input.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { formatMoney } from '../../src/core/format.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { giveCredit } from '../support/credit.js';
import { textOf, waitForText } from '../support/dom.js';

/** Waits until `find` finds something, and returns it. */
async function found<T>(find: () => T | null | undefined, what: string): Promise<T> {
  await waitUntil(() => find(), what, { timeout: 5000 });
  return find()!;
}

const usd = (cents: number) => formatMoney({ amountCents: cents, currency: 'USD' });

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string) {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-pay-outstanding></alis-pay-outstanding>
      <alis-invoices status="open"></alis-invoices>
      <alis-payment-history></alis-payment-history>
    </alis-billing-provider>
  `);
  const outstanding = provider.querySelector('alis-pay-outstanding')!;
  const invoices = provider.querySelector('alis-invoices')!;
  const history = provider.querySelector('alis-payment-history')!;
  await outstanding.loadComplete;
  await invoices.loadComplete;
  await waitUntil(() => invoices.shadowRoot!.querySelector('tbody tr[data-invoice-id]'), 'invoices never rendered', { timeout: 5000 });
  await waitUntil(() => history.shadowRoot!.querySelector('tbody tr.payment'), 'payments never rendered', { timeout: 5000 });
  return { outstanding, invoices, history };
}

describe('credit on account, as the payer sees it', () => {
  let staff: Persona;
  let daniel: Persona;
  let staffClient: AlisClient;
  let danielClient: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff Brenda');
    daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
  });

  beforeEach(async () => {
    await resetMockBackend();
    // No localStorage.clear(): test files run two at a time in pages of one origin, and clearing
    // here would drop the payment keys another file's test is sharing between two flows. A key
    // left from an earlier test is harmless: the reset engine has no record of it.
    staffClient = clientFor(staff.token);
    danielClient = clientFor(daniel.token);
  });

  it('shows no credit line and offers Pay when there is no credit', async () => {
    const { outstanding, invoices } = await mount(daniel.token);
    expect(outstanding.shadowRoot!.querySelector('[part="credit"]')).to.equal(null);
    expect(invoices.shadowRoot!.querySelector('button.pay')).to.exist;
    expect(invoices.shadowRoot!.querySelector('[data-credit-note-for]')).to.equal(null);
  });

  it('says "Credit on account" and that the billing office applies it; covered invoices offer no payment', async () => {
    const { creditCents } = await giveCredit(staffClient, danielClient);
    const { outstanding, invoices } = await mount(daniel.token);
    const credit = outstanding.shadowRoot!.querySelector('[part="credit"]');
    expect(textOf(credit)).to.equal(`Credit on account: ${usd(creditCents)}. You have already paid it; the billing office will apply it to your open invoices.`);
    expect(textOf(outstanding.shadowRoot!.querySelector('[part="total"]'))).to.equal(usd(0));
    expect(outstanding.shadowRoot!.querySelector('button.pay'), 'nothing to pay').to.equal(null);
    expect(outstanding.shadowRoot!.querySelectorAll('ol.invoices li').length, 'the open invoices the credit covers').to.be.greaterThan(0);
    await expect(outstanding).to.be.accessible();

    const open = (await danielClient.invoices.list({ status: 'open', limit: 100 })).items.filter((i) => i.addressee.id === daniel.partyId);
    for (const invoice of open) {
      expect(invoices.shadowRoot!.querySelector(`button[data-pay="${invoice.id}"]`), `Pay on ${invoice.number}`).to.equal(null);
      expect(textOf(invoices.shadowRoot!.querySelector(`[data-credit-note-for="${invoice.id}"]`))).to.equal(
        `Your credit on account of ${usd(creditCents)} covers this invoice; the billing office will apply it, so there is nothing to pay now.`,
      );
    }
    await expect(invoices).to.be.accessible();
  });

  it('caps Pay Invoice at what is owed net of the credit, saying why', async () => {
    const { payment } = await giveCredit(staffClient, danielClient);
    await staffClient.staff.payments.refund(payment.id, { amountCents: 30_000, currency: 'USD', reason: 'Returned to the family' });
    const { invoices } = await mount(daniel.token);
    const invoice = (await danielClient.invoices.list({ status: 'open', limit: 100 })).items.find((i) => i.addressee.id === daniel.partyId && i.balance.amountCents > 30_000)!;
    const pay = await found(() => invoices.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-pay="${invoice.id}"]`), 'Pay is offered again');
    pay.click();
    const flow = await found(() => invoices.shadowRoot!.querySelector('alis-pay-flow'), 'the flow never opened');
    await flow.loadComplete;
    const field = await found(() => flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input'), 'no amount field');
    await flow.updateComplete;
    expect(field.max).to.equal(30_000);
    expect(field.valueCents).to.equal(30_000);
    await waitForText(flow, 'so you may pay at most');
    expect(textOf(flow.shadowRoot!.querySelector('[data-kind="credit"]'))).to.contain(`you may pay at most ${usd(30_000)} of this invoice now`);
    await expect(flow).to.be.accessible();
  });

  it("says in the payment's receipt what its credit was applied to, and what is still held", async () => {
    const { payment, creditCents } = await giveCredit(staffClient, danielClient);
    const first = (await danielClient.outstanding.get()).invoices[0]!;
    const result = await staffClient.staff.payers.applyCredit(daniel.partyId!, { currency: 'USD', allocations: [{ invoiceId: first.invoiceId, amountCents: 12_000 }] });
    expect(result.creditLeft.amountCents).to.equal(creditCents - 12_000);
    const { history } = await mount(daniel.token);
    const row = history.shadowRoot!.querySelector<HTMLTableRowElement>(`tr.payment[data-payment-id="${payment.id}"]`)!;
    row.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    await history.updateComplete;
    const receipt = await found(() => history.shadowRoot!.querySelector('.receipt-credit'), 'no credit section in the receipt');
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date((await danielClient.payments.get(payment.id)).creditApplications[0]!.appliedAt));
    expect(textOf(receipt.querySelector('li'))).to.equal(`${usd(12_000)} applied to ${first.number} on ${day}`);
    expect(textOf(receipt.querySelector('[data-credit-left]'))).to.contain(`${usd(creditCents - 12_000)} is held as credit on account`);
    await expect(history).to.be.accessible();
  });
});
