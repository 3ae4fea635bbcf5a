// The Stripe tokenizer against a fake `Stripe` (this machine cannot reach js.stripe.com): it loads
// Stripe only when card entry opens, mounts the Card Element in light DOM, and turns Stripe's
// answers into tokens or errors in words.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Stripe, StripeCardElementChangeEvent, StripeError } from '@stripe/stripe-js';
import { AlisApiError, type AlisClient } from '../../src/sdk/index.js';
import { CardTokenizeError, createStripeTokenizer, type CardBillingDetails } from '../../src/sdk/tokenizers/index.js';

const KEY = 'pk_test_community';

const billing: CardBillingDetails = {
  name: 'Ann Lee',
  address: { name: 'Ann Lee', line1: '1 Maple Grove Way', line2: null, city: 'Madison', state: 'WI', postalCode: '53703', country: 'US' },
};

interface FakeScript {
  createError?: StripeError;
  confirmError?: StripeError;
  brand?: string;
  /** Stripe's `card.funding`; omitted, the fake reports `credit`. */
  funding?: string | null;
  /** Makes `createPaymentMethod` reject, as Stripe.js does when its request cannot be sent. */
  createRejects?: boolean;
}

/** A fake Card Element: renders a visible placeholder where Stripe's iframe would be. */
class FakeCardElement {
  mountedInto: HTMLElement | null = null;
  destroyed = false;
  focusCalls = 0;
  readonly options: unknown;
  readonly #changeHandlers: Array<(event: StripeCardElementChangeEvent) => void> = [];

  constructor(options: unknown) {
    this.options = options;
  }

  mount(node: HTMLElement) {
    this.mountedInto = node;
    node.innerHTML = '<div class="fake-stripe-card" style="height: 44px; border: 1px solid #52606d">Card number · MM / YY · CVC</div>';
  }

  on(event: string, handler: (event: StripeCardElementChangeEvent) => void) {
    if (event === 'change') this.#changeHandlers.push(handler);
    return this;
  }

  focus() {
    this.focusCalls++;
  }

  destroy() {
    this.destroyed = true;
    if (this.mountedInto) this.mountedInto.innerHTML = '';
  }

  /** What Stripe's iframe reports as the payer types. */
  emitChange(complete: boolean, error?: { code: string; message: string }) {
    const event = {
      elementType: 'card',
      empty: false,
      complete,
      error: error ? { type: 'validation_error', ...error } : undefined,
      value: { postalCode: '' },
      brand: 'visa',
    } as StripeCardElementChangeEvent;
    for (const handler of this.#changeHandlers) handler(event);
  }
}

/** A fake `Stripe` with only what the tokenizer calls, recording every call. */
function fakeStripe(script: FakeScript = {}) {
  const cards: FakeCardElement[] = [];
  const calls = {
    elements: [] as unknown[],
    createPaymentMethod: [] as Array<Record<string, unknown>>,
    confirmCardSetup: [] as Array<{ clientSecret: string; data: unknown }>,
  };
  const stripe = {
    elements(options?: unknown) {
      calls.elements.push(options);
      return {
        create(type: string, options: unknown) {
          if (type !== 'card') throw new Error(`unexpected element ${type}`);
          const card = new FakeCardElement(options);
          cards.push(card);
          return card;
        },
      };
    },
    async createPaymentMethod(data: Record<string, unknown>) {
      calls.createPaymentMethod.push(data);
      if (script.createRejects) throw new TypeError('Failed to fetch');
      if (script.createError) return { error: script.createError };
      return {
        paymentMethod: {
          id: 'pm_1Q2w3E4r5T6y',
          object: 'payment_method',
          type: 'card',
          card: { brand: script.brand ?? 'visa', last4: '4242', exp_month: 4, exp_year: 2031, funding: script.funding === undefined ? 'credit' : script.funding },
        },
      };
    },
    async confirmCardSetup(clientSecret: string, data: unknown) {
      calls.confirmCardSetup.push({ clientSecret, data });
      if (script.confirmError) return { error: script.confirmError };
      return { setupIntent: { id: 'seti_1Abc', object: 'setup_intent', status: 'succeeded', payment_method: 'pm_1Q2w3E4r5T6y' } };
    },
  };
  return { stripe: stripe as unknown as Stripe, cards, calls };
}

/** A client with nothing but `createSetupIntent`, counting calls. */
function fakeClient(provider: 'stripe' | 'test' = 'stripe', fail?: Error) {
  const client = {
    setupIntents: 0,
    paymentMethods: {
      async createSetupIntent(opts?: { signal?: AbortSignal }) {
        client.setupIntents++;
        opts?.signal?.throwIfAborted();
        if (fail) throw fail;
        return { id: 'seti_1Abc', provider, clientSecret: 'seti_1Abc_secret_xyz', publishableKey: KEY };
      },
    },
  };
  return client as typeof client & AlisClient;
}

/** `loadStripe` that hands over `stripe`, counting calls. */
function loaderOf(stripe: Stripe | null | Error) {
  const loader = async (key: string) => {
    loader.keys.push(key);
    if (stripe instanceof Error) throw stripe;
    return stripe;
  };
  loader.keys = [] as string[];
  return loader;
}

const stripeError = (type: StripeError['type'], code: string, extra: Partial<StripeError> = {}): StripeError => ({
  type,
  code,
  message: `Stripe says: ${code}`,
  ...extra,
});

async function rejectionOf(promise: Promise<unknown>): Promise<CardTokenizeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a CardTokenizeError').to.be.instanceOf(CardTokenizeError);
  return error as CardTokenizeError;
}

async function mounted(script: FakeScript = {}) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const fake = fakeStripe(script);
  const tokenizer = createStripeTokenizer({ publishableKey: KEY, loadStripe: loaderOf(fake.stripe) });
  await tokenizer.mount(container);
  return { container, tokenizer, ...fake };
}

describe('createStripeTokenizer with the default loader', () => {
  const stripeModuleRequests = () =>
    performance.getEntriesByType('resource').filter((entry) => entry.name.includes('@stripe/stripe-js'));

  afterEach(() => {
    delete (window as { Stripe?: unknown }).Stripe;
  });

  // First in this file: nothing before it may have imported the loader. A module is fetched once
  // per page, so a fetch during mount proves that nothing had imported it before. (The timing
  // buffer is emptied first so that the page's own imports cannot overflow it.)
  it('imports @stripe/stripe-js only when card entry opens, and uses the Stripe.js on the page', async () => {
    performance.clearResourceTimings();
    const fake = fakeStripe();
    const keys: string[] = [];
    // What Stripe.js defines when its script has loaded; with it present, loadStripe fetches nothing.
    (window as { Stripe?: unknown }).Stripe = Object.assign(
      (key: string) => {
        keys.push(key);
        return fake.stripe;
      },
      { version: 'endive' },
    );
    const tokenizer = createStripeTokenizer({ publishableKey: KEY });
    expect(tokenizer.kind).to.equal('stripe');
    expect(stripeModuleRequests(), 'loaded before card entry opened').to.have.length(0);

    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await tokenizer.mount(container);
    // Resource timing records the import a moment after it ran.
    await waitUntil(() => stripeModuleRequests().length > 0, 'the loader module was not imported on mount', { timeout: 2000 });
    expect(keys).to.deep.equal([KEY]);
    expect(document.querySelector('script[src*="js.stripe.com"]'), 'a Stripe.js script was injected').to.equal(null);
    expect(fake.cards[0]!.mountedInto).to.equal(container.querySelector('.alis-stripe-card'));
    tokenizer.destroy();
  });
});

describe('createStripeTokenizer', () => {
  it('does not load Stripe until mount, then loads it once with the publishable key', async () => {
    const fake = fakeStripe();
    const loadStripe = loaderOf(fake.stripe);
    const tokenizer = createStripeTokenizer({ publishableKey: KEY, loadStripe });
    expect(loadStripe.keys).to.have.length(0);

    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await tokenizer.mount(container);
    expect(loadStripe.keys).to.deep.equal([KEY]);

    tokenizer.destroy();
    await tokenizer.mount(container);
    expect(loadStripe.keys, 'Stripe is loaded once per tokenizer').to.have.length(1);
    expect(fake.cards).to.have.length(2);
    tokenizer.destroy();
  });

  it('mounts the Card Element into a light-DOM node inside the container, visible through a slot', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><div slot="card"></div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Card</p><slot name="card"></slot>';
    const container = host.querySelector<HTMLDivElement>('[slot="card"]')!;
    const { stripe, cards } = fakeStripe();
    const tokenizer = createStripeTokenizer({ publishableKey: KEY, loadStripe: loaderOf(stripe) });
    await tokenizer.mount(container);

    const node = container.querySelector<HTMLDivElement>('.alis-stripe-card');
    expect(node, 'no mount node in the container').to.exist;
    expect(node!.parentElement).to.equal(container);
    expect(node!.getRootNode(), 'the mount node is not in the light DOM').to.equal(document);
    expect(cards[0]!.mountedInto).to.equal(node);
    expect(node!.getBoundingClientRect().height, 'the card field is not visible').to.be.at.least(44);
    expect(node!.textContent).to.contain('Card number');
    // The postal code is not asked twice: the billing address is sent with the card.
    expect(cards[0]!.options).to.deep.include({ hidePostalCode: true });
    tokenizer.destroy();
  });

  it('passes the locale to Stripe Elements', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const fake = fakeStripe();
    const tokenizer = createStripeTokenizer({ publishableKey: KEY, loadStripe: loaderOf(fake.stripe), style: { base: { fontSize: '18px' } } });
    await tokenizer.mount(container, { locale: 'fr-CA' });
    expect(fake.calls.elements).to.deep.equal([{ locale: 'fr-CA' }]);
    expect(fake.cards[0]!.options).to.deep.include({ style: { base: { fontSize: '18px' } } });
    tokenizer.destroy();
  });

  it('tokenizes: one setup intent, the PaymentMethod confirmed against it, and only token, brand, last4 and expiry back', async () => {
    const { tokenizer, calls, cards } = await mounted({ brand: 'mastercard' });
    const client = fakeClient();
    const result = await tokenizer.tokenize(billing, { client });

    expect(result).to.deep.equal({
      token: 'pm_1Q2w3E4r5T6y',
      setupIntentId: 'seti_1Abc',
      card: { brand: 'mastercard', last4: '4242', expMonth: 4, expYear: 2031, funding: 'credit' },
    });
    expect(client.setupIntents).to.equal(1);
    expect(calls.createPaymentMethod).to.have.length(1);
    const created = calls.createPaymentMethod[0]!;
    expect(created['type']).to.equal('card');
    expect(created['card'], 'the PaymentMethod was not made from the mounted Card Element').to.equal(cards[0]);
    expect(created['billing_details']).to.deep.equal({
      name: 'Ann Lee',
      address: { line1: '1 Maple Grove Way', line2: null, city: 'Madison', state: 'WI', postal_code: '53703', country: 'US' },
    });
    expect(calls.confirmCardSetup).to.deep.equal([{ clientSecret: 'seti_1Abc_secret_xyz', data: { payment_method: 'pm_1Q2w3E4r5T6y' } }]);
    tokenizer.destroy();
  });

  it('reports the card\u2019s funding as Stripe gives it in card.funding, unknown when Stripe does not say', async () => {
    for (const [stripeFunding, ours] of [
      ['credit', 'credit'],
      ['debit', 'debit'],
      ['prepaid', 'prepaid'],
      ['unknown', 'unknown'],
      [null, 'unknown'],
    ] as const) {
      const { tokenizer } = await mounted({ funding: stripeFunding });
      const result = await tokenizer.tokenize(billing, { client: fakeClient() });
      expect(result.card.funding, String(stripeFunding)).to.equal(ours);
      tokenizer.destroy();
    }
  });

  it('maps Stripe brands onto ours', async () => {
    for (const [stripeBrand, ours] of [
      ['amex', 'amex'],
      ['diners', 'diners'],
      ['unionpay', 'unionpay'],
      ['cartes_bancaires', 'unknown'],
    ] as const) {
      const { tokenizer } = await mounted({ brand: stripeBrand });
      const result = await tokenizer.tokenize(billing, { client: fakeClient() });
      expect(result.card.brand, stripeBrand).to.equal(ours);
      tokenizer.destroy();
    }
  });

  it('reports completeness and errors from the card field through onChange, and focuses it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const fake = fakeStripe();
    const tokenizer = createStripeTokenizer({ publishableKey: KEY, loadStripe: loaderOf(fake.stripe) });
    const states: Array<{ complete: boolean; error: string | null }> = [];
    await tokenizer.mount(container, { onChange: (state) => states.push(state) });
    const card = fake.cards[0]!;

    card.emitChange(false, { code: 'invalid_number', message: 'Your card number is invalid.' });
    card.emitChange(true);
    expect(states).to.deep.equal([
      { complete: false, error: 'Your card number is invalid.' },
      { complete: true, error: null },
    ]);

    tokenizer.focus();
    expect(card.focusCalls).to.equal(1);
    tokenizer.destroy();
  });

  it('validate() answers from what the field last reported, without creating anything: empty or incomplete until it is complete', async () => {
    const { tokenizer, cards, calls } = await mounted();
    const card = cards[0]!;
    // Untouched, the field is empty: the number is asked for, and focus goes to the field.
    const empty = tokenizer.validate!();
    expect(empty.map((e) => [e.code, e.field, e.message])).to.deep.equal([['incomplete', 'number', 'Enter the whole card number.']]);
    expect(card.focusCalls).to.equal(1);
    card.emitChange(false, { code: 'invalid_expiry_year_past', message: 'Your card has expired.' });
    expect(tokenizer.validate!().map((e) => [e.code, e.field])).to.deep.equal([['invalid_expiry', 'expiry']]);
    card.emitChange(true);
    expect(tokenizer.validate!()).to.deep.equal([]);
    expect(card.focusCalls, 'a complete field keeps focus where it is').to.equal(2);
    expect(calls.createPaymentMethod, 'validating creates no PaymentMethod').to.have.length(0);
    tokenizer.destroy();
  });

  describe('errors in words', () => {
    it('an incomplete number names the number field, and asks nothing of the backend', async () => {
      const { tokenizer } = await mounted({ createError: stripeError('validation_error', 'incomplete_number') });
      const client = fakeClient();
      const error = await rejectionOf(tokenizer.tokenize(billing, { client }));
      expect(error.code).to.equal('incomplete');
      expect(error.field).to.equal('number');
      expect(error.message).to.equal('Enter the whole card number.');
      expect(client.setupIntents, 'a setup intent was wasted on a typing mistake').to.equal(0);
      tokenizer.destroy();
    });

    it('an expiry in the past and a short CVC name their fields', async () => {
      for (const [code, expected, field] of [
        ['invalid_expiry_year_past', 'invalid_expiry', 'expiry'],
        ['incomplete_expiry', 'incomplete', 'expiry'],
        ['incomplete_cvc', 'incomplete', 'cvc'],
        ['invalid_number', 'invalid_number', 'number'],
      ] as const) {
        const { tokenizer } = await mounted({ createError: stripeError('validation_error', code) });
        const error = await rejectionOf(tokenizer.tokenize(billing, { client: fakeClient() }));
        expect([error.code, error.field], code).to.deep.equal([expected, field]);
        expect(error.message, code).to.not.contain('Stripe says');
        tokenizer.destroy();
      }
    });

    it('a decline when confirming says so, with the issuer’s reason when it is insufficient funds', async () => {
      const declined = await mounted({ confirmError: stripeError('card_error', 'card_declined', { decline_code: 'generic_decline' }) });
      const error = await rejectionOf(declined.tokenizer.tokenize(billing, { client: fakeClient() }));
      expect(error.code).to.equal('declined');
      expect(error.field).to.equal(null);
      expect(error.message).to.equal('The card was declined by its issuer. Try another card or contact your card issuer.');
      declined.tokenizer.destroy();

      const poor = await mounted({ confirmError: stripeError('card_error', 'card_declined', { decline_code: 'insufficient_funds' }) });
      const insufficient = await rejectionOf(poor.tokenizer.tokenize(billing, { client: fakeClient() }));
      expect(insufficient.code).to.equal('declined');
      expect(insufficient.message).to.contain('insufficient funds');
      poor.tokenizer.destroy();
    });

    it('Stripe.js that cannot load makes card entry unavailable, and a later mount tries again', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const message = 'Card entry could not be loaded. Check your connection, or add a bank account instead.';

      const nothing = createStripeTokenizer({ publishableKey: KEY, loadStripe: loaderOf(null) });
      const fromNull = await rejectionOf(nothing.mount(container));
      expect([fromNull.code, fromNull.message]).to.deep.equal(['unavailable', message]);

      const offline = new TypeError('Failed to load Stripe.js');
      let attempt = 0;
      const fake = fakeStripe();
      const flaky = createStripeTokenizer({
        publishableKey: KEY,
        loadStripe: async () => {
          if (attempt++ === 0) throw offline;
          return fake.stripe;
        },
      });
      const fromThrow = await rejectionOf(flaky.mount(container));
      expect([fromThrow.code, fromThrow.message]).to.deep.equal(['unavailable', message]);
      expect(fromThrow.cause).to.equal(offline);
      expect(container.children, 'a failed mount left a node behind').to.have.length(0);

      await flaky.mount(container);
      expect(container.querySelector('.alis-stripe-card')).to.exist;
      flaky.destroy();
    });

    it('a Stripe request that cannot be sent is unavailable; a setup intent the backend refuses is failed, in its words', async () => {
      const offline = await mounted({ createRejects: true });
      expect((await rejectionOf(offline.tokenizer.tokenize(billing, { client: fakeClient() }))).code).to.equal('unavailable');
      offline.tokenizer.destroy();

      const { tokenizer } = await mounted();
      const refusal = new AlisApiError({ status: 403, code: 'gateway_disabled', message: 'Online payments are not enabled for your community.' });
      const error = await rejectionOf(tokenizer.tokenize(billing, { client: fakeClient('stripe', refusal) }));
      expect([error.code, error.message]).to.deep.equal(['failed', 'Online payments are not enabled for your community.']);
      expect(error.cause).to.equal(refusal);
      tokenizer.destroy();
    });

    it('refuses a setup intent meant for the test tokenizer', async () => {
      const { tokenizer, calls } = await mounted();
      const error = await rejectionOf(tokenizer.tokenize(billing, { client: fakeClient('test') }));
      expect(error.code).to.equal('unavailable');
      expect(calls.confirmCardSetup).to.have.length(0);
      tokenizer.destroy();
    });
  });

  it('rejects with the abort reason when the caller gives up', async () => {
    const { tokenizer, calls } = await mounted();
    const controller = new AbortController();
    const reason = new DOMException('The payer closed the form.', 'AbortError');
    controller.abort(reason);
    const error = await tokenizer.tokenize(billing, { client: fakeClient(), signal: controller.signal }).catch((e: unknown) => e);
    expect(error).to.equal(reason);
    expect(calls.createPaymentMethod).to.have.length(0);
    tokenizer.destroy();
  });

  it('destroy removes the card field and its node, and forgets the entry', async () => {
    const { container, tokenizer, cards } = await mounted();
    tokenizer.destroy();
    expect(cards[0]!.destroyed).to.be.true;
    expect(container.querySelector('.alis-stripe-card')).to.equal(null);
    expect(container.childNodes).to.have.length(0);
    const error = await rejectionOf(tokenizer.tokenize(billing, { client: fakeClient() }));
    expect(error.code).to.equal('failed');
  });

  it('does not mount when destroyed while Stripe is still loading', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const fake = fakeStripe();
    let release!: () => void;
    const loading = new Promise<void>((resolve) => (release = resolve));
    const tokenizer = createStripeTokenizer({
      publishableKey: KEY,
      loadStripe: async () => {
        await loading;
        return fake.stripe;
      },
    });
    const mounting = tokenizer.mount(container);
    tokenizer.destroy();
    release();
    await mounting;
    expect(fake.cards).to.have.length(0);
    expect(container.childNodes).to.have.length(0);
  });
});
