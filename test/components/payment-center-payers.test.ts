// The Payers panel of the Payment Center, driven as the billing team would (staff Brenda), against
// the shared mock backend. Outcomes are read back from the engine through the SDK.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-amount-input.js';
import { AlisPcPayers } from '../../src/components/payment-center/payers-panel.js';
import { AlisPcArrangementEditor } from '../../src/components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment, type PullStep } from '../../src/components/payment-center/pull-payment.js';
import { AlisPcRequestMethod } from '../../src/components/payment-center/request-payment-method.js';
import { AlisAuditTrail } from '../../src/components/audit-trail/audit-trail.js';
import { AlisPcSettings } from '../../src/components/payment-center/settings-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisAmountInput } from '../../src/components/amount-input/amount-input.js';
import type { AlisPaymentPulledEvent } from '../../src/events/staff-events.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { PaymentMethod } from '../../src/sdk/types.js';
import { formatMoney } from '../../src/core/format.js';
import { formatInstant } from '../../src/core/instant.js';
import { mockWorker, payQuoted, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisAuditTrail.define('alis-audit-trail');
AlisPcPayers.define('alis-pc-payers');
AlisPcSettings.define('alis-pc-settings');

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string, pageSize = 50): Promise<AlisPcPayers> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-pc-payers page-size=${pageSize}></alis-pc-payers>
    </alis-billing-provider>
  `);
  const panel = provider.querySelector('alis-pc-payers')!;
  await panel.loadComplete;
  await waitUntil(() => panel.shadowRoot!.querySelector('tbody tr[data-payer-id], .notice'), 'the payers never rendered', { timeout: 5000 });
  return panel;
}

const rowOf = (panel: AlisPcPayers, payerId: string) => panel.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-payer-id="${payerId}"]`);

function action(scope: ParentNode | null | undefined, name: string): HTMLButtonElement {
  const button = scope?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
  if (!button) throw new Error(`no ${name} button`);
  return button;
}

async function openEditor(panel: AlisPcPayers, payerId: string): Promise<AlisPcArrangementEditor> {
  action(rowOf(panel, payerId), 'edit').click();
  await waitUntil(() => panel.shadowRoot!.querySelector('alis-pc-arrangement-editor'), 'the editor never opened');
  const editor = panel.shadowRoot!.querySelector('alis-pc-arrangement-editor')!;
  await editor.loadComplete;
  await waitUntil(() => editor.shadowRoot!.querySelector('form'), 'the editor form never rendered', { timeout: 5000 });
  return editor;
}

async function openPull(panel: AlisPcPayers, opener: HTMLButtonElement): Promise<AlisPcPullPayment> {
  opener.click();
  await waitUntil(() => panel.shadowRoot!.querySelector('alis-pc-pull-payment'), 'the pull flow never opened');
  const flow = panel.shadowRoot!.querySelector('alis-pc-pull-payment')!;
  await flow.loadComplete;
  await waitUntil(() => flow.shadowRoot!.querySelector('form'), 'the pull form never rendered', { timeout: 5000 });
  return flow;
}

async function waitForStep(flow: AlisPcPullPayment, step: PullStep): Promise<void> {
  await waitUntil(() => flow.step === step, `the pull never reached ${step} (it is at ${flow.step}: ${textOf(flow.shadowRoot)})`, { timeout: 8000 });
  await flow.updateComplete;
}

function pick(host: Element, selector: string): HTMLInputElement {
  const input = host.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector} in ${host.tagName}`);
  return input;
}

async function click(host: AlisPcArrangementEditor | AlisPcPullPayment, selector: string): Promise<void> {
  pick(host, selector).click();
  await host.updateComplete;
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

async function typeAmount(field: AlisAmountInput, text: string): Promise<void> {
  await typeInto(field.shadowRoot!.querySelector('input')!, text);
}

/** The amount as a person types it, from cents (no thousands separators). */
const typed = (cents: number) => (cents / 100).toFixed(2);

describe('<alis-pc-payers>', () => {
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
    staffClient = clientFor(staff.token);
    danielClient = clientFor(daniel.token);
  });

  async function danielMethods(): Promise<{ checking: PaymentMethod; visa: PaymentMethod }> {
    const payer = await staffClient.staff.payers.get(danielId);
    const checking = payer.methods.find((m) => m.type === 'bank_account' && m.recurringAuthorization)!;
    const visa = payer.methods.find((m) => m.type === 'card')!;
    expect(checking, "Daniel's authorized checking").to.exist;
    expect(visa.recurringAuthorization, 'the seeded Visa is not authorized').to.equal(null);
    return { checking, visa };
  }

  async function staffPulls(payerId: string) {
    return (await staffClient.staff.payments.list({ payerId, source: 'staff_pull', limit: 500 })).items;
  }

  it('lists every payer as the engine reports them, sorts the loaded rows and passes axe', async () => {
    const panel = await mount(staff.token);
    const engine = (await staffClient.staff.payers.list({ limit: 500 })).items;
    const rows = [...panel.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-payer-id]')];
    expect(rows.map((r) => r.dataset['payerId'])).to.deep.equal(engine.map((p) => p.party.id));
    for (const payer of engine) {
      const row = rowOf(panel, payer.party.id)!;
      expect(textOf(row)).to.contain(payer.party.name).and.contain(payer.residentName);
      expect(textOf(row.querySelector('[data-outstanding]'))).to.equal(formatMoney(payer.outstanding));
      expect(textOf(row.querySelector('[data-open-invoices]'))).to.equal(String(payer.openInvoiceCount));
      for (const method of payer.methods) {
        const item = row.querySelector(`li[data-method-id="${method.id}"]`);
        expect(textOf(item)).to.contain(method.label);
        if (method.usable) expect(textOf(item)).to.contain(method.recurringAuthorization ? 'Authorized for recurring' : 'Not authorized for recurring');
      }
    }
    const daniel = rowOf(panel, danielId)!;
    expect(textOf(daniel)).to.contain('Son').and.contain('Pays on their own');
    await expect(panel).to.be.accessible();

    // Sorting by outstanding: ascending, then descending, over the loaded rows.
    const header = [...panel.shadowRoot!.querySelectorAll('th')].find((th) => textOf(th).startsWith('Outstanding'))!;
    header.querySelector('button')!.click();
    await panel.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const amounts = () =>
      [...panel.shadowRoot!.querySelectorAll('tbody tr[data-payer-id]')].map(
        (row) => engine.find((p) => p.party.id === (row as HTMLElement).dataset['payerId'])!.outstanding.amountCents,
      );
    expect(amounts()).to.deep.equal([...amounts()].sort((a, b) => a - b));
    header.querySelector('button')!.click();
    await panel.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(amounts()).to.deep.equal([...amounts()].sort((a, b) => b - a));
  });

  it('pages with "Show more" and searches by name through the API', async () => {
    const panel = await mount(staff.token, 5);
    const all = (await staffClient.staff.payers.list({ limit: 500 })).items;
    expect(panel.shadowRoot!.querySelectorAll('tbody tr[data-payer-id]').length).to.equal(5);
    action(panel.shadowRoot, 'more').click();
    await waitUntil(() => panel.shadowRoot!.querySelectorAll('tbody tr[data-payer-id]').length === 10, 'the next page never showed');
    expect([...panel.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-payer-id]')].map((r) => r.dataset['payerId'])).to.deep.equal(
      all.slice(0, 10).map((p) => p.party.id),
    );

    await typeInto(panel.shadowRoot!.querySelector<HTMLInputElement>('#search')!, 'whitaker');
    await sendKeys({ press: 'Enter' });
    const matching = (await staffClient.staff.payers.list({ search: 'whitaker', limit: 500 })).items;
    await waitUntil(
      () => panel.shadowRoot!.querySelectorAll('tbody tr[data-payer-id]').length === Math.min(matching.length, 5) && !panel.shadowRoot!.querySelector('[aria-busy="true"]'),
      'the search never applied',
    );
    const shown = [...panel.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-payer-id]')].map((r) => r.dataset['payerId']);
    expect(shown).to.deep.equal(matching.slice(0, 5).map((p) => p.party.id));
    expect(shown).to.include(danielId);
  });

  it("reads Frank's arrangement in words", async () => {
    const panel = await mount(staff.token);
    const frank = (await staffClient.staff.payers.list({ search: 'Frank Castellano' })).items.find((p) => p.party.name === 'Frank Castellano')!;
    const label = frank.arrangement.parts[0]!.method.label;
    expect(textOf(rowOf(panel, frank.party.id)!.querySelector('[data-arrangement] .arrangement'))).to.equal(`Billing team pulls on day 5 from ${label}`);
  });

  it('sets Daniel to pulls on day 10 from his authorized checking, with focus in and back out', async () => {
    const { checking, visa } = await danielMethods();
    const panel = await mount(staff.token);
    const editor = await openEditor(panel, danielId);
    expect(editor.shadowRoot!.activeElement?.hasAttribute('data-heading'), 'focus on the editor heading').to.equal(true);

    await click(editor, 'input[name="mode"][value="billing_team_pulls"]');
    const day = editor.shadowRoot!.querySelector<HTMLSelectElement>('#day')!;
    day.value = '10';
    day.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    // The Visa is not authorized for recurring payments: listed, disabled, with why.
    const visaChoice = pick(editor, `input[name="method"][value="${visa.id}"]`);
    expect(visaChoice.disabled).to.equal(true);
    expect(textOf(editor.shadowRoot!.querySelector(`label[data-method-id="${visa.id}"]`))).to.contain('not authorized it for recurring payments');
    expect(pick(editor, `input[name="method"][value="${checking.id}"]`).checked).to.equal(true);
    await expect(editor).to.be.accessible();

    action(editor.shadowRoot, 'save').click();
    await waitUntil(() => !panel.shadowRoot!.querySelector('alis-pc-arrangement-editor'), 'the editor never closed');
    const saved = await staffClient.staff.payers.get(danielId);
    expect(saved.arrangement.mode).to.equal('billing_team_pulls');
    expect(saved.arrangement.dayOfMonth).to.equal(10);
    expect(saved.arrangement.parts.map((p) => p.method.id)).to.deep.equal([checking.id]);
    expect(textOf(rowOf(panel, danielId)!.querySelector('.arrangement'))).to.equal(`Billing team pulls on day 10 from ${checking.label}`);
    await waitUntil(() => panel.shadowRoot!.activeElement === action(rowOf(panel, danielId), 'edit'), 'focus never returned to Edit arrangement');
    await waitForText(panel, `Saved Daniel Whitaker's arrangement`);
  });

  it('refuses a percentage split that does not total 100% at the field, saving nothing and keeping the input', async () => {
    const { checking, visa } = await danielMethods();
    await danielClient.paymentMethods.update(visa.id, { recurringAuthorization: true });
    const panel = await mount(staff.token);
    const editor = await openEditor(panel, danielId);
    await click(editor, 'input[name="mode"][value="billing_team_pulls"]');
    await click(editor, 'input[name="split"][value="percentages"]');
    for (const method of [checking, visa]) {
      const box = pick(editor, `input[name="methods"][value="${method.id}"]`);
      if (!box.checked) await click(editor, `input[name="methods"][value="${method.id}"]`);
    }
    await typeInto(pick(editor, `#pct-${checking.id}`), '60');
    await typeInto(pick(editor, `#pct-${visa.id}`), '30');
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'PUT') requests.push(request.url);
      return original(request);
    };
    try {
      action(editor.shadowRoot, 'save').click();
      await waitUntil(() => editor.shadowRoot!.querySelector('[data-error="parts"]'), 'the refusal never showed');
    } finally {
      window.fetch = original;
    }
    expect(textOf(editor.shadowRoot!.querySelector('[data-error="parts"]'))).to.contain('90%').and.contain('100%');
    expect(requests, 'nothing was sent').to.deep.equal([]);
    expect((await staffClient.staff.payers.get(danielId)).arrangement.mode).to.equal('self_pay');
    expect(pick(editor, `#pct-${checking.id}`).value).to.equal('60');
    expect(pick(editor, `#pct-${visa.id}`).value).to.equal('30');
    expect(panel.shadowRoot!.querySelector('alis-pc-arrangement-editor'), 'the editor stays open').to.exist;
    await expect(editor).to.be.accessible();

    // Fixed: 60 + 40 saves, and the engine has the split.
    await typeInto(pick(editor, `#pct-${visa.id}`), '40');
    action(editor.shadowRoot, 'save').click();
    await waitUntil(() => !panel.shadowRoot!.querySelector('alis-pc-arrangement-editor'), 'the editor never closed');
    const saved = (await staffClient.staff.payers.get(danielId)).arrangement;
    expect(saved.split).to.equal('percentages');
    expect(Object.fromEntries(saved.parts.map((p) => [p.method.id, p.basisPoints]))).to.deep.equal({ [checking.id]: 6000, [visa.id]: 4000 });
    expect(textOf(rowOf(panel, danielId)!.querySelector('.arrangement'))).to.contain('split').and.contain('60%').and.contain('40%');
  });

  it('does not offer a method without a recurring authorization for a pull', async () => {
    const { checking, visa } = await danielMethods();
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    const visaChoice = pick(flow, `input[name="method"][value="${visa.id}"]`);
    expect(visaChoice.disabled).to.equal(true);
    expect(textOf(flow.shadowRoot!.querySelector(`label[data-method-id="${visa.id}"]`))).to.contain('not authorized it for recurring payments');
    expect(pick(flow, `input[name="method"][value="${checking.id}"]`).checked).to.equal(true);
    await click(flow, 'input[name="mode"][value="mode-split"]');
    expect(pick(flow, `input[name="methods"][value="${visa.id}"]`).disabled).to.equal(true);
  });

  it("pulls Daniel's whole outstanding balance from his checking: one pending staff pull, nothing left owing", async () => {
    const { checking } = await danielMethods();
    const before = await staffClient.staff.payers.get(danielId);
    expect(before.outstanding.amountCents).to.be.greaterThan(0);
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    expect(flow.shadowRoot!.activeElement?.hasAttribute('data-heading'), 'focus on the pull heading').to.equal(true);
    expect(flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!.valueCents).to.equal(before.outstanding.amountCents);
    await expect(flow).to.be.accessible();

    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    expect(flow.shadowRoot!.activeElement?.hasAttribute('data-heading'), 'focus on the review heading').to.equal(true);
    const review = textOf(flow.shadowRoot);
    expect(review).to.contain('Daniel Whitaker').and.contain(checking.label).and.contain(formatMoney(before.outstanding));
    // The engine's quote, before anything is pulled: the fee of each part and the total charged.
    const quote = await staffClient.staff.payments.quote({
      payerId: danielId,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: before.outstanding.amountCents,
      parts: [{ methodId: checking.id, amountCents: before.outstanding.amountCents }],
    });
    expect(textOf(flow.shadowRoot!.querySelector(`tr[data-method-id="${checking.id}"] [data-part-total]`))).to.equal(formatMoney(quote.parts[0]!.totalCharged));
    expect(textOf(flow.shadowRoot!.querySelector('[data-total-charged]'))).to.equal(formatMoney(quote.totalCharged));
    expect(review).to.contain(`Pull ${formatMoney(quote.totalCharged)}`);
    // The authorization is dated like every other date shown: "Sep 16, 2025", in the community's time zone.
    const { timeZone } = await staffClient.settings.get();
    const authorized = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(new Date(checking.recurringAuthorization!.authorizedAt));
    expect(review).to.contain(`${checking.label} by Daniel Whitaker on ${authorized}.`);
    await expect(flow).to.be.accessible();

    const pulled = new Promise<AlisPaymentPulledEvent>((resolve) => window.addEventListener('alis-payment-pulled', resolve, { once: true }));
    action(flow.shadowRoot, 'confirm').click();
    const event = await pulled;
    await waitForStep(flow, 'result');
    expect(event.payments).to.have.length(1);
    const pullsAfter = await staffPulls(danielId);
    const created = pullsAfter.filter((p) => !pullsBefore.some((b) => b.id === p.id));
    expect(created).to.have.length(1);
    expect(created[0]!.status).to.equal('pending');
    expect(created[0]!.source).to.equal('staff_pull');
    expect(created[0]!.method.id).to.equal(checking.id);
    expect(created[0]!.amount.amountCents).to.equal(before.outstanding.amountCents);
    expect((await staffClient.staff.payers.get(danielId)).outstanding.amountCents).to.equal(0);
    expect((await danielClient.outstanding.get()).total.amountCents).to.equal(0);
    await waitForText(flow, created[0]!.reference);
    expect(textOf(flow.shadowRoot!.querySelector('[data-outstanding-after]'))).to.contain(formatMoney({ amountCents: 0, currency: 'USD' }));
    await expect(flow).to.be.accessible();

    action(flow.shadowRoot, 'done').click();
    await waitUntil(() => !panel.shadowRoot!.querySelector('alis-pc-pull-payment'), 'the flow never closed');
    expect(textOf(rowOf(panel, danielId)!.querySelector('[data-outstanding]'))).to.equal(formatMoney({ amountCents: 0, currency: 'USD' }));
    // Nothing owed: no Pull button, so focus returns to the row's Edit arrangement.
    await waitUntil(() => panel.shadowRoot!.activeElement === action(rowOf(panel, danielId), 'edit'), 'focus never returned to the row');
  });

  it('reviews a pull under the allocation policy just saved in Settings on the same page, not the one the page loaded with', async () => {
    expect((await staffClient.settings.get()).allocationPolicy, 'the seed applies oldest first').to.equal('oldest_first');
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${staff.token}>
        <alis-pc-settings></alis-pc-settings>
        <alis-pc-payers page-size="50"></alis-pc-payers>
      </alis-billing-provider>
    `);
    const settings = provider.querySelector('alis-pc-settings')!;
    const panel = provider.querySelector('alis-pc-payers')!;
    await panel.loadComplete;
    await waitUntil(() => rowOf(panel, danielId), 'the payers never rendered', { timeout: 5000 });
    await waitUntil(() => settings.shadowRoot!.querySelector('#policy-unapplied_credit'), 'the settings never rendered', { timeout: 5000 });

    settings.shadowRoot!.querySelector<HTMLInputElement>('#policy-unapplied_credit')!.click();
    await settings.updateComplete;
    settings.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="save"]')!.click();
    await waitForText(settings, 'Settings saved');
    expect((await staffClient.settings.get()).allocationPolicy).to.equal('unapplied_credit');

    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    const appliedTo = [...flow.shadowRoot!.querySelectorAll('dl.review dt')].find((dt) => textOf(dt) === 'Applied to')?.nextElementSibling;
    expect(textOf(appliedTo)).to.equal('a credit on the account, for the billing team to apply');
    // The engine's quote agrees: the whole pull stays on the account as credit.
    expect(textOf(flow.shadowRoot!.querySelector('.quote-parts tbody tr'))).to.contain('as credit on the account');
  });

  it('pulls part of the balance when staff lower the amount, keeping it through "Change"', async () => {
    const before = await staffClient.staff.payers.get(danielId);
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    await typeAmount(flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!, '100.00');
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    expect(textOf(flow.shadowRoot!.querySelector('[data-total]'))).to.equal('$100.00');
    expect(textOf(flow.shadowRoot!.querySelector('[data-reviewed-outstanding]'))).to.equal(formatMoney(before.outstanding));
    action(flow.shadowRoot, 'change').click();
    await waitForStep(flow, 'form');
    expect(flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!.valueCents).to.equal(10_000);
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'result');
    const created = (await staffPulls(danielId)).filter((p) => !pullsBefore.some((b) => b.id === p.id));
    expect(created.map((p) => p.amount.amountCents)).to.deep.equal([10_000]);
    expect((await staffClient.staff.payers.get(danielId)).outstanding.amountCents).to.equal(before.outstanding.amountCents - 10_000);
  });

  it('splits a pull across two methods: two payments whose amounts sum to the total', async () => {
    const { checking, visa } = await danielMethods();
    await danielClient.paymentMethods.update(visa.id, { recurringAuthorization: true });
    const total = (await staffClient.staff.payers.get(danielId)).outstanding.amountCents;
    const first = 10_000;
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    await click(flow, 'input[name="mode"][value="mode-split"]');
    for (const method of [checking, visa]) {
      if (!pick(flow, `input[name="methods"][value="${method.id}"]`).checked) await click(flow, `input[name="methods"][value="${method.id}"]`);
    }
    const part = (id: string) => flow.shadowRoot!.querySelector<AlisAmountInput>(`alis-amount-input[data-part="${id}"]`)!;
    await typeAmount(part(checking.id), typed(first));
    await typeAmount(part(visa.id), typed(total - first));
    await flow.updateComplete;
    expect(textOf(flow.shadowRoot!.querySelector('#parts-total'))).to.contain(formatMoney({ amountCents: total, currency: 'USD' }));

    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    expect(textOf(flow.shadowRoot!.querySelector('[data-total]'))).to.equal(formatMoney({ amountCents: total, currency: 'USD' }));
    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'result');
    const created = (await staffPulls(danielId)).filter((p) => !pullsBefore.some((b) => b.id === p.id));
    expect(created).to.have.length(2);
    expect(created.reduce((sum, p) => sum + p.amount.amountCents, 0)).to.equal(total);
    expect(created.map((p) => p.method.id).sort()).to.deep.equal([checking.id, visa.id].sort());
    for (const payment of created) expect(textOf(flow.shadowRoot)).to.contain(payment.reference);
    expect((await staffClient.staff.payers.get(danielId)).outstanding.amountCents).to.equal(0);
  });

  it('pulls once when the confirm button is clicked twice', async () => {
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    const posts: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/staff/payments')) posts.push(request.headers.get('Idempotency-Key') ?? '');
      return original(request);
    };
    try {
      const confirm = action(flow.shadowRoot, 'confirm');
      confirm.click();
      confirm.click();
      confirm.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      await waitForStep(flow, 'result');
    } finally {
      window.fetch = original;
    }
    expect(posts).to.have.length(1);
    expect(posts[0]).to.have.length.greaterThan(8);
    const created = (await staffPulls(danielId)).filter((p) => !pullsBefore.some((b) => b.id === p.id));
    expect(created).to.have.length(1);
  });

  it('pulls nothing and shows the new total when Daniel pays after the review opened', async () => {
    const before = await staffClient.staff.payers.get(danielId);
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');

    // Meanwhile Daniel pays $25.00 of an invoice himself.
    const invoice = (await danielClient.invoices.list({ status: 'open' })).items[0]!;
    const method = (await danielClient.paymentMethods.list()).find((m) => m.usable)!;
    await payQuoted(danielClient, { methodId: method.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 2_500, currency: 'USD' });
    const current = (await staffClient.staff.payers.get(danielId)).outstanding;
    expect(current.amountCents).to.equal(before.outstanding.amountCents - 2_500);

    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'form');
    const notice = flow.shadowRoot!.querySelector('[data-kind="balance-changed"]');
    expect(textOf(notice)).to.contain(formatMoney(current)).and.contain('Nothing was pulled');
    expect(textOf(flow.shadowRoot!.querySelector('[data-outstanding]'))).to.equal(formatMoney(current));
    expect(flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!.valueCents).to.equal(current.amountCents);
    expect((await staffPulls(danielId)).length).to.equal(pullsBefore.length);
    expect((await staffClient.staff.payers.get(danielId)).outstanding.amountCents).to.equal(current.amountCents);
    await expect(flow).to.be.accessible();

    // A fresh review with the new total goes through.
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    expect(textOf(flow.shadowRoot!.querySelector('[data-reviewed-outstanding]'))).to.equal(formatMoney(current));
    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'result');
    expect((await staffClient.staff.payers.get(danielId)).outstanding.amountCents).to.equal(0);
  });

  it('shows the new fee and total when the bank fee changes after review, pulling nothing until staff pull again', async () => {
    const { checking } = await danielMethods();
    const before = await staffClient.staff.payers.get(danielId);
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    expect(textOf(flow.shadowRoot!.querySelector('[data-fees]'))).to.equal('None');

    // Meanwhile the billing office starts charging 1% on bank debits.
    await staffClient.settings.update({ bankFeeBasisPoints: 100 });
    const fresh = await staffClient.staff.payments.quote({
      payerId: danielId,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: before.outstanding.amountCents,
      parts: [{ methodId: checking.id, amountCents: before.outstanding.amountCents }],
    });
    expect(fresh.fee.amountCents).to.be.greaterThan(0);

    action(flow.shadowRoot, 'confirm').click();
    await waitUntil(() => flow.shadowRoot!.querySelector('[data-kind="quote-changed"]'), 'the changed quote was never shown', { timeout: 8000 });
    await waitForStep(flow, 'review');
    const notice = flow.shadowRoot!.querySelector('[data-kind="quote-changed"]');
    expect(textOf(notice)).to.equal(
      `The fee changed from ${formatMoney({ amountCents: 0, currency: 'USD' })} to ${formatMoney(fresh.fee)} since you reviewed it. Review the new total and pull again. Nothing was pulled.`,
    );
    await waitUntil(() => flow.shadowRoot!.activeElement === notice, 'focus never moved to the message');
    expect(textOf(flow.shadowRoot!.querySelector(`tr[data-method-id="${checking.id}"] [data-part-fee]`))).to.contain(formatMoney(fresh.fee));
    // The review names the rule the fee follows, as the engine's quote states it.
    expect(textOf(flow.shadowRoot!.querySelector(`tr[data-method-id="${checking.id}"] [data-fee-rule]`))).to.equal(fresh.parts[0]!.feeRule);
    expect(fresh.parts[0]!.feeRule).to.match(/bank account/i);
    expect(textOf(flow.shadowRoot!.querySelector('[data-total-charged]'))).to.equal(formatMoney(fresh.totalCharged));
    expect((await staffPulls(danielId)).length, 'nothing pulled').to.equal(pullsBefore.length);
    await expect(flow).to.be.accessible();

    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'result');
    const created = (await staffPulls(danielId)).filter((p) => !pullsBefore.some((b) => b.id === p.id));
    expect(created.map((p) => p.totalCharged.amountCents)).to.deep.equal([fresh.totalCharged.amountCents]);
  });

  it('refuses an amount over the balance at the amount field, keeping what was typed', async () => {
    const before = await staffClient.staff.payers.get(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    const field = flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!;
    await typeAmount(field, typed(before.outstanding.amountCents + 100));
    action(flow.shadowRoot, 'review').click();
    await flow.updateComplete;
    expect(flow.step).to.equal('form');
    expect(field.validationMessage).to.contain(formatMoney(before.outstanding));
    expect(field.valueCents).to.equal(before.outstanding.amountCents + 100);
  });

  it("shows the engine's method_unusable at the method when Daniel withdraws his authorization after review", async () => {
    const { checking } = await danielMethods();
    const pullsBefore = await staffPulls(danielId);
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    await danielClient.paymentMethods.update(checking.id, { recurringAuthorization: false });

    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'form');
    await waitForText(flow, 'has not authorized this method for recurring payments');
    expect((await staffPulls(danielId)).length).to.equal(pullsBefore.length);
    // The methods are read again: the checking account is no longer offered.
    await waitUntil(() => flow.shadowRoot!.querySelector('[data-kind="no-authorized"]'), 'the methods were not read again');
    expect((flow as unknown as { singleMethodId: string | null }).singleMethodId, 'the refused method is no longer chosen').to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('places an amount_exceeds_balance refusal at the amount, keeping the amount typed', async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.post('*/api/v1/staff/payments', () =>
        HttpResponse.json(
          { code: 'amount_exceeds_balance', message: 'That is more than the payer owes now.', fields: { parts: 'Too much.' }, details: { balanceCents: 5_000 } },
          { status: 422 },
        ),
      ),
    );
    const panel = await mount(staff.token);
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    const field = flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!;
    await typeAmount(field, '60.00');
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'form');
    const amount = flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!;
    await waitUntil(() => amount.shadowRoot!.activeElement !== null || flow.shadowRoot!.activeElement === amount, 'focus never reached the amount');
    expect(amount.errorText).to.equal('That is more than the payer owes now.');
    expect(amount.valueCents).to.equal(6_000);
    expect(amount.max).to.equal(5_000);
  });

  it('keeps the arrangement and the input when the engine refuses a method that lost its authorization', async () => {
    const { checking } = await danielMethods();
    const panel = await mount(staff.token);
    const editor = await openEditor(panel, danielId);
    await click(editor, 'input[name="mode"][value="billing_team_pulls"]');
    const day = editor.shadowRoot!.querySelector<HTMLSelectElement>('#day')!;
    day.value = '12';
    day.dispatchEvent(new Event('change'));
    await danielClient.paymentMethods.update(checking.id, { recurringAuthorization: false });

    action(editor.shadowRoot, 'save').click();
    await waitUntil(() => editor.shadowRoot!.querySelector('[data-error="method"]'), 'the refusal never showed');
    expect(textOf(editor.shadowRoot!.querySelector('[data-error="method"]'))).to.contain('has not authorized this method for recurring payments');
    expect((await staffClient.staff.payers.get(danielId)).arrangement.mode).to.equal('self_pay');
    expect(pick(editor, 'input[name="mode"][value="billing_team_pulls"]').checked).to.equal(true);
    expect(editor.shadowRoot!.querySelector<HTMLSelectElement>('#day')!.value).to.equal('12');
    await waitUntil(() => pick(editor, `input[name="method"][value="${checking.id}"]`).disabled, 'the methods were not read again');
  });

  it('reflows at 320px, with the wide table scrolling in its own box and 44px targets', async () => {
    const provider = await fixture<AlisBillingProvider>(html`
      <div style="width: 320px">
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-payers></alis-pc-payers></alis-billing-provider>
      </div>
    `);
    const panel = provider.querySelector('alis-pc-payers')!;
    await panel.loadComplete;
    await waitUntil(() => rowOf(panel, danielId), 'no rows');
    expect(panel.scrollWidth).to.be.at.most(320);
    for (const button of panel.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.height, textOf(button)).to.be.at.least(44);
    }
    const flow = await openPull(panel, action(rowOf(panel, danielId), 'pull'));
    expect(panel.scrollWidth).to.be.at.most(320);
    expect(flow.scrollWidth).to.be.at.most(320);
    for (const control of flow.shadowRoot!.querySelectorAll('button, label.choice')) {
      expect(control.getBoundingClientRect().height, textOf(control)).to.be.at.least(44);
    }
  });

  it('lists the pulls due today: none on the 25th, Frank on December 5, with Pull prefilled', async () => {
    let panel = await mount(staff.token);
    await waitUntil(() => panel.shadowRoot!.querySelector('[data-kind="no-due"], tr[data-due-payer-id]'), 'due pulls never rendered');
    expect(textOf(panel.shadowRoot!.querySelector('[data-kind="no-due"]'))).to.contain('No pulls are due today');

    const moved = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 10 }) });
    expect(moved.ok).to.equal(true);
    const due = await staffClient.staff.payers.duePulls();
    expect(due.date).to.equal('2026-12-05');
    const frankDue = due.items.find((item) => item.payer.name === 'Frank Castellano')!;
    expect(frankDue, 'the engine lists Frank').to.exist;

    panel = await mount(staff.token);
    await waitUntil(() => panel.shadowRoot!.querySelector(`tr[data-due-payer-id="${frankDue.payer.id}"]`), 'Frank never listed');
    const row = panel.shadowRoot!.querySelector(`tr[data-due-payer-id="${frankDue.payer.id}"]`);
    expect(textOf(row)).to.contain(formatMoney(frankDue.outstanding)).and.contain(frankDue.parts[0]!.method.label);
    // The advance notice the seed emailed ten days before the pull, on the community's clock.
    const notice = frankDue.advanceNotice!;
    expect(notice, 'the engine has no advance notice for Frank').to.exist;
    expect(textOf(row!.querySelector('[data-advance-notice]'))).to.equal(
      `Notice emailed Nov 25, 2026 for ${formatMoney(notice.amount)} from ${notice.methods[0]!.label}.`,
    );
    await expect(panel).to.be.accessible();

    const flow = await openPull(panel, action(panel.shadowRoot!.querySelector(`tr[data-due-payer-id="${frankDue.payer.id}"]`), 'pull'));
    expect(pick(flow, `input[name="method"][value="${frankDue.parts[0]!.method.id}"]`).checked).to.equal(true);
    expect(flow.shadowRoot!.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!.valueCents).to.equal(frankDue.parts[0]!.amount.amountCents);
    action(flow.shadowRoot, 'review').click();
    await waitForStep(flow, 'review');
    action(flow.shadowRoot, 'confirm').click();
    await waitForStep(flow, 'result');
    action(flow.shadowRoot, 'done').click();
    await waitUntil(() => !panel.shadowRoot!.querySelector(`tr[data-due-payer-id="${frankDue.payer.id}"]`) && panel.shadowRoot!.querySelector('[data-kind="no-due"]'), 'Frank is still due');
    expect((await staffClient.staff.payers.duePulls()).items.some((item) => item.payer.id === frankDue.payer.id)).to.equal(false);
  });

  it("gives a payer's token the staff-only notice", async () => {
    const panel = await mount(daniel.token);
    await waitForText(panel, "for the community's billing team (staff only)");
    expect(panel.shadowRoot!.querySelector('table')).to.equal(null);
    await expect(panel).to.be.accessible();
  });

  it('works with a client property and no provider', async () => {
    const panel = await fixture<AlisPcPayers>(html`<alis-pc-payers .client=${staffClient}></alis-pc-payers>`);
    await panel.loadComplete;
    await waitUntil(() => rowOf(panel, danielId), 'no rows without a provider');
  });
  it("shows the advance notice of Frank's next pull with his arrangement", async () => {
    const panel = await mount(staff.token);
    const frank = (await staffClient.staff.payers.get('res-castellano')).arrangement;
    expect(frank.advanceNotice?.pullDate).to.equal(frank.nextPullDate);
    const text = textOf(rowOf(panel, 'res-castellano')!.querySelector('[data-notice]'));
    expect(text).to.equal(`Notice emailed Nov 25, 2026 for ${formatMoney(frank.advanceNotice!.amount)} from ${frank.advanceNotice!.methods[0]!.label}.`);
  });

  it('says nobody could be notified, instead of "Notice emailed", when the payer had no address on file', async () => {
    // Frank's portal access is revoked: he is a resident, with no email of his own on file. On
    // January 5 his pull is due, and its advance notice went to nobody.
    await staffClient.access.updateUser('usr-frank-castellano', { revoked: true });
    const clock = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ setTo: '2027-01-05T15:00:00.000Z' }) });
    expect(clock.status).to.equal(200);
    const frank = (await staffClient.staff.payers.get('res-castellano')).arrangement;
    expect(frank.advanceNotice?.recipients).to.deep.equal([]);
    const panel = await mount(staff.token);
    await waitUntil(() => panel.shadowRoot!.querySelector('tr[data-due-payer-id="res-castellano"]'), 'Frank is not due', { timeout: 5000 });
    const expected = `Nobody could be notified: no email address on file. Notice recorded ${formatInstant(frank.advanceNotice!.sentAt, 'America/Chicago', undefined, { dateStyle: 'medium' })} for ${formatMoney(frank.advanceNotice!.amount)} from ${frank.advanceNotice!.methods[0]!.label}.`;
    const due = textOf(panel.shadowRoot!.querySelector('tr[data-due-payer-id="res-castellano"] [data-advance-notice]'));
    const arrangement = textOf(rowOf(panel, 'res-castellano')!.querySelector('[data-notice]'));
    expect(due).to.equal(expected);
    expect(arrangement).to.equal(expected);
    expect(`${due} ${arrangement}`).to.not.contain('emailed');
    await expect(panel).to.be.accessible();
  });

  it("asks Karen Molloy to add a payment method from her details: the email is sent, said, and in her history", async () => {
    const panel = await mount(staff.token);
    const details = action(rowOf(panel, 'con-karen-molloy'), 'details');
    details.click();
    await panel.updateComplete;
    expect(details.getAttribute('aria-expanded')).to.equal('true');
    const region = panel.shadowRoot!.querySelector<HTMLElement>(`#${details.getAttribute('aria-controls')}`)!;
    expect(region.hidden).to.equal(false);
    const request = region.querySelector('alis-pc-request-method')!;
    action(request.shadowRoot, 'request-method').click();
    await waitUntil(() => request.shadowRoot!.querySelector('[data-confirm]'), 'no confirmation');
    expect(textOf(request.shadowRoot!.querySelector('[data-confirm]'))).to.contain('Email Karen Molloy to add a payment method?');
    await expect(panel).to.be.accessible();
    action(request.shadowRoot, 'send-request').click();
    await waitUntil(() => textOf(request.shadowRoot!.querySelector('[data-sent]')) !== '', 'nothing was announced', { timeout: 5000 });
    expect(textOf(request.shadowRoot!.querySelector('[role="status"]'))).to.equal('Email sent to karen.molloy@example.com.');
    const outbox = (await (await fetch('/api/v1/__mock/outbox')).json()) as { items: { to: string; notice: string; link: string | null }[] };
    expect(outbox.items[0]).to.include({ to: 'karen.molloy@example.com', notice: 'payment_method_request' });
    const trail = region.querySelector('alis-audit-trail')!;
    await waitUntil(() => trail.shadowRoot!.querySelector('li.entry[data-action="payment_method_requested"]'), 'the request is not in her history', { timeout: 5000 });
  });

  it('says in words, next to the button, that a contact who never signed up cannot be asked', async () => {
    const panel = await mount(staff.token);
    action(rowOf(panel, 'con-angela-castellano'), 'details').click();
    await panel.updateComplete;
    const request = panel.shadowRoot!.querySelector('tr[data-details-for="con-angela-castellano"] alis-pc-request-method')!;
    action(request.shadowRoot, 'request-method').click();
    await waitUntil(() => request.shadowRoot!.querySelector('[data-confirm]'), 'no confirmation');
    // Her address on file is her own, not a portal sign-in: the confirmation does not call it one.
    const confirmation = textOf(request.shadowRoot!.querySelector('[data-confirm]'));
    expect(confirmation).to.not.contain('angela.castellano@example.com');
    expect(confirmation).to.not.contain('portal login');
    expect(confirmation).to.contain('the sign-in address of each of Angela Castellano’s portal users whose access includes saving payment methods');
    action(request.shadowRoot, 'send-request').click();
    await waitUntil(() => request.shadowRoot!.querySelector('[data-refusal]'), 'the refusal never showed', { timeout: 5000 });
    const refusal = request.shadowRoot!.querySelector('[data-refusal]')!;
    expect(textOf(refusal)).to.equal('Angela Castellano has not signed up for the portal, so they cannot add a payment method yet. Invite them first.');
    expect(refusal.getAttribute('role')).to.equal('alert');
    const button = action(request.shadowRoot, 'request-method');
    expect(button.getAttribute('aria-describedby')).to.equal(refusal.id);
    expect(request.shadowRoot!.activeElement).to.equal(button);
    expect(textOf(request.shadowRoot!.querySelector('[data-sent]'))).to.equal('');
    await expect(panel).to.be.accessible();
  });

  it("shows the engine's sentence as it comes when nobody signed up as the payer may save payment methods", async () => {
    const panel = await mount(staff.token);
    action(rowOf(panel, 'res-castellano'), 'details').click();
    await panel.updateComplete;
    const request = panel.shadowRoot!.querySelector('tr[data-details-for="res-castellano"] alis-pc-request-method')!;
    action(request.shadowRoot, 'request-method').click();
    await waitUntil(() => request.shadowRoot!.querySelector('[data-confirm]'), 'no confirmation');
    action(request.shadowRoot, 'send-request').click();
    await waitUntil(() => request.shadowRoot!.querySelector('[data-refusal]'), 'the refusal never showed', { timeout: 5000 });
    let engineSentence = '';
    try {
      await staffClient.staff.payers.requestPaymentMethod('res-castellano');
    } catch (error) {
      engineSentence = (error as Error).message;
    }
    expect(engineSentence).to.contain('does not include saving payment methods');
    expect(textOf(request.shadowRoot!.querySelector('[data-refusal]'))).to.equal(engineSentence);
    await expect(panel).to.be.accessible();
  });

  it('does not offer "Ask to add a payment method" while ALIS Connect or ALIS Pay is off, and says why', async () => {
    for (const [switches, why] of [
      [{ portalEnabled: false }, 'off while ALIS Connect is switched off'],
      [{ portalEnabled: true, gatewayEnabled: false }, 'off while ALIS Pay is switched off'],
    ] as const) {
      await staffClient.settings.update(switches);
      const panel = await mount(staff.token);
      action(rowOf(panel, 'con-karen-molloy'), 'details').click();
      await panel.updateComplete;
      const details = panel.shadowRoot!.querySelector('tr[data-details-for="con-karen-molloy"]')!;
      expect(details.querySelector('alis-pc-request-method') !== null, why).to.equal(false);
      expect(textOf(details.querySelector('[data-kind="request-off"]'))).to.contain(`Asking payers to add a payment method is ${why}`);
      await expect(panel).to.be.accessible();
    }
  });

  it('keeps pulls while ALIS Connect is off, and stops them (saying why) while ALIS Pay is off', async () => {
    await staffClient.settings.update({ portalEnabled: false });
    let panel = await mount(staff.token);
    expect(textOf(panel.shadowRoot!.querySelector('.notice'))).to.contain('the billing team can still pull payments');
    action(rowOf(panel, danielId), 'pull');

    await staffClient.settings.update({ portalEnabled: true, gatewayEnabled: false });
    panel = await mount(staff.token);
    expect(textOf(panel.shadowRoot!.querySelector('.notice'))).to.contain('ALIS Pay is switched off');
    expect(textOf(panel.shadowRoot!.querySelector('.notice'))).to.contain('pulls are off');
    expect(rowOf(panel, danielId)!.querySelector('[data-action="pull"]')).to.equal(null);
  });
});

