import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fakeStripe } from './fake-stripe.js';
import { createAlisClient, type AlisClient } from '../src/sdk/index.js';
import { CardTokenizeError, TEST_CARD_NUMBERS, createStripeTokenizer, createTestTokenizer, type CardBillingDetails, type CardTokenizer } from '../src/sdk/tokenizers/index.js';
import { loadPersonas, pickPersona, until, type Persona } from './support.js';

interface TokenizerArgs {
  width: string;
}

const BILLING: CardBillingDetails = {
  name: 'Daniel Whitaker',
  address: { name: 'Daniel Whitaker', line1: '18 Elm Street', line2: null, city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' },
};

/**
 * The card tokenizers of the SDK, outside any widget: the fields a tokenizer mounts, and what
 * `tokenize` hands back (token, brand, last four digits, expiry — never the number). The test
 * tokenizer runs against the mock billing backend as the default payer; the Stripe tokenizer runs
 * against a fake Stripe, since Storybook never loads Stripe.js. Test numbers:
 * {@link TEST_CARD_NUMBERS}.
 */
const meta: Meta<TokenizerArgs> = {
  title: 'SDK/Card tokenizers',
  loaders: [loadPersonas],
  args: { width: '28rem' },
  argTypes: { width: { control: 'text', description: 'Width of the box the fields sit in (try 320px).' } },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    const token = pickPersona(personas, 'default-payer')?.token;
    const client = createAlisClient({ baseUrl: '/api/v1', getToken: () => token });
    return tokenizerDemo(createTestTokenizer({ enabled: true }), client, args.width, 'Test card entry');
  },
};
export default meta;

type Story = StoryObj<TokenizerArgs>;

/** A box with the tokenizer's fields, a Tokenize button and what tokenizing gave. */
function tokenizerDemo(tokenizer: CardTokenizer, client: AlisClient, width: string, heading: string): HTMLElement {
  const box = document.createElement('section');
  box.style.maxWidth = width;
  box.style.fontFamily = 'system-ui, sans-serif';
  const title = document.createElement('h2');
  title.textContent = heading;
  title.style.fontSize = '1.125rem';
  const fields = document.createElement('div');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Tokenize';
  button.style.cssText = 'min-height: 44px; margin-top: 1rem; padding: 0 1.25rem; font: inherit;';
  const output = document.createElement('output');
  output.setAttribute('aria-live', 'polite');
  output.style.cssText = 'display: block; margin-top: 1rem; white-space: pre-wrap; font-family: ui-monospace, monospace;';
  output.textContent = 'Nothing tokenized yet.';
  box.append(title, fields, button, output);
  if (tokenizer.kind === 'test') {
    const numbers = document.createElement('ul');
    numbers.setAttribute('aria-label', 'Test card numbers');
    numbers.style.cssText = 'margin-top: 1rem; padding-left: 1.25rem; font-size: 0.875rem; color: var(--alis-color-text-muted, #52606d);';
    for (const card of TEST_CARD_NUMBERS) {
      const item = document.createElement('li');
      item.textContent = `${card.number} (${card.brand}) → ${card.token}, ${card.outcome.replace('_', ' ')} when charged`;
      numbers.append(item);
    }
    box.append(numbers);
  }

  const mounting = tokenizer.mount(fields, { locale: 'en-US' }).catch((error: unknown) => {
    output.textContent = describeError(error);
  });
  button.addEventListener('click', async () => {
    await mounting;
    button.disabled = true;
    output.textContent = 'Tokenizing…';
    try {
      const { token, setupIntentId, card } = await tokenizer.tokenize(BILLING, { client });
      output.textContent = [
        `token: ${token}`,
        `setup intent: ${setupIntentId ?? '—'}`,
        `card: ${card.brand} ending ${card.last4}, expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`,
      ].join('\n');
    } catch (error) {
      output.textContent = describeError(error);
    } finally {
      button.disabled = false;
    }
  });
  return box;
}

function describeError(error: unknown): string {
  if (error instanceof CardTokenizeError) return `CardTokenizeError ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`;
  return `Unexpected: ${String(error)}`;
}

/** Types into a test-tokenizer field the way a browser reports typing (one `input` event). */
async function fill(canvas: HTMLElement, autocomplete: string, value: string): Promise<void> {
  const input = await until(() => canvas.querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`), `the ${autocomplete} field`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function clickTokenize(canvas: HTMLElement): Promise<void> {
  const button = await until(() => [...canvas.querySelectorAll('button')].find((b) => b.textContent === 'Tokenize'), 'the Tokenize button');
  button.click();
}

/** The test tokenizer's own fields, under their "Test mode" banner. */
export const TestTokenizer: Story = {};

/** 4242 4242 4242 4242 tokenized: the result shows `tok_visa_4242`, and the number and CVC are cleared. */
export const TestTokenizerTokenized: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'cc-number', '4242 4242 4242 4242');
    await fill(canvasElement, 'cc-exp', '12/30');
    await fill(canvasElement, 'cc-csc', '123');
    await clickTokenize(canvasElement);
    await until(() => canvasElement.querySelector('output')?.textContent?.startsWith('token:'), 'the token');
  },
};

/** A mistyped number, an expired card and a short CVC: each field says what is wrong. */
export const TestTokenizerErrors: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'cc-number', '4242 4242 4242 4241');
    await fill(canvasElement, 'cc-exp', '01/20');
    await fill(canvasElement, 'cc-csc', '12');
    await clickTokenize(canvasElement);
    await until(() => canvasElement.querySelector('output')?.textContent?.startsWith('CardTokenizeError'), 'the error');
  },
};

/** A phone-sized box: expiry and CVC wrap under each other. */
export const TestTokenizerNarrow: Story = { args: { width: '320px' } };

/** The backend of a community on Stripe, as far as the tokenizer sees it: one setup intent. */
const stripeBackend = {
  paymentMethods: {
    createSetupIntent: async () => ({ id: 'seti_storybook', provider: 'stripe', clientSecret: 'seti_storybook_secret', publishableKey: 'pk_test_storybook' }),
  },
} as unknown as AlisClient;

/** The Stripe tokenizer with a fake Stripe injected through `loadStripe`; Tokenize gives a `pm_…` token. */
export const StripeTokenizer: Story = {
  render: (args) =>
    tokenizerDemo(
      createStripeTokenizer({ publishableKey: 'pk_test_storybook', loadStripe: async () => fakeStripe() }),
      stripeBackend,
      args.width,
      'Stripe card entry (fake Stripe)',
    ),
};

/** Stripe.js could not load (offline, blocked): card entry says so and points to a bank account. */
export const StripeUnavailable: Story = {
  render: (args) =>
    tokenizerDemo(
      createStripeTokenizer({ publishableKey: 'pk_test_storybook', loadStripe: async () => null }),
      stripeBackend,
      args.width,
      'Stripe card entry that could not load',
    ),
};
