// <alis-payment-methods> driven as a payer would, against the shared mock backend: outcomes are
// read back through the SDK, and every request body is inspected for card numbers.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-payment-methods.js';
import '../../src/define/alis-pay-outstanding.js';
import '../../src/define/alis-add-payment-method.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPaymentMethods } from '../../src/components/payment-methods/payment-methods.js';
import type { AlisAddPaymentMethod } from '../../src/components/add-payment-method/add-payment-method.js';
import type { AlisPayOutstanding } from '../../src/components/pay-outstanding/pay-outstanding.js';
import type { AlisPayFlow } from '../../src/components/pay-flow/pay-flow.js';
import type {
  AlisDefaultPaymentMethodChangedEvent,
  AlisPaymentMethodAddedEvent,
  AlisPaymentMethodRemovedEvent,
} from '../../src/events/payment-method-events.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { createTestTokenizer, type CardTokenizer } from '../../src/sdk/tokenizers/index.js';
import { mockWorker, payQuoted, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

const CARD_NUMBER = '4242424242424242';
const ACCOUNT_NUMBER = '000123456789';

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string, tokenizer: CardTokenizer | null = createTestTokenizer({ enabled: true })) {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token} .tokenizer=${tokenizer ?? undefined}>
      <alis-payment-methods></alis-payment-methods>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-payment-methods')!;
  await element.loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('ul.methods, .notice'), 'methods never rendered', { timeout: 5000 });
  return { provider, element };
}

const methodCard = (element: AlisPaymentMethods, methodId: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`li[data-method-id="${methodId}"]`);

function action(element: AlisPaymentMethods, methodId: string, name: string): HTMLButtonElement {
  const button = methodCard(element, methodId)?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
  if (!button) throw new Error(`no ${name} action on ${methodId}: ${textOf(methodCard(element, methodId))}`);
  return button;
}

async function openAddForm(element: AlisPaymentMethods): Promise<AlisAddPaymentMethod> {
  element.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
  await waitUntil(() => element.shadowRoot!.querySelector('alis-add-payment-method'), 'the add form never opened');
  const form = element.shadowRoot!.querySelector('alis-add-payment-method')!;
  await waitUntil(() => form.shadowRoot!.querySelector('alis-address-fields'), 'the add form never rendered', { timeout: 5000 });
  return form;
}

function inner(host: Element, selector: string): HTMLInputElement {
  const found = host.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector} in ${host.tagName}`);
  return found;
}

async function type(input: HTMLInputElement | HTMLSelectElement, text: string): Promise<void> {
  input.focus();
  if (input instanceof HTMLInputElement) input.select();
  await sendKeys({ type: text });
}

/** Fills the billing address from the resident's, with the name on the card (a bank account's form asks for its holder's name instead). */
async function fillAddress(form: AlisAddPaymentMethod, name = 'Daniel Whitaker'): Promise<void> {
  const address = form.shadowRoot!.querySelector('alis-address-fields')!;
  inner(address, '#same-as-resident').click();
  await address.updateComplete;
  const nameField = address.shadowRoot!.querySelector<HTMLInputElement>('#name');
  if (nameField) await type(nameField, name);
}

async function fillBank(form: AlisAddPaymentMethod, routing = '011000015', account = ACCOUNT_NUMBER, confirmation = account): Promise<void> {
  inner(form, 'input[name="kind"][value="bank_account"]').click();
  await form.updateComplete;
  const bank = form.shadowRoot!.querySelector('alis-bank-account-fields')!;
  await bank.updateComplete;
  await type(inner(bank, '#holderName'), 'Daniel Whitaker');
  await type(inner(bank, '#routingNumber'), routing);
  await type(inner(bank, '#accountNumber'), account);
  await type(inner(bank, '#confirmAccountNumber'), confirmation);
}

async function fillCard(form: AlisAddPaymentMethod, number = CARD_NUMBER): Promise<void> {
  await waitUntil(() => form.querySelector('[slot="card-entry"] input'), 'the card fields never mounted', { timeout: 5000 });
  const inputs = [...form.querySelectorAll<HTMLInputElement>('[slot="card-entry"] input')];
  const byAutocomplete = (value: string) => inputs.find((i) => i.autocomplete === value)!;
  await type(byAutocomplete('cc-number'), number);
  await type(byAutocomplete('cc-exp'), '12/30');
  await type(byAutocomplete('cc-csc'), '123');
}

function submit(form: AlisAddPaymentMethod): void {
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** Every request body sent while `body` runs, as text. */
async function recordRequestBodies(body: () => Promise<void>): Promise<string[]> {
  const original = window.fetch;
  const bodies: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    bodies.push(await request.clone().text());
    return original(request);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return bodies;
}

/** The focused element, through shadow roots: what a keyboard user is on. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function storageText(): string {
  const dump = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`).join('\n');
  return `${dump(localStorage)}\n${dump(sessionStorage)}`;
}

describe('<alis-payment-methods>', () => {
  let payer: Persona;
  let staff: Persona;
  let client: AlisClient;

  before(async () => {
    await mockWorker();
    payer = await persona((p) => p.role === 'payer', 'the default payer');
    staff = await persona((p) => p.role === 'staff', 'staff');
  });

  beforeEach(async () => {
    await resetMockBackend();
    client = clientFor(payer.token);
  });

  it("lists the payer's methods: brand or bank, last four, expiry, default and the automatic-payment authorization", async () => {
    const methods = await client.paymentMethods.list();
    const { element } = await mount(payer.token);
    expect([...element.shadowRoot!.querySelectorAll('li.method')].map((li) => li.getAttribute('data-method-id'))).to.deep.equal(methods.map((m) => m.id));
    for (const method of methods) {
      const text = textOf(methodCard(element, method.id));
      expect(text).to.contain(method.label);
      if (method.card) expect(text).to.contain(`ending in ${method.card.last4}`);
      if (method.isDefault) expect(methodCard(element, method.id)!.querySelector('[data-badge="default"]')).to.exist;
      if (method.recurringAuthorization) expect(text).to.contain(`authorized by ${method.recurringAuthorization.authorizedBy}`);
    }
    await expect(element).to.be.accessible();
  });

  it('shows an expired card as unusable, with why', async () => {
    const eleanor = await persona((p) => p.token.includes('eleanor'), 'Eleanor');
    const expired = (await clientFor(eleanor.token).paymentMethods.list()).find((m) => !m.usable)!;
    const { element } = await mount(eleanor.token);
    const card = methodCard(element, expired.id)!;
    expect(card.dataset.status).to.equal('unusable');
    expect(textOf(card)).to.contain(expired.unusableReason!);
    expect(card.querySelector('[data-action="default"]')).to.equal(null);
  });

  it('shows a bank account blocked by a return, with the code and reason', async () => {
    const bank = (await client.paymentMethods.list()).find((m) => m.type === 'bank_account')!;
    const invoice = (await client.invoices.list({ status: 'open' })).items[0]!;
    const payment = await payQuoted(client, { methodId: bank.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 1_000, currency: 'USD' });
    const failed = await fetch(`/api/v1/__mock/payments/${payment.id}/fail`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ returnCode: 'R02' }) });
    expect(failed.status).to.equal(200);
    const { element } = await mount(payer.token);
    const card = methodCard(element, bank.id)!;
    expect(textOf(card.querySelector('[data-blocked]'))).to.contain('R02');
    await expect(element).to.be.accessible();
  });

  it('does not say a blocked account is used for automatic payments: it is authorized, and nothing can be collected from it', async () => {
    const bank = (await client.paymentMethods.list()).find((m) => m.type === 'bank_account' && m.recurringAuthorization)!;
    const invoice = (await client.invoices.list({ status: 'open' })).items[0]!;
    const payment = await payQuoted(client, { methodId: bank.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 1_000, currency: 'USD' });
    const failed = await fetch(`/api/v1/__mock/payments/${payment.id}/fail`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ returnCode: 'R02' }) });
    expect(failed.status).to.equal(200);
    const { element } = await mount(payer.token);
    const recurring = textOf(methodCard(element, bank.id)!.querySelector('[data-recurring]'));
    expect(recurring).to.contain(`authorized by ${bank.recurringAuthorization!.authorizedBy}`);
    expect(recurring).not.to.contain('Used for automatic payments');
    expect(recurring).to.contain('cannot collect from it');
  });

  it('adds a card through the test tokenizer: no card number in any request or storage, only a token', async () => {
    const { element } = await mount(payer.token);
    const before = (await client.paymentMethods.list()).length;
    const added = new Promise<AlisPaymentMethodAddedEvent>((resolve) => window.addEventListener('alis-payment-method-added', resolve, { once: true }));
    let form!: AlisAddPaymentMethod;
    const bodies = await recordRequestBodies(async () => {
      form = await openAddForm(element);
      await fillCard(form);
      await fillAddress(form);
      await expect(form).to.be.accessible();
      submit(form);
      await added;
    });
    const event = await added;
    expect(event.method.label).to.contain('4242');
    const after = await client.paymentMethods.list();
    expect(after.length).to.equal(before + 1);
    expect(bodies.some((b) => b.includes('"type":"card"')), 'the card was saved').to.equal(true);
    for (const body of bodies) {
      expect(body.replace(/\D/g, '')).not.to.contain(CARD_NUMBER);
    }
    expect(storageText()).not.to.contain(CARD_NUMBER);
    expect(document.body.innerHTML).not.to.contain(CARD_NUMBER);
    await waitUntil(() => methodCard(element, event.method.id), 'the new card is not listed');
  });

  it('passes the funding the tokenizer reports through to the saved card: a debit card is saved as debit', async () => {
    const { element } = await mount(payer.token);
    const form = await openAddForm(element);
    await fillCard(form, '4000056655665556');
    await fillAddress(form);
    const added = new Promise<AlisPaymentMethodAddedEvent>((resolve) => window.addEventListener('alis-payment-method-added', resolve, { once: true }));
    submit(form);
    const { method } = await added;
    expect(method.card?.funding).to.equal('debit');
    const saved = (await client.paymentMethods.list()).find((m) => m.id === method.id);
    expect(saved?.card?.funding).to.equal('debit');
    // The payer sees it too: it is why this card pays no convenience fee.
    await waitUntil(() => methodCard(element, method.id), 'the new card is not listed');
    expect(textOf(methodCard(element, method.id))).to.contain('Visa debit ending in 5556');
  });

  it('adds a bank account; afterwards only its last four digits remain anywhere', async () => {
    const { element } = await mount(payer.token);
    const form = await openAddForm(element);
    await fillBank(form);
    await fillAddress(form);
    await expect(form).to.be.accessible();
    const added = new Promise<AlisPaymentMethodAddedEvent>((resolve) => window.addEventListener('alis-payment-method-added', resolve, { once: true }));
    submit(form);
    const { method } = await added;
    expect(method.bankAccount?.last4).to.equal(ACCOUNT_NUMBER.slice(-4));
    expect(JSON.stringify(await client.paymentMethods.list())).not.to.contain(ACCOUNT_NUMBER);
    for (const input of form.shadowRoot!.querySelector('alis-bank-account-fields')?.shadowRoot?.querySelectorAll('input') ?? []) {
      expect(input.value).not.to.contain(ACCOUNT_NUMBER);
    }
    expect(storageText()).not.to.contain(ACCOUNT_NUMBER);
    await waitUntil(() => methodCard(element, method.id), 'the new account is not listed');
    expect(textOf(methodCard(element, method.id))).to.contain(`ending in ${ACCOUNT_NUMBER.slice(-4)}`);
  });

  it('asks for the name on the card on a card, and the bank account’s holder once on a bank account, sending it as the billing name too', async () => {
    const { element } = await mount(payer.token);
    const form = await openAddForm(element);
    const address = form.shadowRoot!.querySelector('alis-address-fields')!;
    const labels = (root: Element) => [...root.shadowRoot!.querySelectorAll('label')].map((label) => textOf(label));
    const nameLabels = () => [...labels(form), ...labels(address), ...(form.shadowRoot!.querySelector('alis-bank-account-fields') ? labels(form.shadowRoot!.querySelector('alis-bank-account-fields')!) : [])].filter((text) => /\bname\b/i.test(text) && !/nickname/i.test(text));
    // A card: the billing address's name is the cardholder's.
    expect(textOf(address.shadowRoot!.querySelector('label[for="name"]'))).to.equal('Name on the card');
    expect(nameLabels()).to.deep.equal(['Name on the card']);
    // A bank account: one name field, its holder's; the address group has none.
    await fillBank(form);
    await address.updateComplete;
    expect(address.shadowRoot!.querySelector('#name'), 'no name field in the bank account’s address').to.equal(null);
    expect(nameLabels()).to.deep.equal(["Account holder's name"]);
    await fillAddress(form);
    const added = new Promise<AlisPaymentMethodAddedEvent>((resolve) => window.addEventListener('alis-payment-method-added', resolve, { once: true }));
    const bodies = await recordRequestBodies(async () => {
      submit(form);
      await added;
    });
    const sent = bodies.map((body) => (body ? (JSON.parse(body) as { type?: string; holderName?: string; billingAddress?: { name?: string } }) : {})).find((body) => body.type === 'bank_account');
    expect(sent?.holderName).to.equal('Daniel Whitaker');
    expect(sent?.billingAddress?.name, 'the billing address carries the holder’s name').to.equal('Daniel Whitaker');
  });

  it('places a refusal of the billing name of a bank account on its holder’s name, the one name field there is', async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.post('/api/v1/payment-methods', () =>
        HttpResponse.json({ code: 'validation_failed', message: 'Some fields are not valid.', fields: { 'billingAddress.name': 'Use the name the bank has on file.' } }, { status: 400 }),
      ),
    );
    try {
      const { element } = await mount(payer.token);
      const form = await openAddForm(element);
      await fillBank(form);
      await fillAddress(form);
      submit(form);
      const bank = form.shadowRoot!.querySelector('alis-bank-account-fields')!;
      await waitForText(bank, 'Use the name the bank has on file.');
      expect(inner(bank, '#holderName').getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(form.shadowRoot!.querySelector('alis-address-fields')!.shadowRoot)).not.to.contain('Use the name the bank has on file.');
    } finally {
      worker.resetHandlers();
    }
  });

  it('saving an empty card form counts and marks the card fields with the address, focuses the card number, and says it once', async () => {
    const { element } = await mount(payer.token);
    const form = await openAddForm(element);
    await waitUntil(() => form.querySelector('[slot="card-entry"] input'), 'the card fields never mounted', { timeout: 5000 });
    await waitUntil(() => !form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled, 'Save card never became ready');
    const cardInput = (autocomplete: string) => form.querySelector<HTMLInputElement>(`[slot="card-entry"] input[autocomplete="${autocomplete}"]`)!;
    const address = form.shadowRoot!.querySelector('alis-address-fields')!;
    const bodies = await recordRequestBodies(async () => {
      submit(form);
      await form.updateComplete;
    });
    expect(bodies, 'nothing is sent: no setup intent, no save').to.deep.equal([]);
    // The empty card number, expiry and security code are counted with the address's fields…
    expect(address.invalidFields).to.include('name');
    const sentence = `${address.invalidFields.length + 3} fields need attention.`;
    await waitUntil(() => textOf(form.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')) === sentence, `the form does not say "${sentence}"`);
    // …marked invalid, described by their errors, and focus is on the first of them in reading order.
    for (const field of ['cc-number', 'cc-exp', 'cc-csc']) expect(cardInput(field).getAttribute('aria-invalid'), field).to.equal('true');
    expect(textOf(form.querySelector(`#${cardInput('cc-number').getAttribute('aria-describedby')!.split(' ').at(-1)!}`))).to.equal('Enter the card number.');
    expect(deepActiveElement()).to.equal(cardInput('cc-number'));
    expect(address.shadowRoot!.querySelector('#name')!.getAttribute('aria-invalid')).to.equal('true');
    // Said once: the form's sentence, not also the address group's count or an alert about the card.
    await address.updateComplete;
    const live = [form.shadowRoot!, address.shadowRoot!].flatMap((root) => [...root.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].map((region) => textOf(region)).filter(Boolean));
    expect(live).to.deep.equal([sentence]);
    await expect(form).to.be.accessible();

    // Once the card is entered, the card problems go and the count is the address's alone.
    await fillCard(form);
    submit(form);
    await waitUntil(() => textOf(form.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')) === `${address.invalidFields.length} fields need attention.`, 'the count still has the card');
    expect(cardInput('cc-number').getAttribute('aria-invalid')).to.equal('false');
    expect(deepActiveElement()).to.equal(address.shadowRoot!.querySelector('#name'));
  });

  it('saving an empty bank account form says how many of all its fields need attention, once', async () => {
    const { element } = await mount(payer.token);
    const form = await openAddForm(element);
    inner(form, 'input[name="kind"][value="bank_account"]').click();
    await form.updateComplete;
    const bank = form.shadowRoot!.querySelector('alis-bank-account-fields')!;
    const address = form.shadowRoot!.querySelector('alis-address-fields')!;
    submit(form);
    const sentence = `${bank.invalidFields.length + address.invalidFields.length} fields need attention.`;
    await waitUntil(() => textOf(form.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')) === sentence, `the form does not say "${sentence}"`);
    await Promise.all([bank.updateComplete, address.updateComplete]);
    const live = [form, bank, address].flatMap((host) => [...host.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].map((region) => textOf(region)).filter(Boolean));
    expect(live).to.deep.equal([sentence]);
    expect(bank.shadowRoot!.activeElement?.id).to.equal('holderName');
  });

  it('explains a routing number that fails the checksum in words, and saves nothing', async () => {
    const { element } = await mount(payer.token);
    const before = (await client.paymentMethods.list()).length;
    const form = await openAddForm(element);
    await fillBank(form, '011000016');
    await fillAddress(form);
    submit(form);
    const bank = form.shadowRoot!.querySelector('alis-bank-account-fields')!;
    await waitForText(bank, 'check-digit');
    expect(inner(bank, '#routingNumber').getAttribute('aria-invalid')).to.equal('true');
    expect(bank.shadowRoot!.activeElement?.id).to.equal('routingNumber');
    expect((await client.paymentMethods.list()).length).to.equal(before);
    await expect(form).to.be.accessible();
  });

  it('leaves focus in the add form opened while a removal refreshes the list', async () => {
    const card = (await client.paymentMethods.list()).find((m) => m.type === 'card')!;
    const { worker } = await mockWorker();
    let releaseList: () => void = () => undefined;
    const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
    let removed = false;
    worker.use(
      http.delete('/api/v1/payment-methods/:id', () => {
        removed = true;
        return undefined;
      }),
      http.get('/api/v1/payment-methods', async () => {
        if (removed) await listHeld;
        return undefined;
      }),
    );
    try {
      const { element } = await mount(payer.token);
      action(element, card.id, 'remove').click();
      await element.updateComplete;
      action(element, card.id, 'confirm-remove').click();
      await waitUntil(() => removed, 'the removal was never sent');
      const form = await openAddForm(element);
      await waitUntil(() => element.shadowRoot!.activeElement === form, 'focus never moved into the add form');
      releaseList();
      await waitUntil(() => !methodCard(element, card.id), 'the card is still listed', { timeout: 5000 });
      await element.loadComplete;
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement, 'focus stays in the form').to.equal(form);
    } finally {
      releaseList();
      worker.resetHandlers();
    }
  });

  it("shows the server's refusal next to the field it names, keeping what was typed", async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.post('/api/v1/payment-methods', () =>
        HttpResponse.json(
          { code: 'validation_failed', message: 'Some fields are not valid.', fields: { 'billingAddress.postalCode': 'This ZIP code does not match the city.' } },
          { status: 400 },
        ),
      ),
    );
    const { element } = await mount(payer.token);
    const form = await openAddForm(element);
    await fillBank(form);
    await fillAddress(form);
    submit(form);
    const address = form.shadowRoot!.querySelector('alis-address-fields')!;
    await waitForText(address, 'does not match the city');
    const bank = form.shadowRoot!.querySelector('alis-bank-account-fields')!;
    expect(inner(bank, '#accountNumber').value).to.equal(ACCOUNT_NUMBER);
    expect(inner(bank, '#holderName').value).to.equal('Daniel Whitaker');
  });

  it('makes another method the default', async () => {
    const methods = await client.paymentMethods.list();
    const other = methods.find((m) => !m.isDefault && m.usable)!;
    const { element } = await mount(payer.token);
    const changed = new Promise<AlisDefaultPaymentMethodChangedEvent>((resolve) => window.addEventListener('alis-default-payment-method-changed', resolve, { once: true }));
    action(element, other.id, 'default').click();
    expect((await changed).method.id).to.equal(other.id);
    await waitUntil(() => methodCard(element, other.id)?.querySelector('[data-badge="default"]'), 'the badge did not move');
    expect((await client.paymentMethods.list()).find((m) => m.isDefault)?.id).to.equal(other.id);
  });

  it('keeps focus on the method after "Make default" by keyboard, whose button goes, and says the change once', async () => {
    const other = (await client.paymentMethods.list()).find((m) => !m.isDefault && m.usable)!;
    const name = other.nickname ?? other.label;
    const { element } = await mount(payer.token);
    action(element, other.id, 'default').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => methodCard(element, other.id)?.querySelector('[data-badge="default"]'), 'the badge did not move');
    expect(methodCard(element, other.id)!.querySelector('[data-action="default"]'), '"Make default" is gone').to.equal(null);
    // Focus is on the method, which reads its name and "Default", not on the page's body.
    await waitUntil(() => deepActiveElement() === methodCard(element, other.id), `focus is on ${deepActiveElement()?.tagName ?? 'nothing'}, not the method`);
    expect(deepActiveElement()?.getAttribute('aria-labelledby')).to.equal(`method-${other.id}`);
    // One live region says it: the list's, not also the method's own message.
    const sentence = `${name} is now your default.`;
    await waitUntil(() => textOf(element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')) === sentence, 'the change was not announced');
    const saying = [...element.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].filter((region) => textOf(region).includes(sentence));
    expect(saying, 'live regions saying the change').to.have.length(1);
    // The method still shows the outcome next to it, as text.
    expect(textOf(methodCard(element, other.id)!.querySelector('.confirmation'))).to.equal(sentence);
    await expect(element).to.be.accessible();
  });

  it('renames a method', async () => {
    const method = (await client.paymentMethods.list())[0]!;
    const { element } = await mount(payer.token);
    action(element, method.id, 'rename').click();
    await element.updateComplete;
    const input = element.shadowRoot!.querySelector<HTMLInputElement>(`#nickname-${method.id}`)!;
    expect(element.shadowRoot!.activeElement).to.equal(input);
    await type(input, 'Travel card');
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await client.paymentMethods.list())[0]?.nickname === 'Travel card', 'the nickname was not saved');
    await waitForText(element, 'Travel card');
  });

  it('grants the automatic-payment authorization, and withdraws one no arrangement uses without asking', async () => {
    const card = (await client.paymentMethods.list()).find((m) => m.type === 'card' && !m.recurringAuthorization)!;
    const { element } = await mount(payer.token);
    action(element, card.id, 'authorize').click();
    await waitUntil(() => methodCard(element, card.id)?.querySelector('[data-recurring]'), 'the authorization is not shown', { timeout: 5000 });
    expect((await client.paymentMethods.list()).find((m) => m.id === card.id)?.recurringAuthorization).to.not.equal(null);
    action(element, card.id, 'withdraw').click();
    await waitUntil(() => !methodCard(element, card.id)?.querySelector('[data-recurring]'), 'the authorization is still shown', { timeout: 5000 });
    expect((await client.paymentMethods.list()).find((m) => m.id === card.id)?.recurringAuthorization).to.equal(null);
    expect(element.shadowRoot!.querySelector('[data-kind="arrangement-ended"]')).to.equal(null);
  });

  it('stops automatic payments the billing team collects, after a confirmation that says what it means, and announces it', async () => {
    const bank = (await client.paymentMethods.list()).find((m) => m.type === 'bank_account' && m.recurringAuthorization)!;
    const me = await client.session.me();
    const staffClient = clientFor(staff.token);
    await staffClient.staff.payers.setArrangement(me.party!.id, { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId: bank.id }] });
    const { element } = await mount(payer.token);

    action(element, bank.id, 'withdraw').click();
    await element.updateComplete;
    const confirm = methodCard(element, bank.id)!.querySelector('.confirm')!;
    expect(textOf(confirm)).to.contain(`Stop automatic payments from ${bank.nickname ?? bank.label}?`);
    expect(textOf(confirm)).to.contain('The billing office will no longer pull your bills automatically, from this or any other method; you pay them yourself by their due dates.');
    expect(element.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('keep-authorization');
    await expect(element).to.be.accessible();
    // Keeping them changes nothing.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('withdraw');
    expect((await staffClient.staff.payers.get(me.party!.id)).arrangement.mode).to.equal('billing_team_pulls');

    action(element, bank.id, 'withdraw').click();
    await element.updateComplete;
    action(element, bank.id, 'confirm-withdraw').click();
    const sentence = `Automatic payments from ${bank.label} stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.`;
    await waitUntil(() => textOf(element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')) === sentence, 'the end of automatic payments was not announced', { timeout: 5000 });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-action') === 'authorize', 'focus did not land on "Allow automatic payments"', { timeout: 5000 });
    expect(textOf(element.shadowRoot!.querySelector('[data-kind="arrangement-ended"]'))).to.equal(sentence);
    const arrangement = (await staffClient.staff.payers.get(me.party!.id)).arrangement;
    expect(arrangement.mode).to.equal('self_pay');
    expect(arrangement.ended?.reason).to.equal('authorization_withdrawn');
    await expect(element).to.be.accessible();
  });

  it('removes a method after confirmation, also one the billing team pulls from, saying that automatic payments stop', async () => {
    const methods = await client.paymentMethods.list();
    const bank = methods.find((m) => m.type === 'bank_account' && m.recurringAuthorization)!;
    const card = methods.find((m) => m.type === 'card')!;
    const me = await client.session.me();
    const staffClient = clientFor(staff.token);
    await staffClient.staff.payers.setArrangement(me.party!.id, { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId: bank.id }] });
    const { element } = await mount(payer.token);

    // A method no arrangement uses: the confirmation says nothing about automatic payments.
    const removedCard = new Promise<AlisPaymentMethodRemovedEvent>((resolve) => window.addEventListener('alis-payment-method-removed', resolve, { once: true }));
    action(element, card.id, 'remove').click();
    await element.updateComplete;
    expect(textOf(methodCard(element, card.id)!.querySelector('.confirm'))).to.not.contain('automatically');
    action(element, card.id, 'confirm-remove').click();
    expect((await removedCard).methodId).to.equal(card.id);
    await waitUntil(() => !methodCard(element, card.id), 'the card is still listed', { timeout: 5000 });
    expect(element.shadowRoot!.querySelector('[data-kind="arrangement-ended"]')).to.equal(null);

    action(element, bank.id, 'remove').click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('keep');
    expect(textOf(methodCard(element, bank.id)!.querySelector('.confirm'))).to.contain(
      'Payments already made with it keep their record. The billing office will no longer pull your bills automatically, from this or any other method; you pay them yourself by their due dates.',
    );
    await expect(element).to.be.accessible();
    action(element, bank.id, 'confirm-remove').click();
    await waitUntil(() => !methodCard(element, bank.id), 'the account is still listed', { timeout: 5000 });
    const sentence = `Automatic payments from ${bank.label} stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.`;
    expect(textOf(element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]'))).to.equal(`${bank.nickname ?? bank.label} was removed. ${sentence}`);
    expect(textOf(element.shadowRoot!.querySelector('[data-kind="arrangement-ended"]'))).to.equal(sentence);
    expect((await client.paymentMethods.list()).some((m) => m.id === bank.id)).to.equal(false);
    expect((await staffClient.staff.payers.get(me.party!.id)).arrangement.ended?.reason).to.equal('method_removed');
    await expect(element).to.be.accessible();
  });

  it('offers bank accounts only, and says why, when no card tokenizer is configured', async () => {
    const { element } = await mount(payer.token, null);
    const form = await openAddForm(element);
    expect(inner(form, 'input[name="kind"][value="card"]').disabled).to.equal(true);
    expect(textOf(form.shadowRoot)).to.contain('Card entry is not set up');
    expect(form.shadowRoot!.querySelector('alis-bank-account-fields')).to.exist;
  });

  it("answers a pay flow's request to add a method, and the flow continues with the new one", async () => {
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${payer.token} .tokenizer=${createTestTokenizer({ enabled: true })}>
        <alis-pay-outstanding></alis-pay-outstanding>
        <alis-payment-methods></alis-payment-methods>
      </alis-billing-provider>
    `);
    const outstanding = provider.querySelector<AlisPayOutstanding>('alis-pay-outstanding')!;
    const element = provider.querySelector<AlisPaymentMethods>('alis-payment-methods')!;
    await outstanding.loadComplete;
    await element.loadComplete;
    outstanding.shadowRoot!.querySelector<HTMLButtonElement>('button.pay')!.click();
    await waitUntil(() => outstanding.shadowRoot!.querySelector('alis-pay-flow'), 'no pay flow');
    const flow = outstanding.shadowRoot!.querySelector<AlisPayFlow>('alis-pay-flow')!;
    await flow.loadComplete;
    await waitUntil(() => [...flow.shadowRoot!.querySelectorAll('button')].some((b) => textOf(b) === 'Add a payment method'), 'no add button');
    [...flow.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Add a payment method')!.click();

    await waitUntil(() => element.shadowRoot!.querySelector('alis-add-payment-method'), 'the methods widget did not open its form');
    const form = element.shadowRoot!.querySelector('alis-add-payment-method')!;
    await waitUntil(() => form.shadowRoot!.querySelector('alis-address-fields'), 'form not rendered', { timeout: 5000 });
    await fillBank(form);
    await fillAddress(form);
    const added = new Promise<AlisPaymentMethodAddedEvent>((resolve) => window.addEventListener('alis-payment-method-added', resolve, { once: true }));
    submit(form);
    const { method } = await added;
    await waitUntil(
      () => flow.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"]:checked')?.value === method.id,
      'the pay flow did not choose the new method',
    );
  });

  it('opens the add form inside the pay flow when nothing else on the page answers', async () => {
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${payer.token}>
        <alis-pay-outstanding></alis-pay-outstanding>
      </alis-billing-provider>
    `);
    const outstanding = provider.querySelector<AlisPayOutstanding>('alis-pay-outstanding')!;
    await outstanding.loadComplete;
    outstanding.shadowRoot!.querySelector<HTMLButtonElement>('button.pay')!.click();
    await waitUntil(() => outstanding.shadowRoot!.querySelector('alis-pay-flow'), 'no pay flow');
    const flow = outstanding.shadowRoot!.querySelector<AlisPayFlow>('alis-pay-flow')!;
    await flow.loadComplete;
    await waitUntil(() => [...flow.shadowRoot!.querySelectorAll('button')].some((b) => textOf(b) === 'Add a payment method'), 'no add button');
    [...flow.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Add a payment method')!.click();
    await waitUntil(() => flow.shadowRoot!.querySelector('alis-add-payment-method'), 'the add form did not open in the flow');
    const form = flow.shadowRoot!.querySelector('alis-add-payment-method')!;
    await waitUntil(() => form.shadowRoot!.querySelector('alis-address-fields'), 'form not rendered', { timeout: 5000 });
    await fillBank(form, '021000021', '55501234');
    await fillAddress(form);
    submit(form);
    await waitUntil(() => flow.step === 'method', 'the flow did not return to choosing a method', { timeout: 5000 });
    await waitUntil(() => textOf(flow.shadowRoot!.querySelector('input[name="method"]:checked')?.closest('label')).includes('1234'), 'the new account is not chosen');
  });
});

const RUTH = 'mock-token-ruth-jensen';
const FRANK = 'mock-token-frank-castellano';
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

describe('<alis-payment-methods> and the add form: switches and access', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it('shows the calm portal-off notice with the office phone, without asking for methods', async () => {
    await clientFor(STAFF).settings.update({ portalEnabled: false });
    const requests = await recordRequests();
    try {
      const { element } = await mount(RUTH);
      await waitForText(element, 'The resident portal of Willow Creek Senior Living is switched off for now.');
      expect(textOf(element.shadowRoot!.querySelector('[part="notice"]'))).to.contain(OFFICE_PHONE);
      expect(element.shadowRoot!.querySelector('ul.methods, button.add')).to.equal(null);
      expect(requests.paths.filter((path) => path.includes('/payment-methods'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it('keeps the list readable while the gateway is off, and says instead of "+ Add" that saving new methods is off and whom to call', async () => {
    const saved = await clientFor(RUTH).paymentMethods.list();
    await clientFor(STAFF).settings.update({ gatewayEnabled: false });
    const { element } = await mount(RUTH);
    await waitUntil(() => element.shadowRoot!.querySelector('ul.methods'), 'the list never showed');
    expect([...element.shadowRoot!.querySelectorAll<HTMLElement>('li.method')].map((li) => li.dataset.methodId)).to.deep.equal(saved.map((m) => m.id));
    expect(element.shadowRoot!.querySelector('button.add'), 'no "+ Add payment method"').to.equal(null);
    const sentence = element.shadowRoot!.querySelector('[data-kind="saving-off"]')!;
    expect(textOf(sentence)).to.match(/^Saving new payment methods is switched off at Willow Creek Senior Living for now\./);
    expect(textOf(sentence)).to.contain('You can still rename your saved methods, choose your default and remove one');
    expect(textOf(sentence), 'renaming and the rest still work here').to.not.contain('change how you pay');
    expect(textOf(sentence)).to.contain(OFFICE_PHONE);
    expect(sentence.getAttribute('role'), 'a sentence, not an alert').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('renames a method and makes another the default while the gateway is off, as the sentence says', async () => {
    const daniel = await persona((p) => p.role === 'payer', 'the default payer');
    const payer = clientFor(daniel.token);
    const methods = await payer.paymentMethods.list();
    const first = methods[0]!;
    const other = methods.find((m) => !m.isDefault && m.usable);
    if (!other) throw new Error('the default payer needs a second usable method for this test');
    await clientFor(STAFF).settings.update({ gatewayEnabled: false });
    const { element } = await mount(daniel.token);
    await waitForText(element, 'You can still rename your saved methods');
    action(element, first.id, 'rename').click();
    await element.updateComplete;
    await type(element.shadowRoot!.querySelector<HTMLInputElement>(`#nickname-${first.id}`)!, 'Household account');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(methodCard(element, first.id)).includes('Household account'), 'the new name never showed');
    expect((await payer.paymentMethods.list()).find((m) => m.id === first.id)?.nickname).to.equal('Household account');
    // The list reloads after the rename; its buttons are live again once it has (on a busy machine
    // the reload can still be on its way when the old buttons look ready, so wait for it).
    await element.loadComplete;
    await element.updateComplete;
    await waitUntil(() => methodCard(element, other.id)?.querySelector<HTMLButtonElement>('[data-action="default"]:not([disabled])') != null, 'Make default never came back');
    action(element, other.id, 'default').click();
    await waitUntil(() => methodCard(element, other.id)?.querySelector('[data-badge="default"]'), 'the default badge did not move', { timeout: 10000 });
    expect((await payer.paymentMethods.list()).find((m) => m.isDefault)?.id).to.equal(other.id);
    expect(textOf(element.shadowRoot!.querySelector('[role="alert"]')), 'nothing was refused').to.equal('');
    await expect(element).to.be.accessible();
  });

  it('shows the add form, opened alone while the gateway is off, as a sentence with Back instead of fields that would be refused', async () => {
    await clientFor(STAFF).settings.update({ gatewayEnabled: false });
    const form = await fixture<AlisAddPaymentMethod>(html`<alis-add-payment-method .client=${clientFor(RUTH)}></alis-add-payment-method>`);
    await waitForText(form, 'Saving new payment methods is switched off');
    expect(form.shadowRoot!.querySelector('alis-address-fields, input')).to.equal(null);
    expect(form.querySelector('[slot="card-entry"]'), 'no card entry mounted').to.equal(null);
    const closed = new Promise((resolve) => form.addEventListener('alis-add-payment-method-close', resolve, { once: true }));
    [...form.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Back')!.click();
    await closed;
    await expect(form).to.be.accessible();
  });

  it('tells Frank (views billing only) in one sentence that his access does not include methods, without asking for them', async () => {
    const requests = await recordRequests();
    try {
      const { element } = await mount(FRANK);
      await waitForText(element, 'Your access does not include payment methods.');
      const notice = element.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.getAttribute('data-tone')).to.equal('info');
      expect(textOf(notice)).to.contain(OFFICE_PHONE);
      expect(element.shadowRoot!.querySelector('[role="alert"]'), 'not an error box').to.equal(null);
      expect(requests.paths.filter((path) => path.includes('/payment-methods'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it('shows a payer whose profile pays but does not manage methods the list without actions, and says why', async () => {
    const staff = clientFor(STAFF);
    const profile = await staff.access.createProfile({ name: 'Pays, methods by the office', permissions: ['view_billing', 'pay_bills'] });
    await staff.access.updateUser('usr-ruth-jensen', { profileId: profile.id });
    const { element } = await mount(RUTH);
    await waitUntil(() => element.shadowRoot!.querySelector('ul.methods'), 'the list never showed');
    expect(element.shadowRoot!.querySelectorAll('[data-action]'), 'no method actions').to.have.length(0);
    expect(element.shadowRoot!.querySelector('button.add')).to.equal(null);
    expect(textOf(element.shadowRoot!.querySelector('[data-kind="no-manage"]'))).to.match(
      /^Your access lets you pay with saved payment methods but not add, change or remove them\. If you should manage payment methods, contact Willow Creek business office, \(630\) 555-0142/,
    );
    await expect(element).to.be.accessible();
  });
});
