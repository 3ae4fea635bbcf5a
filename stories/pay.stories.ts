import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, delay, getResponse } from 'msw';
import { handlers } from '../src/mock-server/handlers.js';
import type { Me, Outstanding, PaymentMethod } from '../src/sdk/types.js';
import { api, clickButton, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

interface PayArgs {
  persona: 'default-payer' | 'view-only' | 'signed-out' | 'ruth-jensen' | 'karen-molloy';
  /** Dates and amounts in this locale; the page's language when unset. */
  locale?: string;
  width: string;
}

const STAFF_TOKEN = 'mock-token-brenda-lopez';
const RUTH_TOKEN = 'mock-token-ruth-jensen';

const ADDRESS = { name: 'Daniel Whitaker', line1: '18 Elm Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' };

function personaToken(personas: Persona[], persona: PayArgs['persona']): string | undefined {
  if (persona === 'signed-out') return undefined;
  // Frank Castellano: the seeded resident whose profile views billing only.
  if (persona === 'view-only') return 'mock-token-frank-castellano';
  if (persona === 'ruth-jensen' || persona === 'karen-molloy') return `mock-token-${persona}`;
  return pickPersona(personas, 'default-payer')?.token;
}

const staffToken = (personas: Persona[]) => pickPersona(personas, 'staff')?.token ?? '';
const payerToken = (personas: Persona[]) => pickPersona(personas, 'default-payer')?.token ?? '';

/**
 * `<alis-pay-outstanding>` and Pay Invoice from `<alis-invoices>`, against the mock billing engine.
 * Stories that show a later step click through the flow in their `play` function, as a payer would.
 */
const meta: Meta<PayArgs> = {
  title: 'Payer/Pay',
  component: 'alis-pay-outstanding',
  loaders: [loadPersonas],
  args: { persona: 'default-payer', width: '40rem' },
  argTypes: {
    persona: { control: 'select', options: ['default-payer', 'view-only', 'signed-out', 'ruth-jensen', 'karen-molloy'] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${personaToken(personas, args.persona)}>
          <alis-pay-outstanding locale=${ifDefined(args.locale)}></alis-pay-outstanding>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<PayArgs>;

async function outstandingElement(canvasElement: HTMLElement): Promise<HTMLElement> {
  return until(() => canvasElement.querySelector<HTMLElement>('alis-pay-outstanding'), 'the widget');
}

/** Opens the pay flow of the story's `<alis-pay-outstanding>` and returns it once its methods show. */
async function openPayFlow(canvasElement: HTMLElement): Promise<HTMLElement> {
  const widget = await outstandingElement(canvasElement);
  await clickButton(widget, 'Pay outstanding balance');
  const flow = await inShadow<HTMLElement>(widget, 'alis-pay-flow', 'the pay flow');
  // The method choice has rendered: saved methods, or the sentence that there are none yet.
  await until(() => flow.shadowRoot?.querySelector('fieldset.methods, .notice'), 'the payment methods');
  return flow;
}

async function toReview(canvasElement: HTMLElement): Promise<HTMLElement> {
  const flow = await openPayFlow(canvasElement);
  await clickButton(flow, 'Review payment');
  await until(() => flow.shadowRoot?.querySelector('dl.review'), 'the review step');
  return flow;
}

/** The balance and the invoices it settles, oldest first. */
export const Balance: Story = {};

/** While the balance is on its way. */
export const Loading: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/outstanding', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
};

/** Nothing is due: no pay button. */
export const NothingDue: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/outstanding', async ({ request }) => {
        const real = await getResponse(handlers, request);
        if (!real) return undefined;
        const outstanding = (await real.json()) as Outstanding;
        return HttpResponse.json({ ...outstanding, total: { ...outstanding.total, amountCents: 0 }, invoices: [] });
      }),
    ],
  },
};

/** The backend failed; the payer can try again. */
export const LoadError: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/outstanding', () =>
        HttpResponse.json({ code: 'internal_error', message: 'The billing service is unavailable.' }, { status: 500 }),
      ),
    ],
  },
};

/** The community switched the payment gateway off: the balance shows, paying does not. */
export const PaymentsDisabled: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(staffToken(personas), 'PATCH', '/staff/settings', { gatewayEnabled: false });
      return {};
    },
  ],
};

/**
 * A view-only user (Frank Castellano) whose balance the billing team collects: his amounts, no Pay
 * and why, when and from which account it is collected, and the advance notice he was emailed.
 */
export const ViewOnlyWithBillingTeamPulls: Story = { args: { persona: 'view-only' } };

/**
 * Ruth Jensen owes only what is addressed to her; below it, what else is due on Harold's account
 * and to whom (Karen's July invoice), so nobody reads her total as the account being settled.
 */
export const DueToOthers: Story = { args: { persona: 'ruth-jensen' } };

/** Karen Molloy pays bills without viewing billing: told that her total covers only what is addressed to her. */
export const PayOnlyScope: Story = { args: { persona: 'karen-molloy' } };

/** Ruth's profile was changed to one with no billing permission: a calm notice, no balance requested. */
export const NoBillingAccess: Story = {
  args: { persona: 'ruth-jensen' },
  loaders: [
    async () => {
      const profile = (await api(STAFF_TOKEN, 'POST', '/staff/profiles', { name: 'Newsletter only', permissions: [] })) as { id: string };
      await api(STAFF_TOKEN, 'PATCH', '/staff/users/usr-ruth-jensen', { profileId: profile.id });
      return {};
    },
  ],
};

/** The resident portal (ALIS Connect) is switched off: one calm sentence with the office's contact. */
export const PortalOff: Story = {
  args: { persona: 'ruth-jensen' },
  loaders: [
    async () => {
      await api(STAFF_TOKEN, 'PATCH', '/staff/settings', { portalEnabled: false });
      return {};
    },
  ],
};

/**
 * Ruth started paying her December invoice; meanwhile the billing office addressed it to Karen.
 * Review is refused for good (`not_addressee`), in the engine's words, with her amount kept.
 */
export const RefusedNotAddressee: Story = {
  args: { persona: 'ruth-jensen' },
  render: (args) => html`
    <div style="max-width: ${args.width}">
      <alis-billing-provider base-url="/api/v1" .token=${RUTH_TOKEN}>
        <alis-invoices status="open" locale=${ifDefined(args.locale)}></alis-invoices>
      </alis-billing-provider>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const invoices = await until(() => canvasElement.querySelector<HTMLElement>('alis-invoices'), 'the invoices');
    const pay = await inShadow<HTMLButtonElement>(invoices, 'tr[data-invoice-id="inv-jensen-2026-12"] button.pay', "Ruth's Pay button");
    pay.click();
    const flow = await inShadow<HTMLElement>(invoices, 'alis-pay-flow', 'the pay flow');
    await until(() => flow.shadowRoot?.querySelector('input[name="method"]'), 'the payment methods');
    await api(STAFF_TOKEN, 'PATCH', '/staff/invoices/inv-jensen-2026-12', { addresseeId: 'con-karen-molloy' });
    await clickButton(flow, 'Review payment');
    await until(() => flow.shadowRoot?.querySelector('[data-kind="flow-error"]'), 'the refusal');
  },
};

/** The billing team collects this payer's balance: said before they pay on their own. */
export const BillingTeamPulls: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      const token = payerToken(personas);
      const me = (await api(token, 'GET', '/me')) as Me;
      const methods = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
      const bank = methods.find((m) => m.type === 'bank_account' && m.recurringAuthorization);
      if (me.party && bank) {
        await api(staffToken(personas), 'PUT', `/staff/payers/${me.party.id}/arrangement`, {
          mode: 'billing_team_pulls',
          dayOfMonth: 5,
          split: 'single',
          parts: [{ methodId: bank.id }],
        });
      }
      return {};
    },
  ],
};

/** Step 1: choose how to pay; the default card is preselected, an expired card is shown disabled with why. */
export const ChooseMethod: Story = {
  play: async ({ canvasElement }) => {
    await openPayFlow(canvasElement);
  },
};

/**
 * The session expired as the payer asked for the review (the service answered 401): the flow says
 * nothing was charged and keeps the method chosen; signed in again, the payer reviews once more.
 */
export const SessionEnded: Story = {
  parameters: {
    msw: [
      http.post('*/api/v1/payments/quote', () =>
        HttpResponse.json({ code: 'unauthenticated', message: 'Your session is not valid any more. Sign in again.' }, { status: 401 }),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const flow = await openPayFlow(canvasElement);
    await clickButton(flow, 'Review payment');
    await until(() => flow.shadowRoot?.querySelector('[data-kind="flow-error"]'), 'the session-ended notice');
  },
};

/** A payer with no saved methods is offered to add one. */
export const NoMethods: Story = {
  parameters: { msw: [http.get('*/api/v1/payment-methods', () => HttpResponse.json({ items: [] }))] },
  play: async ({ canvasElement }) => {
    await openPayFlow(canvasElement);
  },
};

/** Step 2: review — amount, the card's convenience fee, total charged, the invoices settled and the authorization. */
export const ReviewWithFee: Story = {
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
  },
};

/** Review with a debit card: no convenience fee, and the rule says why ("Debit cards pay no convenience fee."). */
export const ReviewDebitCardNoFee: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(payerToken(personas), 'POST', '/payment-methods', {
        type: 'card',
        token: 'tok_visa_5556',
        card: { brand: 'visa', last4: '5556', expMonth: 12, expYear: 2031, funding: 'debit' },
        billingAddress: ADDRESS,
        nickname: 'Visa debit',
        makeDefault: true,
      });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
  },
};

/** Review with a credit card under a capped fee (2.5% + $1.00, at most $25.00): the fee stops at the cap, and the rule says so. */
export const ReviewCappedFee: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(staffToken(personas), 'PATCH', '/staff/settings', { cardFeeFlatCents: 100, cardFeeCapCents: 2_500 });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
  },
};

/** Review with card surcharges off in the community: no card pays a fee ("Card surcharges are off in this community."). */
export const ReviewSurchargesOff: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(staffToken(personas), 'PATCH', '/staff/settings', { cardSurchargesProhibited: true });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
  },
};

/** Step 3: the receipt of a card payment. */
export const Receipt: Story = {
  play: async ({ canvasElement }) => {
    const flow = await toReview(canvasElement);
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.textContent?.includes('Payment received'), 'the receipt');
  },
};

/** A bank payment: submitted and pending for two business days. */
export const PendingBankPayment: Story = {
  play: async ({ canvasElement }) => {
    const flow = await openPayFlow(canvasElement);
    const bank = await until(
      () => [...(flow.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="method"]') ?? [])].find((i) => !i.disabled && /Checking|Savings/.test(i.closest('label')?.textContent ?? '')),
      'a bank account choice',
    );
    bank.click();
    await clickButton(flow, 'Review payment');
    await until(() => flow.shadowRoot?.querySelector('dl.review'), 'the review step');
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.textContent?.includes('Payment submitted'), 'the pending receipt');
  },
};

/** The card was declined: said where it happened, nothing charged, the payer chooses again. */
export const Declined: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(payerToken(personas), 'POST', '/payment-methods', {
        type: 'card',
        token: 'tok_chargeDeclined',
        card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2031 },
        billingAddress: ADDRESS,
        makeDefault: true,
      });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const flow = await toReview(canvasElement);
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.querySelector('[data-kind="flow-error"]'), 'the decline message');
  },
};

/** The balance changed between review and Pay (another payment came in): review again, nothing charged. */
export const BalanceChanged: Story = {
  play: async ({ canvasElement }) => {
    const flow = await toReview(canvasElement);
    const { personas } = await loadPersonas();
    const token = payerToken(personas);
    const outstanding = (await api(token, 'GET', '/outstanding')) as Outstanding;
    const methods = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
    const invoice = outstanding.invoices[0];
    const method = methods.find((m) => m.usable);
    if (invoice && method) {
      await api(token, 'POST', '/payments', { methodId: method.id, target: { type: 'invoice', invoiceId: invoice.invoiceId }, amountCents: 1000, currency: 'USD' });
    }
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.querySelector('[data-kind="balance-changed"]'), 'the balance-changed notice');
  },
};

/**
 * The billing office raised the card fee to 3% after the payer reviewed: the review shows the new
 * quote and says what changed; nothing was charged and the payer submits again.
 */
export const QuoteChanged: Story = {
  play: async ({ canvasElement, loaded }) => {
    const flow = await toReview(canvasElement);
    await api(staffToken((loaded as { personas: Persona[] }).personas), 'PATCH', '/staff/settings', { cardFeeBasisPoints: 300 });
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.querySelector('[data-kind="quote-changed"]'), 'the quote-changed notice');
  },
};

/** The payer left the review open for more than 15 minutes: the quote expired, review the same total again. */
export const QuoteExpired: Story = {
  play: async ({ canvasElement }) => {
    const flow = await toReview(canvasElement);
    await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceMinutes: 16 }) });
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.querySelector('[data-kind="quote-changed"]'), 'the quote-expired notice');
  },
};

/** Pay Invoice from the invoice list, paying part of the balance. */
export const PartialInvoicePayment: Story = {
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${personaToken(personas, args.persona)}>
          <alis-invoices status="open" locale=${ifDefined(args.locale)}></alis-invoices>
        </alis-billing-provider>
      </div>
    `;
  },
  play: async ({ canvasElement }) => {
    const invoices = await until(() => canvasElement.querySelector<HTMLElement>('alis-invoices'), 'the invoices');
    const pay = await inShadow<HTMLButtonElement>(invoices, 'button.pay', 'a Pay button');
    pay.click();
    const flow = await inShadow<HTMLElement>(invoices, 'alis-pay-flow', 'the pay flow');
    const field = await inShadow<HTMLElement>(flow, 'alis-amount-input', 'the amount field');
    const input = await inShadow<HTMLInputElement>(field, 'input', 'the amount input');
    input.value = '100.00';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await clickButton(flow, 'Review payment');
    await until(() => flow.shadowRoot?.querySelector('dl.review'), 'the review step');
  },
};

/** The whole flow in a phone-sized box. */
export const Narrow: Story = {
  args: { width: '320px' },
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
  },
};
