// The card tokenizer's fields for <alis-add-payment-method>: mounted in the light DOM (Stripe's
// iframe cannot live in a shadow root), their readiness and error, and the token made from them.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CardTokenizeError, type CardEntryState, type CardTokenizer, type TokenizedCard } from '../../sdk/tokenizers/card-tokenizer.js';
import type { TestCardLabels } from '../../sdk/tokenizers/test-card-fields.js';
import type { Translate } from '../../core/i18n/translate.js';

type CardEntryHost = ReactiveControllerHost & HTMLElement;

/** A problem with the card entry: the tokenizer's words, and which problem it is when it says. */
export interface CardEntryProblem {
  message: string;
  code?: CardTokenizeError['code'];
  field?: CardTokenizeError['field'];
}

/**
 * The card entry's problem in the reader's words: the tokenizer's own for an English reader (and
 * for a problem it does not name, e.g. Stripe's, which it words by locale), ours by its code otherwise.
 */
export function cardProblemSentence(problem: CardEntryProblem, t: Translate): string {
  if (t.lang === 'en' || !problem.code) return problem.message;
  switch (problem.code) {
    case 'unavailable':
      return t('Card entry could not be loaded. Check your connection, or add a bank account instead.');
    case 'declined':
      return t('The card was declined by its issuer. Try another card or contact your card issuer.');
    case 'failed':
      return t('The card could not be saved. Try again, or add a bank account instead.');
    case 'incomplete':
      switch (problem.field) {
        case 'number':
          return t('Enter the card number, every digit.');
        case 'expiry':
          return t('Enter the expiry date shown on the card (MM/YY).');
        case 'cvc':
          return t('Enter the security code (CVC).');
        default:
          return t('Check the card details.');
      }
    case 'invalid_number':
      return t('This card number is not valid. Check the digits and try again.');
    case 'invalid_expiry':
      return t('Check the expiry date: the card must not have expired.');
    case 'invalid_cvc':
      return t('Check the security code (CVC): it has only digits.');
  }
}

/**
 * The test card fields' words in the reader's language (Stripe's field has its own, by locale). The
 * fields write English themselves, and they are for development only: their words are keyed by
 * field (`test card fields|number`) and live only in the translations, so no production chunk of
 * ours carries the test fields' English.
 */
export function testCardLabels(t: Translate): Partial<TestCardLabels> {
  const said: Record<keyof TestCardLabels, string> = {
    testMode: t.ctx('test card fields', 'testMode'),
    testNumberHint: t.ctx('test card fields', 'testNumberHint'),
    number: t.ctx('test card fields', 'number'),
    expiry: t.ctx('test card fields', 'expiry'),
    expiryPlaceholder: t.ctx('test card fields', 'expiryPlaceholder'),
    cvc: t.ctx('test card fields', 'cvc'),
    cvcHint: t.ctx('test card fields', 'cvcHint'),
  };
  // A word nobody translated reads as its key: the fields' own English is then the better one.
  return Object.fromEntries(Object.entries(said).filter(([key, word]) => word !== key));
}

export class CardEntryController implements ReactiveController {
  readonly #host: CardEntryHost;
  #container: HTMLElement | null = null;
  #mounted: CardTokenizer | null = null;
  #ready = false;
  #error: CardEntryProblem | null = null;
  /** Whether the problem shown is one a Save found, counted in the form's "fields need attention". */
  #counted = false;
  /** The words the fields were last given, so a switch of language gives them the new ones. */
  #words: { t: Translate; locale: string | undefined } | null = null;
  /** A card tokenized for a save the server refused (e.g. a bad ZIP): reused until the card entry changes. */
  tokenized: TokenizedCard | null = null;

  constructor(host: CardEntryHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The tokenizer whose fields are on the page, if any. */
  get mounted(): CardTokenizer | null {
    return this.#mounted;
  }

  /** Whether the card fields are on screen and can be typed into. */
  get ready(): boolean {
    return this.#ready;
  }

  /** What is wrong with the card entry (from the tokenizer, or a failure to load it), or null. */
  get error(): CardEntryProblem | null {
    return this.#error;
  }

  set error(problem: CardEntryProblem | null) {
    this.#error = problem;
    this.#counted = false;
    this.#host.requestUpdate();
  }

  /**
   * Whether the problem shown was found by {@link validate}, so the form's one sentence about what
   * needs attention has said it already; a problem the tokenizer reports as the payer types, or a
   * failure to tokenize, is said where it is shown.
   */
  get counted(): boolean {
    return this.#counted && this.#error !== null;
  }

  /**
   * Has the tokenizer check what was entered, without tokenizing (see `CardTokenizer.validate`): it
   * shows each problem at its field and focuses the first, and the first is shown here too. Returns
   * how many card fields need attention. A card already tokenized and not changed since is fine; a
   * tokenizer that cannot check without tokenizing counts as fine here, and `tokenize` checks it.
   */
  validate(): number {
    if (this.tokenized || !this.#mounted?.validate) return 0;
    const problems = this.#mounted.validate();
    const first = problems[0];
    if (first) {
      this.error = { message: first.message, code: first.code, field: first.field };
      this.#counted = true;
    }
    return problems.length;
  }

  /** Puts `tokenizer`'s fields into a light-DOM container slotted as `card-entry`, in `t`'s words. */
  async mount(tokenizer: CardTokenizer, locale: string | undefined, t: Translate): Promise<void> {
    this.unmount();
    this.#mounted = tokenizer;
    this.#words = { t, locale };
    const container = document.createElement('div');
    container.slot = 'card-entry';
    this.#host.append(container);
    this.#container = container;
    this.#setReady(false);
    try {
      await tokenizer.mount(container, {
        ...(locale ? { locale } : {}),
        labels: testCardLabels(t),
        onChange: (state: CardEntryState) => {
          this.error = state.error === null ? null : { message: state.error, ...(state.code ? { code: state.code } : {}), ...(state.field ? { field: state.field } : {}) };
          this.tokenized = null;
        },
      });
      this.#setReady(true);
    } catch (error) {
      this.error =
        error instanceof CardTokenizeError
          ? { message: error.message, code: error.code, field: error.field }
          : // Kept in words of its own: no code names a failure that is not the tokenizer's.
            { message: t('Card entry could not be loaded. You can add a bank account instead.'), code: 'unavailable' };
    }
  }

  /** The reader's words changed (a switch of language): the mounted fields take them in place, keeping what was typed. */
  relabel(locale: string | undefined, t: Translate): void {
    if (!this.#mounted || (this.#words?.t === t && this.#words.locale === locale)) return;
    this.#words = { t, locale };
    this.#mounted.update?.({ ...(locale ? { locale } : {}), labels: testCardLabels(t) });
  }

  /** Takes the card fields off the page and forgets what they held. */
  unmount(): void {
    this.#mounted?.destroy();
    this.#mounted = null;
    this.#words = null;
    this.#container?.remove();
    this.#container = null;
    this.#setReady(false);
  }

  hostDisconnected(): void {
    this.unmount();
  }

  #setReady(ready: boolean): void {
    this.#ready = ready;
    this.#host.requestUpdate();
  }
}
