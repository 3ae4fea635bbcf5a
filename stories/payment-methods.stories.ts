import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { createStripeTokenizer, createTestTokenizer, type CardTokenizer } from '../src/sdk/tokenizers/index.js';
import type { Me, PaymentMethod } from '../src/sdk/types.js';
import { fakeStripe } from './fake-stripe.js';
import { api, clickButton, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

interface MethodsArgs {
  persona: 'default-payer' | 'expired-card' | 'view-only' | 'ruth-jensen' | 'staff';
  tokenizer: 'test' | 'stripe-fake' | 'none';
  width: string;
}

function tokenizerFor(kind: MethodsArgs['tokenizer']): CardTokenizer | undefined {
  if (kind === 'test') return createTestTokenizer({ enabled: true });
  if (kind === 'stripe-fake') return createStripeTokenizer({ publishableKey: 'pk_test_storybook', loadStripe: async () => fakeStripe() });
  return undefined;
}

const payerToken = (personas: Persona[]) => pickPersona(personas, 'default-payer')?.token ?? '';
const staffToken = (personas: Persona[]) => pickPersona(personas, 'staff')?.token ?? '';

function personaToken(personas: Persona[], persona: MethodsArgs['persona']): string | undefined {
  if (persona === 'expired-card') return personas.find((p) => /expired/i.test(p.description))?.token;
  // Frank Castellano: the seeded resident whose profile views billing only.
  if (persona === 'view-only') return 'mock-token-frank-castellano';
  if (persona === 'ruth-jensen') return 'mock-token-ruth-jensen';
  if (persona === 'staff') return staffToken(personas);
  return pickPersona(personas, 'default-payer')?.token;
}


/**
 * `<alis-payment-methods>` against the mock billing engine, with the test card tokenizer (or Stripe
 * with a fake Stripe.js, or none). Stories of a later state click through in their `play` function.
 */
const meta: Meta<MethodsArgs> = {
  title: 'Payer/Payment methods',
  component: 'alis-payment-methods',
  loaders: [loadPersonas],
  args: { persona: 'default-payer', tokenizer: 'test', width: '40rem' },
  argTypes: {
    persona: { control: 'select', options: ['default-payer', 'expired-card', 'view-only', 'ruth-jensen', 'staff'] },
    tokenizer: { control: 'inline-radio', options: ['test', 'stripe-fake', 'none'] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${personaToken(personas, args.persona)} .tokenizer=${tokenizerFor(args.tokenizer)}>
          <alis-payment-methods></alis-payment-methods>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<MethodsArgs>;

async function widget(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-payment-methods'), 'the widget');
  await until(() => element.shadowRoot?.querySelector('ul.methods, .notice'), 'the methods');
  return element;
}

async function openAdd(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await widget(canvasElement);
  await clickButton(element, '+ Add payment method');
  const form = await inShadow<HTMLElement>(element, 'alis-add-payment-method', 'the add form');
  await until(() => form.shadowRoot?.querySelector('alis-address-fields'), 'the form fields');
  return form;
}

/** A payer with a default card and a checking account authorized for automatic payments. */
export const SeveralMethods: Story = {};

/** No saved methods yet. */
export const Empty: Story = {
  parameters: { msw: [http.get('*/api/v1/payment-methods', () => HttpResponse.json({ items: [] }))] },
};

/** An expired card is listed as unusable, with why. */
export const ExpiredCard: Story = { args: { persona: 'expired-card' } };

/** A bank account blocked after an R02 return (account closed). */
export const BlockedBankAccount: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      const token = payerToken(personas);
      const methods = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
      const invoices = (await api(token, 'GET', '/invoices?status=open')) as { items: { id: string }[] };
      const bank = methods.find((m) => m.type === 'bank_account');
      const invoice = invoices.items[0];
      if (bank && invoice) {
        const payment = (await api(token, 'POST', '/payments', { methodId: bank.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 1000, currency: 'USD' })) as { id: string };
        await api(token, 'POST', `/__mock/payments/${payment.id}/fail`, { returnCode: 'R02' });
      }
      return {};
    },
  ],
};

/** A member of the billing team has no methods of their own: one calm sentence, and nothing more is asked for. */
export const BillingTeam: Story = { args: { persona: 'staff' } };

/** A view-only user (no pay, no methods) is told in one sentence that methods are not in their access. */
export const ViewOnly: Story = { args: { persona: 'view-only' } };

/** Ruth's profile pays bills but does not manage methods: the list without actions, and why. */
export const PaysButDoesNotManage: Story = {
  args: { persona: 'ruth-jensen' },
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      const profile = (await api(staffToken(personas), 'POST', '/staff/profiles', { name: 'Pays, methods by the office', permissions: ['view_billing', 'pay_bills'] })) as { id: string };
      await api(staffToken(personas), 'PATCH', '/staff/users/usr-ruth-jensen', { profileId: profile.id });
      return {};
    },
  ],
};

/** The payment gateway (ALIS Pay) is off: saved methods stay listed; saving new ones is off, with whom to contact. */
export const GatewayOff: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(staffToken(personas), 'PATCH', '/staff/settings', { gatewayEnabled: false });
      return {};
    },
  ],
};

/** The resident portal (ALIS Connect) is switched off: one calm sentence with the office's contact. */
export const PortalOff: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(staffToken(personas), 'PATCH', '/staff/settings', { portalEnabled: false });
      return {};
    },
  ],
};

/** Adding a card with the clearly labelled test-mode card fields. */
export const AddCardTestTokenizer: Story = {
  play: async ({ canvasElement }) => {
    await openAdd(canvasElement);
  },
};

/** Adding a card through Stripe (a fake Stripe.js here: the real one cannot load in Storybook). */
export const AddCardStripe: Story = {
  args: { tokenizer: 'stripe-fake' },
  play: async ({ canvasElement }) => {
    await openAdd(canvasElement);
  },
};

/** No card tokenizer configured: bank accounts only, and the form says why. */
export const BankOnly: Story = {
  args: { tokenizer: 'none' },
  play: async ({ canvasElement }) => {
    await openAdd(canvasElement);
  },
};

/** A bank account with a mistyped routing number and mismatched account numbers. */
export const AddBankWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await openAdd(canvasElement);
    (await inShadow<HTMLInputElement>(form, 'input[name="kind"][value="bank_account"]')).click();
    const bank = await inShadow<HTMLElement>(form, 'alis-bank-account-fields');
    const set = async (selector: string, value: string) => {
      const input = await inShadow<HTMLInputElement>(bank, selector);
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    await set('#holderName', 'Daniel Whitaker');
    await set('#routingNumber', '011000016');
    await set('#accountNumber', '000123456789');
    await set('#confirmAccountNumber', '000123456780');
    await clickButton(form, 'Save bank account');
    await until(() => bank.shadowRoot?.textContent?.includes('check-digit'), 'the routing number message');
  },
};

/** The billing team pulls from the payer's checking on the 5th (set up through the engine). */
async function pulledChecking(): Promise<{ bankId?: string }> {
  const { personas } = await loadPersonas();
  const token = payerToken(personas);
  const me = (await api(token, 'GET', '/me')) as Me;
  const methods = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
  const bank = methods.find((m) => m.type === 'bank_account' && m.recurringAuthorization);
  if (me.party && bank) {
    await api(staffToken(personas), 'PUT', `/staff/payers/${me.party.id}/arrangement`, { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId: bank.id }] });
  }
  return { bankId: bank?.id };
}

/** "Stop automatic payments" on the account the billing team pulls from: the confirmation says what it means. */
export const StopAutomaticPaymentsConfirm: Story = {
  loaders: [pulledChecking],
  play: async ({ canvasElement, loaded }) => {
    const element = await widget(canvasElement);
    const bankId = (loaded as { bankId?: string }).bankId ?? '';
    (await inShadow<HTMLButtonElement>(element, `li[data-method-id="${bankId}"] [data-action="withdraw"]`)).click();
    await inShadow(element, `li[data-method-id="${bankId}"] [data-action="confirm-withdraw"]`, 'the confirmation');
  },
};

/** After stopping them: the billing office no longer pulls; the payer pays their bills themselves. */
export const AutomaticPaymentsStopped: Story = {
  loaders: [pulledChecking],
  play: async ({ canvasElement, loaded }) => {
    const element = await widget(canvasElement);
    const bankId = (loaded as { bankId?: string }).bankId ?? '';
    (await inShadow<HTMLButtonElement>(element, `li[data-method-id="${bankId}"] [data-action="withdraw"]`)).click();
    (await inShadow<HTMLButtonElement>(element, `li[data-method-id="${bankId}"] [data-action="confirm-withdraw"]`)).click();
    await inShadow(element, '[data-kind="arrangement-ended"]', 'the notice that automatic payments stopped');
  },
};

/** Removing the account the billing team pulls from: the confirmation says automatic payments stop too. */
export const RemovePulledAccount: Story = {
  loaders: [pulledChecking],
  play: async ({ canvasElement, loaded }) => {
    const element = await widget(canvasElement);
    const bankId = (loaded as { bankId?: string }).bankId ?? '';
    (await inShadow<HTMLButtonElement>(element, `li[data-method-id="${bankId}"] [data-action="remove"]`)).click();
    await inShadow(element, `li[data-method-id="${bankId}"] [data-action="confirm-remove"]`, 'the confirmation');
  },
};

/** A phone-sized box. */
export const Narrow: Story = { args: { width: '320px' } };
