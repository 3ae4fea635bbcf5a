import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockFaults } from '../src/mock-server/handlers.js';
import { clickButton, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

interface FaultArgs {
  width: string;
}

/**
 * The payer's pay flow when the network misbehaves, through the mock's fault layer (the same one
 * the tests schedule). Any story can be tried slow, flaky, offline or failing with 500s with
 * "Network" in the toolbar (not as stories of their own: a story that starts offline races
 * the mock worker's first-visit reload in the story check).
 */
const meta: Meta<FaultArgs> = {
  title: 'Payer/Pay under network faults',
  component: 'alis-pay-outstanding',
  loaders: [loadPersonas],
  args: { width: '40rem' },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, 'default-payer')?.token}>
          <alis-pay-outstanding></alis-pay-outstanding>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<FaultArgs>;

async function toReview(canvasElement: HTMLElement): Promise<HTMLElement> {
  const widget = await until(() => canvasElement.querySelector<HTMLElement>('alis-pay-outstanding'), 'the widget');
  await clickButton(widget, 'Pay outstanding balance');
  const flow = await inShadow<HTMLElement>(widget, 'alis-pay-flow', 'the pay flow');
  await until(() => flow.shadowRoot?.querySelector('fieldset.methods'), 'the payment methods');
  await clickButton(flow, 'Review payment');
  await until(() => flow.shadowRoot?.querySelector('dl.review'), 'the review step');
  return flow;
}

/**
 * The engine takes the payment, but every answer is lost on the way back (12 attempts: the SDK's
 * retries and the flow's three checks). After about seven seconds the flow says it could not
 * confirm the payment; "Check again" then finds the one payment and shows its receipt.
 */
export const PaymentUnconfirmed: Story = {
  play: async ({ canvasElement }) => {
    const flow = await toReview(canvasElement);
    mockFaults.schedule([{ method: 'POST', path: '/payments', kind: 'network-error', when: 'after', times: 12 }]);
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.textContent?.includes('We could not confirm your payment'), 'the unconfirmed step', 20_000);
  },
};

/**
 * The connection dropped after the payment was sent: the flow checks, with the same key, whether it
 * went through. The engine takes the payment; the answers to the first send (the SDK's three tries)
 * and to the first check are lost, and the next check gets no answer for a minute, so the story
 * stays on this step long enough to be looked at (and screenshotted) rather than moving on to the
 * receipt.
 */
export const CheckingPayment: Story = {
  play: async ({ canvasElement }) => {
    const flow = await toReview(canvasElement);
    mockFaults.schedule([
      { method: 'POST', path: '/payments', kind: 'network-error', when: 'after', times: 4 },
      // Held, then dropped before the engine: a slow answer would still pay, a minute later, in
      // whatever story the page shows by then.
      { method: 'POST', path: '/payments', kind: 'timeout', delayMs: 60_000, times: Infinity },
    ]);
    await clickButton(flow, 'Pay $');
    await until(() => flow.shadowRoot?.textContent?.includes('Checking your payment'), 'the checking step');
  },
};
