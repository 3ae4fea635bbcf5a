import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { inShadow, pickPersona, until, type Persona } from './support.js';
import { payerWithCredit } from './credit.js';

interface CreditArgs {
  width: string;
}

/**
 * The Payment Center's Payers panel while Daniel Whitaker holds credit on account: "Credit on
 * account" under his balance, and Apply credit — in policy order or to chosen invoices, reviewed,
 * then applied.
 */
const meta: Meta<CreditArgs> = {
  title: 'Staff/Payment Center/Apply credit',
  component: 'alis-pc-apply-credit',
  // One loader for every story (Storybook runs a component's loaders and a story's together):
  // a story says how its credit came about in `parameters.credit`.
  loaders: [({ parameters }) => payerWithCredit((parameters as { credit?: Parameters<typeof payerWithCredit>[0] }).credit ?? {})],
  args: { width: '72rem' },
  argTypes: { width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' } },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, 'staff')?.token}>
          <alis-pc-payers></alis-pc-payers>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<CreditArgs>;

const DANIEL = 'con-daniel-whitaker';

async function openApplyCredit(canvasElement: HTMLElement): Promise<HTMLElement> {
  const panel = await until(() => canvasElement.querySelector<HTMLElement>('alis-pc-payers'), 'the panel');
  (await inShadow<HTMLButtonElement>(panel, `tr[data-payer-id="${DANIEL}"] [data-action="apply-credit"]`, 'Apply credit')).click();
  const flow = await inShadow<HTMLElement>(panel, 'alis-pc-apply-credit', 'the apply-credit panel');
  await inShadow(flow, 'form', 'its form');
  return flow;
}

async function chooseInvoices(flow: HTMLElement): Promise<void> {
  (await inShadow<HTMLInputElement>(flow, 'input[name="mode"][value="chosen"]')).click();
  await inShadow(flow, 'alis-amount-input[data-invoice]', 'the amounts');
}

/** Daniel's row: "Credit on account" under his balance, and Apply credit. */
export const PayerWithCredit: Story = {};

/** The panel, in policy order: what the credit would pay, oldest due date first. */
export const PolicyOrder: Story = { play: async ({ canvasElement }) => void (await openApplyCredit(canvasElement)) };

/** To chosen invoices: each amount prefilled as policy order would apply it, and editable. */
export const ChosenInvoices: Story = {
  play: async ({ canvasElement }) => chooseInvoices(await openApplyCredit(canvasElement)),
};

/** The review: each invoice and amount, the total and the credit left. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const flow = await openApplyCredit(canvasElement);
    (await inShadow<HTMLButtonElement>(flow, '[data-action="review"]')).click();
    await inShadow(flow, '[data-action="confirm"]', 'the review');
  },
};

/** Applied: what went to which invoice, from which payment, the credit left and what Daniel owes now. */
export const Applied: Story = {
  play: async ({ canvasElement }) => {
    const flow = await openApplyCredit(canvasElement);
    (await inShadow<HTMLButtonElement>(flow, '[data-action="review"]')).click();
    (await inShadow<HTMLButtonElement>(flow, '[data-action="confirm"]', 'the review')).click();
    await inShadow(flow, '[data-action="done"]', 'the result');
  },
};

/** A total over the credit is refused at the form, before review, with the amounts kept. */
export const OverTheCredit: Story = {
  parameters: { credit: { refundCents: 30_000 } },
  play: async ({ canvasElement }) => {
    const flow = await openApplyCredit(canvasElement);
    await chooseInvoices(flow);
    const fields = flow.shadowRoot?.querySelectorAll<HTMLElement & { max: number | null }>('alis-amount-input[data-invoice]') ?? [];
    const last = fields[fields.length - 1];
    const input = last?.shadowRoot?.querySelector('input');
    if (last && input) {
      input.value = ((last.max ?? 0) / 100).toFixed(2);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    (await inShadow<HTMLButtonElement>(flow, '[data-action="review"]')).click();
    await inShadow(flow, '[data-error="allocations"]', 'the refusal');
  },
};
