import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { api } from './support.js';

interface GuideArgs {
  portalUrl: string;
  width: string;
}

const BRENDA = 'mock-token-brenda-lopez';

/** Starts from the seed (again: loaders run side by side) and changes the community's settings as the billing office. */
function withSettings(settings: Record<string, unknown>) {
  return async (): Promise<Record<string, never>> => {
    await fetch('/api/v1/__mock/reset', { method: 'POST' });
    await api(BRENDA, 'PATCH', '/staff/settings', settings);
    return {};
  };
}

/**
 * `<alis-payment-guide>`: the printable "How to pay bills" guide, written from the community's public
 * settings. Nobody is signed in: the provider has no token.
 */
const meta: Meta<GuideArgs> = {
  title: 'Payer/How to pay bills guide',
  component: 'alis-payment-guide',
  args: { portalUrl: 'https://willowcreek.example/billing', width: '48rem' },
  argTypes: {
    portalUrl: { control: 'text', description: 'Where the resident portal is (printed in the sign-in steps).' },
    width: { control: 'text', description: 'Width of the box the guide sits in (try 320px).' },
  },
  render: (args) => html`
    <div style="max-width: ${args.width}">
      <alis-billing-provider base-url="/api/v1">
        <alis-payment-guide portal-url=${args.portalUrl}></alis-payment-guide>
      </alis-billing-provider>
    </div>
  `,
};
export default meta;

type Story = StoryObj<GuideArgs>;

/** The seeded community: a 2.5% card fee, no bank fee, billing-team collections with 10 days' notice. */
export const Seeded: Story = {};

/** Both fees, in percent, and a 7-day advance notice. */
export const WithFees: Story = {
  loaders: [withSettings({ cardFeeBasisPoints: 295, bankFeeBasisPoints: 50, pullNoticeLeadDays: 7 })],
};

/** Online payments (the gateway) switched off: seeing bills only, and no automatic collections. */
export const WithoutGateway: Story = {
  loaders: [withSettings({ gatewayEnabled: false })],
};

/** The resident portal switched off: the office's contact, no sign-in steps. */
export const PortalOff: Story = {
  loaders: [withSettings({ portalEnabled: false })],
};

/**
 * On a letter-sized page, as it prints: **Print this guide** opens the browser's print dialog, where
 * the button disappears and the text turns black on white.
 */
export const Printable: Story = {
  // White paper, as printed: the dark-theme contrast check (check-storybook) leaves it out.
  tags: ['own-colours'],
  render: (args) => html`
    <div style="max-width: 8.5in; padding: 0.75in; background: white; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); font-size: 12pt">
      <alis-billing-provider base-url="/api/v1">
        <alis-payment-guide portal-url=${args.portalUrl}></alis-payment-guide>
      </alis-billing-provider>
    </div>
  `,
};

/** A phone-sized box. */
export const Narrow: Story = { args: { width: '320px' } };
