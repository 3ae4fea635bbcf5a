import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { userEvent } from 'storybook/test';
import '../src/define/alis-amount-input.js';
import { hostWords } from './host-words.js';

interface AmountInputArgs {
  label: string;
  hint: string;
  currency: string;
  locale: string | undefined;
  valueCents: number | null;
  min: number;
  max: number | undefined;
  required: boolean;
  disabled: boolean;
  errorText: string | null;
  width: string;
}

/**
 * The host's own words below (the label, hints, an error it passes in) in Spanish too, as a host
 * page in both languages gives them: read in the page's language, switched with it.
 */
const spanish: Readonly<Record<string, string>> = {
  'Amount to pay': 'Monto a pagar',
  'Your balance is $1,234.56. You can pay part of it now.': 'Su saldo es $1,234.56. Puede pagar una parte ahora.',
  'The balance of this invoice is now $1,180.00, so you can pay at most $1,180.00.':
    'El saldo de esta factura ahora es $1,180.00, así que puede pagar como máximo $1,180.00.',
  'You can pay up to 2.000,00 €.': 'Puede pagar hasta 2.000,00 €.',
};

/** The host's `text` in the page's language (a text with no Spanish above reads as typed). */
const inPageLanguage = (text: string | null) => hostWords(text ? { en: text, es: spanish[text] } : null);

/**
 * `<alis-amount-input>` in a form with a Pay button; submitting shows what the form would send.
 * Type amounts the way a payer would: `1,234.56`, `1.234,56`, `12,5`, `$20`. Amounts are written
 * in the page's language when no locale is set.
 */
const meta: Meta<AmountInputArgs> = {
  title: 'Forms/Amount input',
  component: 'alis-amount-input',
  args: {
    label: 'Amount to pay',
    hint: '',
    currency: 'USD',
    valueCents: null,
    min: 1,
    max: undefined,
    required: true,
    disabled: false,
    errorText: null,
    width: '24rem',
  },
  argTypes: {
    currency: { control: 'inline-radio', options: ['USD', 'EUR', 'GBP', 'JPY'] },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] },
    width: { control: 'text', description: 'Width of the form the field sits in (try 320px).' },
  },
  render: (args) => html`
    <form style="display: grid; gap: 1rem; max-width: ${args.width}" @submit=${showSubmission}>
      <alis-amount-input
        name="amount"
        .label=${inPageLanguage(args.label)}
        .hint=${inPageLanguage(args.hint || null)}
        currency=${args.currency}
        locale=${ifDefined(args.locale)}
        .valueCents=${args.valueCents}
        .min=${args.min}
        .max=${args.max}
        ?required=${args.required}
        ?disabled=${args.disabled}
        .errorText=${inPageLanguage(args.errorText)}
      ></alis-amount-input>
      <div><button>Pay</button></div>
      <output aria-live="polite"></output>
    </form>
  `,
};
export default meta;

function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const amount = new FormData(form).get('amount');
  const output = form.querySelector('output');
  if (output) output.textContent = `The form would send amount=${String(amount ?? '(nothing)')} (minor units).`;
}

type Story = StoryObj<AmountInputArgs>;

/** Nothing typed yet. Pressing Pay shows "Enter an amount." */
export const Empty: Story = {};

/** The host prefilled the amount (e.g. the invoice's balance), shown in the payer's format. */
export const Prefilled: Story = { args: { valueCents: 25000 } };

/** Paying toward one invoice: at most its balance, with the balance in the hint. */
export const WithMax: Story = {
  name: 'With max (balance)',
  args: { valueCents: 123456, max: 123456, hint: 'Your balance is $1,234.56. You can pay part of it now.' },
};

/** The payer typed more decimals than dollars have, and left the field. */
export const InvalidText: Story = {
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('alis-amount-input');
    await field?.updateComplete;
    const input = field?.shadowRoot?.querySelector('input');
    if (!input) throw new Error('The amount input did not render.');
    await userEvent.type(input, '12.345');
    await userEvent.tab();
  },
};

/** The server refused the amount (`amount_exceeds_balance`); the host shows its message in the field. */
export const HostError: Story = {
  name: 'Host error (errorText)',
  args: {
    valueCents: 150000,
    errorText: 'The balance of this invoice is now $1,180.00, so you can pay at most $1,180.00.',
  },
};

/** While a payment is being submitted. */
export const Disabled: Story = { args: { valueCents: 2500, disabled: true } };

/** A payer in Germany paying in euros: `1.234,56 €`, and `12,5` reads as 12,50 €. */
export const EuroGermany: Story = {
  name: 'Euro in de-DE',
  args: { currency: 'EUR', locale: 'de-DE', valueCents: 123456, max: 200000, hint: 'You can pay up to 2.000,00 €.' },
};
