import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, delay } from 'msw';
import { waitFor } from 'storybook/test';
import '../src/define/alis-payment-history.js';
import { createAlisClient, type AlisClient } from '../src/sdk/index.js';
import type { PaymentFilter } from '../src/components/payment-history/payment-history.js';
import { api, loadPersonas, payQuoted, pickPersona, type Persona } from './support.js';

type PersonaKind = 'default-payer' | 'other-payer' | 'revoked' | 'staff' | 'signed-out' | 'ruth-jensen' | 'karen-molloy';

const STAFF_TOKEN = 'mock-token-brenda-lopez';

function tokenFor(personas: Persona[], persona: PersonaKind): string | undefined {
  if (persona === 'signed-out') return undefined;
  if (persona === 'ruth-jensen' || persona === 'karen-molloy') return `mock-token-${persona}`;
  return pickPersona(personas, persona)?.token;
}

interface PaymentHistoryArgs {
  status: PaymentFilter;
  /** The host's heading; the element's own, in the reader's language, when unset. */
  heading?: string;
  /** Dates and amounts in this locale; the page's language when unset. */
  locale?: string;
  persona: PersonaKind;
  width: string;
}

/**
 * `<alis-payment-history>` inside `<alis-billing-provider>`, signed in as a seeded persona of the
 * mock billing backend. Every state a payer can meet is a story; reversals (returns, refunds,
 * voids) and new payments are made through the SDK against the same mock before the story renders.
 */
const meta: Meta<PaymentHistoryArgs> = {
  title: 'Payer/Payment history',
  component: 'alis-payment-history',
  loaders: [loadPersonas],
  args: { status: 'all', persona: 'default-payer', width: '100%' },
  argTypes: {
    status: {
      control: 'select',
      options: ['all', 'pending', 'succeeded', 'failed', 'returned', 'refunded', 'partially_refunded', 'voided'],
    },
    persona: { control: 'select', options: ['default-payer', 'other-payer', 'revoked', 'staff', 'signed-out', 'ruth-jensen', 'karen-molloy'] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    const token = tokenFor(personas, args.persona);
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${token}>
          <alis-payment-history status=${args.status} heading=${ifDefined(args.heading)} locale=${ifDefined(args.locale)}></alis-payment-history>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<PaymentHistoryArgs>;

/** SDK clients for the default payer and the billing office, from the seeded personas. */
async function clients(): Promise<{ payer: AlisClient; office: AlisClient }> {
  const { personas } = await loadPersonas();
  const as = (persona: Persona | undefined): AlisClient => {
    if (!persona) throw new Error('the mock backend has no such persona');
    return createAlisClient({ baseUrl: '/api/v1', getToken: () => persona.token });
  };
  return { payer: as(pickPersona(personas, 'default-payer')), office: as(pickPersona(personas, 'staff')) };
}

/** The billing office returns a bank debit (R01), refunds two card payments (one in part) and voids one not yet deposited. */
async function reverseSomePayments(): Promise<Record<string, never>> {
  const { payer, office } = await clients();
  const mine = (await payer.payments.list({ limit: 100 })).items;
  const cards = mine.filter((p) => p.method.type === 'card' && p.status === 'succeeded');
  const undeposited = cards.find((p) => p.depositId === null);
  const [partly, fully] = cards.filter((p) => p.depositId !== null);
  const bank = mine.find((p) => p.method.type === 'bank_account' && p.status === 'succeeded');
  if (bank) await office.staff.payments.recordReturn(bank.id, { code: 'R01', reason: 'The bank reported insufficient funds.' });
  if (partly) {
    await office.staff.payments.refund(partly.id, { amountCents: 5000, currency: partly.amount.currency, reason: 'Late fee waived by the business office' });
  }
  if (fully) {
    await office.staff.payments.refund(fully.id, { amountCents: fully.amount.amountCents, currency: fully.amount.currency, reason: 'Paid twice by mistake' });
  }
  if (undeposited) await office.staff.payments.void(undeposited.id, { reason: 'Entered in error' });
  return {};
}

/** The payer pays part of the oldest open invoice from the checking account (processing) and tries a card that is declined. */
async function payJustNow(): Promise<Record<string, never>> {
  const { payer } = await clients();
  const [invoice] = (await payer.invoices.list({ status: 'open' })).items;
  const bank = (await payer.paymentMethods.list()).find((m) => m.type === 'bank_account' && m.status === 'active');
  if (!invoice || !bank) return {};
  const target = { type: 'invoice', invoiceId: invoice.id } as const;
  await payQuoted(payer, { methodId: bank.id, target, amountCents: 25_000, currency: invoice.balance.currency });
  const declined = await payer.paymentMethods.create({
    type: 'card',
    token: 'tok_chargeDeclined',
    card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030 },
    billingAddress: { name: 'Daniel Whitaker', line1: '2217 Ridge Avenue', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' },
  });
  await payQuoted(payer, { methodId: declined.id, target, amountCents: 10_000, currency: invoice.balance.currency });
  return {};
}

/** The default payer's year of payments by card and from a checking account, all settled. */
export const DefaultPayer: Story = {};

/** A returned bank payment (R01), a full and a partial refund, and a voided payment, each explained on its receipt. */
export const ReturnedAndRefunded: Story = { loaders: [reverseSomePayments] };

/** A bank payment still processing and a declined card payment, newest first. */
export const ProcessingAndDeclined: Story = { loaders: [payJustNow] };

/** The newest payment's receipt opened in place, as a payer would print it. */
export const ReceiptExpanded: Story = {
  play: async ({ canvasElement }) => {
    const history = canvasElement.querySelector('alis-payment-history');
    const toggle = await waitFor(
      () => {
        const button = history?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-controls]');
        if (!button) throw new Error('no payments yet');
        return button;
      },
      { timeout: 5000 },
    );
    toggle.click();
  },
};

/** Only payments the bank returned; the billing office recorded one. */
export const FilteredToReturned: Story = { args: { status: 'returned' }, loaders: [reverseSomePayments] };

/** Another payer of the same community sees their own resident's payments. */
export const AnotherPayer: Story = { args: { persona: 'other-payer' } };

/**
 * Ruth Jensen views Harold's billing: every payment on his account with who paid it — hers as
 * "You", their daughter Karen's by name, her card shown only as "Card".
 */
export const ResidentPaymentsWithPayers: Story = { args: { persona: 'ruth-jensen' } };

/** Karen Molloy pays bills without viewing billing: only her own payments. */
export const PayOnlyOwnPayments: Story = { args: { persona: 'karen-molloy' } };

/** Ruth's profile was changed to one with no billing permission: a calm notice, no payments requested. */
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

/** While the payments are on their way. */
export const Loading: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/payments', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
};

/** A payer who has not paid anything yet. */
export const Empty: Story = {
  parameters: { msw: [http.get('*/api/v1/payments', () => HttpResponse.json({ items: [], nextCursor: null }))] },
};

/** The backend failed; the payer can try again. */
export const LoadError: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/payments', () =>
        HttpResponse.json({ code: 'internal_error', message: 'The billing service had a problem; please try again in a minute.' }, { status: 500 }),
      ),
    ],
  },
};

/** No one is signed in. */
export const SignedOut: Story = { args: { persona: 'signed-out' } };

/** A phone-sized box: each payment becomes a labelled card, receipts stack their facts. */
export const Narrow: Story = { args: { width: '320px' }, play: ReceiptExpanded.play };
