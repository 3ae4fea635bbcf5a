// The card tokenizer's fields for <alis-add-payment-method>: mounted in the light DOM (Stripe's
// iframe cannot live in a shadow root), their readiness and error, and the token made from them.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CardTokenizeError, type CardTokenizer, type TokenizedCard } from '../../sdk/tokenizers/card-tokenizer.js';
import type { Translate } from '../../core/i18n/translate.js';

type CardEntryHost = ReactiveControllerHost & HTMLElement;

export class CardEntryController implements ReactiveController {
  readonly #host: CardEntryHost;
  #container: HTMLElement | null = null;
  #mounted: CardTokenizer | null = null;
  #ready = false;
  #error: string | null = null;
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

  /** What is wrong with the card entry, in words (from the tokenizer), or null. */
  get error(): string | null {
    return this.#error;
  }

  set error(message: string | null) {
    this.#error = message;
    this.#host.requestUpdate();
  }

  /** Puts `tokenizer`'s fields into a light-DOM container slotted as `card-entry`; `t` words a failure to load them. */
  async mount(tokenizer: CardTokenizer, locale: string | undefined, t: Translate): Promise<void> {
    this.unmount();
    this.#mounted = tokenizer;
    const container = document.createElement('div');
    container.slot = 'card-entry';
    this.#host.append(container);
    this.#container = container;
    this.#setReady(false);
    try {
      await tokenizer.mount(container, {
        ...(locale ? { locale } : {}),
        onChange: ({ error }) => {
          this.error = error;
          this.tokenized = null;
        },
      });
      this.#setReady(true);
    } catch (error) {
      this.error = error instanceof CardTokenizeError ? error.message : t('Card entry could not be loaded. You can add a bank account instead.');
    }
  }

  /** Takes the card fields off the page and forgets what they held. */
  unmount(): void {
    this.#mounted?.destroy();
    this.#mounted = null;
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
