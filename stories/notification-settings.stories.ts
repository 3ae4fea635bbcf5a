import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { api, clickButton, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

interface SettingsArgs {
  persona: 'default-payer' | 'staff';
  width: string;
}

const DANIEL = 'mock-token-daniel-whitaker';
const BRENDA = 'mock-token-brenda-lopez';

/** Starts from the seed (again: loaders run side by side) and then changes it through the engine. */
async function fromSeed(change: () => Promise<unknown>): Promise<Record<string, never>> {
  await fetch('/api/v1/__mock/reset', { method: 'POST' });
  await change();
  return {};
}

/**
 * `<alis-notification-settings>` against the mock billing engine: "Emails you receive", with the
 * optional emails as checkboxes saved with Save and the required ones listed with why.
 */
const meta: Meta<SettingsArgs> = {
  title: 'Payer/Email settings',
  component: 'alis-notification-settings',
  loaders: [loadPersonas],
  args: { persona: 'default-payer', width: '40rem' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['default-payer', 'staff'] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-notification-settings></alis-notification-settings>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<SettingsArgs>;

async function widget(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-notification-settings'), 'the widget');
  await until(() => element.shadowRoot?.querySelector('form, .notice'), 'the settings');
  return element;
}

/** Receipts and declined card payments on (the default); three emails always sent, each with why. */
export const Loaded: Story = {};

/** The payer turned both optional emails off. */
export const OptionalTurnedOff: Story = {
  loaders: [
    () =>
      fromSeed(() =>
        api(DANIEL, 'PATCH', '/notification-preferences', {
          changes: [
            { notice: 'payment_receipt', enabled: false },
            { notice: 'card_declined', enabled: false },
          ],
        }),
      ),
  ],
};

/** Turning receipts off and saving: the outcome is shown beside Save and announced. */
export const SavedReceiptsOff: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    (await inShadow<HTMLInputElement>(element, '#notice-payment_receipt')).click();
    await clickButton(element, 'Save');
    await until(() => element.shadowRoot?.querySelector('.outcome[data-tone="success"]'), 'the saved message');
  },
};

/**
 * Saving refused: the page still offered bank returns as optional (an older rule), the payer turned
 * them off, and the service refused. The refusal sits at that checkbox, which has focus, and the
 * choice is kept.
 */
export const SavingRefused: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/notification-preferences', () =>
        HttpResponse.json({
          email: 'daniel.whitaker@example.com',
          items: [
            { notice: 'payment_receipt', enabled: true, required: false },
            { notice: 'card_declined', enabled: true, required: false },
            { notice: 'bank_return', enabled: true, required: false },
            { notice: 'pull_advance_notice', enabled: true, required: true },
            { notice: 'payment_method_request', enabled: true, required: true },
          ],
        }),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    (await inShadow<HTMLInputElement>(element, '#notice-bank_return')).click();
    await clickButton(element, 'Save');
    await inShadow(element, 'li[data-notice="bank_return"] .problem', 'the refusal at its checkbox');
  },
};

/** The community switched the resident portal off: one calm sentence with the office's contact. */
export const PortalOff: Story = {
  loaders: [() => fromSeed(() => api(BRENDA, 'PATCH', '/staff/settings', { portalEnabled: false }))],
};

/** A billing-team account: the settings are for payers. */
export const StaffAccount: Story = { args: { persona: 'staff' } };

/** A phone-sized box. */
export const Narrow: Story = { args: { width: '320px' } };
