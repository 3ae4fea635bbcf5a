import { html, css, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { AlisElement } from '../shared/alis-element.js';
import { alisClientContext, type ProvidedSession } from '../shared/client-context.js';
import { alisTokenizerContext } from '../shared/tokenizer-context.js';
import { DEFAULT_BASE_URL, forgetPreloads, takePreload } from '../shared/preloads.js';
import { createAlisClient, type AlisClient, type RequestOptions } from '../../sdk/client.js';
import type { Me } from '../../sdk/types.js';
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
  /** Requests sent so far: a token arriving after any was sent is checked, never simply adopted. */
  sent: number;
  /** The check of a new token under way. */
  checking: { token: string; verdict: Promise<TokenCheck> } | undefined;
  /**
   * `GET /me` as last answered for `token`: every element inside asks it before anything else, and
   * gets this copy instead of a request of its own. Only ever the answer to a request that carried
   * `token` in this session (one user's), dropped when the service refuses the token or `/me`.
   */
  me: { token: string | undefined; value: Promise<Me> } | undefined;
  /**
   * How many times the community's settings were saved through this session: `GET /me` carries
   * them, so a save drops the answer kept, and an answer to a `/me` sent before a save is not kept.
   */
  settingsSaved: number;
}

/**
 * Whose a new token is: the session's user, another user, or nobody the service accepts. A check
 * that cannot get an answer (offline, the service busy) is tried again a few times, then counts as
 * another user: the safe side, as no one else's data may stay on screen.
 */
type TokenVerdict = 'same-user' | 'another-user' | 'refused';

/** A token check's verdict, with the `GET /me` answer it read when the service gave one. */
interface TokenCheck {
  verdict: TokenVerdict;
  me?: Me;
}

/** Waits between the tries of a token check that got no answer. */
const TOKEN_CHECK_RETRY_MS = [300, 1000, 2000];

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
 * The provider owns the session's `GET /me`: it is asked once per user and token — by the first
 * widget, or by the provider's check of a new token — and every widget inside, including one added
 * later, gets that answer. A widget's `refresh()` asks it afresh (permissions, the portal switch and
 * the session itself may have changed), and the fresh answer is what the others get from then on.
 *
 * @tagname alis-billing-provider
 * @summary Provides the billing API client to the ALIS elements inside it.
 * @slot - The ALIS elements (and any other content) that should use this connection.
 * @fires {AlisSessionExpiredEvent} alis-session-expired - The service no longer accepts the token; supply a new one to carry on.
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
    theme: { reflect: true },
  };

  /** The API's base URL, absolute or relative to the page. */
  declare baseUrl: string;

  /**
   * The signed-in user's bearer token. Another user's token (or none) makes every widget inside
   * start afresh as that user; a new token of the same user carries on.
   */
  declare token: string | undefined;

  /**
   * Asked for the bearer token before every request; takes precedence over `token`. A different
   * answer is checked like a new `token`; call `checkToken()` when it changes so the widgets follow
   * at once rather than at their next request.
   */
  declare getToken: TokenProvider | undefined;

  /** A ready SDK client to provide instead of building one (for custom fetch, retries or tests). */
  declare client: AlisClient | undefined;

  /**
   * How cards are collected: `createStripeTokenizer({ publishableKey })` in production, or
   * `createTestTokenizer({ enabled: true })` in development. Without one, payers can save bank accounts only.
   */
  declare tokenizer: CardTokenizer | undefined;

  /**
   * Ready-made themes for every widget inside, space-separated: `dark`, `auto` (dark when the
   * reader's system prefers it), `large-text` (1.25× type, 48 px targets), e.g. `dark large-text`.
   * Each theme is a stylesheet the page links (`@alis/billing-widgets/themes/dark.css`); the
   * `--alis-*` custom properties a page sets itself still win.
   */
  declare theme: string | undefined;

  readonly #provider = new ContextProvider(this, { context: alisClientContext });
  readonly #tokenizerProvider = new ContextProvider(this, { context: alisTokenizerContext });

  constructor() {
    super();
    this.baseUrl = DEFAULT_BASE_URL;
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
      const session = this.#startSession();
      // Every widget's first load waits for `GET /me`, and their code may still be on its way
      // (loaded on first use): ask it now, so the two overlap instead of following each other.
      if (this.token || this.getToken) void session.client.session.me().catch(() => undefined);
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
    const session: Session = {
      client: undefined as unknown as AlisClient,
      scope,
      token: undefined,
      userId: undefined,
      expired: false,
      sent: 0,
      checking: undefined,
      me: undefined,
      settingsSaved: 0,
    };
    const client = createAlisClient({
      baseUrl: this.baseUrl,
      signal: scope.signal,
      getToken: () => this.#tokenFor(session),
      fetch: (request) => this.#send(session, request),
    });
    session.client = this.#sharingMe(session, client, scope.signal);
    // The first token is the session's own: nothing to compare it with.
    session.token = this.getToken ? undefined : (this.token ?? undefined);
    this.#session = session;
    this.#provider.setValue(session.client);
    return session;
  }

  /**
   * Checks the host's current token now. Call it when what `getToken` returns has changed (your
   * app signed someone in or out): the widgets then follow at once — another user's start afresh,
   * the same user's carry on, an expired session resumes — instead of at their next request.
   */
  async checkToken(): Promise<void> {
    const session = this.#session;
    if (!session || this.client) return;
    await this.#tokenFor(session).catch(() => undefined);
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
    if (session.token === undefined && session.sent === 0) {
      // Nothing was asked with another token yet (the first call of a `getToken` session).
      session.token = token;
      return token;
    }
    if (!token) {
      // Signed out: nobody's data stays on screen.
      this.#startSession();
      throw new UserChangedError();
    }
    if (session.checking?.token !== token) session.checking = { token, verdict: this.#whoseToken(session, token) };
    const { verdict, me } = await session.checking.verdict;
    if (session !== this.#session) throw new UserChangedError();
    if (verdict === 'another-user') {
      const next = this.#startSession();
      next.token = token;
      // The check's answer is the new user's own (it carried their token): their widgets need not ask again.
      if (me) this.#remember(next, token, Promise.resolve(me));
      throw new UserChangedError();
    }
    if (session.checking?.token === token) session.checking = undefined;
    session.token = token;
    if (me) this.#remember(session, token, Promise.resolve(me));
    if (verdict === 'refused') {
      // A token the service does not accept: the session has ended, and what was typed stays for
      // when a good one arrives.
      this.#expire(session);
      return token;
    }
    if (session.expired) {
      // Signed in again as the same user: widgets retry what failed and keep what was typed.
      session.expired = false;
      this.#provider.setValue(session.client, true);
    }
    return token;
  }

  /** Asks the service (`GET /me`) whose `token` is, compared with the user this session has been showing. */
  async #whoseToken(session: Session, token: string): Promise<TokenCheck> {
    if (session.userId === undefined) return { verdict: 'another-user' };
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await globalThis.fetch(`${this.baseUrl.replace(/\/$/, '')}/me`, {
          headers: { Authorization: `Bearer ${token}` },
          signal: session.scope.signal,
        });
        if (response.status === 401) return { verdict: 'refused' };
        if (response.ok) {
          const me = (await response.json()) as Me;
          if (typeof me.user?.id !== 'string') return { verdict: 'another-user' };
          return { verdict: me.user.id === session.userId ? 'same-user' : 'another-user', me };
        }
        // 403 (revoked, or the portal is off) names no user; 429 and 5xx may answer later.
        if (response.status < 500 && response.status !== 429) return { verdict: 'another-user' };
      } catch {
        if (session.scope.signal.aborted) return { verdict: 'another-user' };
      }
      const wait = TOKEN_CHECK_RETRY_MS[attempt];
      if (wait === undefined) return { verdict: 'another-user' };
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (session !== this.#session) return { verdict: 'another-user' };
    }
  }

  #expire(session: Session): void {
    if (session.expired) return;
    session.expired = true;
    this.emit(new AlisSessionExpiredEvent());
  }

  /** Sends one request of `session`, learning whose session it is and noticing when the token is refused. */
  async #send(session: Session, request: Request): Promise<Response> {
    session.sent++;
    const carried = request.headers.get('Authorization');
    // Kept to send again if the answer refuses a token that has been replaced meanwhile (a request
    // without a body can simply be sent again).
    const spare = request.body === null ? request : request.clone();
    // The bundle may have sent this very read before the provider's code arrived (the same URL and
    // token); a write makes whatever was read ahead out of date.
    if (request.method !== 'GET') forgetPreloads();
    const savedBefore = session.settingsSaved;
    let response = await (takePreload(request) ?? globalThis.fetch(request));
    if (session !== this.#session) return response;
    if (response.status === 401 && carried !== bearer(session.token)) {
      // Sent with a token the host has replaced since (a refresh, or signing in): not an expiry.
      // Once again with the current one.
      const current = bearer(session.token);
      if (!current) return response;
      response.body?.cancel().catch(() => undefined);
      spare.headers.set('Authorization', current);
      response = await globalThis.fetch(spare);
      if (session !== this.#session) return response;
    }
    const current = bearer(session.token);
    if (response.status === 401) {
      if (carried === current || spare.headers.get('Authorization') === current) {
        session.me = undefined;
        this.#expire(session);
      }
    } else if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/me') && (carried === current || spare.headers.get('Authorization') === current)) {
      if (response.ok) {
        // Read from a copy while the caller reads the answer; kept at once, so a widget asking
        // while it is being read waits for it rather than sending another request. Not when the
        // settings were saved while it was on its way: it may carry the old ones.
        if (session.settingsSaved === savedBefore) this.#remember(session, session.token, response.clone().json() as Promise<Me>);
      } else if (session.me?.token === session.token) {
        session.me = undefined;
      }
    } else if (response.ok && savesSettings(request)) {
      // The community's settings in the `GET /me` kept are out of date now (a Payment Center's
      // pull review reads the allocation policy and fees from them): the next widget to load asks again.
      session.settingsSaved++;
      session.me = undefined;
    }
    return response;
  }

  /** Keeps `value` as `GET /me` for `token` in `session`, learning whose session it is from the first one. */
  #remember(session: Session, token: string | undefined, value: Promise<Me>): void {
    const kept = { token, value };
    session.me = kept;
    value.then(
      (me) => {
        if (typeof me.user?.id !== 'string') throw new TypeError('GET /me named no user.');
        session.userId ??= me.user.id;
      },
    ).catch(() => {
      // Not readable here: the caller reads (and reports) it. Nobody is given it from memory.
      if (session.me === kept) session.me = undefined;
    });
  }

  /**
   * `client` whose `session.me()` answers with what the session already knows for the current
   * token, asking the service only when it knows nothing (or, with `meAfresh`, when a widget
   * refreshes); `withSignal` copies share it. `scope` is what aborts the copy's calls.
   */
  #sharingMe(session: Session, client: AlisClient, scope: AbortSignal): AlisClient {
    const me: ProvidedSession = {
      me: (opts) => this.#me(session, client, scope, opts, false),
      meAfresh: (opts) => this.#me(session, client, scope, opts, true),
    };
    return {
      ...client,
      session: me,
      withSignal: (signal) => this.#sharingMe(session, client.withSignal(signal), AbortSignal.any([scope, signal])),
    };
  }

  async #me(session: Session, client: AlisClient, scope: AbortSignal, opts: RequestOptions | undefined, afresh: boolean): Promise<Me> {
    const stop = () => {
      if (opts?.signal?.aborted) throw opts.signal.reason;
      if (scope.aborted) throw scope.reason;
    };
    stop();
    if (!afresh) {
      // The token a request would carry now: checked first if it is new (which may end this session).
      const token = await this.#tokenFor(session);
      const kept = session.me;
      if (kept && kept.token === token) {
        const value = await kept.value.catch(() => undefined);
        stop();
        // Each caller gets its own copy, as from a request.
        if (value && session.me === kept) return structuredClone(value);
      }
    }
    return client.session.me(opts);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Whether `request` changes the community's settings (`PATCH /staff/settings`), which `GET /me` carries. */
function savesSettings(request: Request): boolean {
  return request.method !== 'GET' && new URL(request.url).pathname.endsWith('/staff/settings');
}

/** The Authorization header value for `token`, or null without one. */
function bearer(token: string | undefined): string | null {
  return token ? `Bearer ${token}` : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-billing-provider': AlisBillingProvider;
  }
}
