import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { pickPersona, until, type Persona } from './support.js';
import { payerWithCredit } from './credit.js';

interface CreditArgs {
  width: string;
}

/**
 * What Daniel Whitaker sees while he holds credit on account (the community leaves payments
 * unapplied): "Credit on account" on his balance, invoices it covers without a Pay button that the
 * engine would refuse, and in his payment history what the billing office applied it to.
 */
const meta: Meta<CreditArgs> = {
  title: 'Payer/Credit on account',
  component: 'alis-pay-outstanding',
  // One loader for every story (Storybook runs a component's loaders and a story's together):
  // a story says how its credit came about in `parameters.credit`.
  loaders: [({ parameters }) => payerWithCredit((parameters as { credit?: Parameters<typeof payerWithCredit>[0] }).credit ?? {})],
  args: { width: '48rem' },
  argTypes: { width: { control: 'text', description: 'Width of the box the widgets sit in (try 320px).' } },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}; display: grid; gap: 2rem">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, 'default-payer')?.token}>
          <alis-pay-outstanding></alis-pay-outstanding>
          <alis-invoices status="open"></alis-invoices>
          <alis-payment-history page-size="5"></alis-payment-history>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<CreditArgs>;

/** The credit covers everything Daniel owes: nothing to pay, and each open invoice says why. */
export const CreditCoversTheBalance: Story = {};

/** Part of the credit was refunded: Pay Invoice is offered again, up to what is owed net of the credit. */
export const PartlyCovered: Story = { parameters: { credit: { refundCents: 30_000 } } };

/** The billing office applied $120.00 of it: the payment's receipt says where, and what is still held. */
export const CreditApplied: Story = {
  parameters: { credit: { applyCents: 12_000 } },
  play: async ({ canvasElement }) => {
    const history = await until(() => canvasElement.querySelector('alis-payment-history'), 'the history');
    const toggle = await until(() => history.shadowRoot?.querySelector<HTMLButtonElement>('tr.payment button[aria-controls]'), 'the newest payment');
    toggle.click();
    await until(() => history.shadowRoot?.querySelector('.receipt-credit'), 'the credit in the receipt');
  },
};

/** At 320px. */
export const Narrow: Story = { args: { width: '320px' } };
