// Applying a payer's credit on account from the Payers panel, driven as the billing team would
// (staff Brenda) with the keyboard, against the shared mock backend. Outcomes are read back from
// the engine through the SDK.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-amount-input.js';
import { AlisPcPayers } from '../../src/components/payment-center/payers-panel.js';
import { AlisPcApplyCredit, type ApplyCreditStep } from '../../src/components/payment-center/apply-credit.js';
import { AlisPcArrangementEditor } from '../../src/components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment } from '../../src/components/payment-center/pull-payment.js';
import { AlisPcRequestMethod } from '../../src/components/payment-center/request-payment-method.js';
import { AlisAuditTrail } from '../../src/components/audit-trail/audit-trail.js';
import { AlisPcHistory } from '../../src/components/payment-center/history-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisAmountInput } from '../../src/components/amount-input/amount-input.js';
import type { AlisCreditAppliedEvent } from '../../src/events/staff-events.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { formatMoney } from '../../src/core/format.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { giveCredit } from '../support/credit.js';
import { textOf, waitForText } from '../support/dom.js';

AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcApplyCredit.define('alis-pc-apply-credit');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisAuditTrail.define('alis-audit-trail');
AlisPcPayers.define('alis-pc-payers');
AlisPcHistory.define('alis-pc-history');

const usd = (cents: number) => formatMoney({ amountCents: cents, currency: 'USD' });

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string): Promise<AlisPcPayers> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-pc-payers page-size="50"></alis-pc-payers>
    </alis-billing-provider>
  `);
  const panel = provider.querySelector('alis-pc-payers')!;
  await panel.loadComplete;
  await waitUntil(() => panel.shadowRoot!.querySelector('tbody tr[data-payer-id]'), 'the payers never rendered', { timeout: 5000 });
  return panel;
}

const rowOf = (panel: AlisPcPayers, payerId: string) => panel.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-payer-id="${payerId}"]`);

function action(scope: ParentNode | null | undefined, name: string): HTMLButtonElement {
  const button = scope?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
  if (!button) throw new Error(`no ${name} button`);
  return button;
}

/** Focuses a button and presses Enter, as a keyboard user would. */
async function press(button: HTMLElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

async function openPanel(panel: AlisPcPayers, payerId: string): Promise<AlisPcApplyCredit> {
  await press(action(rowOf(panel, payerId), 'apply-credit'));
  await waitUntil(() => panel.shadowRoot!.querySelector('alis-pc-apply-credit'), 'the apply-credit panel never opened');
  const flow = panel.shadowRoot!.querySelector('alis-pc-apply-credit')!;
  await flow.loadComplete;
  await waitUntil(() => flow.shadowRoot!.querySelector('form'), 'the form never rendered', { timeout: 5000 });
  return flow;
}

async function waitForStep(flow: AlisPcApplyCredit, step: ApplyCreditStep): Promise<void> {
  await waitUntil(() => flow.step === step, `never reached ${step} (at ${flow.step}: ${textOf(flow.shadowRoot)})`, { timeout: 8000 });
  await flow.updateComplete;
}

/** The payer's cell in their row: where focus goes when the button that opened a flow is gone. */
const payerCell = (panel: AlisPcPayers, payerId: string) => rowOf(panel, payerId)?.querySelector<HTMLElement>('td.payer');

/** The focused element, through shadow roots: what a keyboard user is on. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const headingFocused = (flow: AlisPcApplyCredit) => flow.shadowRoot!.activeElement?.hasAttribute('data-heading') === true;

describe('<alis-pc-payers>: applying credit on account', () => {
  let staff: Persona;
  let daniel: Persona;
  let staffClient: AlisClient;
  let danielClient: AlisClient;
  let danielId: string;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff Brenda');
    daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
    danielId = daniel.partyId!;
  });

  beforeEach(async () => {
    await resetMockBackend();
    // No localStorage.clear(): test files run two at a time in pages of one origin, and clearing
    // here would drop the payment keys another file's test is sharing between two flows. A key
    // left from an earlier test is harmless: the reset engine has no record of it.
    staffClient = clientFor(staff.token);
    danielClient = clientFor(daniel.token);
  });

  it('checking again an application whose outcome is unknown keeps it unknown through an expired session, and applies once', async () => {
    const { creditCents } = await giveCredit(staffClient, danielClient);
    const { worker, backend } = await mockWorker();
    // The engine applies the credit, but the answer never comes (until the flow leaves the page).
    worker.use(
      http.post('/api/v1/staff/payers/:payerId/credit-applications', async ({ request }) => {
        if (request.headers.has('x-test-passthrough')) return undefined;
        const headers = new Headers(request.headers);
        headers.set('x-test-passthrough', '1');
        await fetch(request.url, { method: 'POST', headers, body: await request.text() });
        await delay('infinite');
        return undefined;
      }),
    );
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}><div><alis-pc-apply-credit payer-id=${danielId}></alis-pc-apply-credit></div></alis-billing-provider>
    `);
    const flow = provider.querySelector('alis-pc-apply-credit')!;
    const holder = flow.parentElement!;
    await flow.loadComplete;
    await waitUntil(() => flow.shadowRoot!.querySelector('[data-action="review"]'), 'the form never rendered', { timeout: 5000 });
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    action(flow.shadowRoot, 'confirm').click();
    await waitUntil(async () => (await staffClient.staff.payers.get(danielId)).creditOnAccount.amountCents === 0, 'the engine never applied the credit', { timeout: 5000 });
    // Moved on the page mid-request: the outcome is unknown until checked with the same key.
    flow.remove();
    await waitForStep(flow, 'unconfirmed');
    worker.resetHandlers();
    holder.append(flow);
    await flow.updateComplete;

    // Brenda's session ends elsewhere: checking again is refused with a 401 before the key is looked at.
    const renewed = 'mock-token-brenda-lopez-renewed';
    backend.mutate((draft) => {
      draft.users.find((u) => u.token === staff.token)!.token = renewed;
    });
    let expired = 0;
    provider.addEventListener('alis-session-expired', () => (expired += 1));
    action(flow.shadowRoot, 'check-again').click();
    await waitUntil(() => expired > 0, 'alis-session-expired never fired', { timeout: 5000 });
    await flow.updateComplete;
    expect(flow.step, 'the outcome is still unknown').to.equal('checking');
    expect(textOf(flow.shadowRoot).includes('Nothing was applied'), 'it does not say nothing was applied').to.equal(false);

    provider.token = renewed;
    await waitForStep(flow, 'result');
    expect(textOf(flow.shadowRoot!.querySelector('[role="status"]'))).to.contain(`Applied ${usd(creditCents)} of credit on account`);
    const renewedClient = clientFor(renewed);
    expect((await renewedClient.staff.payers.get(danielId)).creditOnAccount.amountCents).to.equal(0);
    const applied = await renewedClient.staff.auditLog.list({ subjectType: 'payer', subjectId: danielId, limit: 50 });
    expect(applied.items.filter((entry) => entry.action === 'credit_applied'), 'applied once').to.have.length(1);
    await expect(flow).to.be.accessible();
  });

  it('offers nothing to apply for a payer without credit', async () => {
    const panel = await mount(staff.token);
    const row = rowOf(panel, danielId)!;
    expect(row.querySelector('[data-credit]')).to.equal(null);
    expect(row.querySelector('[data-action="apply-credit"]')).to.equal(null);
  });

  it('applies the credit in policy order with the keyboard: review, result announced, the row refreshed and focus back', async () => {
    const { creditCents } = await giveCredit(staffClient, danielClient);
    const open = (await danielClient.invoices.list({ status: 'open', limit: 100 })).items.filter((i) => i.addressee.id === danielId);
    expect(open.length).to.be.greaterThan(0);
    const panel = await mount(staff.token);
    const row = rowOf(panel, danielId)!;
    expect(textOf(row.querySelector('[data-credit]'))).to.equal(`Credit on account ${usd(creditCents)}`);
    await expect(panel).to.be.accessible();
    const heard: AlisCreditAppliedEvent[] = [];
    panel.addEventListener('alis-credit-applied', (event) => heard.push(event));

    const flow = await openPanel(panel, danielId);
    expect(headingFocused(flow), 'focus on the heading').to.equal(true);
    expect(textOf(flow.shadowRoot!.querySelector('[data-credit]'))).to.equal(usd(creditCents));
    expect(flow.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="policy"]')!.checked).to.equal(true);
    await expect(flow).to.be.accessible();

    await press(action(flow.shadowRoot, 'review'));
    await waitForStep(flow, 'review');
    expect(headingFocused(flow), 'focus on the review heading').to.equal(true);
    const oldestFirst = [...open].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const reviewed = [...flow.shadowRoot!.querySelectorAll('.review li[data-invoice-id]')].map((li) => li.getAttribute('data-invoice-id'));
    expect(reviewed).to.deep.equal(oldestFirst.map((i) => i.id));
    expect(textOf(flow.shadowRoot!.querySelector('[data-total]'))).to.equal(usd(creditCents));
    expect(textOf(flow.shadowRoot!.querySelector('[data-credit-left]'))).to.equal(usd(0));
    await expect(flow).to.be.accessible();

    await press(action(flow.shadowRoot, 'confirm'));
    await waitForStep(flow, 'result');
    await waitForText(flow, 'Credit applied');
    expect(textOf(flow.shadowRoot!.querySelector('[role="status"]'))).to.contain(`Applied ${usd(creditCents)} of credit on account`);
    expect(heard.length).to.equal(1);
    for (const invoice of open) expect((await danielClient.invoices.get(invoice.id)).status).to.equal('paid');
    expect((await staffClient.staff.payers.get(danielId)).creditOnAccount.amountCents).to.equal(0);
    await expect(flow).to.be.accessible();

    await press(action(flow.shadowRoot, 'done'));
    await waitUntil(() => !panel.shadowRoot!.querySelector('alis-pc-apply-credit'), 'the panel never closed');
    await waitUntil(() => !rowOf(panel, danielId)!.querySelector('[data-credit]'), 'the row still shows the credit');
    // "Apply credit" is gone with the credit: focus lands on the payer's cell, a stable place in the row.
    await waitUntil(() => panel.shadowRoot!.activeElement === payerCell(panel, danielId), 'focus is not on the payer');
  });

  for (const { when, holdMs } of [
    { when: 'answered just after Done', holdMs: 300 },
    { when: 'slower than Done waits for', holdMs: 2_600 },
  ]) {
    it(`keeps focus in the payer's row after applying all of their credit, the row's refresh ${when}`, async () => {
      await giveCredit(staffClient, danielClient);
      const { worker } = await mockWorker();
      let holding = false;
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let refreshAsked = false;
      worker.use(
        http.get('/api/v1/staff/payers/:id', async ({ params }) => {
          if (!holding || params.id !== danielId) return undefined;
          refreshAsked = true;
          await held;
          return undefined;
        }),
      );
      try {
        const panel = await mount(staff.token);
        const flow = await openPanel(panel, danielId);
        await press(action(flow.shadowRoot, 'review'));
        await waitForStep(flow, 'review');
        // The row's refresh after the application is held until Done has been pressed.
        holding = true;
        await press(action(flow.shadowRoot, 'confirm'));
        await waitForStep(flow, 'result');
        await waitUntil(() => refreshAsked, 'the row was never refreshed');
        await press(action(flow.shadowRoot, 'done'));
        setTimeout(release, holdMs);
        await waitUntil(() => !panel.shadowRoot!.querySelector('alis-pc-apply-credit'), 'the panel never closed', { timeout: 5000 });
        await waitUntil(() => !rowOf(panel, danielId)!.querySelector('[data-action="apply-credit"]'), '"Apply credit" is still there', { timeout: 5000 });
        await panel.updateComplete;
        await waitUntil(() => deepActiveElement() === payerCell(panel, danielId), `focus is on ${deepActiveElement()?.tagName ?? 'nothing'}, not the payer's cell`);
        expect(textOf(deepActiveElement())).to.contain('Daniel Whitaker');
        await expect(panel).to.be.accessible();
      } finally {
        release();
        worker.resetHandlers();
      }
    });
  }

  it('applies in policy order only what was reviewed: credit used elsewhere meanwhile is refused, nothing applied', async () => {
    const { creditCents } = await giveCredit(staffClient, danielClient);
    const panel = await mount(staff.token);
    const flow = await openPanel(panel, danielId);
    await press(action(flow.shadowRoot, 'review'));
    await waitForStep(flow, 'review');
    expect(textOf(flow.shadowRoot!.querySelector('[data-total]'))).to.equal(usd(creditCents));
    // Another desk applies part of the credit while this review is open.
    const open = (await danielClient.invoices.list({ status: 'open', limit: 100 })).items.filter((i) => i.addressee.id === danielId);
    const newest = [...open].sort((a, b) => b.dueDate.localeCompare(a.dueDate))[0]!;
    await staffClient.staff.payers.applyCredit(danielId, { currency: 'USD', allocations: [{ invoiceId: newest.id, amountCents: 1_000 }] });
    const before = (await staffClient.staff.payers.get(danielId)).creditOnAccount.amountCents;

    await press(action(flow.shadowRoot, 'confirm'));
    await waitUntil(() => flow.step !== 'review' && flow.step !== 'submitting', 'the application was never answered', { timeout: 8000 });
    expect(flow.step, 'not applied as reviewed').to.not.equal('result');
    expect((await staffClient.staff.payers.get(danielId)).creditOnAccount.amountCents, 'nothing more was applied').to.equal(before);
  });

  it('applies to chosen invoices with prefilled, editable amounts, and keeps the input with the refusal next to its field', async () => {
    const { creditCents } = await giveCredit(staffClient, danielClient);
    const panel = await mount(staff.token);
    const flow = await openPanel(panel, danielId);
    const chosen = flow.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="chosen"]')!;
    chosen.focus();
    await sendKeys({ press: 'Space' });
    await flow.updateComplete;
    const fields = [...flow.shadowRoot!.querySelectorAll<AlisAmountInput>('alis-amount-input[data-invoice]')];
    expect(fields.length).to.be.greaterThan(1);
    // Prefilled as policy order would apply the credit.
    const prefilled = fields.reduce((sum, f) => sum + (f.valueCents ?? 0), 0);
    expect(prefilled).to.equal(creditCents);
    await expect(flow).to.be.accessible();

    const first = fields[0]!;
    const invoiceId = first.dataset['invoice']!;
    const input = first.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: '100.00' });
    // Meanwhile another tab applies all but $50.00 of this invoice's balance.
    const balance = (await staffClient.staff.invoices.list({ addresseeId: danielId, status: 'open', limit: 100 })).items.find((i) => i.id === invoiceId)!.balance.amountCents;
    await staffClient.staff.payers.applyCredit(danielId, { currency: 'USD', allocations: [{ invoiceId, amountCents: balance - 5_000 }] });

    await press(action(flow.shadowRoot, 'review'));
    await waitForStep(flow, 'review');
    await press(action(flow.shadowRoot, 'confirm'));
    await waitForStep(flow, 'form');
    const field = flow.shadowRoot!.querySelector<AlisAmountInput>(`alis-amount-input[data-invoice="${invoiceId}"]`)!;
    await waitUntil(() => field.errorText !== null, 'the refusal never reached the field');
    expect(field.errorText).to.contain(`has a balance of ${usd(5_000)}`);
    expect(field.valueCents).to.equal(10_000);
    await waitUntil(() => flow.shadowRoot!.activeElement === field, 'focus never reached the field');
    await expect(flow).to.be.accessible();
    // Only the other tab's application went through.
    expect((await staffClient.staff.payers.get(danielId)).creditOnAccount.amountCents).to.equal(creditCents - (balance - 5_000));
  });

  it('refuses at the form, before review, a total over the credit', async () => {
    const { payment, creditCents } = await giveCredit(staffClient, danielClient);
    // Part of the credit was refunded: it no longer covers every open invoice.
    await staffClient.staff.payments.refund(payment.id, { amountCents: 30_000, currency: 'USD', reason: 'Returned to the family' });
    const credit = creditCents - 30_000;
    const panel = await mount(staff.token);
    const flow = await openPanel(panel, danielId);
    flow.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="chosen"]')!.click();
    await flow.updateComplete;
    const fields = [...flow.shadowRoot!.querySelectorAll<AlisAmountInput>('alis-amount-input[data-invoice]')];
    const last = fields.at(-1)!;
    const input = last.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: ((last.max ?? 0) / 100).toFixed(2) });
    action(flow.shadowRoot, 'review').click();
    await flow.updateComplete;
    expect(flow.step).to.equal('form');
    expect(textOf(flow.shadowRoot!.querySelector('[data-error="allocations"]'))).to.contain(`more than the ${usd(credit)} of credit on account`);
    expect(last.valueCents).to.equal(last.max);
    await expect(flow).to.be.accessible();
  });

  it('shows in the staff history what the credit was applied to, with the trail and the void wording', async () => {
    const { payment, creditCents } = await giveCredit(staffClient, danielClient);
    const result = await staffClient.staff.payers.applyCredit(danielId, { currency: 'USD' });
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}>
        <alis-pc-history .payerId=${danielId}></alis-pc-history>
      </alis-billing-provider>
    `);
    const history = provider.querySelector('alis-pc-history')!;
    await history.loadComplete;
    await waitUntil(() => history.shadowRoot!.querySelector(`tr.payment[data-payment-id="${payment.id}"]`), 'the payment is not listed', { timeout: 5000 });
    history.shadowRoot!.querySelector<HTMLButtonElement>(`tr.payment[data-payment-id="${payment.id}"] button.details`)!.click();
    await waitUntil(() => history.shadowRoot!.querySelector(`[data-details-for="${payment.id}"] .receipt-credit`), 'no credit in the receipt');
    const details = history.shadowRoot!.querySelector<HTMLElement>(`[data-details-for="${payment.id}"]`)!;
    const lines = [...details.querySelectorAll('.receipt-credit li')].map(textOf);
    expect(lines.length).to.equal(result.applications.length);
    expect(lines[0]).to.match(new RegExp(`^${usd(result.applications[0]!.amount.amountCents).replace('$', '\\$')} applied to ${result.applications[0]!.invoiceNumber} on `));
    await waitUntil(() => details.querySelector('table.audit tbody tr[data-action="credit_applied"]'), 'the trail does not show the application');
    expect(textOf(details.querySelector('table.audit tbody tr[data-action="credit_applied"]'))).to.contain('Credit applied');
    expect(result.applied.amountCents).to.equal(creditCents);
    await expect(history).to.be.accessible();
    // Voiding it would reopen the invoices its credit paid, not "take back unapplied credit".
    details.querySelector<HTMLButtonElement>('[data-actions-for] > .actions [data-action="void"]')!.click();
    await waitUntil(() => history.shadowRoot!.querySelector(`form[data-confirm-for="${payment.id}"]`), 'the void confirmation never opened');
    const confirm = textOf(history.shadowRoot!.querySelector(`form[data-confirm-for="${payment.id}"]`));
    expect(confirm).to.contain(`reopen by ${usd(creditCents)} in all`);
    expect(confirm).not.to.contain('unapplied credit');
  });
});
