import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AlisAccessProfiles } from '../src/components/access-profiles/access-profiles.js';
import { inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// The same class the staff bundle registers, so either may come first.
AlisAccessProfiles.define('alis-access-profiles');

interface ProfilesArgs {
  persona: 'staff' | 'default-payer';
  width: string;
}

/**
 * `<alis-access-profiles>` against the mock billing engine, signed in as the billing office (Brenda
 * Lopez): the seeded profiles "Financial responsible party", "Pays bills" and "Views billing only"
 * with who has each. Stories of a later state click through in `play`.
 */
const meta: Meta<ProfilesArgs> = {
  title: 'Staff/User profiles',
  component: 'alis-access-profiles',
  loaders: [loadPersonas],
  args: { persona: 'staff', width: '64rem' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    width: { control: 'text', description: 'Width of the box the element sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-access-profiles></alis-access-profiles>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<ProfilesArgs>;

async function widget(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-access-profiles'), 'the element');
  await until(() => element.shadowRoot?.querySelector('tbody tr[data-profile-id], .notice'), 'the profiles');
  return element;
}

async function click(host: HTMLElement, selector: string, what = selector): Promise<void> {
  (await inShadow<HTMLButtonElement>(host, selector, what)).click();
}

async function typeName(host: HTMLElement, text: string): Promise<void> {
  const input = await inShadow<HTMLInputElement>(host, '#profile-name', 'the name field');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Every profile with what it allows and how many active users and pending invitations have it. */
export const List: Story = {};

/** The new-profile form: the three permissions, each explained plainly. */
export const CreateForm: Story = {
  play: async ({ canvasElement }) => {
    await click(await widget(canvasElement), '[data-action="create"]', 'New profile');
  },
};

/** The name is taken: the engine's words at the name field, with what was typed kept. */
export const NameTaken: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await click(element, '[data-action="create"]');
    await typeName(element, 'Pays bills');
    await click(element, '#permission-pay_bills');
    await click(element, 'form [data-action="save"]');
    await inShadow(element, '#profile-name-error', 'the conflict');
  },
};

/** Taking "pays" away from Financial responsible party: what that does to the 7 users and 1 invitation who have it, before saving. */
export const ChangeStatesEffect: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await click(element, 'tr[data-profile-id="prof-financial-responsible-party"] [data-action="edit"]', 'Change');
    await click(element, '#permission-pay_bills');
    await until(() => element.shadowRoot?.querySelector('[data-effect]')?.textContent?.includes('no longer'), 'the stated effect');
  },
};

/** "Views billing only" is in use: the refusal next to its row, with the counts. */
export const DeleteRefused: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await click(element, 'tr[data-profile-id="prof-view-only"] [data-action="delete"]', 'Delete');
    await click(element, '[data-action="confirm-delete"]', 'Delete profile');
    await inShadow(element, '[data-refusal]', 'the refusal');
  },
};

/** A payer's token gets the staff-only notice. */
export const StaffOnly: Story = { args: { persona: 'default-payer' } };

/** At 320px the table scrolls in its box and the form reflows. */
export const Narrow: Story = { ...ChangeStatesEffect, args: { width: '320px' } };
