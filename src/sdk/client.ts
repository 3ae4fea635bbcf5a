import { AlisError, AlisNetworkError, apiErrorFromResponse } from './errors.js';
import { createIdempotencyKey } from './idempotency.js';
import { withRetry, type FetchLike, type RetryInternals, type RetryOptions } from './retry.js';
import type {
  AcceptInvitationRequest,
  Arrangement,
  AuditLogPage,
  AuditLogQuery,
  CreateProfileRequest,
  NoticeSent,
  NotificationPreferences,
  PublicCommunity,
  StaffProfile,
  UpdateNotificationPreferencesRequest,
  UpdateProfileRequest,
  CommunitySettings,
  ConnectUser,
  ConnectUserPage,
  CreateDepositRequest,
  CreateInvitationRequest,
  CreatePaymentMethodRequest,
  CreatePaymentRequest,
  Deposit,
  DepositPage,
  DepositReport,
  DepositListQuery,
  DuePulls,
  DuePullsQuery,
  Invoice,
  InvoiceListQuery,
  InvoicePage,
  InvitationPreview,
  Me,
  Outstanding,
  CreditApplicationRequest,
  CreditApplicationResult,
  Payer,
  PayerListQuery,
  PayerPage,
  Payment,
  PaymentListQuery,
  PaymentMethod,
  RemovedPaymentMethod,
  PaymentPage,
  PaymentQuote,
  PullPaymentRequest,
  PullQuote,
  QuotePaymentRequest,
  QuotePullRequest,
  ReasonRequest,
  RefundRequest,
  Resident,
  ResidentListQuery,
  ReturnRequest,
  Session,
  SetupIntent,
  StaffInvoiceListQuery,
  StaffPaymentListQuery,
  UpdateInvoiceRequest,
  UpdatePaymentMethodRequest,
  UpdateSettingsRequest,
  UpdateUserRequest,
  UserListQuery,
  paths,
} from './types.js';

/** How to reach the billing API and who is calling. */
export interface AlisClientOptions {
  /** The API root, e.g. `/api/v1` or `http://localhost:4010/api/v1`. */
  baseUrl: string;
  /** The bearer token, asked before every attempt (so a refreshed token is picked up); nothing is sent when it is empty. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Sends one request; default `globalThis.fetch`, looked up at call time so a later patch (e.g. a mock) applies. */
  fetch?: FetchLike;
  /** Retries of transient failures (network errors, 429, 5xx) for reads and idempotent writes. */
  retry?: RetryOptions;
  /**
   * Aborts every call of this client, including waits between retries: for a client whose work
   * belongs to something with a lifetime (a signed-in session, an element on the page). Each call's
   * own `signal` still applies too.
   */
  signal?: AbortSignal;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of calls that move money. */
export interface MoneyRequestOptions extends RequestOptions {
  /**
   * The operation's idempotency key (see `createIdempotencyKey`). Pass the same key when the user
   * retries the same operation; without one the call makes its own, shared by its own retries only.
   */
  idempotencyKey?: string;
}

/**
 * The typed billing API. Every method resolves with the parsed body, and rejects with an
 * `AlisApiError` (the server refused; `unauthenticated`, `forbidden` and `access_revoked` can come
 * from any authenticated call, `portal_disabled` from any payer call while the portal is off, and
 * `gateway_disabled` from anything that saves a method or moves money while the gateway is off), an
 * `AlisNetworkError` (outcome unknown), or the signal's reason when aborted.
 */
export interface AlisClient {
  /** The signed-in session. */
  session: {
    /**
     * The signed-in user, their party and resident, permissions and community settings (also while
     * the portal is off). Errors: `unauthenticated`, `access_revoked`. Calls made while one is on
     * its way (every widget of a page asks at load) share its request; each gets its own copy, and
     * a caller's `signal` ends only its own wait. Nothing is cached once the answer has come.
     */
    me(opts?: RequestOptions): Promise<Me>;
  };
  /** What anyone may read about the community (no sign-in needed). */
  community: {
    /** The billing office's contact and what the portal offers, for the "How to pay bills" guide. Shared while on its way, like `session.me`. */
    get(opts?: RequestOptions): Promise<PublicCommunity>;
  };
  /** The invoices the signed-in user may see: all of the resident's with `view_billing`, otherwise those addressed to them. */
  invoices: {
    /** A page of invoices, newest due date first, each with its addressee. Errors: `validation_failed`, `forbidden`, `portal_disabled`. */
    list(query?: InvoiceListQuery, opts?: RequestOptions): Promise<InvoicePage>;
    /** One invoice with its line items. Errors: `not_found` (also for one the user may not see), `forbidden`, `portal_disabled`. */
    get(invoiceId: string, opts?: RequestOptions): Promise<Invoice>;
  };
  /** What the payer owes (the invoices addressed to them). */
  outstanding: {
    /** The outstanding total, how Pay Outstanding would allocate it, the arrangement, and what is due to others on the account. Errors: `forbidden`, `portal_disabled`. Shared while on its way, like `session.me`. */
    get(opts?: RequestOptions): Promise<Outstanding>;
  };
  /** Which optional emails the payer receives. */
  notificationPreferences: {
    /** Every email the payer can receive, on or off, and which are required. Errors: `forbidden`, `portal_disabled`. */
    get(opts?: RequestOptions): Promise<NotificationPreferences>;
    /** Turns optional emails on or off. Errors: `validation_failed` (a required email), `forbidden`, `portal_disabled`. */
    update(body: UpdateNotificationPreferencesRequest, opts?: RequestOptions): Promise<NotificationPreferences>;
  };
  /** The payer's saved cards and bank accounts. */
  paymentMethods: {
    /** The payer's saved methods, each saying whether it can pay now. Errors: `forbidden`. Shared while on its way, like `session.me`. */
    list(opts?: RequestOptions): Promise<PaymentMethod[]>;
    /** Saves a card token or a bank account. Errors: `validation_failed` (with `fields`), `method_unusable`, `forbidden`, `gateway_disabled`. */
    create(body: CreatePaymentMethodRequest, opts?: RequestOptions): Promise<PaymentMethod>;
    /**
     * Renames, makes default, or grants/withdraws recurring authorization. Withdrawing is allowed at any time; when it ends
     * the billing team's pulls, the answer carries `arrangementEnded`. Errors: `validation_failed`, `not_found`.
     */
    update(methodId: string, body: UpdatePaymentMethodRequest, opts?: RequestOptions): Promise<PaymentMethod>;
    /**
     * Removes a method (past payments keep their record), at any time; resolves with `arrangementEnded` set when that
     * ended the billing team's pulls from it. Errors: `not_found`.
     */
    remove(methodId: string, opts?: RequestOptions): Promise<RemovedPaymentMethod>;
    /** What a card tokenizer needs to collect a card. Errors: `forbidden`, `gateway_disabled`. */
    createSetupIntent(opts?: RequestOptions): Promise<SetupIntent>;
  };
  /** Payments: with `view_billing` every payment on the resident's account and who made it, otherwise the payer's own. */
  payments: {
    /** A page of payments, newest first. Errors: `validation_failed`, `forbidden`, `portal_disabled`. */
    list(query?: PaymentListQuery, opts?: RequestOptions): Promise<PaymentPage>;
    /** One payment with receipt data and history. Errors: `not_found` (also for one the user may not see). */
    get(paymentId: string, opts?: RequestOptions): Promise<Payment>;
    /**
     * What a payment would charge and settle, charging nothing; its `quoteId` (valid until `expiresAt`, 15 minutes) is what
     * `create` must name. Errors: `validation_failed`, `amount_exceeds_balance`, `balance_changed`, `method_unusable`,
     * `not_addressee`, `gateway_disabled`.
     */
    quote(body: QuotePaymentRequest, opts?: RequestOptions): Promise<PaymentQuote>;
    /**
     * Pays one invoice or everything outstanding under the reviewed quote `body.quoteId` (a decline resolves with status
     * `failed`). Errors: `amount_exceeds_balance`, `balance_changed`, `method_unusable`, `quote_changed` / `quote_expired`
     * (nothing charged; `paymentQuoteOf(error)` is the new quote to show), `idempotency_key_reused`,
     * `idempotency_in_progress`, `not_addressee`, `gateway_disabled`. Submitting under the new quote may reuse the key
     * (a key's request is its body without `quoteId`, and refusals are not stored) or take a new one.
     */
    create(body: CreatePaymentRequest, opts?: MoneyRequestOptions): Promise<Payment>;
  };
  /** The billing team's Payment Center (staff only; payers get `forbidden`). */
  staff: {
    /** Every payment of the community, and what to do with them. */
    payments: {
      /** A page of payments; `{ deposited: false }` is Undeposited Payments. Errors: `validation_failed`, `forbidden`. */
      list(query?: StaffPaymentListQuery, opts?: RequestOptions): Promise<PaymentPage>;
      /** One payment with its full audit trail. Errors: `not_found`. */
      get(paymentId: string, opts?: RequestOptions): Promise<Payment>;
      /**
       * What a pull would charge — per part the method, amount, fee, total charged and invoices settled — pulling nothing;
       * its `quoteId` (valid until `expiresAt`) is what `pull` must name. Errors: those of `pull` before the quote check.
       */
      quote(body: QuotePullRequest, opts?: RequestOptions): Promise<PullQuote>;
      /**
       * Pulls from a payer's authorized method(s) under the reviewed quote `body.quoteId`; a split creates one payment per
       * part, all or none. Errors: `method_unusable`, `amount_exceeds_balance`, `balance_changed`, `quote_changed` /
       * `quote_expired` (nothing pulled; `pullQuoteOf(error)` is the new quote), `idempotency_key_reused`.
       */
      pull(body: PullPaymentRequest, opts?: MoneyRequestOptions): Promise<Payment[]>;
      /** Voids a payment not yet deposited; its invoices reopen. Errors: `not_found`, `already_deposited`, `invalid_state`, `idempotency_key_reused`. */
      void(paymentId: string, body: ReasonRequest, opts?: MoneyRequestOptions): Promise<Payment>;
      /** Refunds part or all of a payment to its method. Errors: `refund_exceeds_paid`, `invalid_state`, `not_found`, `idempotency_key_reused`. */
      refund(paymentId: string, body: RefundRequest, opts?: MoneyRequestOptions): Promise<Payment>;
      /** Records a bank return with its Nacha code; the invoices reopen. Errors: `invalid_state`, `not_found`, `idempotency_key_reused`. */
      recordReturn(paymentId: string, body: ReturnRequest, opts?: MoneyRequestOptions): Promise<Payment>;
      /** Presents an R01/R09 return again, creating a new pending payment. Errors: `not_representable`, `not_found`, `idempotency_key_reused`. */
      represent(paymentId: string, opts?: MoneyRequestOptions): Promise<Payment>;
    };
    /** Deposit batches. */
    deposits: {
      /** A page of deposits, newest first. Errors: `validation_failed`, `forbidden`. */
      list(query?: DepositListQuery, opts?: RequestOptions): Promise<DepositPage>;
      /**
       * Deposits settled payments as one batch. Errors: `already_deposited`, `not_settled` (a bank
       * debit still settling; `details.depositableOn` says when it can be), `invalid_state`,
       * `not_found`, `idempotency_key_reused`.
       */
      create(body: CreateDepositRequest, opts?: MoneyRequestOptions): Promise<Deposit>;
      /**
       * The deposit report: every line (payment reference, payer, resident, method, amount, fee,
       * charged, adjustments, net) and the totals; `depositReportCsv` in `core/deposit-report` renders
       * it as CSV. Errors: `not_found`.
       */
      report(depositId: string, opts?: RequestOptions): Promise<DepositReport>;
    };
    /** Payers, their arrangements and due pulls. */
    payers: {
      /** A page of payers with balance, methods and arrangement. Errors: `validation_failed`, `forbidden`. */
      list(query?: PayerListQuery, opts?: RequestOptions): Promise<PayerPage>;
      /** One payer. Errors: `not_found`. */
      get(payerId: string, opts?: RequestOptions): Promise<Payer>;
      /** Records self-pay or billing-team pulls; resolves with the updated payer. Errors: `validation_failed`, `method_unusable`, `not_found`. */
      setArrangement(payerId: string, body: Arrangement, opts?: RequestOptions): Promise<Payer>;
      /** Pulls due on a date (default today, community clock). Errors: `validation_failed`. */
      duePulls(query?: DuePullsQuery, opts?: RequestOptions): Promise<DuePulls>;
      /** Emails the payer's portal users "please add a payment method". Errors: `not_found`, `conflict` (nobody signed up as this payer). */
      requestPaymentMethod(payerId: string, opts?: RequestOptions): Promise<NoticeSent>;
      /**
       * Applies the payer's credit on account to their open invoices: in the allocation policy's
       * order, or to the chosen `allocations`. Pass the same `idempotencyKey` on a retry. Errors:
       * `no_credit`, `amount_exceeds_credit`, `amount_exceeds_balance`, `not_addressee`, `not_found`,
       * `conflict` (no open invoice), `idempotency_key_reused`.
       */
      applyCredit(payerId: string, body: CreditApplicationRequest, opts?: MoneyRequestOptions): Promise<CreditApplicationResult>;
    };
    /** Residents and their contacts. */
    residents: {
      /** Residents with their contacts (who an invoice can be addressed to). Errors: `validation_failed`, `forbidden`. */
      list(query?: ResidentListQuery, opts?: RequestOptions): Promise<Resident[]>;
    };
    /** All invoices of the community. */
    invoices: {
      /** A page of invoices, searchable. Errors: `validation_failed`, `forbidden`. */
      list(query?: StaffInvoiceListQuery, opts?: RequestOptions): Promise<InvoicePage>;
      /** Changes who an invoice is addressed to. Errors: `invalid_addressee`, `not_found`. */
      update(invoiceId: string, body: UpdateInvoiceRequest, opts?: RequestOptions): Promise<Invoice>;
    };
    /** Every change made through the API, with who, when, before and after. */
    auditLog: {
      /** A page of entries, newest first; `subjectType` + `subjectId` give one record's trail. Errors: `validation_failed`, `forbidden`. */
      list(query?: AuditLogQuery, opts?: RequestOptions): Promise<AuditLogPage>;
    };
  };
  /** The community's billing settings (staff only). */
  settings: {
    /** The settings. Errors: `forbidden`. */
    get(opts?: RequestOptions): Promise<CommunitySettings>;
    /** Changes enablement, fees or allocation policy. Errors: `validation_failed`, `forbidden`. */
    update(body: UpdateSettingsRequest, opts?: RequestOptions): Promise<CommunitySettings>;
  };
  /** Portal users, profiles and invitations (staff only). */
  access: {
    /** The portal profiles, by name, with how many users and invitations have each. Errors: `forbidden`. */
    profiles(opts?: RequestOptions): Promise<StaffProfile[]>;
    /** Creates a portal profile. Errors: `validation_failed`, `conflict` (the name is taken), `forbidden`. */
    createProfile(body: CreateProfileRequest, opts?: RequestOptions): Promise<StaffProfile>;
    /** Renames a profile or changes its permissions, for everyone who has it. Errors: `validation_failed`, `conflict`, `not_found`. */
    updateProfile(profileId: string, body: UpdateProfileRequest, opts?: RequestOptions): Promise<StaffProfile>;
    /** Deletes a profile nobody has. Errors: `profile_in_use`, `not_found`. */
    deleteProfile(profileId: string, opts?: RequestOptions): Promise<void>;
    /** A page of portal users and pending invitations. Errors: `validation_failed`, `forbidden`. */
    users(query?: UserListQuery, opts?: RequestOptions): Promise<ConnectUserPage>;
    /** Changes a user's profile or revokes them at once. Errors: `validation_failed`, `not_found`, `conflict`. */
    updateUser(userId: string, body: UpdateUserRequest, opts?: RequestOptions): Promise<ConnectUser>;
    /** Invites a person by email. Errors: `validation_failed`, `not_found`, `conflict`. */
    invite(body: CreateInvitationRequest, opts?: RequestOptions): Promise<ConnectUser>;
    /** Sends the invitation again with a new link and expiry. Errors: `not_found`, `conflict`. */
    resendInvitation(invitationId: string, opts?: RequestOptions): Promise<ConnectUser>;
  };
  /** What an invited person sees and accepts (the token in the link is the credential). */
  invitations: {
    /** Who invited whom, for which resident. Errors: `not_found`, `invitation_expired`, `invitation_used`. */
    get(token: string, opts?: RequestOptions): Promise<InvitationPreview>;
    /** Accepts the invitation and resolves with a new session. Errors: `validation_failed`, `not_found`, `invitation_expired`, `invitation_used`. */
    accept(token: string, body: AcceptInvitationRequest, opts?: RequestOptions): Promise<Session>;
  };
  /**
   * This client (same connection, token and retries) with every call also aborted by `signal`.
   * Elements use it so that what they started stops when they leave the page or the user changes.
   */
  withSignal(signal: AbortSignal): AlisClient;
}

/** The HTTP methods of the contract. */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The contract's operation for `method` on `path`. */
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
/** The paths that have a `method` operation. */
type PathWith<M extends Method> = { [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never }[keyof paths];
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
/** What an operation resolves with: its 200/201 body, undefined for a 204. */
type AnswerOf<O> = O extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 204>]> : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? { body: B } : { body?: never };
/** An operation's path, query and header parameters and JSON body, typed by the contract. */
type CallInit<O> = (O extends { parameters: infer P } ? Omit<P, 'cookie'> : never) & BodyOf<O>;
/** The same, as the code that builds the request reads it. */
interface RawInit {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  header?: Record<string, string>;
  body?: unknown;
}

/**
 * The signal of one call: the caller's own `signal` and the client's `lifetime`, joined by a
 * controller of the call's own whose listeners `done()` removes when the call ends. A request is
 * never given the client's long-lived signal itself: each request made with it would stay
 * registered on it until collected (AbortSignal.any too), which costs more than the call's own
 * work after a few thousand calls.
 */
function callSignal(signal: AbortSignal | undefined, lifetime: AbortSignal | undefined): { signal: AbortSignal | undefined; done: () => void } {
  if (!lifetime || signal?.aborted) return { signal, done: () => undefined };
  if (lifetime.aborted) return { signal: lifetime, done: () => undefined };
  const call = new AbortController();
  const releases = (signal ? [signal, lifetime] : [lifetime]).map((source) => {
    const stop = () => call.abort(source.reason);
    source.addEventListener('abort', stop, { once: true });
    return () => source.removeEventListener('abort', stop);
  });
  return { signal: call.signal, done: () => releases.forEach((release) => release()) };
}

/** The parsed body of an answer: undefined when it has none, a SyntaxError when it is not JSON. */
async function bodyOf(response: Response): Promise<unknown> {
  if (response.status === 204 || (response.headers.get('Content-Length') === '0' && !response.headers.get('Transfer-Encoding')?.includes('chunked'))) return undefined;
  const text = await response.text();
  if (response.ok) return text ? JSON.parse(text) : undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // a proxy's page: apiErrorFromResponse reads the status instead
  }
}

/** One read several callers are waiting for: the request, how many of them still want it, and how many ever joined. */
interface SharedRead {
  answer: Promise<unknown>;
  /** Aborts the request; none when the caller who started it cannot leave (it has no signal), so neither can the last one. */
  request: AbortController | undefined;
  waiting: number;
  joined: number;
}

/** The reads of one client (and of every `withSignal` copy of it) that are on their way, by request. */
type SharedReads = Map<string, SharedRead>;

/**
 * Joins the read `key` if it is already on its way, else starts it with `start`: widgets that load
 * together (every one asks `GET /me` first) send one request. Nothing is kept once it answers, so a
 * later call asks afresh. Each caller gets its own copy of the answer (a lone caller the answer
itself: copying costs as much as reading it again), and leaves when its own
 * `signal` aborts (rejecting with that signal's reason, as an unshared call would); the request
 * itself is aborted only when every caller has left.
 */
function shareRead<T>(reads: SharedReads, key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  let read = reads.get(key);
  if (!read) {
    // A signal makes every request dearer (the Request follows it): only when the read can be left.
    const request = signal ? new AbortController() : undefined;
    const started: SharedRead = { answer: start(request?.signal), request, waiting: 0, joined: 0 };
    const done = () => {
      if (reads.get(key) === started) reads.delete(key);
    };
    started.answer.then(done, done);
    reads.set(key, started);
    read = started;
  }
  const shared = read;
  shared.waiting += 1;
  shared.joined += 1;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0) {
        if (reads.get(key) === shared) reads.delete(key);
        shared.request?.abort(signal?.reason);
      }
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', leave, { once: true });
    shared.answer.then(
      (answer) => {
        signal?.removeEventListener('abort', leave);
        // Every caller has joined by now: the read left the map before its answer was handed out.
        resolve((shared.joined > 1 ? structuredClone(answer) : answer) as T);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}


/** Builds a client with test seams for the retry timing. Use {@link createAlisClient}. */
export function createAlisClientWithInternals(options: AlisClientOptions, internals: RetryInternals, reads: SharedReads = new Map()): AlisClient {
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetch = withRetry(baseFetch, {
    ...options.retry,
    ...internals,
    prepare: async (request) => {
      const token = await options.getToken?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      else request.headers.delete('Authorization'); // an earlier attempt's, when the first attempt went as it was
    },
  });

  /**
   * Sends one operation and turns every way it can end into its answer or one of our errors. It
   * stops when `signal` aborts (rejecting with its reason, never wrapped: callers tell an abort from
   * a failure by the reason they aborted with).
   */
  const send = async (method: Method, path: string, init: RawInit, signal: AbortSignal | undefined): Promise<unknown> => {
    let url = baseUrl + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(init.path?.[name] ?? ''));
    let separator = '?';
    for (const name in init.query) {
      const value = init.query[name];
      if (value === undefined || value === null) continue;
      url += `${separator}${name}=${encodeURIComponent(value)}`;
      separator = '&';
    }
    const headers = new Headers(init.header);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(
        new Request(url, { method: method.toUpperCase(), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), signal }),
      );
      body = await bodyOf(response);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof AlisError) throw error;
      // A body cut off mid-read or a 2xx that is not JSON: the server may have acted, the outcome is unknown.
      if (error instanceof TypeError || error instanceof SyntaxError) {
        throw new AlisNetworkError('The billing service answered with something that could not be read.', { cause: error });
      }
      throw error; // e.g. getToken's own failure: the request never left
    }
    if (!response.ok) throw apiErrorFromResponse(response.status, body);
    return body;
  };

  /** One operation of the contract, stopped by the call's own signal or the client's. */
  const call = async <M extends Method, P extends PathWith<M>>(
    method: M,
    path: P,
    init: CallInit<Operation<P, M>>,
    opts: RequestOptions | undefined,
  ): Promise<AnswerOf<Operation<P, M>>> => {
    const stop = callSignal(opts?.signal, options.signal);
    try {
      return (await send(method, path, init as RawInit, stop.signal)) as AnswerOf<Operation<P, M>>;
    } finally {
      stop.done();
    }
  };

  /** A read that callers asking while it is on its way share (see {@link shareRead}). */
  const shared = async <P extends PathWith<'get'>>(path: P, opts: RequestOptions | undefined): Promise<AnswerOf<Operation<P, 'get'>>> => {
    const stop = callSignal(opts?.signal, options.signal);
    try {
      return (await shareRead(reads, path, stop.signal, (signal) => send('get', path, {}, signal))) as AnswerOf<Operation<P, 'get'>>;
    } finally {
      stop.done();
    }
  };

  // Created once per call, so the call's own retries (clones of one Request) all carry it.
  const idempotency = (opts: MoneyRequestOptions | undefined) => ({
    'Idempotency-Key': opts?.idempotencyKey ?? createIdempotencyKey(),
  });

  return {
    session: {
      me: (opts) => shared('/me', opts),
    },
    invoices: {
      list: (query, opts) => call('get', '/invoices', { query }, opts),
      get: (invoiceId, opts) => call('get', '/invoices/{invoiceId}', { path: { invoiceId } }, opts),
    },
    community: {
      get: (opts) => shared('/community', opts),
    },
    outstanding: {
      get: (opts) => shared('/outstanding', opts),
    },
    notificationPreferences: {
      get: (opts) => call('get', '/notification-preferences', {}, opts),
      update: (body, opts) => call('patch', '/notification-preferences', { body }, opts),
    },
    paymentMethods: {
      list: async (opts) => (await shared('/payment-methods', opts)).items,
      create: (body, opts) => call('post', '/payment-methods', { body }, opts),
      update: (methodId, body, opts) => call('patch', '/payment-methods/{methodId}', { path: { methodId }, body }, opts),
      remove: (methodId, opts) => call('delete', '/payment-methods/{methodId}', { path: { methodId } }, opts),
      createSetupIntent: (opts) => call('post', '/payment-methods/setup-intents', {}, opts),
    },
    payments: {
      list: (query, opts) => call('get', '/payments', { query }, opts),
      get: (paymentId, opts) => call('get', '/payments/{paymentId}', { path: { paymentId } }, opts),
      quote: (body, opts) => call('post', '/payments/quote', { body }, opts),
      create: (body, opts) => call('post', '/payments', { header: idempotency(opts), body }, opts),
    },
    staff: {
      payments: {
        list: (query, opts) => call('get', '/staff/payments', { query }, opts),
        get: (paymentId, opts) => call('get', '/staff/payments/{paymentId}', { path: { paymentId } }, opts),
        quote: (body, opts) => call('post', '/staff/payments/quote', { body }, opts),
        pull: async (body, opts) => (await call('post', '/staff/payments', { header: idempotency(opts), body }, opts)).items,
        void: (paymentId, body, opts) => call('post', '/staff/payments/{paymentId}/void', { path: { paymentId }, header: idempotency(opts), body }, opts),
        refund: (paymentId, body, opts) => call('post', '/staff/payments/{paymentId}/refunds', { path: { paymentId }, header: idempotency(opts), body }, opts),
        recordReturn: (paymentId, body, opts) =>
          call('post', '/staff/payments/{paymentId}/returns', { path: { paymentId }, header: idempotency(opts), body }, opts),
        represent: (paymentId, opts) => call('post', '/staff/payments/{paymentId}/representments', { path: { paymentId }, header: idempotency(opts) }, opts),
      },
      deposits: {
        list: (query, opts) => call('get', '/staff/deposits', { query }, opts),
        create: (body, opts) => call('post', '/staff/deposits', { header: idempotency(opts), body }, opts),
        report: (depositId, opts) => call('get', '/staff/deposits/{depositId}/report', { path: { depositId } }, opts),
      },
      payers: {
        list: (query, opts) => call('get', '/staff/payers', { query }, opts),
        get: (payerId, opts) => call('get', '/staff/payers/{payerId}', { path: { payerId } }, opts),
        setArrangement: (payerId, body, opts) => call('put', '/staff/payers/{payerId}/arrangement', { path: { payerId }, body }, opts),
        duePulls: (query, opts) => call('get', '/staff/pulls/due', { query }, opts),
        requestPaymentMethod: (payerId, opts) => call('post', '/staff/payers/{payerId}/payment-method-requests', { path: { payerId } }, opts),
        applyCredit: (payerId, body, opts) =>
          call('post', '/staff/payers/{payerId}/credit-applications', { path: { payerId }, header: idempotency(opts), body }, opts),
      },
      residents: {
        list: async (query, opts) => (await call('get', '/staff/residents', { query }, opts)).items,
      },
      invoices: {
        list: (query, opts) => call('get', '/staff/invoices', { query }, opts),
        update: (invoiceId, body, opts) => call('patch', '/staff/invoices/{invoiceId}', { path: { invoiceId }, body }, opts),
      },
      auditLog: {
        list: (query, opts) => call('get', '/staff/audit-log', { query }, opts),
      },
    },
    settings: {
      get: (opts) => call('get', '/staff/settings', {}, opts),
      update: (body, opts) => call('patch', '/staff/settings', { body }, opts),
    },
    access: {
      profiles: async (opts) => (await call('get', '/staff/profiles', {}, opts)).items,
      createProfile: (body, opts) => call('post', '/staff/profiles', { body }, opts),
      updateProfile: (profileId, body, opts) => call('patch', '/staff/profiles/{profileId}', { path: { profileId }, body }, opts),
      deleteProfile: (profileId, opts) => call('delete', '/staff/profiles/{profileId}', { path: { profileId } }, opts),
      users: (query, opts) => call('get', '/staff/users', { query }, opts),
      updateUser: (userId, body, opts) => call('patch', '/staff/users/{userId}', { path: { userId }, body }, opts),
      invite: (body, opts) => call('post', '/staff/invitations', { body }, opts),
      resendInvitation: (invitationId, opts) => call('post', '/staff/invitations/{invitationId}/resend', { path: { invitationId } }, opts),
    },
    invitations: {
      get: (token, opts) => call('get', '/invitations/{token}', { path: { token } }, opts),
      accept: (token, body, opts) => call('post', '/invitations/{token}/accept', { path: { token }, body }, opts),
    },
    withSignal: (signal) =>
      createAlisClientWithInternals({ ...options, signal: options.signal ? AbortSignal.any([options.signal, signal]) : signal }, internals, reads),
  };
}

/**
 * Creates a client of the ALIS billing API. It sends the bearer token from `getToken` on every
 * attempt, retries transient failures of reads and idempotent writes, and gives every
 * money-moving call an `Idempotency-Key`.
 */
export function createAlisClient(options: AlisClientOptions): AlisClient {
  return createAlisClientWithInternals(options, {});
}
