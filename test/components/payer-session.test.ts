// The payer widgets on a shared family computer: a change of user is a clean slate, removing a
// widget aborts its work, an expired session keeps what was typed, and a staff member's token makes
// them ask for nothing but who is signed in.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { http, HttpResponse } from 'msw';
import type { TemplateResult } from 'lit';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import '../../src/define/alis-pay-outstanding.js';
import '../../src/define/alis-pay-flow.js';
import '../../src/define/alis-payment-history.js';
import '../../src/define/alis-payment-methods.js';
import '../../src/define/alis-add-payment-method.js';
import '../../src/define/alis-notification-settings.js';
import '../../src/define/alis-accept-invitation.js';
import '../../src/define/alis-payment-guide.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPayFlow } from '../../src/components/pay-flow/pay-flow.js';
import { createAlisClient, type AlisClient, type Money } from '../../src/sdk/index.js';
import { createTestTokenizer, type CardTokenizer } from '../../src/sdk/tokenizers/index.js';
import { formatMoney } from '../../src/core/format.js';
import { payerWidgetForStaffMessage } from '../../src/components/shared/states.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';
import { acceptRefreshedToken, composedText, expectNothingOf, liveRegionTexts, switchTo, typeInto } from '../support/session.js';

const DANIEL = 'mock-token-daniel-whitaker';
const RUTH = 'mock-token-ruth-jensen';
const BRENDA = 'mock-token-brenda-lopez';
const INVITATION = 'mock-invite-linda-tran';

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token });
}





/** What only Daniel's screens show: his name, his mother's, his invoice numbers, balance, methods and payment references. */
async function danielsTraces(): Promise<string[]> {
  const client = clientFor(DANIEL);
  const [me, outstanding, methods, payments] = await Promise.all([
    client.session.me(),
    client.outstanding.get(),
    client.paymentMethods.list(),
    client.payments.list({ limit: 100 }),
  ]);
  const traces = [
    'Whitaker',
    me.user.email,
    formatMoney(outstanding.total),
    ...outstanding.invoices.map((invoice) => invoice.number),
    ...methods.map((method) => method.label),
    ...methods.flatMap((method) => [method.card?.last4, method.bankAccount?.last4]).filter((last4): last4 is string => !!last4),
    ...payments.items.map((payment) => payment.reference),
  ];
  return traces;
}

async function mountIn(token: string | undefined, content: TemplateResult): Promise<AlisBillingProvider> {
  return fixture<AlisBillingProvider>(html`<alis-billing-provider base-url="/api/v1" .token=${token}>${content}</alis-billing-provider>`);
}


const inShadow = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);

function buttonIn(root: ParentNode, label: string | RegExp): HTMLButtonElement {
  const buttons = [...root.querySelectorAll('button')];
  const found = buttons.find((b) => (typeof label === 'string' ? textOf(b).startsWith(label) : label.test(textOf(b))));
  if (!found) throw new Error(`no button "${String(label)}" among: ${buttons.map(textOf).join(' | ')}`);
  return found;
}

/** Types `text` into `input` as a person would (it replaces what was there). */


describe('payer widgets: a change of user is a clean slate', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it("closes Daniel's reviewed payment when Ruth signs in, and shows only Ruth's balance", async () => {
    const traces = await danielsTraces();
    const ruths = await clientFor(RUTH).outstanding.get();
    const provider = await mountIn(DANIEL, html`<alis-pay-outstanding></alis-pay-outstanding>`);
    const element = provider.querySelector('alis-pay-outstanding')!;
    await waitUntil(() => inShadow(element, 'button.pay'), "Daniel's Pay button never appeared", { timeout: 5000 });
    inShadow(element, 'button.pay')!.click();
    await waitUntil(() => inShadow(element, 'alis-pay-flow'), 'the pay flow never opened');
    const flow = inShadow<AlisPayFlow>(element, 'alis-pay-flow')!;
    await waitUntil(() => flow.shadowRoot!.querySelector('input[name="method"]:checked'), 'no method was chosen', { timeout: 5000 });
    buttonIn(flow.shadowRoot!, 'Review payment').click();
    await waitUntil(() => flow.step === 'review', 'the review never opened', { timeout: 5000 });
    await flow.updateComplete;
    // The traces are real: Daniel's review shows his balance.
    expect(composedText(element)).to.contain(traces[2]);

    await switchTo(provider, RUTH);
    await element.updateComplete;
    expect(inShadow(element, 'alis-pay-flow'), "Daniel's pay flow is closed").to.equal(null);
    await expectNothingOf('Daniel', element, [...traces, 'Review your payment']);
    await waitUntil(() => inShadow(element, '[part="total"]'), "Ruth's balance never loaded", { timeout: 5000 });
    expect(textOf(inShadow(element, '[part="total"]'))).to.equal(formatMoney(ruths.total));
    await expectNothingOf('Daniel', element, traces);
    await expect(element).to.be.accessible();
  });

  it("a standalone pay flow drops Daniel's invoice when Ruth signs in, and pays what the host gives next", async () => {
    const traces = await danielsTraces();
    const invoice = (await clientFor(DANIEL).outstanding.get()).invoices[0]!;
    const target = { type: 'invoice', invoiceId: invoice.invoiceId, invoiceNumber: invoice.number, balance: invoice.balance } as const;
    const provider = await mountIn(DANIEL, html`<alis-pay-flow .target=${target}></alis-pay-flow>`);
    const flow = provider.querySelector('alis-pay-flow')!;
    await waitUntil(() => flow.shadowRoot!.querySelector('input[name="method"]:checked'), 'no method was chosen', { timeout: 5000 });
    // The traces are real: Daniel's flow names his invoice.
    expect(composedText(flow)).to.contain(invoice.number);

    await switchTo(provider, RUTH);
    await flow.updateComplete;
    expect(flow.target, "Daniel's target is dropped").to.equal(undefined);
    await expectNothingOf('Daniel', flow, [...traces, invoice.number, formatMoney(invoice.balance)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectNothingOf('Daniel', flow, [...traces, invoice.number, formatMoney(invoice.balance)]);

    // The host gives Ruth's flow her own target.
    const ruths = await clientFor(RUTH).outstanding.get();
    flow.target = { type: 'outstanding', total: ruths.total };
    await waitUntil(() => flow.shadowRoot!.querySelector('input[name="method"]:checked'), "Ruth's methods never loaded", { timeout: 5000 });
    expect(composedText(flow)).to.contain(formatMoney(ruths.total));
    await expectNothingOf('Daniel', flow, traces);
    await expect(flow).to.be.accessible();
  });

  it("a card Daniel tokenized that comes back after Ruth signs in is dropped: no error for her, and never saved as hers", async () => {
    const real = createTestTokenizer({ enabled: true });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const signals: (AbortSignal | undefined)[] = [];
    let danielsToken = '';
    const tokenizer: CardTokenizer = {
      kind: 'test',
      mount: (container, options) => real.mount(container, options),
      focus: () => real.focus(),
      destroy: () => real.destroy(),
      // Daniel's card is tokenized at once, but the answer comes back late (a slow provider that
      // does not stop on the signal), after Ruth signed in.
      tokenize: async (billing, context) => {
        signals.push(context.signal);
        const card = await real.tokenize(billing, context);
        if (signals.length > 1) return card;
        danielsToken = card.token;
        await released;
        return card;
      },
    };
    const host = await fixture<HTMLDivElement>(html`<div><alis-add-payment-method .client=${clientFor(DANIEL)} .tokenizer=${tokenizer}></alis-add-payment-method></div>`);
    const form = host.querySelector('alis-add-payment-method')!;
    const inner = (root: Element, selector: string) => root.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
    const fillAddress = async (name: string) => {
      await waitUntil(() => form.shadowRoot!.querySelector('alis-address-fields'), 'the form never rendered', { timeout: 5000 });
      const address = form.shadowRoot!.querySelector('alis-address-fields')!;
      inner(address, '#same-as-resident').click();
      await address.updateComplete;
      await typeInto(inner(address, '#name'), name);
    };
    await waitUntil(() => form.querySelector('[slot="card-entry"] input'), 'the card fields never mounted', { timeout: 5000 });
    const cardInputs = [...form.querySelectorAll<HTMLInputElement>('[slot="card-entry"] input')];
    await typeInto(cardInputs.find((i) => i.autocomplete === 'cc-number')!, '4242424242424242');
    await typeInto(cardInputs.find((i) => i.autocomplete === 'cc-exp')!, '12/30');
    await typeInto(cardInputs.find((i) => i.autocomplete === 'cc-csc')!, '123');
    await fillAddress('Daniel Whitaker');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => danielsToken !== '', 'the card was never tokenized', { timeout: 5000 });
    expect(signals[0], 'the tokenizer is given the session signal').to.be.instanceOf(AbortSignal);

    const ruthsMethodsBefore = (await clientFor(RUTH).paymentMethods.list()).length;
    const posted: string[] = [];
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/payment-methods')) posted.push(await request.clone().text());
      return original(request);
    };
    try {
      form.client = clientFor(RUTH);
      await form.updateComplete;
      expect(signals[0]!.aborted, "Daniel's tokenization was told to stop").to.equal(true);
      release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[role="alert"], .problem, [data-form-error]'), 'no error shown to Ruth').to.equal(null);

      // Ruth fills in only her address and saves: Daniel's card must not be what is saved.
      await fillAddress('Ruth Jensen');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      window.fetch = original;
    }
    expect(posted.some((body) => body.includes(danielsToken)), "Daniel's card token was sent for Ruth").to.equal(false);
    expect((await clientFor(RUTH).paymentMethods.list()).length, 'nothing was saved for Ruth').to.equal(ruthsMethodsBefore);
  });

  it("forgets Daniel's removed account, its announcement and his half-typed new method when Ruth signs in", async () => {
    const traces = await danielsTraces();
    const checking = (await clientFor(DANIEL).paymentMethods.list()).find((method) => method.bankAccount);
    expect(checking, "Daniel's seeded bank account").to.exist;
    const ruthsMethods = await clientFor(RUTH).paymentMethods.list();
    const provider = await mountIn(DANIEL, html`<alis-payment-methods></alis-payment-methods>`);
    const element = provider.querySelector('alis-payment-methods')!;
    await waitUntil(() => inShadow(element, `[data-method-id="${checking!.id}"] [data-action="remove"]`), 'his methods never loaded', { timeout: 5000 });
    inShadow(element, `[data-method-id="${checking!.id}"] [data-action="remove"]`)!.click();
    await waitUntil(() => inShadow(element, '[data-action="confirm-remove"]'), 'no confirmation');
    inShadow(element, '[data-action="confirm-remove"]')!.click();
    const removed = `${checking!.nickname ?? checking!.label} was removed.`;
    await waitUntil(() => liveRegionTexts(element).some((text) => text.includes(removed)), 'the removal was never announced', { timeout: 5000 });
    // The list reloads after a removal and then puts focus on its heading: he carries on once it has
    // (the add form opens at once, its GET /me answered from the provider's memory).
    await element.loadComplete;
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'heading', 'focus never returned to the list', { timeout: 5000 });
    // He starts adding another method and types its nickname.
    inShadow(element, 'button.add')!.click();
    await waitUntil(() => inShadow(element, 'alis-add-payment-method'), 'the add form never opened');
    const form = inShadow(element, 'alis-add-payment-method')!;
    await waitUntil(() => form.shadowRoot!.querySelector('#nickname'), 'the add form never rendered', { timeout: 5000 });
    // The form moves focus to its heading as it opens; he types once it has (as a person would).
    await waitUntil(() => form.shadowRoot!.activeElement?.matches('[data-heading]'), 'the add form never took focus', { timeout: 5000 });
    await typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#nickname')!, "Dan's spare account");
    expect(composedText(element)).to.contain("Dan's spare account");

    await switchTo(provider, RUTH);
    await element.updateComplete;
    expect(inShadow(element, 'alis-add-payment-method'), 'the add form is closed').to.equal(null);
    await expectNothingOf('Daniel', element, [...traces, removed, "Dan's spare account"]);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('li[data-method-id]').length === ruthsMethods.length && ruthsMethods.length > 0, "Ruth's methods never loaded", { timeout: 5000 });
    expect([...element.shadowRoot!.querySelectorAll<HTMLElement>('li[data-method-id]')].map((li) => li.dataset.methodId)).to.deep.equal(ruthsMethods.map((m) => m.id));
    await expectNothingOf('Daniel', element, [...traces, removed, "Dan's spare account"]);
    await expect(element).to.be.accessible();
  });

  it("closes Daniel's receipts and filter when Ruth signs in, then shows nothing of Ruth's once she signs out", async () => {
    const traces = await danielsTraces();
    const ruths = (await clientFor(RUTH).payments.list({ limit: 100 })).items;
    const provider = await mountIn(DANIEL, html`<alis-payment-history></alis-payment-history>`);
    const element = provider.querySelector('alis-payment-history')!;
    await waitUntil(() => element.shadowRoot!.querySelector('tr.payment button.toggle'), 'his payments never loaded', { timeout: 5000 });
    element.shadowRoot!.querySelector<HTMLButtonElement>('tr.payment button.toggle')!.click();
    await element.updateComplete;
    const select = inShadow<HTMLSelectElement>(element, '#status-filter')!;
    select.value = 'succeeded';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => element.status === 'succeeded');

    await switchTo(provider, RUTH);
    await element.updateComplete;
    expect(element.status, 'the filter Daniel chose is not kept for Ruth').to.equal('all');
    await expectNothingOf('Daniel', element, traces);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('tr.payment').length === ruths.length, "Ruth's payments never loaded", { timeout: 5000 });
    expect(element.shadowRoot!.querySelectorAll('tr.receipt-row:not([hidden])').length, 'no receipt is open').to.equal(0);
    await expectNothingOf('Daniel', element, traces);

    await switchTo(provider, undefined);
    await waitForText(element, 'Please sign in');
    await expectNothingOf('Ruth', element, ['Jensen', ...ruths.map((payment) => payment.reference)]);
    await expect(element).to.be.accessible();
  });

  it("drops Daniel's saved notice and email when he signs out", async () => {
    const email = (await clientFor(DANIEL).session.me()).user.email;
    const provider = await mountIn(DANIEL, html`<alis-notification-settings></alis-notification-settings>`);
    const element = provider.querySelector('alis-notification-settings')!;
    await waitUntil(() => inShadow(element, '#notice-payment_receipt'), 'his settings never loaded', { timeout: 5000 });
    inShadow<HTMLInputElement>(element, '#notice-payment_receipt')!.click();
    await element.updateComplete;
    inShadow<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await waitForText(element, 'Saved.');

    await switchTo(provider, undefined);
    await waitForText(element, 'sign in');
    await expectNothingOf('Daniel', element, [email, 'Saved.', 'Payment receipts']);
    await expect(element).to.be.accessible();
  });

  it('forgets the name typed on the invitation page, and its error, when the signed-in user signs out', async () => {
    const provider = await mountIn(DANIEL, html`<alis-accept-invitation token=${INVITATION}></alis-accept-invitation>`);
    const element = provider.querySelector('alis-accept-invitation')!;
    await waitUntil(() => inShadow(element, '#display-name'), 'the invitation never opened', { timeout: 5000 });
    const invitedName = inShadow<HTMLInputElement>(element, '#display-name')!.value;
    await typeInto(inShadow<HTMLInputElement>(element, '#display-name')!, ' ');
    inShadow<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
    await waitForText(element, 'Enter your name.');
    await typeInto(inShadow<HTMLInputElement>(element, '#display-name')!, 'Typed On A Shared Computer');

    await switchTo(provider, undefined);
    await waitUntil(() => inShadow<HTMLInputElement>(element, '#display-name')?.value === invitedName, 'the typed name stayed', { timeout: 5000 });
    await expectNothingOf('the previous visitor', element, ['Typed On A Shared Computer', 'Enter your name']);
    await expect(element).to.be.accessible();
  });
});

/** A client that records every request it sends, so a test can see whether each was aborted. */
function spyClient(token: string | undefined): { client: AlisClient; requests: Request[] } {
  const requests: Request[] = [];
  const client = createAlisClient({
    baseUrl: '/api/v1',
    getToken: () => token,
    fetch: (request) => {
      requests.push(request);
      return globalThis.fetch(request);
    },
  });
  return { client, requests };
}

/** Holds every API request until `release()`; then the shared handlers answer those still wanted. */
async function holdAll(): Promise<() => void> {
  const { worker } = await mockWorker();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  worker.use(
    http.all('*/api/v1/*', async () => {
      await released;
    }),
  );
  return release;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const somethingDue: Money = { amountCents: 100, currency: 'USD' };
const removalCases: ReadonlyArray<{ tag: string; token: string | undefined; render: (client: AlisClient) => TemplateResult; loaded: string }> = [
  { tag: 'alis-pay-outstanding', token: DANIEL, render: (c) => html`<alis-pay-outstanding .client=${c}></alis-pay-outstanding>`, loaded: 'You owe' },
  {
    tag: 'alis-pay-flow',
    token: DANIEL,
    render: (c) => html`<alis-pay-flow .client=${c} .target=${{ type: 'outstanding', total: somethingDue }}></alis-pay-flow>`,
    loaded: 'Pay your outstanding balance',
  },
  { tag: 'alis-payment-history', token: DANIEL, render: (c) => html`<alis-payment-history .client=${c}></alis-payment-history>`, loaded: 'View receipt' },
  { tag: 'alis-payment-methods', token: DANIEL, render: (c) => html`<alis-payment-methods .client=${c}></alis-payment-methods>`, loaded: 'Add payment method' },
  { tag: 'alis-add-payment-method', token: DANIEL, render: (c) => html`<alis-add-payment-method .client=${c}></alis-add-payment-method>`, loaded: 'Save bank account' },
  { tag: 'alis-notification-settings', token: DANIEL, render: (c) => html`<alis-notification-settings .client=${c}></alis-notification-settings>`, loaded: 'Emails you choose' },
  {
    tag: 'alis-accept-invitation',
    token: undefined,
    render: (c) => html`<alis-accept-invitation .client=${c} token=${INVITATION}></alis-accept-invitation>`,
    loaded: 'Accept invitation',
  },
  { tag: 'alis-payment-guide', token: undefined, render: (c) => html`<alis-payment-guide .client=${c}></alis-payment-guide>`, loaded: 'Your billing office' },
];

describe('payer widgets: removing one aborts its work', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  for (const { tag, token, render, loaded } of removalCases) {
    it(`<${tag}> aborts every request when removed, asks nothing more, and loads again when put back`, async () => {
      const { client, requests } = spyClient(token);
      const release = await holdAll();
      const container = await fixture<HTMLDivElement>(html`<div>${render(client)}</div>`);
      const element = container.firstElementChild as HTMLElement;
      await waitUntil(() => requests.length > 0, `${tag} never asked for anything`, { timeout: 5000 });
      await pause(50);
      element.remove();
      await pause(0);
      const started = requests.length;
      const open = requests.filter((request) => !request.signal.aborted).map((request) => new URL(request.url).pathname);
      expect(open, 'requests still running after removal').to.deep.equal([]);
      // Answered now, nothing it asked for reaches it, and it asks for nothing new.
      release();
      (await mockWorker()).worker.resetHandlers();
      await pause(300);
      expect(requests.length, 'requests made after removal').to.equal(started);

      container.append(element);
      await waitForText(element, loaded, `${tag} never loaded again once put back`);
      expect(requests.length).to.be.greaterThan(started);
      await expect(element).to.be.accessible();
    });
  }
});


describe('payer widgets: an expired session keeps what was typed', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  /** Answers the next `method path` with 401, as a service does once a session has expired. */
  async function expireOnNext(method: 'post' | 'patch', path: string): Promise<void> {
    const { worker } = await mockWorker();
    worker.use(
      http[method](`*/api/v1${path}`, () => HttpResponse.json({ code: 'unauthenticated', message: 'Your session is not valid any more. Sign in again.' }, { status: 401 }), {
        once: true,
      }),
    );
  }

  it('keeps the amount typed in the pay flow through a 401, and pays once when the payer carries on', async () => {
    const daniel = clientFor(DANIEL);
    const [invoice] = (await daniel.outstanding.get()).invoices;
    const paymentsBefore = (await daniel.payments.list({ limit: 100 })).items.length;
    const target = { type: 'invoice' as const, invoiceId: invoice!.invoiceId, invoiceNumber: invoice!.number, balance: invoice!.balance };
    const provider = await mountIn(DANIEL, html`<alis-pay-flow .target=${target}></alis-pay-flow>`);
    let expired = 0;
    provider.addEventListener('alis-session-expired', () => expired++);
    const flow = provider.querySelector('alis-pay-flow')!;
    await waitUntil(() => flow.shadowRoot!.querySelector('input[name="method"]:checked'), 'the methods never loaded', { timeout: 5000 });
    const amountInput = () => flow.shadowRoot!.querySelector('alis-amount-input')!.shadowRoot!.querySelector('input')!;
    await typeInto(amountInput(), '12.34');

    await expireOnNext('post', '/payments/quote');
    buttonIn(flow.shadowRoot!, 'Review payment').click();
    await waitForText(flow, 'Your session has ended');
    expect(expired, 'alis-session-expired fired once').to.equal(1);
    expect(flow.step).to.equal('method');
    expect(amountInput().value, 'the amount typed is kept').to.equal('12.34');
    await expect(flow).to.be.accessible();

    // The payer signs in again: the host sets his new token, and the flow carries on from where it was.
    const session = provider.providedClient;
    await acceptRefreshedToken('daniel-signed-in-again', DANIEL);
    provider.token = 'daniel-signed-in-again';
    buttonIn(flow.shadowRoot!, 'Review payment').click();
    await waitUntil(() => flow.step === 'review', 'the review never opened', { timeout: 5000 });
    await flow.updateComplete;
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="pay"]')!.click();
    await waitUntil(() => flow.step === 'receipt', `the payment never went through (${textOf(flow.shadowRoot)})`, { timeout: 8000 });
    const after = (await daniel.payments.list({ limit: 100 })).items;
    expect(after.length, 'exactly one payment').to.equal(paymentsBefore + 1);
    expect(after[0]!.amount.amountCents).to.equal(1234);
    expect(provider.providedClient, 'the same session carried on').to.equal(session);
    expect(expired).to.equal(1);
  });

  it('a 401 while checking again a payment whose outcome is unknown keeps it unknown: nothing says "nothing was charged", and it pays once', async () => {
    const daniel = clientFor(DANIEL);
    const [invoice] = (await daniel.outstanding.get()).invoices;
    const paymentsBefore = (await daniel.payments.list({ limit: 100 })).items.length;
    const target = { type: 'invoice' as const, invoiceId: invoice!.invoiceId, invoiceNumber: invoice!.number, balance: invoice!.balance };
    const provider = await mountIn(DANIEL, html`<div><alis-pay-flow .target=${target}></alis-pay-flow></div>`);
    let expired = 0;
    provider.addEventListener('alis-session-expired', () => expired++);
    const flow = provider.querySelector('alis-pay-flow')!;
    const holder = flow.parentElement!;
    await waitUntil(() => flow.shadowRoot!.querySelector('input[name="method"]:checked'), 'the methods never loaded', { timeout: 5000 });
    await typeInto(flow.shadowRoot!.querySelector('alis-amount-input')!.shadowRoot!.querySelector('input')!, '12.34');
    buttonIn(flow.shadowRoot!, 'Review payment').click();
    await waitUntil(() => flow.step === 'review', 'the review never opened', { timeout: 5000 });
    await flow.updateComplete;

    // The engine takes the payment, but its answer never comes back (until the flow leaves the page).
    const { worker } = await mockWorker();
    worker.use(
      http.post('*/api/v1/payments', async ({ request }) => {
        if (request.headers.has('x-test-passthrough')) return undefined;
        const headers = new Headers(request.headers);
        headers.set('x-test-passthrough', '1');
        await fetch(request.url, { method: 'POST', headers, body: await request.text() });
        await new Promise(() => undefined);
        return undefined;
      }),
    );
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="pay"]')!.click();
    await waitUntil(async () => (await daniel.payments.list({ limit: 100 })).items.length === paymentsBefore + 1, 'the engine never took the payment', { timeout: 5000 });
    flow.remove();
    await waitUntil(() => flow.step === 'unconfirmed', 'the outcome was not left unknown', { timeout: 5000 });
    worker.resetHandlers();
    holder.append(flow);
    await flow.updateComplete;

    // The session has ended by the time the payer checks again: the first check is refused with a 401.
    await expireOnNext('post', '/payments');
    buttonIn(flow.shadowRoot!, 'Check again').click();
    await waitUntil(() => expired > 0, 'alis-session-expired never fired', { timeout: 5000 });
    await flow.updateComplete;
    expect(flow.step, 'still checking').to.equal('checking');
    expect(textOf(flow.shadowRoot).toLowerCase().includes('nothing was charged'), 'it does not say nothing was charged').to.equal(false);
    // The next check (the session is good again) gets the first answer back.
    await waitUntil(() => flow.step === 'receipt', `the payment was never confirmed (${textOf(flow.shadowRoot)})`, { timeout: 8000 });
    expect((await daniel.payments.list({ limit: 100 })).items.length, 'exactly one payment').to.equal(paymentsBefore + 1);
    await expect(flow).to.be.accessible();
  });

  it('keeps the email choices through a 401 on Save, and saves them once the payer signs in again', async () => {
    const provider = await mountIn(DANIEL, html`<alis-notification-settings></alis-notification-settings>`);
    let expired = 0;
    provider.addEventListener('alis-session-expired', () => expired++);
    const element = provider.querySelector('alis-notification-settings')!;
    await waitUntil(() => inShadow(element, '#notice-payment_receipt'), 'the settings never loaded', { timeout: 5000 });
    inShadow<HTMLInputElement>(element, '#notice-payment_receipt')!.click();
    await element.updateComplete;

    await expireOnNext('patch', '/notification-preferences');
    inShadow<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await waitForText(element, 'Not saved.');
    expect(expired).to.equal(1);
    expect(inShadow<HTMLInputElement>(element, '#notice-payment_receipt')!.checked, 'the choice is kept').to.equal(false);

    await acceptRefreshedToken('daniel-signed-in-again', DANIEL);
    provider.token = 'daniel-signed-in-again';
    inShadow<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await waitForText(element, 'Saved.');
    const preferences = await clientFor(DANIEL).notificationPreferences.get();
    expect(preferences.items.find((item) => item.notice === 'payment_receipt')!.enabled).to.equal(false);
    await expect(element).to.be.accessible();
  });
});

describe('payer widgets: a load refused for an expired session runs again when the user signs in again', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it('shows the payment history once the same payer signs in again, without a reload by the host', async () => {
    const provider = await mountIn(DANIEL, html`<alis-payment-history></alis-payment-history>`);
    const element = provider.querySelector('alis-payment-history')!;
    await waitUntil(() => element.shadowRoot!.querySelector('tr.payment'), 'his payments never loaded', { timeout: 5000 });
    const { worker } = await mockWorker();
    worker.use(
      http.get('*/api/v1/payments', () => HttpResponse.json({ code: 'unauthenticated', message: 'Your session is not valid any more. Sign in again.' }, { status: 401 }), {
        once: true,
      }),
    );
    let expired = 0;
    provider.addEventListener('alis-session-expired', () => expired++);
    await element.refresh();
    await waitForText(element, 'Please sign in');
    expect(expired).to.equal(1);

    await acceptRefreshedToken('daniel-signed-in-again', DANIEL);
    provider.token = 'daniel-signed-in-again';
    await waitUntil(() => element.shadowRoot!.querySelector('tr.payment'), 'the history never loaded again', { timeout: 5000 });
    await expect(element).to.be.accessible();
  });
});

describe('payer widgets: a billing-team member is told where to go, and nothing is asked for', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it('asks only GET /me with a staff token, and every widget says so calmly', async () => {
    const { worker } = await mockWorker();
    const asked: string[] = [];
    const refused: string[] = [];
    const onRequest = ({ request }: { request: Request }) => asked.push(`${request.method} ${new URL(request.url).pathname}`);
    const onResponse = ({ response, request }: { response: Response; request: Request }) => {
      if (response.status >= 400) refused.push(`${response.status} ${new URL(request.url).pathname}`);
    };
    worker.events.on('request:start', onRequest);
    worker.events.on('response:mocked', onResponse);
    try {
      const provider = await mountIn(
        BRENDA,
        html`
          <alis-pay-outstanding></alis-pay-outstanding>
          <alis-invoices></alis-invoices>
          <alis-payment-history></alis-payment-history>
          <alis-payment-methods></alis-payment-methods>
          <alis-add-payment-method></alis-add-payment-method>
          <alis-notification-settings></alis-notification-settings>
        `,
      );
      for (const tag of ['alis-pay-outstanding', 'alis-invoices', 'alis-payment-history', 'alis-payment-methods'] as const) {
        await waitForText(provider.querySelector(tag)!, payerWidgetForStaffMessage, `${tag} never told staff where to go`);
      }
      await waitForText(provider.querySelector('alis-notification-settings')!, 'billing-team account');
      await waitUntil(() => !textOf(provider.querySelector('alis-add-payment-method')!.shadowRoot).includes('Loading'), 'the add form never settled', { timeout: 5000 });
      await pause(200);
      expect([...new Set(asked)]).to.deep.equal(['GET /api/v1/me']);
      expect(refused, 'no request was refused').to.deep.equal([]);
      for (const element of provider.children) await expect(element).to.be.accessible();
    } finally {
      worker.events.removeListener('request:start', onRequest);
      worker.events.removeListener('response:mocked', onResponse);
    }
  });
});
