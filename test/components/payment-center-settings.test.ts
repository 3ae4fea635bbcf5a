// The Payment Center's Settings panel, driven as the billing office (Brenda) would, against the
// shared mock backend. What was saved is read back through the SDK, as staff and as a payer.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import { AlisPcSettings } from '../../src/components/payment-center/settings-panel.js';
import { AlisAuditTrail } from '../../src/components/audit-trail/audit-trail.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { createAlisClient, isAlisApiError, type AlisClient } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisAuditTrail.define('alis-audit-trail');
AlisPcSettings.define('alis-pc-settings');

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string): Promise<AlisPcSettings> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-pc-settings></alis-pc-settings></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-pc-settings')!;
  await waitUntil(() => element.shadowRoot!.querySelector('form, .notice'), 'the settings never rendered', { timeout: 5000 });
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);
const input = (element: AlisPcSettings, id: string) => $<HTMLInputElement>(element, `#${id}`)!;

async function typeInto(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: text });
}

/** Presses Save and waits for the outcome (a message, a field error or a form error). */
async function save(element: AlisPcSettings): Promise<void> {
  await element.updateComplete;
  $<HTMLButtonElement>(element, 'button[data-action="save"]')!.click();
  // Save clears the last outcome at once; the next one is what this press produced.
  await element.updateComplete;
  await waitUntil(
    () => textOf($(element, '[data-message]')) !== '' || $(element, '.field-error, [data-form-error]'),
    'Save had no outcome',
    { timeout: 5000 },
  );
  await element.updateComplete;
}

/** The bodies of every PATCH /staff/settings sent while `body` runs. */
async function recordPatches(body: () => Promise<void>): Promise<unknown[]> {
  const original = window.fetch;
  const sent: unknown[] = [];
  window.fetch = async (info: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(info, init);
    if (request.method === 'PATCH' && request.url.endsWith('/staff/settings')) sent.push(JSON.parse(await request.clone().text()));
    return original(request);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return sent;
}

describe('<alis-pc-settings>', () => {
  let staff: Persona;
  let payer: Persona;
  let brenda: AlisClient;
  let daniel: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
    payer = await persona((p) => p.role === 'payer', 'the default payer');
  });

  beforeEach(async () => {
    await resetMockBackend();
    brenda = clientFor(staff.token);
    daniel = clientFor(payer.token);
  });

  it("shows the engine's settings: both switches, fees in percent with their basis points, and each policy explained", async () => {
    const settings = await brenda.settings.get();
    const element = await mount(staff.token);
    expect(input(element, 'gateway').checked).to.equal(settings.gatewayEnabled);
    expect(input(element, 'portal').checked).to.equal(settings.portalEnabled);
    expect(input(element, 'gateway').getAttribute('role')).to.equal('switch');
    expect(settings.cardFeeBasisPoints).to.equal(250);
    expect(input(element, 'card-fee').value).to.equal('2.50');
    expect(textOf($(element, '[data-basis-points="cardFeeBasisPoints"]'))).to.equal('2.50% = 250 basis points.');
    expect(input(element, 'bank-fee').value).to.equal('0.00');
    expect(input(element, `policy-${settings.allocationPolicy}`).checked).to.be.true;
    for (const policy of ['oldest_first', 'newest_first', 'unapplied_credit']) {
      const explanation = textOf($(element, `#policy-${policy}-explanation`));
      expect(explanation.length, policy).to.be.greaterThan(20);
    }
    expect($(element, '[data-payments-off]')).to.be.null;
    await expect(element).to.be.accessible();
  });

  it("saves a card fee of 1.75% as 175 basis points, sends only that change, and a payer's /me shows it", async () => {
    const element = await mount(staff.token);
    await typeInto(input(element, 'card-fee'), '1.75');
    await element.updateComplete;
    expect(textOf($(element, '[data-basis-points="cardFeeBasisPoints"]'))).to.equal('1.75% = 175 basis points.');
    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([{ cardFeeBasisPoints: 175 }]);
    expect((await brenda.settings.get()).cardFeeBasisPoints).to.equal(175);
    expect((await daniel.session.me()).community.cardFeeBasisPoints).to.equal(175);
    const message = $(element, '[data-message]')!;
    expect(message.getAttribute('role')).to.equal('status');
    expect(textOf(message)).to.contain('Settings saved');
    expect(textOf(message)).to.contain('175 basis points');
    expect(input(element, 'card-fee').value).to.equal('1.75');
    await expect(element).to.be.accessible();
  });

  it('says a fee of one basis point in the singular, before and after saving', async () => {
    const element = await mount(staff.token);
    await typeInto(input(element, 'bank-fee'), '0.01');
    await element.updateComplete;
    expect(textOf($(element, '[data-basis-points="bankFeeBasisPoints"]'))).to.equal('0.01% = 1 basis point.');
    await save(element);
    await waitUntil(() => $(element, '[data-message]'), 'the save was never confirmed', { timeout: 5000 });
    expect((await brenda.settings.get()).bankFeeBasisPoints).to.equal(1);
    expect(textOf($(element, '[data-message]'))).to.contain('bank fee 0.01% (1 basis point)');
  });

  it("says before saving what turning ALIS Pay off does; then a payer's quote is refused with gateway_disabled", async () => {
    const element = await mount(staff.token);
    expect($(element, '[data-consequences]')).to.be.null;
    input(element, 'gateway').click();
    await element.updateComplete;
    // Only the switch that changed is described, next to Save, which it describes.
    const consequence = textOf($(element, '[data-consequence="gatewayEnabled"]'));
    expect(consequence).to.contain('nobody can save a payment method or pay');
    expect(consequence).to.contain('the billing team cannot pull, void, refund or present a payment again');
    expect(consequence).to.contain('Invoices and payment history stay readable');
    expect($(element, '[data-consequence="portalEnabled"]')).to.be.null;
    expect($(element, '[data-action="save"]')!.getAttribute('aria-describedby')).to.equal('consequences');
    await expect(element).to.be.accessible();
    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([{ gatewayEnabled: false }]);
    const settings = await brenda.settings.get();
    expect(settings.gatewayEnabled).to.be.false;
    expect(settings.paymentsEnabled).to.be.false;
    expect(textOf($(element, '[data-message]'))).to.contain('Settings saved: ALIS Pay off.');
    expect(textOf($(element, '[data-message]'))).to.contain('cannot pull, void, refund');
    await waitUntil(() => $(element, '[data-kind="switched-off"]'), 'the switched-off notice never showed');
    expect(textOf($(element, '[data-kind="switched-off"]'))).to.equal(
      'ALIS Pay is switched off at Willow Creek Senior Living: nobody can save a payment method or pay, and the billing team cannot pull, void, refund or present a payment again. Invoices and payment history stay readable.',
    );
    expect($(element, '[data-consequences]')).to.be.null;
    await expect(element).to.be.accessible();

    const method = (await daniel.paymentMethods.list()).find((m) => m.usable)!;
    const invoice = (await daniel.invoices.list({ status: 'open' })).items[0]!;
    let refusal: unknown;
    try {
      await daniel.payments.quote({ methodId: method.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 1000, currency: 'USD' });
    } catch (error) {
      refusal = error;
    }
    expect(isAlisApiError(refusal, 'gateway_disabled'), String(refusal)).to.be.true;
    expect((await daniel.session.me()).community.paymentsEnabled).to.be.false;

    // On again: what comes back is said first, then payments work.
    input(element, 'gateway').click();
    await element.updateComplete;
    expect(textOf($(element, '[data-consequence="gatewayEnabled"]'))).to.contain('ALIS Pay on: payment methods can be saved and payments taken again');
    await save(element);
    expect((await brenda.settings.get()).paymentsEnabled).to.be.true;
    await waitUntil(() => !$(element, '[data-kind="switched-off"]'), 'the notice stayed');
  });

  it('says before saving what turning ALIS Connect off does, quoting the sentence payers will read with the office contact', async () => {
    const element = await mount(staff.token);
    input(element, 'portal').click();
    await element.updateComplete;
    const consequence = textOf($(element, '[data-consequence="portalEnabled"]'));
    expect(consequence).to.contain('payers cannot sign in to see or pay their bills');
    expect(consequence).to.contain('invitations cannot be accepted');
    expect(consequence).to.contain('The billing team can still pull payments');
    expect(consequence).to.contain('Willow Creek business office, (630) 555-0142, billing@willowcreek.example (Monday to Friday, 8:30 AM to 4:30 PM)');
    // The quoted sentence follows the office typed, before it is saved.
    await typeInto(input(element, 'office-phone'), '(630) 555-0199');
    await element.updateComplete;
    expect(textOf($(element, '[data-consequence="portalEnabled"]'))).to.contain('(630) 555-0199');
    await save(element);
    expect((await brenda.settings.get()).portalEnabled).to.equal(false);
    let refusal: unknown;
    try {
      await daniel.invoices.list();
    } catch (error) {
      refusal = error;
    }
    expect(isAlisApiError(refusal, 'portal_disabled'), String(refusal)).to.be.true;
  });

  it('saves the billing office contact and the advance-notice days, and the settings history shows the change', async () => {
    const element = await mount(staff.token);
    expect(input(element, 'office-name').value).to.equal('Willow Creek business office');
    expect(input(element, 'notice-days').value).to.equal('10');
    expect(textOf($(element, '#notice-days-hint'))).to.contain("Nacha's rule for recurring debits whose amount varies");
    const hours = input(element, 'office-hours');
    hours.focus();
    hours.select();
    await sendKeys({ press: 'Backspace' });
    await typeInto(input(element, 'office-email'), 'office@willowcreek.example');
    await typeInto(input(element, 'notice-days'), '14');
    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([
      {
        pullNoticeLeadDays: 14,
        billingOffice: { name: 'Willow Creek business office', phone: '(630) 555-0142', email: 'office@willowcreek.example', hours: null },
      },
    ]);
    const saved = await brenda.settings.get();
    expect(saved.pullNoticeLeadDays).to.equal(14);
    expect(saved.billingOffice.email).to.equal('office@willowcreek.example');
    expect((await daniel.session.me()).community.billingOffice.hours).to.equal(null);
    expect(textOf($(element, '[data-message]'))).to.contain('advance notice 14 days before each pull');

    const trail = $(element, 'alis-audit-trail')!;
    trail.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
    await waitUntil(() => trail.shadowRoot!.querySelector('li.entry'), 'the settings history never showed', { timeout: 5000 });
    const entry = trail.shadowRoot!.querySelector('li.entry')!;
    const cells = (field: string) => [...entry.querySelectorAll(`tr[data-field="${field}"] td`)].map((cell) => textOf(cell));
    expect(cells('pullNoticeLeadDays')).to.deep.equal(['10 days', '14 days']);
    expect(cells('billingOffice.email')).to.deep.equal(['billing@willowcreek.example', 'office@willowcreek.example']);
    expect(cells('billingOffice.hours')).to.deep.equal(['Monday to Friday, 8:30 AM to 4:30 PM', '—']);
    expect(textOf(entry.querySelector('[data-actor]'))).to.equal('Brenda Lopez');
    await expect(element).to.be.accessible();

    // A later save shows in the open history at once.
    input(element, 'policy-newest_first').click();
    await save(element);
    await waitUntil(() => trail.shadowRoot!.querySelectorAll('li.entry').length === 2, 'the open history did not show the new change', { timeout: 5000 });
    expect(textOf(trail.shadowRoot!.querySelector('li.entry tr[data-field="allocationPolicy"]'))).to.contain('Most recent first');
  });

  it('checks the days and the office name before asking, and shows the engine’s refusal of the email at its field', async () => {
    const element = await mount(staff.token);
    await typeInto(input(element, 'notice-days'), '45');
    await typeInto(input(element, 'office-name'), ' ');
    let patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([]);
    expect(textOf($(element, '[data-field-error="pullNoticeLeadDays"]'))).to.equal('Enter a whole number of days from 1 to 30.');
    expect(textOf($(element, '[data-field-error="billingOffice.name"]'))).to.contain('Enter the name payers should ask for');
    expect(element.shadowRoot!.activeElement).to.equal(input(element, 'office-name'));

    await typeInto(input(element, 'notice-days'), '10');
    await typeInto(input(element, 'office-name'), 'Business office');
    await typeInto(input(element, 'office-email'), 'not an email');
    patches = await recordPatches(() => save(element));
    expect(patches.length).to.equal(1);
    const error = $(element, '[data-field-error="billingOffice.email"]')!;
    expect(textOf(error)).to.equal('Must be an email address.');
    const field = input(element, 'office-email');
    expect(field.value).to.equal('not an email');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain(error.id);
    expect(element.shadowRoot!.activeElement).to.equal(field);
    expect((await brenda.settings.get()).billingOffice.name).to.equal('Willow Creek business office');
    await expect(element).to.be.accessible();
  });

  it('refuses a 3.5% fee at the field without saving, keeping what was typed', async () => {
    const element = await mount(staff.token);
    await typeInto(input(element, 'card-fee'), '3.5');
    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([]);
    expect((await brenda.settings.get()).cardFeeBasisPoints).to.equal(250);
    const error = $(element, '[data-field-error="cardFeeBasisPoints"]')!;
    expect(textOf(error)).to.contain('at most 3.00% (300 basis points)');
    const field = input(element, 'card-fee');
    expect(field.value).to.equal('3.5');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain(error.id);
    expect(element.shadowRoot!.activeElement).to.equal(field);
    await expect(element).to.be.accessible();

    // Three decimals and words are refused the same way.
    await typeInto(field, '1.755');
    await save(element);
    expect(textOf($(element, '[data-field-error="cardFeeBasisPoints"]'))).to.contain('two decimals');
    await typeInto(field, 'free');
    await save(element);
    expect(textOf($(element, '[data-field-error="cardFeeBasisPoints"]'))).to.contain('in percent');
    expect((await brenda.settings.get()).cardFeeBasisPoints).to.equal(250);
  });

  it("shows the engine's validation_failed fields at their field and keeps the form", async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.patch('/api/v1/staff/settings', () =>
        HttpResponse.json(
          { code: 'validation_failed', message: 'Some settings are not valid.', fields: { bankFeeBasisPoints: 'Must be a whole number of basis points from 0 to 300.' } },
          { status: 400 },
        ),
      ),
    );
    const element = await mount(staff.token);
    await typeInto(input(element, 'bank-fee'), '1,25');
    await element.updateComplete;
    expect(textOf($(element, '[data-basis-points="bankFeeBasisPoints"]'))).to.equal('1.25% = 125 basis points.');
    await save(element);
    expect(textOf($(element, '[data-field-error="bankFeeBasisPoints"]'))).to.contain('whole number of basis points');
    expect(input(element, 'bank-fee').value).to.equal('1,25');
    expect(textOf($(element, '[data-message]'))).to.equal('');
    expect(element.shadowRoot!.activeElement).to.equal(input(element, 'bank-fee'));
    expect((await brenda.settings.get()).bankFeeBasisPoints).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('saves the allocation policy, and says so when nothing changed', async () => {
    const element = await mount(staff.token);
    let patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([]);
    expect(textOf($(element, '[data-message]'))).to.contain('Nothing to save');

    input(element, 'policy-unapplied_credit').click();
    patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([{ allocationPolicy: 'unapplied_credit' }]);
    expect((await brenda.settings.get()).allocationPolicy).to.equal('unapplied_credit');
    expect((await daniel.session.me()).community.allocationPolicy).to.equal('unapplied_credit');
  });

  it('edits who pays a fee: unchecking credit says before saving that credit cards will pay no fee, and a payer\u2019s quote then has none', async () => {
    const element = await mount(staff.token);
    expect(input(element, 'card-fee-credit').checked).to.be.true;
    expect(input(element, 'card-fee-debit').checked).to.be.false;
    expect(input(element, 'card-fee-prepaid').checked).to.be.false;
    expect(textOf($(element, '#card-fee-fundings-hint'))).to.contain('forbid surcharging debit and prepaid cards');
    expect($(element, '[data-fee-consequence]')).to.be.null;

    input(element, 'card-fee-debit').click();
    await element.updateComplete;
    const lines = [...element.shadowRoot!.querySelectorAll('[data-fee-consequence]')].map(textOf);
    expect(lines[0]).to.equal('Debit cards will pay the card fee.');
    input(element, 'card-fee-debit').click();
    input(element, 'card-fee-credit').click();
    await element.updateComplete;
    expect(textOf($(element, '[data-fee-consequence]'))).to.equal('Credit cards will pay no fee.');
    expect($(element, 'button[data-action="save"]')!.getAttribute('aria-describedby')).to.equal('consequences');
    await expect(element).to.be.accessible();

    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([{ cardFeeFundings: [] }]);
    expect(textOf($(element, '[data-message]'))).to.contain('Credit cards will pay no fee.');
    const methods = await daniel.paymentMethods.list();
    const card = methods.find((m) => m.type === 'card' && m.usable)!;
    const invoice = (await daniel.outstanding.get()).invoices[0]!;
    const quote = await daniel.payments.quote({ methodId: card.id, target: { type: 'invoice', invoiceId: invoice.invoiceId }, amountCents: 1_000, currency: 'USD' });
    expect(quote.fee.amountCents).to.equal(0);
    expect(quote.feeRule).to.equal('Credit cards pay no convenience fee.');
  });

  it('turns card surcharges off with a switch that says it is not legal advice, and saves a flat part and a cap', async () => {
    const element = await mount(staff.token);
    const off = input(element, 'card-surcharges-off');
    expect(off.getAttribute('role')).to.equal('switch');
    expect(textOf($(element, '#card-surcharges-off-what'))).to.contain('not legal advice');
    off.click();
    await element.updateComplete;
    expect(textOf($(element, '[data-fee-consequence]'))).to.contain('No card will pay a fee');
    expect(input(element, 'card-fee-credit').disabled).to.be.true;
    await typeInto(input(element, 'bank-fee-flat'), '0.25');
    await typeInto(input(element, 'bank-fee-cap'), '5');
    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([{ cardSurchargesProhibited: true, bankFeeFlatCents: 25, bankFeeCapCents: 500 }]);
    const saved = await brenda.settings.get();
    expect([saved.cardSurchargesProhibited, saved.bankFeeFlatCents, saved.bankFeeCapCents]).to.deep.equal([true, 25, 500]);
    expect(input(element, 'bank-fee-cap').value).to.equal('5.00');
    await expect(element).to.be.accessible();
  });

  it('refuses a cap below the flat part at the cap field, keeping what was typed', async () => {
    const element = await mount(staff.token);
    await typeInto(input(element, 'card-fee-flat'), '2.00');
    await typeInto(input(element, 'card-fee-cap'), '1.00');
    await save(element);
    expect(textOf($(element, '[data-field-error="cardFeeCapCents"]'))).to.contain('at least the flat fee of $2.00');
    expect(input(element, 'card-fee-cap').value).to.equal('1.00');
    expect(element.shadowRoot!.activeElement).to.equal(input(element, 'card-fee-cap'));
    expect((await brenda.settings.get()).cardFeeCapCents).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('saves that refunds give the fee back, saying so before saving', async () => {
    const element = await mount(staff.token);
    expect(input(element, 'fee-on-refund-kept').checked).to.be.true;
    input(element, 'fee-on-refund-refunded').click();
    await element.updateComplete;
    expect(textOf($(element, '[data-fee-consequence]'))).to.contain('Refunds will give back the convenience fee');
    const patches = await recordPatches(() => save(element));
    expect(patches).to.deep.equal([{ feeOnRefund: 'refunded' }]);
    expect((await daniel.session.me()).community.feeOnRefund).to.equal('refunded');
  });

  it('tells a payer it is for the billing team', async () => {
    const element = await mount(payer.token);
    await waitForText(element, 'staff only');
    expect($(element, 'form')).to.be.null;
    await expect(element).to.be.accessible();
  });
});
