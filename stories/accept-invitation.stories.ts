import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AlisAcceptInvitation } from '../src/components/accept-invitation/accept-invitation.js';
import { clickButton, until } from './support.js';

// Registered here too, so the stories do not depend on which bundle registers the element (a second
// registration of the same class is a no-op).
AlisAcceptInvitation.define('alis-accept-invitation');

interface AcceptArgs {
  token: string;
  width: string;
}

/** The seeded pending invitation: Linda Tran, a contact of Walter Nguyen, with the View only profile. */
const LINDA_TOKEN = 'mock-invite-linda-tran';

/**
 * `<alis-accept-invitation>` as the invited person sees it from the emailed link, with no one
 * signed in (the provider has no token), against the mock billing engine.
 */
const meta: Meta<AcceptArgs> = {
  title: 'Payer/Accept invitation',
  component: 'alis-accept-invitation',
  args: { token: LINDA_TOKEN, width: '40rem' },
  argTypes: {
    token: { control: 'text', description: 'The token from the invitation link.' },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args) => html`
    <div style="max-width: ${args.width}">
      <alis-billing-provider base-url="/api/v1">
        <alis-accept-invitation token=${args.token}></alis-accept-invitation>
      </alis-billing-provider>
    </div>
  `,
};
export default meta;

type Story = StoryObj<AcceptArgs>;

async function widget(canvasElement: HTMLElement): Promise<AlisAcceptInvitation> {
  const element = await until(() => canvasElement.querySelector('alis-accept-invitation'), 'the widget');
  await until(() => element.state !== 'loading', 'the invitation');
  return element;
}

/** Who invited whom, for which resident, with which access; the name is offered from the invitation. */
export const Preview: Story = {};

/** Accepted: the welcome (the host page signs the person in from `alis-invitation-accepted`). */
export const Accepted: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Accept invitation');
    await until(() => element.state === 'accepted', 'the welcome');
  },
};

/** The link is more than 30 days old. */
export const Expired: Story = {
  loaders: [
    async () => {
      await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 31 }) });
      return {};
    },
  ],
};

/** The link was already accepted. */
export const AlreadyUsed: Story = {
  loaders: [
    async () => {
      await fetch(`/api/v1/invitations/${LINDA_TOKEN}/accept`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ displayName: 'Linda Tran' }),
      });
      return {};
    },
  ],
};

/** A link that is not valid, e.g. one replaced when the invitation was resent. */
export const InvalidLink: Story = { args: { token: 'mock-invite-replaced-link' } };

/** Opened without a token. */
export const MissingToken: Story = { args: { token: '' } };

/** A phone-sized box. */
export const Narrow: Story = { args: { width: '320px' } };
