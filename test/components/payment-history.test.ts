import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, delay } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-payment-history.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPaymentHistory } from '../../src/components/payment-history/payment-history.js';
import { createAlisClient, type AlisClient, type Payment, type PaymentStatus } from '../../src/sdk/index.js';
import { formatDateTime, formatMoney } from '../../src/core/format.js';
import { AlisPaymentSubmittedEvent } from '../../src/events/payment-events.js';
import { mockWorker, payQuoted, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token });
}

async function paymentsFor(token: string, status?: PaymentStatus): Promise<Payment[]> {
  return (await clientFor(token).payments.list({ ...(status ? { status } : {}), limit: 100 })).items;
}

async function mount(token: string | undefined, attributes: { status?: string; pageSize?: number } = {}) {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-payment-history status=${attributes.status ?? 'all'} page-size=${attributes.pageSize ?? 24}></alis-payment-history>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-payment-history')!;
  return { provider, element };
}

function rows(element: AlisPaymentHistory): HTMLTableRowElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr.payment')];
}

function rowFor(element: AlisPaymentHistory, paymentId: string): HTMLTableRowElement {
  const row = rows(element).find((r) => r.dataset.paymentId === paymentId);
  if (!row) throw new Error(`no row for payment ${paymentId}`);
  return row;
}

async function waitForRows(element: AlisPaymentHistory): Promise<HTMLTableRowElement[]> {
  await waitUntil(() => rows(element).length > 0, 'payment rows never appeared', { timeout: 5000 });
  return rows(element);
}

function toggleOf(row: HTMLTableRowElement): HTMLButtonElement {
  return row.querySelector<HTMLButtonElement>('button[aria-controls]')!;
}

/** The receipt panel a row's disclosure button controls. */
function panelOf(element: AlisPaymentHistory, row: HTMLTableRowElement): HTMLElement {
  return element.shadowRoot!.getElementById(toggleOf(row).getAttribute('aria-controls')!)!;
}

async function openReceipt(element: AlisPaymentHistory, paymentId: string): Promise<HTMLElement> {
  const row = rowFor(element, paymentId);
  toggleOf(row).click();
  await element.updateComplete;
  // The receipt view loads on first open (issue 15).
  await waitUntil(() => panelOf(element, row).querySelector('.receipt'), `the receipt of ${paymentId} did not open`);
  return panelOf(element, row).querySelector<HTMLElement>('.receipt')!;
}

function liveRegion(element: AlisPaymentHistory): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
}

function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => textOf(b).startsWith(name));
}

describe('<alis-payment-history>', () => {
  let payer: Persona;
  let staff: Persona;

  before(async () => {
    await mockWorker();
    payer = await persona((p) => p.role === 'payer', 'the default payer');
    staff = await persona((p) => p.role === 'staff', 'the billing office');
  });

  beforeEach(resetMockBackend);

  it("lists exactly the payer's payments, newest first, with date, reference, who paid, method, amount, total and status", async () => {
    const expected = await paymentsFor(payer.token);
    const { community } = await clientFor(payer.token).session.me();
    expect(expected.length, "the default payer's seeded payments").to.be.greaterThan(3);
    const { element } = await mount(payer.token);
    const shown = await waitForRows(element);

    expect(shown.map((row) => row.dataset.paymentId)).to.deep.equal(expected.map((p) => p.id));
    for (const [index, payment] of expected.entries()) {
      const cells = [...shown[index]!.querySelectorAll('td')].map(textOf);
      // Date and time on the community's clock with its abbreviation, as the Payment Center shows it.
      expect(cells[0]).to.contain(formatDateTime(payment.createdAt, community.timeZone, undefined));
      expect(cells[1]).to.contain(payment.reference);
      expect(textOf(shown[index]!.querySelector('[part="payer"] .name')), 'the default payer made all of his payments').to.equal('You');
      expect(cells[3]).to.contain(payment.method.label);
      // "Amount" is what was applied to invoices; "Total charged" adds the fee.
      expect(cells[4]).to.equal(`Amount${formatMoney(payment.amount)}`);
      expect(cells[5]).to.equal(`Total charged${formatMoney(payment.totalCharged)}`);
      expect(cells[6]).to.contain('Succeeded');
      expect(toggleOf(shown[index]!).getAttribute('aria-expanded')).to.equal('false');
    }
    await expect(element).to.be.accessible();
  });

  it("shows a returned payment's return reason and a refunded payment's refunds, in words", async () => {
    const mine = await paymentsFor(payer.token);
    const cards = mine.filter((p) => p.method.type === 'card' && p.status === 'succeeded');
    const undeposited = cards.find((p) => p.depositId === null)!;
    const [partly, fully] = cards.filter((p) => p.depositId !== null);
    const bank = mine.find((p) => p.method.type === 'bank_account' && p.status === 'succeeded')!;
    expect(undeposited && partly && fully && bank, 'seeded card and bank payments of the default payer').to.be.ok;

    const office = clientFor(staff.token).staff.payments;
    await office.recordReturn(bank.id, { code: 'R01', reason: 'Bank reported insufficient funds' });
    await office.refund(partly!.id, { amountCents: 2500, currency: 'USD', reason: 'Late fee waived' });
    await office.refund(fully!.id, { amountCents: fully!.amount.amountCents, currency: 'USD', reason: 'Paid twice by mistake' });
    await office.void(undeposited.id, { reason: 'Entered in error' });

    const { element } = await mount(payer.token);
    await waitForRows(element);
    const badge = (id: string) => textOf(rowFor(element, id).querySelector('[part="status"]'));
    expect(badge(bank.id)).to.equal('Returned');
    expect(badge(partly!.id)).to.equal('Partially refunded');
    expect(badge(fully!.id)).to.equal('Refunded');
    expect(badge(undeposited.id)).to.equal('Voided');

    const returned = await openReceipt(element, bank.id);
    expect(textOf(returned.querySelector('.receipt-status'))).to.match(/^Returned by the bank on .+ — R01 Insufficient funds$/);
    expect(textOf(returned.querySelector('caption'))).to.contain('reversed');
    expect(textOf(returned.querySelector('.receipt-total dt'))).to.equal('Total (returned by the bank)');

    const partial = await openReceipt(element, partly!.id);
    expect(textOf(partial.querySelector('.receipt-status'))).to.contain(
      `Partially refunded — ${formatMoney({ amountCents: 2500, currency: 'USD' })} of ${formatMoney(partly!.amount)}`,
    );
    const refundLine = textOf(partial.querySelector('.receipt-refunds tbody tr'));
    expect(refundLine).to.contain(formatMoney({ amountCents: 2500, currency: 'USD' }));
    expect(refundLine).to.contain('Late fee waived');
    // The community keeps fees on refunds (the seeded setting), and the payer is told so.
    expect(partly!.fee.amountCents).to.be.greaterThan(0);
    expect(textOf(partial.querySelector('[data-refund-fee]'))).to.equal(`The ${formatMoney(partly!.fee)} convenience fee is not refunded.`);

    const full = await openReceipt(element, fully!.id);
    expect(textOf(full.querySelector('.receipt-status'))).to.contain(`Refunded — ${formatMoney(fully!.amount)} went back to ${fully!.method.label}`);
    expect(textOf(full.querySelector('.receipt-refunds'))).to.contain('Paid twice by mistake');

    const voided = await openReceipt(element, undeposited.id);
    expect(textOf(voided.querySelector('.receipt-status'))).to.contain('Voided — the payment was cancelled');
    expect(textOf(voided.querySelector('.receipt-total dt')), 'a voided payment was never charged').to.equal('Total (not charged)');
    await expect(element).to.be.accessible();
  });

  it('does not call a refunded payment’s money applied: its allocations read as reversed', async () => {
    const mine = await paymentsFor(payer.token);
    const [partly, fully] = mine.filter((p) => p.method.type === 'card' && p.status === 'succeeded' && p.depositId !== null);
    const office = clientFor(staff.token).staff.payments;
    await office.refund(partly!.id, { amountCents: 2500, currency: 'USD', reason: 'Late fee waived' });
    await office.refund(fully!.id, { amountCents: fully!.amount.amountCents, currency: 'USD', reason: 'Paid twice by mistake' });
    const { element } = await mount(payer.token);
    await waitForRows(element);

    const full = await openReceipt(element, fully!.id);
    expect(textOf(full.querySelector('.receipt-allocation caption'))).to.equal('Was applied to (now reversed)');
    const facts = [...full.querySelectorAll('.receipt-facts dt')].map((dt) => textOf(dt));
    expect(facts, 'nothing of a fully refunded payment is still applied').not.to.include('Amount applied');
    expect(facts).to.include('Amount');
    const partial = await openReceipt(element, partly!.id);
    expect(textOf(partial.querySelector('.receipt-allocation caption'))).to.equal('Applied to (partly reversed by the refunds)');
  });

  it('says a card payment still processing is being confirmed, not that it takes a bank’s two business days', async () => {
    // The mock's cards answer at once: the list is answered with one of the payer's card payments still pending.
    const page = await clientFor(payer.token).payments.list({ limit: 50 });
    const card = page.items.find((p) => p.method.type === 'card' && p.status === 'succeeded')!;
    const pending = { ...page, items: page.items.map((p) => (p.id === card.id ? { ...p, status: 'pending' as const } : p)) };
    const { worker } = await mockWorker();
    worker.use(http.get('/api/v1/payments', () => HttpResponse.json(pending)));
    try {
      const { element } = await mount(payer.token);
      await waitForRows(element);
      expect(textOf(rowFor(element, card.id).querySelector('[part="status"]'))).to.equal('Processing');
      const receipt = await openReceipt(element, card.id);
      expect(textOf(receipt.querySelector('.receipt-status'))).to.equal('Processing — the card payment is being confirmed');
    } finally {
      worker.resetHandlers();
    }
  });

  it("explains a declined card payment with the gateway's message", async () => {
    const client = clientFor(payer.token);
    const declinedCard = await client.paymentMethods.create({
      type: 'card',
      token: 'tok_chargeDeclined',
      card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030 },
      billingAddress: { name: 'Daniel Whitaker', line1: '2217 Ridge Avenue', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' },
    });
    const [invoice] = (await client.invoices.list({ status: 'open' })).items;
    const failed = await payQuoted(client, {
      methodId: declinedCard.id,
      target: { type: 'invoice', invoiceId: invoice!.id },
      amountCents: 1000,
      currency: 'USD',
    });
    expect(failed.status).to.equal('failed');

    const { element } = await mount(payer.token);
    await waitForRows(element);
    expect(textOf(rowFor(element, failed.id).querySelector('[part="status"]'))).to.equal('Failed');
    const receipt = await openReceipt(element, failed.id);
    expect(textOf(receipt.querySelector('.receipt-status'))).to.equal(`Failed — ${failed.failure!.message}`);
    expect(textOf(receipt)).to.contain('Total (not charged)');
  });

  it('opens a receipt in place with its allocation, keeps focus on the button and leads on to "Print receipt"', async () => {
    const [newest] = await paymentsFor(payer.token);
    const { element } = await mount(payer.token);
    await waitForRows(element);
    const row = rowFor(element, newest!.id);
    const toggle = toggleOf(row);
    const panel = panelOf(element, row);
    expect(panel.hidden, 'closed receipts are hidden').to.be.true;

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.be.false;
    expect(element.shadowRoot!.activeElement, 'focus stays on the disclosure button').to.equal(toggle);

    await waitUntil(() => panel.querySelector('.receipt'), 'the receipt view never loaded');
    const receipt = panel.querySelector<HTMLElement>('.receipt')!;
    const heading = receipt.querySelector('h3')!;
    expect(textOf(heading)).to.equal(`Receipt ${newest!.reference}`);
    expect(receipt.getAttribute('aria-labelledby')).to.equal(heading.id);
    const text = textOf(receipt);
    const { community } = await clientFor(payer.token).session.me();
    expect(text).to.contain(formatDateTime(newest!.createdAt, community.timeZone, undefined, 'long'));
    expect(text).to.contain(newest!.method.label);
    expect(text).to.contain(formatMoney(newest!.amount));
    expect(text).to.contain(formatMoney(newest!.totalCharged));
    const allocation = [...receipt.querySelectorAll('.receipt-allocation tbody tr')].map(textOf);
    expect(allocation).to.deep.equal(newest!.allocations.map((a) => `${a.invoiceNumber} ${formatMoney(a.amount)}`));
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(textOf(element.shadowRoot!.activeElement)).to.match(/^Print receipt/);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.be.true;
  });

  it('shows the convenience fee only when there is one', async () => {
    const mine = await paymentsFor(payer.token);
    const card = mine.find((p) => p.fee.amountCents > 0)!;
    const bank = mine.find((p) => p.fee.amountCents === 0)!;
    const { element } = await mount(payer.token);
    await waitForRows(element);
    const withFee = await openReceipt(element, card.id);
    expect(textOf(withFee)).to.contain('Convenience fee');
    expect(textOf(withFee)).to.contain(formatMoney(card.fee));
    const withoutFee = await openReceipt(element, bank.id);
    expect(textOf(withoutFee)).to.not.contain('Convenience fee');
  });

  it('prints only the chosen receipt, black on white, without buttons', async () => {
    const [newest, second] = await paymentsFor(payer.token);
    const { element } = await mount(payer.token);
    await waitForRows(element);
    const receipt = await openReceipt(element, newest!.id);
    await openReceipt(element, second!.id);

    const original = window.print;
    let printed = 0;
    let printedFrom: string | undefined;
    window.print = () => {
      printed += 1;
      printedFrom = element.shadowRoot!.querySelector<HTMLElement>('tr[data-printing]')?.id;
    };
    try {
      buttonNamed(panelOf(element, rowFor(element, newest!.id)), 'Print receipt')!.click();
      await waitUntil(() => printed === 1, 'window.print() was never called');
      expect(printedFrom).to.equal(toggleOf(rowFor(element, newest!.id)).getAttribute('aria-controls'));

      await emulateMedia({ media: 'print' });
      const shown = (node: Element) => getComputedStyle(node).display !== 'none';
      expect(shown(receipt), 'the receipt prints').to.be.true;
      expect(shown(element.shadowRoot!.querySelector('h2')!), 'the heading does not').to.be.false;
      expect(shown(element.shadowRoot!.querySelector('select')!), 'nor the filter').to.be.false;
      expect(shown(rowFor(element, second!.id)), 'nor other payments').to.be.false;
      expect(shown(panelOf(element, rowFor(element, second!.id))), "nor other open receipts").to.be.false;
      for (const button of element.shadowRoot!.querySelectorAll('button')) expect(shown(button), textOf(button)).to.be.false;
      expect(getComputedStyle(receipt).color).to.equal('rgb(0, 0, 0)');
      for (const text of receipt.querySelectorAll('dt, dd, th, td')) expect(getComputedStyle(text).color, textOf(text)).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(receipt).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(receipt).boxShadow).to.equal('none');
    } finally {
      window.print = original;
      await emulateMedia({ media: 'screen' });
    }

    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[data-printing]')).to.be.null;
  });

  it('narrows the list with the status filter', async () => {
    const mine = await paymentsFor(payer.token);
    const bank = mine.find((p) => p.method.type === 'bank_account' && p.status === 'succeeded')!;
    await clientFor(staff.token).staff.payments.recordReturn(bank.id, { code: 'R09', reason: 'Uncollected funds' });
    const succeeded = await paymentsFor(payer.token, 'succeeded');

    const { element } = await mount(payer.token);
    await waitForRows(element);
    expect(rows(element)).to.have.length(mine.length);

    const select = element.shadowRoot!.querySelector('select')!;
    const label = element.shadowRoot!.querySelector(`label[for="${select.id}"]`);
    expect(textOf(label)).to.equal('Show');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'All',
      'Processing',
      'Succeeded',
      'Failed',
      'Returned',
      'Refunded',
      'Partially refunded',
      'Voided',
    ]);

    select.value = 'returned';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(element).length === 1, 'the list never narrowed to the returned payment');
    expect(element.status).to.equal('returned');
    expect(element.getAttribute('status')).to.equal('returned');
    expect(rows(element)[0]!.dataset.paymentId).to.equal(bank.id);

    select.value = 'succeeded';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(element).length === succeeded.length, 'the list never showed the succeeded payments');
    expect(rows(element).map((r) => r.dataset.paymentId)).to.deep.equal(succeeded.map((p) => p.id));

    select.value = 'voided';
    select.dispatchEvent(new Event('change'));
    await waitForText(element, "None of the payments on Margaret Whitaker's account was voided.");
    expect(rows(element)).to.have.length(0);
    expect(element.shadowRoot!.querySelector('select'), 'the filter stays to choose again').to.exist;
    await expect(element).to.be.accessible();
  });

  it('reloads when a payment made on the page reaches the window, and announces it', async () => {
    const client = clientFor(payer.token);
    const { element } = await mount(payer.token);
    const before = (await waitForRows(element)).length;
    expect(textOf(liveRegion(element))).to.equal('');

    const bank = (await client.paymentMethods.list()).find((m) => m.type === 'bank_account' && m.status === 'active')!;
    const [invoice] = (await client.invoices.list({ status: 'open' })).items;
    const payment = await payQuoted(client, {
      methodId: bank.id,
      target: { type: 'invoice', invoiceId: invoice!.id },
      amountCents: 5000,
      currency: 'USD',
    });
    expect(payment.status).to.equal('pending');
    window.dispatchEvent(new AlisPaymentSubmittedEvent(payment));

    await waitUntil(() => rows(element)[0]?.dataset.paymentId === payment.id, 'the new payment never appeared first');
    expect(rows(element)).to.have.length(before + 1);
    expect(textOf(rows(element)[0]!.querySelector('[part="status"]'))).to.equal('Processing');
    await waitUntil(() => textOf(liveRegion(element)) !== '', 'nothing was announced');
    expect(textOf(liveRegion(element))).to.equal('Payment history updated: 1 new payment.');

    const receipt = await openReceipt(element, payment.id);
    expect(textOf(receipt.querySelector('.receipt-status'))).to.equal('Processing — bank payments take about two business days');
  });

  it('announces a status that changed when it refreshes', async () => {
    const client = clientFor(payer.token);
    const bank = (await client.paymentMethods.list()).find((m) => m.type === 'bank_account' && m.status === 'active')!;
    const [invoice] = (await client.invoices.list({ status: 'open' })).items;
    const payment = await payQuoted(client, {
      methodId: bank.id,
      target: { type: 'invoice', invoiceId: invoice!.id },
      amountCents: 5000,
      currency: 'USD',
    });
    const { element } = await mount(payer.token);
    await waitForRows(element);
    expect(textOf(rowFor(element, payment.id).querySelector('[part="status"]'))).to.equal('Processing');

    const settled = await fetch(`/api/v1/__mock/payments/${payment.id}/settle`, { method: 'POST' });
    expect(settled.ok, 'the mock gateway settled the payment').to.be.true;
    await element.refresh();
    await element.updateComplete;
    expect(textOf(rowFor(element, payment.id).querySelector('[part="status"]'))).to.equal('Succeeded');
    expect(textOf(liveRegion(element))).to.equal(`Payment history updated: ${payment.reference} is now succeeded.`);
  });

  it('stops listening to the window once removed', async () => {
    const { provider, element } = await mount(payer.token);
    await waitForRows(element);
    let refreshes = 0;
    element.refresh = async () => {
      refreshes += 1;
    };
    const [any] = await paymentsFor(payer.token);
    window.dispatchEvent(new AlisPaymentSubmittedEvent(any!));
    expect(refreshes).to.equal(1);
    provider.remove();
    window.dispatchEvent(new AlisPaymentSubmittedEvent(any!));
    expect(refreshes).to.equal(1);
  });

  it("shows Linda (invited to view Walter's billing) Walter's payments, made by Kevin", async () => {
    const session = await createAlisClient({ baseUrl: '/api/v1' }).invitations.accept('mock-invite-linda-tran', { displayName: 'Linda Tran' });
    const expected = await paymentsFor(session.token);
    expect(expected.length, "Walter's account has payments").to.be.greaterThan(0);
    const { element } = await mount(session.token);
    const shown = await waitForRows(element);
    expect(shown.map((row) => row.dataset.paymentId)).to.deep.equal(expected.map((p) => p.id));
    expect(new Set(shown.map((row) => textOf(row.querySelector('[part="payer"] .name'))))).to.deep.equal(new Set(['Kevin Nguyen (Son)']));
    await expect(element).to.be.accessible();
  });

  it('says so when a payer who sees only their own payments has not paid anything yet', async () => {
    // Linda, just signed up, then given the "Pays bills" profile: she sees only her own payments, and has none.
    const session = await createAlisClient({ baseUrl: '/api/v1' }).invitations.accept('mock-invite-linda-tran', { displayName: 'Linda Tran' });
    await clientFor(staff.token).access.updateUser(session.user.id, { profileId: 'prof-pays-bills' });
    expect(await paymentsFor(session.token)).to.have.length(0);
    const { element } = await mount(session.token);
    await waitForText(element, 'You have not made any payments yet.');
    expect(rows(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows a loading state while the payments are on their way', async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.get('/api/v1/payments', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const { element } = await mount(payer.token);
    await waitForText(element, 'Loading payments…');
    await expect(element).to.be.accessible();
  });

  it('shows a failure and recovers with "Try again"', async () => {
    const { worker } = await mockWorker();
    worker.use(http.get('/api/v1/payments', () => HttpResponse.json({ code: 'internal_error', message: 'x' }, { status: 500 })));
    const { element } = await mount(payer.token);
    await waitForText(element, "We couldn't load your payments.");
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(rows(element)).to.have.length(0);
    await expect(element).to.be.accessible();

    worker.resetHandlers();
    buttonNamed(element.shadowRoot!, 'Try again')!.click();
    await waitForRows(element);
  });

  it('asks a signed-out visitor to sign in', async () => {
    const { element } = await mount(undefined);
    await waitForText(element, 'Please sign in to see your payments.');
    expect(buttonNamed(element.shadowRoot!, 'Try again')).to.be.undefined;
    await expect(element).to.be.accessible();
  });

  it('says plainly when online payments are not enabled, and still lists the payments', async () => {
    const { worker } = await mockWorker();
    const me = await clientFor(payer.token).session.me();
    worker.use(
      http.get('/api/v1/me', () => HttpResponse.json({ ...me, community: { ...me.community, gatewayEnabled: false, paymentsEnabled: false } })),
    );
    const { element } = await mount(payer.token);
    await waitForText(element, 'Online payments are not available');
    await waitForRows(element);
  });

  it('works without a provider when given a client, and explains when it has neither', async () => {
    const alone = await fixture<AlisPaymentHistory>(html`<alis-payment-history></alis-payment-history>`);
    await waitForText(alone, 'not connected');
    alone.client = clientFor(payer.token);
    await waitForRows(alone);
  });

  it('pages through a long history with "Show more payments"', async () => {
    const expected = await paymentsFor(payer.token);
    const { element } = await mount(payer.token, { pageSize: 3 });
    await waitForRows(element);
    expect(rows(element)).to.have.length(3);
    buttonNamed(element.shadowRoot!, 'Show more payments')!.click();
    await waitUntil(() => rows(element).length === 6, 'the second page never appeared');
    expect(rows(element).map((r) => r.dataset.paymentId)).to.deep.equal(expected.slice(0, 6).map((p) => p.id));
    expect(textOf(element.shadowRoot!.querySelector('[role="status"][aria-live]')!)).to.equal('3 more payments loaded.');
  });

  it('says when the next page fails, keeps the rows shown, and loads it on the next press', async () => {
    const expected = await paymentsFor(payer.token);
    const { element } = await mount(payer.token, { pageSize: 3 });
    await waitForRows(element);
    const { worker } = await mockWorker();
    worker.use(
      http.get('/api/v1/payments', ({ request }) =>
        new URL(request.url).searchParams.has('cursor') ? HttpResponse.json({ code: 'internal_error', message: 'x' }, { status: 500 }) : undefined,
      ),
    );
    buttonNamed(element.shadowRoot!, 'Show more payments')!.click();
    await waitForText(element, "We couldn't load your payments.");
    expect(rows(element)).to.have.length(3);
    const more = buttonNamed(element.shadowRoot!, 'Show more payments')!;
    expect(more.disabled).to.equal(false);
    await expect(element).to.be.accessible();

    worker.resetHandlers();
    more.click();
    await waitUntil(() => rows(element).length === 6, 'the second page never appeared');
    expect(element.shadowRoot!.textContent).not.to.contain("We couldn't load your payments.");
    expect(rows(element).map((r) => r.dataset.paymentId)).to.deep.equal(expected.slice(0, 6).map((p) => p.id));
  });

  it('gives every button and the filter a target of at least 44 by 44 pixels', async () => {
    const [newest] = await paymentsFor(payer.token);
    const { element } = await mount(payer.token, { pageSize: 3 });
    await waitForRows(element);
    await openReceipt(element, newest!.id);
    const targets = [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, select')];
    expect(targets.length).to.be.greaterThan(4);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, `${textOf(target)} height`).to.be.at.least(44);
      expect(box.width, `${textOf(target)} width`).to.be.at.least(44);
    }
  });

  it('turns rows into labelled cards in a narrow container, receipts included', async () => {
    const [newest] = await paymentsFor(payer.token);
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 320px">
        <alis-billing-provider base-url="/api/v1" .token=${payer.token}><alis-payment-history></alis-payment-history></alis-billing-provider>
      </div>
    `);
    const element = wrapper.querySelector('alis-payment-history')!;
    const [row, second] = await waitForRows(element);
    expect(getComputedStyle(row!).display).to.equal('block');
    expect(getComputedStyle(panelOf(element, second!)).display, 'a closed receipt takes no space').to.equal('none');
    expect(getComputedStyle(row!.querySelector('.cell-label')!).display).to.not.equal('none');
    await openReceipt(element, newest!.id);
    expect(element.scrollWidth, 'no horizontal scrolling at 320px').to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
});

const RUTH = 'mock-token-ruth-jensen';
const KAREN = 'mock-token-karen-molloy';
const STAFF = 'mock-token-brenda-lopez';
const OFFICE_PHONE = '(630) 555-0142';

/** Paths of the API requests this page makes from now on, until `stop()`. */
async function recordRequests(): Promise<{ paths: string[]; stop: () => void }> {
  const { worker } = await mockWorker();
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname);
  };
  worker.events.on('request:start', listener);
  return { paths, stop: () => worker.events.removeListener('request:start', listener) };
}

describe("<alis-payment-history>: the resident's payments, with who paid", () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it("shows Ruth every payment on Harold's account: hers as You, Karen's by name with only \"Card\"", async () => {
    const expected = await paymentsFor(RUTH);
    const karens = expected.filter((p) => p.payer.id === 'con-karen-molloy');
    expect(karens.length, "Karen paid on Harold's account").to.be.greaterThan(0);
    const { element } = await mount(RUTH);
    const shown = await waitForRows(element);
    expect(shown.map((row) => row.dataset.paymentId)).to.deep.equal(expected.map((p) => p.id));
    for (const payment of expected) {
      const row = rowFor(element, payment.id);
      const cells = [...row.querySelectorAll('td')].map(textOf);
      if (payment.payer.id === 'con-karen-molloy') {
        expect(textOf(row.querySelector('[part="payer"] .name'))).to.equal('Karen Molloy (Daughter)');
        expect(cells[3], "another person's card shows no digits").to.equal('MethodCard');
      } else {
        expect(textOf(row.querySelector('[part="payer"] .name'))).to.equal('You');
      }
    }
    await expect(element).to.be.accessible();
  });

  it('keeps its eight columns without sideways scrolling just above the card layout, and at 1280px', async () => {
    // The cards end at 64rem: references, dates and statuses never break, so eight columns need it.
    for (const width of [1040, 1280]) {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style=${`width: ${width}px`}>
          <alis-billing-provider base-url="/api/v1" .token=${RUTH}><alis-payment-history></alis-payment-history></alis-billing-provider>
        </div>
      `);
      const element = wrapper.querySelector('alis-payment-history')!;
      const [row] = await waitForRows(element);
      expect(getComputedStyle(row!).display, `a table row at ${width}px`).to.equal('table-row');
      expect(element.scrollWidth, `no horizontal scrolling at ${width}px`).to.be.at.most(width);
    }
  });

  it('shows Karen (pays bills, no view) only her own payments', async () => {
    const expected = await paymentsFor(KAREN);
    expect(expected.every((p) => p.payer.id === 'con-karen-molloy')).to.be.true;
    const { element } = await mount(KAREN);
    const shown = await waitForRows(element);
    expect(shown.map((row) => row.dataset.paymentId)).to.deep.equal(expected.map((p) => p.id));
    expect(shown.map((row) => textOf(row.querySelector('[part="payer"] .name')))).to.deep.equal(expected.map(() => 'You'));
  });

  it("keeps the status filter working over the resident's payments, worded for the account", async () => {
    const { element } = await mount(RUTH, { status: 'voided' });
    await waitForText(element, "None of the payments on Harold Jensen's account was voided.");
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#status-filter')!;
    select.value = 'succeeded';
    select.dispatchEvent(new Event('change'));
    const succeeded = await paymentsFor(RUTH, 'succeeded');
    await waitUntil(() => rows(element).length === succeeded.length, 'the filter never applied');
    expect(rows(element).map((row) => row.dataset.paymentId)).to.deep.equal(succeeded.map((p) => p.id));
  });

  it('shows the calm portal-off notice with the office phone, without asking for payments', async () => {
    await clientFor(STAFF).settings.update({ portalEnabled: false });
    const requests = await recordRequests();
    try {
      const { element } = await mount(RUTH);
      await waitForText(element, 'The resident portal of Willow Creek Senior Living is switched off for now.');
      expect(textOf(element.shadowRoot!.querySelector('[part="notice"]'))).to.contain(OFFICE_PHONE);
      expect(element.shadowRoot!.querySelector('#status-filter'), 'no filter over nothing').to.equal(null);
      expect(requests.paths.filter((path) => path.includes('/payments'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it('shows a user whose profile includes no billing the no-access notice, without asking for payments', async () => {
    const staff = clientFor(STAFF);
    const profile = await staff.access.createProfile({ name: 'Newsletter only', permissions: [] });
    await staff.access.updateUser('usr-ruth-jensen', { profileId: profile.id });
    const requests = await recordRequests();
    try {
      const { element } = await mount(RUTH);
      await waitForText(element, 'Your access does not include billing.');
      expect(textOf(element.shadowRoot!.querySelector('[part="notice"]'))).to.contain(OFFICE_PHONE);
      expect(requests.paths.filter((path) => path.includes('/payments'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it("never shows Ruth's payments once Karen signs in", async () => {
    const ruths = await paymentsFor(RUTH);
    const { provider, element } = await mount(RUTH);
    await waitForRows(element);
    const ruthsClient = provider.providedClient;
    provider.token = KAREN;
    // The provider checks whose token it is (GET /me) before anything else is asked with it.
    await waitUntil(() => provider.providedClient !== ruthsClient, 'the provider never started a session for Karen', { timeout: 5000 });
    await element.updateComplete;
    const own = ruths.find((p) => p.payer.id === 'con-ruth-jensen')!;
    // An id, not the row: a failure message that prints a DOM row can hang the browser.
    expect(
      rows(element).some((row) => row.dataset.paymentId === own.id),
      "Ruth's payment is gone at once",
    ).to.equal(false);
    const karens = await paymentsFor(KAREN);
    await waitUntil(() => rows(element).length === karens.length, "Karen's payments never appeared");
    expect(rows(element).map((row) => row.dataset.paymentId)).to.deep.equal(karens.map((p) => p.id));
  });
});
