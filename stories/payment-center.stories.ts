import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PAYMENT_CENTER_TABS, type PaymentCenterTab } from '../src/components/payment-center/payment-center.js';
import { loadPersonas, pickPersona, type Persona } from './support.js';

interface CenterArgs {
  tab: PaymentCenterTab;
  persona: 'staff' | 'default-payer';
  width: string;
}

/** `<alis-payment-center>` as the billing team sees it: one story per tab, and a payer's token. */
const meta: Meta<CenterArgs> = {
  title: 'Staff/Payment Center',
  component: 'alis-payment-center',
  loaders: [loadPersonas],
  args: { tab: 'undeposited', persona: 'staff', width: '100%' },
  argTypes: {
    tab: { control: 'select', options: [...PAYMENT_CENTER_TABS] },
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    width: { control: 'text' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-payment-center tab=${args.tab}></alis-payment-center>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<CenterArgs>;

export const UndepositedPayments: Story = {};
export const Deposits: Story = { args: { tab: 'deposits' } };
export const Payers: Story = { args: { tab: 'payers' } };
export const Invoices: Story = { args: { tab: 'invoices' } };
export const PaymentHistory: Story = { args: { tab: 'history' } };
export const Settings: Story = { args: { tab: 'settings' } };
/** A payer's token: the Payment Center says it is for staff only. */
export const PayerSeesStaffOnly: Story = { args: { persona: 'default-payer' } };
/** A narrow box: tabs wrap, tables scroll inside their box. */
export const Narrow: Story = { args: { width: '360px' } };
