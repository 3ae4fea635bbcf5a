import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AlisPcSettings } from '../src/components/payment-center/settings-panel.js';
import { AlisAuditTrail } from '../src/components/audit-trail/audit-trail.js';
import { inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// The same classes the Payment Center's define module registers, so either may come first.
AlisAuditTrail.define('alis-audit-trail');
AlisPcSettings.define('alis-pc-settings');

interface SettingsArgs {
  persona: 'staff' | 'default-payer';
  width: string;
}

/**
 * The Payment Center's Settings tab alone, signed in as the billing office (Brenda Lopez): ALIS
 * Pay and ALIS Connect with what changing each does, fees, allocation, the billing office's contact,
 * the advance notice of pulls, and the settings' history. Stories of a later state click through
 * in `play`.
 */
const meta: Meta<SettingsArgs> = {
  title: 'Staff/Payment Center/Settings',
  component: 'alis-pc-settings',
  loaders: [loadPersonas],
  args: { persona: 'staff', width: '48rem' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-pc-settings></alis-pc-settings>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<SettingsArgs>;

async function panel(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-pc-settings'), 'the panel');
  await until(() => element.shadowRoot?.querySelector('form, .notice'), 'the settings');
  return element;
}

async function setText(host: HTMLElement, id: string, value: string): Promise<void> {
  const input = await inShadow<HTMLInputElement>(host, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function save(host: HTMLElement, outcome: string): Promise<void> {
  (await inShadow<HTMLButtonElement>(host, '[data-action="save"]')).click();
  await inShadow(host, outcome, 'the outcome');
}

/** The settings as seeded: both switches on, fees, allocation, office contact, 10 days' notice. */
export const Form: Story = {};

/** ALIS Connect switched off but not saved yet: what that does, next to Save, with the sentence payers will read. */
export const TurningConnectOff: Story = {
  play: async ({ canvasElement }) => {
    (await inShadow<HTMLInputElement>(await panel(canvasElement), '#portal')).click();
  },
};

/** ALIS Pay switched off but not saved yet: nobody can pay, staff cannot pull, void, refund or present again. */
export const TurningPayOff: Story = {
  play: async ({ canvasElement }) => {
    (await inShadow<HTMLInputElement>(await panel(canvasElement), '#gateway')).click();
  },
};

/** Debit cards ticked to pay the card fee, not saved yet: what that does, and the card network rule, next to Save. */
export const DebitCardsWouldPay: Story = {
  play: async ({ canvasElement }) => {
    (await inShadow<HTMLInputElement>(await panel(canvasElement), '#card-fee-debit')).click();
  },
};

/** A card fee of 2.5% + $1.00 capped at $25.00, saved: the outcome says what credit cards now pay. */
export const CappedCardFee: Story = {
  play: async ({ canvasElement }) => {
    const element = await panel(canvasElement);
    await setText(element, 'card-fee-flat', '1.00');
    await setText(element, 'card-fee-cap', '25.00');
    await save(element, '[data-message]:not(:empty)');
  },
};

/** "Card surcharges are not allowed in our state" switched on, not saved yet: no card will pay a fee (a setting, not legal advice). */
export const SurchargesOff: Story = {
  play: async ({ canvasElement }) => {
    (await inShadow<HTMLInputElement>(await panel(canvasElement), '#card-surcharges-off')).click();
  },
};

/** Saved with a new lead time and office email: the outcome is announced, and the opened history shows the change. */
export const SavedWithHistory: Story = {
  play: async ({ canvasElement }) => {
    const element = await panel(canvasElement);
    await setText(element, 'notice-days', '14');
    await setText(element, 'office-email', 'frontdesk@willowcreek.example');
    await save(element, '[data-message]:not(:empty)');
    const trail = await inShadow<HTMLElement>(element, 'alis-audit-trail');
    (await inShadow<HTMLButtonElement>(trail, 'button[part="toggle"]')).click();
    await inShadow(trail, 'li.entry', 'the history');
  },
};

/** The engine refuses the office email: its words at the field, what was typed kept. */
export const EmailRefused: Story = {
  play: async ({ canvasElement }) => {
    const element = await panel(canvasElement);
    await setText(element, 'office-email', 'not an email');
    await save(element, '[data-field-error="billingOffice.email"]');
  },
};

/** A payer's token gets the staff-only notice. */
export const StaffOnly: Story = { args: { persona: 'default-payer' } };

/** At 320px the form reflows. */
export const Narrow: Story = { ...TurningConnectOff, args: { width: '320px' } };
