import { html, css, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { AlisElement } from '../shared/alis-element.js';
import { alisClientContext } from '../shared/client-context.js';
import { alisTokenizerContext } from '../shared/tokenizer-context.js';
import { createAlisClient, type AlisClient } from '../../sdk/index.js';
import type { CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';

/** A function that returns the current bearer token, e.g. from the host app's session. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * Connects the ALIS elements inside it to the billing API. It builds one SDK client from
 * `base-url` and the signed-in user's token and provides it to every descendant, so each widget
 * needs no configuration of its own. It renders only its children.
 *
 * @tagname alis-billing-provider
 * @summary Provides the billing API client to the ALIS elements inside it.
 * @slot - The ALIS elements (and any other content) that should use this connection.
 */
export class AlisBillingProvider extends AlisElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    baseUrl: { attribute: 'base-url' },
    token: {},
    getToken: { attribute: false },
    client: { attribute: false },
    tokenizer: { attribute: false },
  };

  /** The API's base URL, absolute or relative to the page. */
  declare baseUrl: string;

  /** The signed-in user's bearer token. Changing it makes every widget inside reload as that user. */
  declare token: string | undefined;

  /** Asked for the bearer token before every request; takes precedence over `token`. */
  declare getToken: TokenProvider | undefined;

  /** A ready SDK client to provide instead of building one (for custom fetch, retries or tests). */
  declare client: AlisClient | undefined;

  /**
   * How cards are collected: `createStripeTokenizer({ publishableKey })` in production, or
   * `createTestTokenizer({ enabled: true })` in development. Without one, payers can save bank accounts only.
   */
  declare tokenizer: CardTokenizer | undefined;

  readonly #provider = new ContextProvider(this, { context: alisClientContext });
  readonly #tokenizerProvider = new ContextProvider(this, { context: alisTokenizerContext });

  constructor() {
    super();
    this.baseUrl = '/api/v1';
  }

  /** The client currently provided to descendants. */
  get providedClient(): AlisClient | undefined {
    return this.#provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') || changed.has('token') || changed.has('getToken') || changed.has('client')) {
      this.#provider.setValue(this.client ?? this.#createClient());
    }
    if (changed.has('tokenizer')) this.#tokenizerProvider.setValue(this.tokenizer);
  }

  #createClient(): AlisClient {
    const getToken = this.getToken;
    const token = this.token;
    return createAlisClient({ baseUrl: this.baseUrl, getToken: getToken ?? (() => token) });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-billing-provider': AlisBillingProvider;
  }
}
