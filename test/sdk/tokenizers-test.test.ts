// The test tokenizer in real Chromium: typed on the keyboard, checked locally, tokenized against
// the shared mock backend, and never letting a card number reach a request or storage.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { CardTokenizeError, TEST_CARD_NUMBERS, createTestTokenizer, type CardBillingDetails, type CardTokenizer } from '../../src/sdk/tokenizers/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

// Pinned so the expiry checks do not depend on the day the suite runs.
const today = new Date(2026, 10, 25);

const billing: CardBillingDetails = {
  name: 'Ann Lee',
  address: { name: 'Ann Lee', line1: '1 Maple Grove Way', line2: null, city: 'Madison', state: 'WI', postalCode: '53703', country: 'US' },
};

const input = (container: HTMLElement, autocomplete: string) => container.querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`)!;
const numberInput = (c: HTMLElement) => input(c, 'cc-number');
const expiryInput = (c: HTMLElement) => input(c, 'cc-exp');
const cvcInput = (c: HTMLElement) => input(c, 'cc-csc');

/** The text of everything `field`'s aria-describedby points at. */
const descriptionOf = (field: HTMLInputElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(field.ownerDocument.getElementById(id)))
    .join(' ');

async function typeInto(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

async function enterCard(container: HTMLElement, card: { number: string; expiry: string; cvc: string }): Promise<void> {
  await typeInto(numberInput(container), card.number);
  await typeInto(expiryInput(container), card.expiry);
  await typeInto(cvcInput(container), card.cvc);
}

async function rejectionOf(promise: Promise<unknown>): Promise<CardTokenizeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a CardTokenizeError').to.be.instanceOf(CardTokenizeError);
  return error as CardTokenizeError;
}

describe('createTestTokenizer, before card entry opens', () => {
  const fieldModuleRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('test-card-fields'));

  // First in this file: nothing before it may have mounted a test tokenizer. A module is fetched
  // once per page, so a fetch during mount proves that nothing had imported it before. (The
  // timing buffer is emptied first: this page's own imports overflow it.)
  it('imports its fields only on mount, and mounts nothing when destroyed meanwhile', async () => {
    performance.clearResourceTimings();
    const tokenizer = createTestTokenizer({ enabled: true });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const mounting = tokenizer.mount(container);
    tokenizer.destroy();
    await mounting;
    expect(container.childNodes, 'a destroyed tokenizer mounted its fields').to.have.length(0);
    // Resource timing records the import a moment after it ran.
    await waitUntil(() => fieldModuleRequests().length > 0, 'the fields were not imported on mount', { timeout: 2000 });
    await tokenizer.mount(container);
    expect(numberInput(container)).to.exist;
    tokenizer.destroy();
  });
});

describe('createTestTokenizer', () => {
  let payer: Persona;
  let client: AlisClient;
  let tokenizer: CardTokenizer;
  let container: HTMLDivElement;
  const realFetch = window.fetch;
  let sent: Array<{ url: string; body: string }>;

  before(async () => {
    const { worker } = await mockWorker();
    expect(worker, 'the mock worker did not start').to.exist;
    expect(navigator.serviceWorker.controller, 'the mock service worker controls nothing').to.exist;
    payer = await persona((p) => p.role === 'payer' && !/revoked/i.test(p.description), 'the default payer');
  });

  beforeEach(async () => {
    await resetMockBackend();
    sent = [];
    // Everything the page sends, as it leaves: the card number must never be among it.
    window.fetch = async (resource: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(resource, init);
      sent.push({ url: request.url, body: await request.clone().text() });
      return realFetch(request);
    };
    client = createAlisClient({ baseUrl: '/api/v1', getToken: () => payer.token });
    tokenizer = createTestTokenizer({ enabled: true, now: () => today });
    container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    await tokenizer.mount(container);
  });

  afterEach(() => {
    tokenizer.destroy();
    window.fetch = realFetch;
  });

  it('shows labelled, clearly test-mode fields that fit 320px with 44px targets, and passes axe', async () => {
    expect(tokenizer.kind).to.equal('test');
    expect(textOf(container)).to.contain('Test mode — do not enter a real card');
    const fields = [
      [numberInput(container), 'Card number'],
      [expiryInput(container), 'Expiry date (MM/YY)'],
      [cvcInput(container), 'Security code (CVC)'],
    ] as const;
    for (const [field, label] of fields) {
      expect(field, label).to.exist;
      expect(field.getRootNode(), 'fields must be in the light DOM').to.equal(document);
      expect(field.inputMode).to.equal('numeric');
      expect(field.name, 'a surrounding form must never submit card data').to.equal('');
      expect(textOf(container.querySelector(`label[for="${field.id}"]`))).to.equal(label);
      expect(field.getBoundingClientRect().height, `${label} height`).to.be.at.least(44);
      expect(field.getBoundingClientRect().right, `${label} overflows 320px`).to.be.at.most(container.getBoundingClientRect().right + 0.5);
    }
    expect(container.scrollWidth, 'horizontal scrolling at 320px').to.be.at.most(320);
    await expect(container).to.be.accessible();
  });

  for (const card of TEST_CARD_NUMBERS) {
    it(`${card.number} gives ${card.token}, funding ${card.funding}, and a real setup intent, then clears the number and CVC`, async () => {
      await enterCard(container, { number: card.number, expiry: '12/30', cvc: card.brand === 'amex' ? '1234' : '123' });
      const result = await tokenizer.tokenize(billing, { client });

      expect(result.token).to.equal(card.token);
      expect(result.setupIntentId).to.match(/^seti_test_/);
      expect(result.card).to.deep.equal({ brand: card.brand, last4: card.number.replace(/\s/g, '').slice(-4), expMonth: 12, expYear: 2030, funding: card.funding });
      expect(sent.filter((r) => r.url.endsWith('/payment-methods/setup-intents'))).to.have.length(1);
      expect(numberInput(container).value, 'the card number lingers').to.equal('');
      expect(cvcInput(container).value, 'the CVC lingers').to.equal('');
    });
  }

  it('accepts a card that expires at the end of this month', async () => {
    await enterCard(container, { number: '4242424242424242', expiry: '11/26', cvc: '123' });
    const result = await tokenizer.tokenize(billing, { client });
    expect(result.card).to.include({ expMonth: 11, expYear: 2026 });
  });

  for (const { what, card, code, field, words } of [
    { what: 'a number failing the checksum', card: { number: '4242 4242 4242 4241', expiry: '12/30', cvc: '123' }, code: 'invalid_number', field: 'number', words: 'not valid' },
    { what: 'an expiry in the past', card: { number: '4242 4242 4242 4242', expiry: '10/26', cvc: '123' }, code: 'invalid_expiry', field: 'expiry', words: 'expired' },
    { what: 'a short CVC for American Express', card: { number: '3782 822463 10005', expiry: '12/30', cvc: '123' }, code: 'incomplete', field: 'cvc', words: '4 digits' },
  ] as const) {
    it(`refuses ${what}: names the field, shows why beside it, and asks nothing of the backend`, async () => {
      await enterCard(container, card);
      const error = await rejectionOf(tokenizer.tokenize(billing, { client }));
      expect(error.code).to.equal(code);
      expect(error.field).to.equal(field);
      expect(error.message).to.contain(words);

      const inputs = { number: numberInput(container), expiry: expiryInput(container), cvc: cvcInput(container) };
      const invalid = inputs[field];
      expect(invalid.getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(invalid)).to.contain(error.message);
      const errorText = container.querySelector(`#${invalid.id}-error`)!;
      expect(errorText.closest('.alis-test-card__field')).to.equal(invalid.closest('.alis-test-card__field'));
      expect(errorText.getBoundingClientRect().height, 'the error text is not visible').to.be.greaterThan(0);
      expect(document.activeElement, 'focus did not move to the field to fix').to.equal(invalid);
      for (const other of Object.values(inputs).filter((i) => i !== invalid)) {
        expect(other.getAttribute('aria-invalid'), other.id).to.equal('false');
      }
      expect(sent.filter((r) => r.url.includes('setup-intents'))).to.have.length(0);
      // What the payer typed stays, so they can correct it.
      expect(numberInput(container).value.replace(/\s/g, '')).to.equal(card.number.replace(/\s/g, ''));
      await expect(container).to.be.accessible();
    });
  }

  it('names an empty entry as incomplete, and clears an error as soon as the field is fixed', async () => {
    const error = await rejectionOf(tokenizer.tokenize(billing, { client }));
    expect([error.code, error.field]).to.deep.equal(['incomplete', 'number']);
    for (const field of [numberInput(container), expiryInput(container), cvcInput(container)]) {
      expect(field.getAttribute('aria-invalid'), field.id).to.equal('true');
    }
    await typeInto(numberInput(container), '4242 4242 4242 4242');
    expect(numberInput(container).getAttribute('aria-invalid')).to.equal('false');
    expect(descriptionOf(numberInput(container))).to.equal('');
    expect(expiryInput(container).getAttribute('aria-invalid')).to.equal('true');
  });

  it('validate() shows every problem, focuses the first field with one and returns them in order, asking nothing and clearing nothing', async () => {
    await typeInto(expiryInput(container), '10/26');
    const problems = tokenizer.validate!();
    expect(problems.map((p) => [p.code, p.field])).to.deep.equal([
      ['incomplete', 'number'],
      ['invalid_expiry', 'expiry'],
      ['incomplete', 'cvc'],
    ]);
    for (const field of [numberInput(container), expiryInput(container), cvcInput(container)]) {
      expect(field.getAttribute('aria-invalid'), field.id).to.equal('true');
    }
    expect(descriptionOf(expiryInput(container))).to.contain('expired');
    expect(document.activeElement).to.equal(numberInput(container));
    expect(sent, 'nothing is asked of the backend').to.have.length(0);

    await typeInto(numberInput(container), '4242 4242 4242 4242');
    expiryInput(container).focus();
    expiryInput(container).select();
    await sendKeys({ type: '12/30' });
    await typeInto(cvcInput(container), '123');
    expect(tokenizer.validate!()).to.deep.equal([]);
    expect(numberInput(container).value.replace(/\s/g, ''), 'what was typed stays').to.equal('4242424242424242');
    expect(sent).to.have.length(0);
  });

  it('shows a mistake when the payer leaves the field, and shows the number grouped as on the card', async () => {
    await typeInto(numberInput(container), '4242424242424241');
    expect(numberInput(container).getAttribute('aria-invalid'), 'punished while typing').to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(numberInput(container).value).to.equal('4242 4242 4242 4241');
    expect(numberInput(container).getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(numberInput(container))).to.contain('not valid');

    await typeInto(expiryInput(container), '0731');
    await sendKeys({ press: 'Tab' });
    expect(expiryInput(container).value).to.equal('07/31');
  });

  it('reports completeness and the error shown through onChange', async () => {
    tokenizer.destroy();
    const states: Array<{ complete: boolean; error: string | null }> = [];
    await tokenizer.mount(container, { onChange: (state) => states.push(state) });
    await enterCard(container, { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '12' });
    expect(states.at(-1)).to.deep.equal({ complete: false, error: null });
    await sendKeys({ type: '3' });
    expect(states.at(-1)).to.deep.equal({ complete: true, error: null });
    await tokenizer.tokenize(billing, { client });
    expect(states.at(-1), 'cleared fields are not complete').to.deep.equal({ complete: false, error: null });
  });

  it('focus() moves to the card number', async () => {
    tokenizer.focus();
    expect(document.activeElement).to.equal(numberInput(container));
  });

  it('never sends the card number or writes it to storage, from typing to saving the card', async () => {
    const setItem = Storage.prototype.setItem;
    const stored: string[] = [];
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      stored.push(`${key}=${value}`);
      setItem.call(this, key, value);
    };
    try {
      const number = '5555 5555 5555 4444';
      await enterCard(container, { number, expiry: '12/30', cvc: '321' });
      const result = await tokenizer.tokenize(billing, { client });
      // The whole add-a-card round trip: what the tokenizer returns is what the backend stores.
      const saved = await client.paymentMethods.create({
        type: 'card',
        token: result.token,
        setupIntentId: result.setupIntentId!,
        card: result.card,
        billingAddress: billing.address,
      });
      expect(saved.type).to.equal('card');
      expect(JSON.stringify(saved)).to.contain('4444');
      expect(saved.card?.funding, 'the backend did not keep the funding the tokenizer reported').to.equal('credit');

      expect(sent.length, 'the requests were not observed').to.be.at.least(2);
      const digits = number.replace(/\s/g, '');
      for (const request of sent) {
        for (const secret of [digits, number, '321']) {
          expect(request.body.replace(/[\s-]/g, ''), `${request.url} body`).to.not.contain(secret.replace(/\s/g, ''));
          expect(request.url.replace(/[\s-]|%20/g, ''), 'request URL').to.not.contain(secret.replace(/\s/g, ''));
        }
      }
      expect(stored, 'something was written to storage').to.deep.equal([]);
      expect(container.innerHTML).to.not.contain(digits);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('refuses a setup intent for a live provider, so test entry can never save a real card', async () => {
    const live = {
      paymentMethods: {
        createSetupIntent: async () => ({ id: 'seti_1Live', provider: 'stripe', clientSecret: 'seti_1Live_secret', publishableKey: 'pk_live_x' }),
      },
    } as unknown as AlisClient;
    await enterCard(container, { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' });
    const error = await rejectionOf(tokenizer.tokenize(billing, { client: live }));
    expect(error.code).to.equal('unavailable');
  });

  it('turns a refused setup intent into a failure in the backend’s words, keeping the entry', async () => {
    const staff = await persona((p) => p.role === 'staff', 'a staff user');
    const staffClient = createAlisClient({ baseUrl: '/api/v1', getToken: () => staff.token });
    await enterCard(container, { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' });
    const error = await rejectionOf(tokenizer.tokenize(billing, { client: staffClient }));
    expect(error.code).to.equal('failed');
    expect(error.message.length).to.be.greaterThan(10);
    expect(numberInput(container).value).to.not.equal('');
  });

  it('destroy empties the fields and removes them', async () => {
    await enterCard(container, { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' });
    const number = numberInput(container);
    const cvc = cvcInput(container);
    tokenizer.destroy();
    expect(number.value).to.equal('');
    expect(cvc.value).to.equal('');
    expect(container.querySelector('input')).to.equal(null);
    expect(container.childNodes).to.have.length(0);
    const error = await rejectionOf(tokenizer.tokenize(billing, { client }));
    expect(error.code).to.equal('failed');
  });
});

// A page with `style-src 'self'` blocks inline <style> elements and style attributes; the fields'
// look must come from a stylesheet adopted by the tree they are in.
describe('createTestTokenizer under style-src without unsafe-inline', () => {
  const fieldsSheet = (root: Document | ShadowRoot) =>
    root.adoptedStyleSheets.find((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.alis-test-card__field input')));

  it('adds no <style> element or style attribute, and styles the fields through the document', async () => {
    const tokenizer = createTestTokenizer({ enabled: true });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await tokenizer.mount(container);
    expect(container.querySelector('style'), 'an inline <style> element').to.equal(null);
    expect(container.querySelector('[style]'), 'a style attribute').to.equal(null);
    expect(fieldsSheet(document), 'no adopted stylesheet in the document').to.exist;
    expect(numberInput(container).getBoundingClientRect().height).to.be.at.least(44);
    tokenizer.destroy();
    expect(fieldsSheet(document), 'the stylesheet stayed after the last fields left').to.equal(undefined);
  });

  it('styles fields slotted in a shadow root there, and keeps the sheet while other fields still use it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    shadow.append(first, second);
    const [one, two] = [createTestTokenizer({ enabled: true }), createTestTokenizer({ enabled: true })];
    await one.mount(first);
    await two.mount(second);
    expect(fieldsSheet(shadow), 'no adopted stylesheet in the shadow root').to.exist;
    expect(fieldsSheet(document), 'adopted by the document instead of the shadow root').to.equal(undefined);
    expect(shadow.adoptedStyleSheets.filter((sheet) => sheet === fieldsSheet(shadow)), 'adopted twice').to.have.length(1);
    const number = first.querySelector<HTMLInputElement>('input[autocomplete="cc-number"]')!;
    expect(number.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(first.querySelector('.alis-test-card__banner')!).borderTopStyle).to.equal('dashed');
    one.destroy();
    expect(fieldsSheet(shadow), 'removed while the second fields still use it').to.exist;
    two.destroy();
    expect(fieldsSheet(shadow)).to.equal(undefined);
  });
});
