import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { mockBackend } from '../src/mock-server/handlers.js';
import { createAlisClient } from '../src/sdk/index.js';
import { fillWithHostileData, HOSTILE, PWNED_FLAG, type HostileScenario } from '../test/support/hostile-data.js';
import { until } from './support.js';

type View = 'payer' | 'staff' | 'invitation';

interface HostileArgs {
  width: string;
}

/** Text shown by `root`, shadow trees included. */
function shownText(root: Node): string {
  let text = '';
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
    if (child instanceof Element && child.shadowRoot) text += shownText(child.shadowRoot);
    text += shownText(child);
  }
  return text;
}

/** Waits until the story shows `payload` as text, then fails if any payload ran. */
async function showsAsText(canvasElement: HTMLElement, payload: string): Promise<void> {
  await until(() => shownText(canvasElement).includes(payload), `showing ${payload} as text`);
  if ((window as Window & { [PWNED_FLAG]?: unknown })[PWNED_FLAG] !== undefined) throw new Error('story play: a hostile payload ran');
}

const views: Record<View, (scenario: HostileScenario) => TemplateResult> = {
  payer: (scenario) => html`
    <alis-billing-provider base-url="/api/v1" .token=${scenario.payerToken}>
      <alis-pay-outstanding></alis-pay-outstanding>
      <alis-invoices status="all"></alis-invoices>
      <alis-payment-history></alis-payment-history>
      <alis-payment-methods></alis-payment-methods>
      <alis-payment-guide></alis-payment-guide>
    </alis-billing-provider>
  `,
  staff: (scenario) => html`
    <alis-billing-provider base-url="/api/v1" .token=${scenario.staffToken}>
      <alis-payment-center tab="history"></alis-payment-center>
      <alis-connect-access></alis-connect-access>
      <alis-audit-trail subject-type="payer" subject-id=${scenario.payerPartyId}></alis-audit-trail>
    </alis-billing-provider>
  `,
  invitation: (scenario) => html`<alis-billing-provider base-url="/api/v1">
    <alis-accept-invitation token=${scenario.invitationToken}></alis-accept-invitation>
  </alis-billing-provider>`,
};

/**
 * A community whose every shown text is an attack — names, nicknames, addresses, invoice lines,
 * reasons of voids, refunds and returns, the billing office, a profile, an invitation, a deposit
 * reference — filled with `<img onerror>`, `<script>`, `<svg onload>`, `javascript:` URLs,
 * template expressions, right-to-left overrides, zero-width characters and very long words. Every
 * widget shows them as the text they are; nothing runs and nothing is parsed as HTML.
 */
const meta: Meta<HostileArgs & { view: View }> = {
  title: 'Security/Hostile data',
  // One loader for every story (Storybook runs a component's loaders and a story's together): the
  // seed, just reset by the preview, is filled with payloads through the API and the store.
  loaders: [
    async () => ({
      scenario: await fillWithHostileData(mockBackend, (token) => createAlisClient({ baseUrl: '/api/v1', getToken: () => token })),
    }),
  ],
  args: { width: '72rem', view: 'payer' },
  argTypes: {
    width: { control: 'text', description: 'Width of the box the widgets sit in (try 320px: long words must wrap).' },
    view: { table: { disable: true } },
  },
  render: (args, { loaded }) => html`
    <div style="max-width: ${args.width}; display: grid; gap: 2rem">${views[args.view]((loaded as { scenario: HostileScenario }).scenario)}</div>
  `,
};
export default meta;

type Story = StoryObj<HostileArgs & { view: View }>;

/** The payer's page: Pay Outstanding, invoices, payment history, payment methods and the guide. */
export const PayerPage: Story = {
  play: async ({ canvasElement }) => showsAsText(canvasElement, HOSTILE.cardNickname),
};

/** The Payment Center's history with void, refund and return reasons, Connect access and a payer's audit trail. */
export const PaymentCenter: Story = {
  args: { view: 'staff' },
  play: async ({ canvasElement }) => showsAsText(canvasElement, HOSTILE.voidReason),
};

/** An invitation whose community, resident, profile, inviter and email are all payloads. */
export const Invitation: Story = {
  args: { view: 'invitation' },
  play: async ({ canvasElement }) => showsAsText(canvasElement, HOSTILE.invitationEmail),
};

/** The payer's page in a narrow box: long words and payloads wrap instead of widening the page. */
export const PayerPageNarrow: Story = {
  args: { width: '320px' },
  play: async ({ canvasElement }) => showsAsText(canvasElement, HOSTILE.cardNickname),
};
