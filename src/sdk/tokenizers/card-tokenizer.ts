// The one seam between card entry and the rest of the library. A tokenizer owns the card fields
// (Stripe's iframe, or the clearly labelled test-mode fields) and hands back only a token, the
// brand, the last four digits, the expiry and how the card is funded: a card number never reaches our code, our DOM (in
// production) or the backend, which keeps a community's site in PCI SAQ A scope.
import type { AlisClient } from '../client.js';
import type { Address, CardBrand, CardFunding } from '../types.js';
import type { TestCardLabels } from './test-card-fields.js';

/** Who entered the card and where they live (Stripe uses it for address checks). */
export interface CardBillingDetails {
  name: string;
  address: Address;
}

/** What a tokenizer returns: everything `POST /payment-methods` needs for a card, and nothing more. */
export interface TokenizedCard {
  /** The provider's payment-method token (Stripe `pm_…`, or the test tokenizer's `tok_…`). */
  token: string;
  /** The setup intent the card was confirmed against, when the provider uses one. */
  setupIntentId?: string;
  /** `funding` is the network's word for the card (Stripe `card.funding`): whether it may pay a card fee depends on it. */
  card: { brand: CardBrand; last4: string; expMonth: number; expYear: number; funding: CardFunding };
}

/** Why tokenizing failed, in words for the payer, with the field concerned when there is one. */
export class CardTokenizeError extends Error {
  override name = 'CardTokenizeError';
  /** `incomplete`, `invalid_number`, `invalid_expiry`, `invalid_cvc`, `declined`, `unavailable` (provider not reachable) or `failed`. */
  readonly code: 'incomplete' | 'invalid_number' | 'invalid_expiry' | 'invalid_cvc' | 'declined' | 'unavailable' | 'failed';
  /** The card field concerned, if any. */
  readonly field: 'number' | 'expiry' | 'cvc' | null;

  constructor(code: CardTokenizeError['code'], message: string, field: CardTokenizeError['field'] = null, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.field = field;
  }
}

/** What the card entry tells `onChange`: whether it is complete, and the problem it shows, if any. */
export interface CardEntryState {
  complete: boolean;
  /** The problem shown, in the tokenizer's words, or null. */
  error: string | null;
  /** Which problem it is, when the tokenizer says (the test fields do). */
  code?: CardTokenizeError['code'];
  /** The field it is about, when the tokenizer says. */
  field?: CardTokenizeError['field'];
}

/** Options of {@link CardTokenizer.mount}. */
export interface MountOptions {
  /** BCP 47 locale for the card fields' own labels and messages. */
  locale?: string;
  /**
   * The test fields' words (banner, labels, hint) in the reader's language: the widgets pass
   * theirs. Stripe's field words itself by `locale`. Labels given to `createTestTokenizer` win.
   */
  labels?: Partial<TestCardLabels>;
  /**
   * Called whenever the entry becomes complete or incomplete, or shows or clears an error. The test
   * fields also say which problem it is (`code`) and in which field, so a widget can word it in the
   * reader's language; Stripe's field words its own messages by `locale`.
   */
  onChange?: (state: CardEntryState) => void;
}

/**
 * Card entry that ends in a token. Lifecycle: `mount` into a light-DOM container (Stripe Elements
 * cannot live inside a shadow root; elements slot the container into theirs) → `tokenize` once the
 * payer submits → `destroy` when the form closes.
 */
export interface CardTokenizer {
  /** `stripe` (real card entry) or `test` (development, stories and tests: never real cards). */
  readonly kind: 'stripe' | 'test';
  /** Renders the card fields into `container`. Loads the provider's script on first use. */
  mount(container: HTMLElement, options?: MountOptions): Promise<void>;
  /**
   * Turns what was entered into a token: asks the backend for a setup intent through `client`
   * where the provider needs one. Rejects with {@link CardTokenizeError}.
   */
  tokenize(billing: CardBillingDetails, context: { client: AlisClient; signal?: AbortSignal }): Promise<TokenizedCard>;
  /**
   * Checks what was entered without tokenizing it or asking anyone anything: shows each problem at
   * its field, moves focus to the first field that has one, and returns the problems in the order
   * the fields appear (none when the entry is complete), as `tokenize` would reject with the first.
   * A form calls it with its other fields' checks, so a payer learns of every problem at once.
   * Optional: without it, a form learns of the card's problems from `tokenize`.
   */
  validate?(): CardTokenizeError[];
  /**
   * The reader switched language: the mounted fields take the new `locale` and `labels` in place,
   * and what was typed stays. Optional: a tokenizer without it keeps its first words.
   */
  update?(options: Pick<MountOptions, 'locale' | 'labels'>): void;
  /** Moves focus to the first card field. */
  focus(): void;
  /** Removes the fields and forgets what was entered. */
  destroy(): void;
}
