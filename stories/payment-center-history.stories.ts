import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import '../src/define/alis-amount-input.js';
import { AlisPcHistory } from '../src/components/payment-center/history-panel.js';
import type { Invoice, Payment, PaymentMethod } from '../src/sdk/types.js';
import { api, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// The same class the Payment Center's define module registers, so either may come first.
AlisPcHistory.define('alis-pc-history');

interface HistoryArgs {
  persona: 'staff' | 'payer';
  width: string;
}

/** What a loader set up: the payment a story acts on, and whose payments the panel lists. */
interface Setup {
  paymentId?: string;
  payerId?: string;
}

/**
 * `<alis-pc-history>` — the Payment Center's History tab — alone inside `<alis-billing-provider>`,
 * signed in as the billing office (Brenda Lopez) against the mock billing engine. Loaders make the
 * payment a story needs through the real engine; `play` opens its details and the confirmation.
 */
const meta: Meta<HistoryArgs> = {
  title: 'Staff/Payment Center/History',
  component: 'alis-pc-history',
  loaders: [loadPersonas],
  args: { persona: 'staff', width: '100%' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'payer'] },
    width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const { personas, payerId } = loaded as { personas: Persona[] } & Setup;
    const token = pickPersona(personas, args.persona === 'staff' ? 'staff' : 'default-payer')?.token;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${token}>
          <alis-pc-history .payerId=${payerId ?? ''}></alis-pc-history>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<HistoryArgs>;

async function tokens(): Promise<{ staff: string; payer: Persona | undefined }> {
  const { personas } = await loadPersonas();
  return { staff: pickPersona(personas, 'staff')?.token ?? '', payer: pickPersona(personas, 'default-payer') };
}

/** The default payer (Daniel Whitaker) pays $125.00 of his oldest open invoice by card or from checking, just now. */
async function payerPays(kind: 'card' | 'bank_account'): Promise<Setup> {
  const { payer } = await tokens();
  if (!payer) return {};
  const methods = ((await api(payer.token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
  const method = methods.find((m) => m.type === kind && m.usable);
  const invoice = ((await api(payer.token, 'GET', '/invoices?status=open')) as { items: Invoice[] }).items.at(-1);
  if (!method || !invoice) return {};
  const payment = (await api(payer.token, 'POST', '/payments', {
    methodId: method.id,
    target: { type: 'invoice', invoiceId: invoice.id },
    amountCents: 12_500,
    currency: invoice.balance.currency,
  })) as Payment;
  return { paymentId: payment.id, payerId: payer.partyId ?? undefined };
}

/** A deposited card payment, already refunded in part once, so its audit trail has several entries. */
async function depositedCardPayment(): Promise<Setup> {
  const { staff } = await tokens();
  const page = (await api(staff, 'GET', '/staff/payments?deposited=true&methodType=card&status=succeeded&limit=1')) as { items: Payment[] };
  const payment = page.items[0];
  if (!payment) return {};
  await api(staff, 'POST', `/staff/payments/${payment.id}/refunds`, { amountCents: 1_450, currency: payment.amount.currency, reason: 'Guest meal, duplicate' });
  return { paymentId: payment.id, payerId: payment.payer.id };
}

async function expand(canvasElement: HTMLElement, paymentId: string): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-pc-history'), 'the panel');
  (await inShadow<HTMLButtonElement>(element, `tr[data-payment-id="${paymentId}"] button.details`, 'the Details button')).click();
  await inShadow(element, `[data-details-for="${paymentId}"]`, 'the details');
  return element;
}

async function openAction(canvasElement: HTMLElement, paymentId: string, kind: string): Promise<{ element: HTMLElement; form: HTMLFormElement }> {
  const element = await expand(canvasElement, paymentId);
  (await inShadow<HTMLButtonElement>(element, `[data-actions-for="${paymentId}"] [data-action="${kind}"]`, `the ${kind} button`)).click();
  const form = await inShadow<HTMLFormElement>(element, `form[data-confirm-for="${paymentId}"]`, 'the confirmation');
  return { element, form };
}

function fillReason(form: HTMLFormElement, reason: string): void {
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]');
  if (!textarea) return;
  textarea.value = reason;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const paymentOf = (loaded: unknown): string => (loaded as Setup).paymentId ?? '';

/** Every payment of Willow Creek, newest first, with status badges in words. */
export const List: Story = {};

/** A deposited card payment expanded: its receipt, the refund already made, and its audit trail with who did what. */
export const ExpandedWithAuditTrail: Story = {
  loaders: [depositedCardPayment],
  play: async ({ canvasElement, loaded }) => {
    await expand(canvasElement, paymentOf(loaded));
  },
};

/** Void a card payment not yet deposited: the effect is stated, and a reason is asked for. */
export const VoidConfirmation: Story = {
  loaders: [() => payerPays('card')],
  play: async ({ canvasElement, loaded }) => {
    const { form } = await openAction(canvasElement, paymentOf(loaded), 'void');
    fillReason(form, 'Paid twice by mistake');
  },
};

/** Refund part of a deposited card payment, bounded by what is left to refund. */
export const RefundConfirmation: Story = {
  loaders: [depositedCardPayment],
  play: async ({ canvasElement, loaded }) => {
    const { form } = await openAction(canvasElement, paymentOf(loaded), 'refund');
    const amount = await until(() => form.querySelector('alis-amount-input')?.shadowRoot?.querySelector('input'), 'the amount field');
    amount.value = '25.00';
    amount.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    fillReason(form, 'Salon visit cancelled');
  },
};

/** A refund above what is left, refused at the amount field before anything is sent. */
export const RefundTooMuch: Story = {
  loaders: [depositedCardPayment],
  play: async ({ canvasElement, loaded }) => {
    const { form } = await openAction(canvasElement, paymentOf(loaded), 'refund');
    const amount = await until(() => form.querySelector('alis-amount-input')?.shadowRoot?.querySelector('input'), 'the amount field');
    amount.value = '999999.00';
    amount.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    fillReason(form, 'Too much');
    form.querySelector<HTMLButtonElement>('[data-action="confirm"]')?.click();
    await until(() => form.querySelector('alis-amount-input')?.shadowRoot?.querySelector('#error')?.textContent?.trim(), 'the error at the field');
  },
};

/** Record a bank return: the Nacha codes with their meaning, and which block the account or may be presented again. */
export const ReturnCodePicker: Story = {
  loaders: [() => payerPays('bank_account')],
  play: async ({ canvasElement, loaded }) => {
    await openAction(canvasElement, paymentOf(loaded), 'return');
  },
};

/** Result: an R01 return recorded, the invoice reopened, and Present again offered. */
export const ReturnRecorded: Story = {
  loaders: [() => payerPays('bank_account')],
  play: async ({ canvasElement, loaded }) => {
    const paymentId = paymentOf(loaded);
    const { element, form } = await openAction(canvasElement, paymentId, 'return');
    form.querySelector<HTMLInputElement>('label[data-code="R01"] input')?.click();
    fillReason(form, 'Bank notice of November 25');
    form.querySelector<HTMLButtonElement>('[data-action="confirm"]')?.click();
    await inShadow(element, `[data-actions-for="${paymentId}"] [data-action="represent"]`, 'Present again');
  },
};

/** Result: a void done, with the invoice reopened and the audit trail naming Brenda Lopez. */
export const Voided: Story = {
  loaders: [() => payerPays('card')],
  play: async ({ canvasElement, loaded }) => {
    const paymentId = paymentOf(loaded);
    const { element, form } = await openAction(canvasElement, paymentId, 'void');
    fillReason(form, 'Paid twice by mistake');
    form.querySelector<HTMLButtonElement>('[data-action="confirm"]')?.click();
    await inShadow(element, `[data-actions-for="${paymentId}"] [data-outcome]`, 'the outcome');
  },
};

/** The engine refuses a void of a payment deposited meanwhile: its message shows in place, the reason is kept. */
export const VoidRefused: Story = {
  loaders: [() => payerPays('card')],
  play: async ({ canvasElement, loaded }) => {
    const paymentId = paymentOf(loaded);
    const { form } = await openAction(canvasElement, paymentId, 'void');
    fillReason(form, 'Customer asked');
    const { staff } = await tokens();
    await api(staff, 'POST', '/staff/deposits', { paymentIds: [paymentId] });
    form.querySelector<HTMLButtonElement>('[data-action="confirm"]')?.click();
    await until(() => form.querySelector('[data-error]'), 'the refusal');
  },
};

/** While the payments are on their way. */
export const Loading: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/staff/payments', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
};

/** A payer's token: the panel says it is for the billing team. */
export const StaffOnly: Story = { args: { persona: 'payer' } };

/** A phone-sized box: the table scrolls inside its frame; the details and the code picker fit the screen. */
export const Narrow: Story = { ...ReturnCodePicker, args: { width: '320px' } };
