import { html, css, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { AlisElement } from '../shared/alis-element.js';
import { alisClientContext } from '../shared/client-context.js';
import { alisTokenizerContext } from '../shared/tokenizer-context.js';
import { createAlisClient, type AlisClient } from '../../sdk/index.js';
import type { CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';
import { AlisSessionExpiredEvent } from '../../events/session-events.js';
import { UserChangedError } from '../shared/session.js';

/** A function that returns the current bearer token, e.g. from the host app's session. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/** One signed-in user's connection: a client, and what the provider knows about whose it is. */
interface Session {
  client: AlisClient;
  /** Aborts everything the session's client is doing when another user signs in. */
  scope: AbortController;
  /** The token the session's requests carry; a different one is checked before it is used. */
  token: string | undefined;
  /** The signed-in user's id, learned from the first `GET /me` answered in this session. */
  userId: string | undefined;
  /** The service refused the token (401); `alis-session-expired` has been fired. */
  expired: boolean;
  /** The check of a new token under way: resolves true when it belongs to the same user. */
  checking: { token: string; sameUser: Promise<boolean> } | undefined;
}

/**
 * Connects the ALIS elements inside it to the billing API. It builds one SDK client from
 * `base-url` and the signed-in user's token and provides it to every descendant, so each widget
 * needs no configuration of its own. It renders only its children.
 *
 * The client stands for one signed-in **user**. A new token (the `token` property, or what
 * `getToken` returns) is checked with `GET /me` before it is used: the same user's new token (a
 * refresh, or signing in again after the session expired) carries on with nothing lost; another
 * user's token, or none (signed out), starts a new session: every widget aborts what it was doing,
 * drops everything it showed (open flows, notices, announcements) and loads as the new user. When
 * the service refuses the token (401) it fires `alis-session-expired` once; the widgets keep what
 * the user typed until a token arrives.
 *
 * @tagname alis-billing-provider
 * @summary Provides the billing API client to the ALIS elements inside it.
 * @slot - The ALIS elements (and any other content) that should use this connection.
 * @fires alis-session-expired - The service no longer accepts the token; supply a new one to carry on. `AlisSessionExpiredEvent`.
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

  /**
   * The signed-in user's bearer token. Another user's token (or none) makes every widget inside
   * start afresh as that user; a new token of the same user carries on.
   */
  declare token: string | undefined;

  /** Asked for the bearer token before every request; takes precedence over `token`. A different answer is checked like a new `token`. */
  declare getToken: TokenProvider | undefined;

  /** A ready SDK client to provide instead of building one (for custom fetch, retries or tests). */
  declare client: AlisClient | undefined;

  /**
   * How cards are collected: `createStripeTokenizer({ publishableKey })` in production, or
   * `createTestTokenizer()` in development. Without one, payers can save bank accounts only.
   */
  declare tokenizer: CardTokenizer | undefined;

  readonly #provider = new ContextProvider(this, { context: alisClientContext });
  readonly #tokenizerProvider = new ContextProvider(this, { context: alisTokenizerContext });

  constructor() {
    super();
    this.baseUrl = '/api/v1';
  }

  #session: Session | undefined;

  /** The client currently provided to descendants. */
  get providedClient(): AlisClient | undefined {
    return this.#provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.client) {
      if (changed.has('client')) this.#endSession();
      this.#provider.setValue(this.client);
    } else if (!this.#session || changed.has('baseUrl') || changed.has('client')) {
      this.#startSession();
    } else if (changed.has('token') || changed.has('getToken')) {
      // Check the new token now rather than at the next request, so the previous user's widgets
      // are cleared as soon as someone else signs in, not when they next ask for something.
      void this.#tokenFor(this.#session).catch(() => undefined);
    }
    if (changed.has('tokenizer')) this.#tokenizerProvider.setValue(this.tokenizer);
  }

  /** Starts a new user's session: the previous one's requests are aborted and every widget starts afresh. */
  #startSession(): Session {
    this.#endSession();
    const scope = new AbortController();
    const session: Session = { client: undefined as unknown as AlisClient, scope, token: undefined, userId: undefined, expired: false, checking: undefined };
    session.client = createAlisClient({
      baseUrl: this.baseUrl,
      signal: scope.signal,
      getToken: () => this.#tokenFor(session),
      fetch: (request) => this.#send(session, request),
    });
    // The first token is the session's own: nothing to compare it with.
    session.token = this.getToken ? undefined : (this.token ?? undefined);
    this.#session = session;
    this.#provider.setValue(session.client);
    return session;
  }

  #endSession(): void {
    this.#session?.scope.abort(new UserChangedError());
    this.#session = undefined;
  }

  /** The token to send: the host's current one, once it is known to belong to this session's user. */
  async #tokenFor(session: Session): Promise<string | undefined> {
    const token = (await (this.getToken ? this.getToken() : this.token)) ?? undefined;
    if (session !== this.#session) throw new UserChangedError();
    if (token === session.token) return token;
    if (session.token === undefined && session.userId === undefined && !session.expired) {
      // Nothing was loaded with another token yet (the first call of a `getToken` session).
      session.token = token;
      return token;
    }
    if (!token) {
      // Signed out: nobody's data stays on screen.
      this.#startSession();
      throw new UserChangedError();
    }
    if (session.checking?.token !== token) session.checking = { token, sameUser: this.#isSameUser(session, token) };
    const sameUser = await session.checking.sameUser;
    if (session !== this.#session) throw new UserChangedError();
    if (!sameUser) {
      this.#startSession().token = token;
      throw new UserChangedError();
    }
    if (session.checking?.token === token) session.checking = undefined;
    session.token = token;
    if (session.expired) {
      // Signed in again as the same user: widgets retry what failed and keep what was typed.
      session.expired = false;
      this.#provider.setValue(session.client, true);
    }
    return token;
  }

  /** Whether `token` belongs to the user this session has been showing (unknown counts as someone else). */
  async #isSameUser(session: Session, token: string): Promise<boolean> {
    if (session.userId === undefined) return false;
    try {
      const response = await globalThis.fetch(`${this.baseUrl.replace(/\/$/, '')}/me`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: session.scope.signal,
      });
      if (!response.ok) return false;
      const me = (await response.json()) as { user?: { id?: unknown } };
      return me.user?.id === session.userId;
    } catch {
      return false;
    }
  }

  /** Sends one request of `session`, learning whose session it is and noticing when the token is refused. */
  async #send(session: Session, request: Request): Promise<Response> {
    const response = await globalThis.fetch(request);
    if (session !== this.#session) return response;
    if (response.status === 401) {
      if (!session.expired) {
        session.expired = true;
        this.emit(new AlisSessionExpiredEvent());
      }
    } else if (response.ok && session.userId === undefined && new URL(request.url).pathname.endsWith('/me')) {
      try {
        const me = (await response.clone().json()) as { user?: { id?: unknown } };
        if (typeof me.user?.id === 'string') session.userId = me.user.id;
      } catch {
        // Not readable here: the caller reads (and reports) it.
      }
    }
    return response;
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
