import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AlisConnectAccess } from '../src/components/connect-access/connect-access.js';
import { AlisAccessProfiles } from '../src/components/access-profiles/access-profiles.js';
import { AlisPcRequestMethod } from '../src/components/payment-center/request-payment-method.js';
import { inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// Registered here too, so the stories do not depend on which bundle registers the element (a second
// registration of the same class is a no-op).
AlisAccessProfiles.define('alis-access-profiles');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisConnectAccess.define('alis-connect-access');

interface AccessArgs {
  persona: 'staff' | 'default-payer';
  width: string;
}

/**
 * `<alis-connect-access>` against the mock billing engine, signed in as the billing office (Brenda
 * Lopez): every portal user and invitation (Linda Tran's is pending, Erik Lindqvist's expired, Susan
 * Whitaker-Hale's access revoked), the invite form, and the resend, change-profile and revoke
 * confirmations. Stories of a later state click through in `play`.
 */
const meta: Meta<AccessArgs> = {
  title: 'Staff/Connect access',
  component: 'alis-connect-access',
  loaders: [loadPersonas],
  args: { persona: 'staff', width: '80rem' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-connect-access></alis-connect-access>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<AccessArgs>;

const personasOf = (loaded: unknown) => (loaded as { personas: Persona[] }).personas;

async function widget(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-connect-access'), 'the widget');
  await until(() => element.shadowRoot?.querySelector('tbody tr[data-user-id], .notice'), 'the users');
  return element;
}

async function openInvite(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await widget(canvasElement);
  (await inShadow<HTMLButtonElement>(element, '[data-action="invite"]', 'the invite button')).click();
  await until(() => (element.shadowRoot?.querySelector<HTMLSelectElement>('#invite-party')?.options.length ?? 0) > 1, 'the residents');
  return element;
}

async function fillInvite(element: HTMLElement, values: { email: string; partyId: string; profileId: string; confirm: boolean }): Promise<void> {
  const email = await inShadow<HTMLInputElement>(element, '#invite-email');
  email.value = values.email;
  email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const party = await inShadow<HTMLSelectElement>(element, '#invite-party');
  party.value = values.partyId;
  party.dispatchEvent(new Event('change', { bubbles: true }));
  (await inShadow<HTMLInputElement>(element, `#invite-profile-${values.profileId}`)).click();
  if (values.confirm) (await inShadow<HTMLInputElement>(element, '#invite-confirm')).click();
}

async function openRowAction(canvasElement: HTMLElement, userId: string, action: 'resend' | 'profile' | 'revoke'): Promise<void> {
  const element = await widget(canvasElement);
  (await inShadow<HTMLButtonElement>(element, `tr[data-user-id="${userId}"] [data-action="${action}"]`, `the ${action} button`)).click();
  await inShadow(element, `tr[data-action-for="${userId}"] .action-panel`, `the ${action} confirmation`);
}

/** Everyone with portal access or an invitation: active, invited, expired and revoked. */
export const UsersList: Story = {};

/** The invite form: email, for whom (a resident or one of their contacts), profile with its permissions, and the required confirmation. */
export const InviteForm: Story = {
  play: async ({ canvasElement }) => {
    const element = await openInvite(canvasElement);
    await fillInvite(element, { email: 'grace.brooks@example.com', partyId: 'res-brooks', profileId: 'prof-financial-responsible-party', confirm: false });
  },
};

/** Sent without the confirmation: the form refuses at the checkbox and sends nothing. */
export const InviteMissingConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const element = await openInvite(canvasElement);
    await fillInvite(element, { email: 'grace.brooks@example.com', partyId: 'res-brooks', profileId: 'prof-view-only', confirm: false });
    (await inShadow<HTMLButtonElement>(element, '[data-action="send-invite"]')).click();
    await inShadow(element, '#invite-confirm-error', 'the confirmation error');
  },
};

/** An email that already has access: the engine's refusal shows at the email field, the form as typed. */
export const InviteEmailInUse: Story = {
  play: async ({ canvasElement }) => {
    const element = await openInvite(canvasElement);
    await fillInvite(element, { email: 'daniel.whitaker@example.com', partyId: 'con-susan-whitaker-hale', profileId: 'prof-view-only', confirm: true });
    (await inShadow<HTMLButtonElement>(element, '[data-action="send-invite"]')).click();
    await inShadow(element, '#invite-email-error', 'the refusal');
  },
};

/** Sent: the new person is listed as invited, and the outcome is announced. */
export const InvitationSent: Story = {
  play: async ({ canvasElement }) => {
    const element = await openInvite(canvasElement);
    await fillInvite(element, { email: 'grace.brooks@example.com', partyId: 'res-brooks', profileId: 'prof-financial-responsible-party', confirm: true });
    (await inShadow<HTMLButtonElement>(element, '[data-action="send-invite"]')).click();
    await inShadow(element, '.outcome', 'the outcome');
  },
};

/** Resending Linda Tran's invitation: the confirmation says the earlier link stops working. */
export const ResendConfirmation: Story = {
  play: async ({ canvasElement }) => openRowAction(canvasElement, 'invite-0001', 'resend'),
};

/** Revoking Daniel Whitaker: the confirmation says he loses access at once. */
export const RevokeConfirmation: Story = {
  play: async ({ canvasElement, loaded }) =>
    openRowAction(canvasElement, pickPersona(personasOf(loaded), 'default-payer')?.userId ?? '', 'revoke'),
};

/** Changing Daniel Whitaker's profile: each profile with its permissions in words. */
export const ChangeProfile: Story = {
  play: async ({ canvasElement, loaded }) =>
    openRowAction(canvasElement, pickPersona(personasOf(loaded), 'default-payer')?.userId ?? '', 'profile'),
};

/** Only invitations past their 30 days. */
export const ExpiredInvitations: Story = {
  render: (args, { loaded }) => html`
    <div style="max-width: ${args.width}">
      <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personasOf(loaded), 'staff')?.token}>
        <alis-connect-access status-filter="expired"></alis-connect-access>
      </alis-billing-provider>
    </div>
  `,
};

/** A payer's token: the staff-only notice instead of an odd failure. */
export const StaffOnly: Story = { args: { persona: 'default-payer' } };

/** A phone-sized box: the table scrolls inside its frame, the page does not. */
export const Narrow: Story = { args: { width: '320px' } };

/** User profiles open below the list: create, change and delete profiles; the choices above follow at once. */
export const UserProfiles: Story = {
  render: (args, { loaded }) => html`
    <div style="max-width: ${args.width}">
      <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personasOf(loaded), 'staff')?.token}>
        <alis-connect-access show-profiles></alis-connect-access>
      </alis-billing-provider>
    </div>
  `,
};

/** Karen Molloy was asked to add a payment method: "Email sent to karen.molloy@example.com". */
export const PaymentMethodRequested: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const karen = await until(
      () => [...(element.shadowRoot?.querySelectorAll('tr[data-user-id]') ?? [])].find((row) => row.textContent?.includes('Karen Molloy')),
      "Karen Molloy's row",
    );
    const request = await until(() => karen.querySelector<HTMLElement>('alis-pc-request-method'), 'the request button');
    (await inShadow<HTMLButtonElement>(request, '[data-action="request-method"]')).click();
    (await inShadow<HTMLButtonElement>(request, '[data-action="send-request"]', 'the confirmation')).click();
    await until(() => (request.shadowRoot?.querySelector('[data-sent]')?.textContent ?? '').trim() !== '', 'the outcome');
  },
};
