import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { AlisPcUndeposited } from '../src/components/payment-center/undeposited-panel.js';
import { AlisPcDeposits } from '../src/components/payment-center/deposits-panel.js';
import { AlisPcSettings } from '../src/components/payment-center/settings-panel.js';
import type { PaymentPage } from '../src/sdk/types.js';
import { mockBackend } from '../src/mock-server/handlers.js';
import { withUndepositedPayments } from '../src/mock-server/engine/long-lists.js';
import { api, clickButton, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// Registered here too, so the stories do not depend on which bundle registers the panels (a second
// registration of the same class is a no-op).
AlisPcUndeposited.define('alis-pc-undeposited');
AlisPcDeposits.define('alis-pc-deposits');
AlisPcSettings.define('alis-pc-settings');

interface PanelArgs {
  panel: 'undeposited' | 'deposits' | 'settings';
  persona: 'staff' | 'default-payer';
  width: string;
}

function panel(kind: PanelArgs['panel']): TemplateResult {
  switch (kind) {
    case 'undeposited':
      return html`<alis-pc-undeposited></alis-pc-undeposited>`;
    case 'deposits':
      return html`<alis-pc-deposits></alis-pc-deposits>`;
    case 'settings':
      return html`<alis-pc-settings></alis-pc-settings>`;
  }
}

const tagOf: Record<PanelArgs['panel'], string> = {
  undeposited: 'alis-pc-undeposited',
  deposits: 'alis-pc-deposits',
  settings: 'alis-pc-settings',
};

/**
 * The Payment Center's Undeposited Payments, Deposits and Settings panels against the mock billing
 * engine, signed in as the billing office (Brenda Lopez). Each panel also works alone inside
 * `<alis-billing-provider>`, as here; `<alis-payment-center>` shows them as tabs.
 */
const meta: Meta<PanelArgs> = {
  title: 'Staff/Payment Center/Deposits',
  component: 'alis-pc-undeposited',
  loaders: [loadPersonas],
  args: { panel: 'undeposited', persona: 'staff', width: '64rem' },
  argTypes: {
    panel: { control: 'inline-radio', options: ['undeposited', 'deposits', 'settings'] },
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>${panel(args.panel)}</alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<PanelArgs>;

async function widget(canvasElement: HTMLElement, kind: PanelArgs['panel']): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>(tagOf[kind]), 'the panel');
  await until(() => element.shadowRoot?.querySelector('table, form, .notice'), 'the panel content');
  return element;
}

async function selectFirstTwo(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await widget(canvasElement, 'undeposited');
  const boxes = await until(() => {
    const found = element.shadowRoot?.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
    return found && found.length >= 2 ? found : null;
  }, 'two payments');
  boxes[0]?.click();
  boxes[1]?.click();
  await until(() => element.shadowRoot?.querySelector('[data-selection]')?.textContent?.includes('2 payments selected'), 'the selection total');
  return element;
}

async function openConfirmation(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await selectFirstTwo(canvasElement);
  await clickButton(element, 'Deposit 2 payments');
  await inShadow(element, '[data-confirmation]', 'the confirmation');
  return element;
}

/** Every payment not yet deposited: portal payments and billing-team pulls, newest first. */
export const UndepositedList: Story = {};

/**
 * A busy office: 600 more undeposited payments, shown 300 at a time. Only the rows within a
 * screen's height of what is shown are in the document (the rest stand in as empty space of their
 * height); scroll, Tab through the checkboxes or select some and scroll away: nothing jumps and
 * nothing is lost.
 */
export const LongList: Story = {
  loaders: [
    () => {
      mockBackend.load(withUndepositedPayments(mockBackend.state, 600));
      return {};
    },
  ],
  render: (args, { loaded }) => html`
    <div style="max-width: ${args.width}">
      <alis-billing-provider base-url="/api/v1" .token=${pickPersona((loaded as { personas: Persona[] }).personas, args.persona)?.token}>
        <alis-pc-undeposited .pageSize=${300}></alis-pc-undeposited>
      </alis-billing-provider>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement, 'undeposited');
    await until(() => element.shadowRoot?.querySelector('.row-stand-in'), 'the rows far from the screen standing in');
  },
};

/** Two payments selected: the live count and their total charged (fees included: what the deposit brings to the bank). */
export const SelectionWithTotal: Story = {
  play: async ({ canvasElement }) => {
    await selectFirstTwo(canvasElement);
  },
};

/** The confirmation before depositing: count, total and the payments; focus is on its heading. */
export const DepositConfirmation: Story = {
  play: async ({ canvasElement }) => {
    await openConfirmation(canvasElement);
  },
};

/** The batch just created (reference, date, count, total); the deposited payments left the list. */
export const CreatedBatch: Story = {
  play: async ({ canvasElement }) => {
    const element = await openConfirmation(canvasElement);
    (await inShadow<HTMLButtonElement>(element, 'button[data-action="confirm-deposit"]')).click();
    await inShadow(element, '[data-created]', 'the created deposit');
  },
};

/** Another staff member deposited one of the payments while the confirmation was open: the engine refuses, nothing changes. */
export const DepositRefused: Story = {
  play: async ({ canvasElement, loaded }) => {
    const element = await openConfirmation(canvasElement);
    const staff = pickPersona((loaded as { personas: Persona[] }).personas, 'staff')?.token ?? '';
    const second = element.shadowRoot?.querySelectorAll<HTMLElement>('[data-confirmation] li[data-payment-id]')[1]?.dataset['paymentId'];
    if (second) await api(staff, 'POST', '/staff/deposits', { paymentIds: [second] });
    (await inShadow<HTMLButtonElement>(element, 'button[data-action="confirm-deposit"]')).click();
    await inShadow(element, '[data-problem]', 'the refusal');
  },
};

/** Nothing waiting to be deposited. */
export const Empty: Story = {
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      const staff = pickPersona(personas, 'staff')?.token ?? '';
      const page = (await api(staff, 'GET', '/staff/payments?deposited=false&limit=500')) as PaymentPage;
      if (page.items.length > 0) await api(staff, 'POST', '/staff/deposits', { paymentIds: page.items.map((p) => p.id) });
      return {};
    },
  ],
};

/** A payer's token: the panel says it is for the billing team. */
export const PayerSeesStaffOnly: Story = { args: { persona: 'default-payer' } };

/** Every deposit batch, newest first, with total, adjustments and net, and one expanded to show its payments. */
export const DepositsList: Story = {
  args: { panel: 'deposits' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement, 'deposits');
    (await inShadow<HTMLButtonElement>(element, 'button[data-action="toggle"]', 'a deposit')).click();
    await inShadow(element, '[data-payments-of]', 'the deposit’s payments');
  },
};

/** Signs in as staff and the default payer, and has the payer pay part of an invoice from a bank account: a debit that settles in two business days. */
async function payByBank(): Promise<void> {
  const { personas } = await loadPersonas();
  const payer = pickPersona(personas, 'default-payer')?.token ?? '';
  const methods = (await api(payer, 'GET', '/payment-methods')) as { items: { id: string; type: string; usable: boolean }[] };
  const invoices = (await api(payer, 'GET', '/invoices?status=open')) as { items: { id: string }[] };
  const method = methods.items.find((m) => m.type === 'bank_account' && m.usable);
  const invoice = invoices.items[0];
  if (method && invoice) {
    await api(payer, 'POST', '/payments', { methodId: method.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 12_345, currency: 'USD' });
  }
}

/**
 * A bank debit still settling is listed with the day it can be deposited ("Settling — can be
 * deposited on Nov 27, 2026"), has no checkbox, and is left out of "select all" and the total.
 */
export const SettlingDebit: Story = {
  loaders: [
    async () => {
      await payByBank();
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement, 'undeposited');
    await inShadow(element, 'tr[data-settling]', 'the settling debit');
    (await inShadow<HTMLInputElement>(element, 'input[data-select-all]')).click();
  },
};

/**
 * The seed's DEP-20261106: one of its debits came back (R01) after it was deposited. The deposit
 * keeps its total, shows the return as an adjustment, and its net is what the bank keeps.
 * Expanded to show the adjustment beside the payments.
 */
export const DepositWithAdjustment: Story = {
  args: { panel: 'deposits' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement, 'deposits');
    const row = await until(
      () => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr[data-deposit-id]') ?? [])].find((tr) => tr.textContent?.includes('DEP-20261106')),
      'the adjusted deposit',
    );
    row.querySelector<HTMLButtonElement>('button[data-action="toggle"]')?.click();
    await inShadow(element, '[data-adjustments]', 'the adjustments');
  },
};

/**
 * The deposit report of DEP-20261106 after the return: every line with amount, fee, charged,
 * adjustments and net, the totals, and the adjustment. "Print" prints the report alone (its print
 * stylesheet hides the buttons); "Download CSV" saves DEP-20261106.csv.
 */
export const DepositReport: Story = {
  args: { panel: 'deposits' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement, 'deposits');
    const row = await until(
      () => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr[data-deposit-id]') ?? [])].find((tr) => tr.textContent?.includes('DEP-20261106')),
      'the adjusted deposit',
    );
    row.querySelector<HTMLButtonElement>('button[data-action="report"]')?.click();
    await inShadow(element, '[data-report]', 'the report');
  },
};

/** The community's billing settings: enablement, fees in percent and basis points, allocation policy. */
export const Settings: Story = { args: { panel: 'settings', width: '44rem' } };

/** A 3.5% card fee is refused at the field (at most 3.00%, 300 basis points); nothing is saved. */
export const SettingsError: Story = {
  args: { panel: 'settings', width: '44rem' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement, 'settings');
    const fee = await inShadow<HTMLInputElement>(element, '#card-fee', 'the card fee');
    fee.value = '3.5';
    fee.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await clickButton(element, 'Save settings');
    await inShadow(element, '[data-field-error="cardFeeBasisPoints"]', 'the field error');
  },
};

/** ALIS Pay switched off and saved: nobody can pay, and the billing team cannot pull, void or refund; the panel says so. */
export const SettingsPaymentsOff: Story = {
  args: { panel: 'settings', width: '44rem' },
  loaders: [
    async () => {
      const { personas } = await loadPersonas();
      await api(pickPersona(personas, 'staff')?.token ?? '', 'PATCH', '/staff/settings', { gatewayEnabled: false });
      return {};
    },
  ],
};

/** A phone-sized box: the table scrolls inside its frame, everything else reflows. */
export const Narrow: Story = { args: { width: '320px' } };
