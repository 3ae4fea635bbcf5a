import createClient from 'openapi-fetch';
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

/** What openapi-fetch resolves with, reduced to what {@link send} reads. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and turns every way it can end into a value or one of our errors. */
async function send<T>(pending: Promise<FetchResult<T>>, signal: AbortSignal | undefined): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await pending;
  } catch (error) {
    // Callers tell an abort from a failure by the reason they aborted with, so it is never wrapped.
    if (signal?.aborted) throw signal.reason;
    if (error instanceof AlisError) throw error;
    // A body cut off mid-read or a 2xx that is not JSON: the server may have acted, the outcome is unknown.
    if (error instanceof TypeError || error instanceof SyntaxError) {
      throw new AlisNetworkError('The billing service answered with something that could not be read.', { cause: error });
    }
    throw error; // e.g. getToken's own failure: the request never left
  }
  if (!result.response.ok) throw apiErrorFromResponse(result.response.status, result.error);
  return result.data as T;
}

/** One read several callers are waiting for: the request, and how many of them still want it. */
interface SharedRead {
  answer: Promise<unknown>;
  request: AbortController;
  waiting: number;
}

/** The reads of one client (and of every `withSignal` copy of it) that are on their way, by request. */
type SharedReads = Map<string, SharedRead>;

/**
 * Joins the read `key` if it is already on its way, else starts it with `start`: widgets that load
 * together (every one asks `GET /me` first) send one request. Nothing is kept once it answers, so a
 * later call asks afresh. Each caller gets its own copy of the answer, and leaves when its own
 * `signal` aborts (rejecting with that signal's reason, as an unshared call would); the request
 * itself is aborted only when every caller has left.
 */
function shareRead<T>(reads: SharedReads, key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  let read = reads.get(key);
  if (!read) {
    const request = new AbortController();
    const started: SharedRead = { answer: start(request.signal), request, waiting: 0 };
    const done = () => {
      if (reads.get(key) === started) reads.delete(key);
    };
    started.answer.then(done, done);
    reads.set(key, started);
    read = started;
  }
  const shared = read;
  shared.waiting += 1;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0) {
        if (reads.get(key) === shared) reads.delete(key);
        shared.request.abort(signal?.reason);
      }
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', leave, { once: true });
    shared.answer.then(
      (answer) => {
        signal?.removeEventListener('abort', leave);
        resolve(structuredClone(answer) as T);
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
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: withRetry(baseFetch, {
      ...options.retry,
      ...internals,
      prepare: async (request) => {
        const token = await options.getToken?.();
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
      },
    }),
  });

  // A call stops when its own signal or the client's aborts.
  const signalOf = (opts: RequestOptions | undefined): AbortSignal | undefined =>
    opts?.signal && options.signal ? AbortSignal.any([opts.signal, options.signal]) : (opts?.signal ?? options.signal);
  const init = (opts: RequestOptions | undefined) => ({ signal: signalOf(opts) });
  // Created once per call, so the call's own retries (clones of one Request) all carry it.
  const idempotency = (opts: MoneyRequestOptions | undefined) => ({
    'Idempotency-Key': opts?.idempotencyKey ?? createIdempotencyKey(),
  });

  return {
    session: {
      me: (opts) => shareRead(reads, 'GET /me', signalOf(opts), (signal) => send(api.GET('/me', { signal }), signal)),
    },
    invoices: {
      list: (query, opts) => send(api.GET('/invoices', { params: { query }, ...init(opts) }), signalOf(opts)),
      get: (invoiceId, opts) =>
        send(api.GET('/invoices/{invoiceId}', { params: { path: { invoiceId } }, ...init(opts) }), signalOf(opts)),
    },
    community: {
      get: (opts) => shareRead(reads, 'GET /community', signalOf(opts), (signal) => send(api.GET('/community', { signal }), signal)),
    },
    outstanding: {
      get: (opts) => shareRead(reads, 'GET /outstanding', signalOf(opts), (signal) => send(api.GET('/outstanding', { signal }), signal)),
    },
    notificationPreferences: {
      get: (opts) => send(api.GET('/notification-preferences', init(opts)), signalOf(opts)),
      update: (body, opts) => send(api.PATCH('/notification-preferences', { body, ...init(opts) }), signalOf(opts)),
    },
    paymentMethods: {
      list: async (opts) =>
        (await shareRead(reads, 'GET /payment-methods', signalOf(opts), (signal) => send(api.GET('/payment-methods', { signal }), signal))).items,
      create: (body, opts) => send(api.POST('/payment-methods', { body, ...init(opts) }), signalOf(opts)),
      update: (methodId, body, opts) =>
        send(api.PATCH('/payment-methods/{methodId}', { params: { path: { methodId } }, body, ...init(opts) }), signalOf(opts)),
      remove: (methodId, opts) =>
        send(api.DELETE('/payment-methods/{methodId}', { params: { path: { methodId } }, ...init(opts) }), signalOf(opts)),
      createSetupIntent: (opts) => send(api.POST('/payment-methods/setup-intents', init(opts)), signalOf(opts)),
    },
    payments: {
      list: (query, opts) => send(api.GET('/payments', { params: { query }, ...init(opts) }), signalOf(opts)),
      get: (paymentId, opts) =>
        send(api.GET('/payments/{paymentId}', { params: { path: { paymentId } }, ...init(opts) }), signalOf(opts)),
      quote: (body, opts) => send(api.POST('/payments/quote', { body, ...init(opts) }), signalOf(opts)),
      create: (body, opts) =>
        send(api.POST('/payments', { params: { header: idempotency(opts) }, body, ...init(opts) }), signalOf(opts)),
    },
    staff: {
      payments: {
        list: (query, opts) => send(api.GET('/staff/payments', { params: { query }, ...init(opts) }), signalOf(opts)),
        get: (paymentId, opts) =>
          send(api.GET('/staff/payments/{paymentId}', { params: { path: { paymentId } }, ...init(opts) }), signalOf(opts)),
        quote: (body, opts) => send(api.POST('/staff/payments/quote', { body, ...init(opts) }), signalOf(opts)),
        pull: async (body, opts) =>
          (await send(api.POST('/staff/payments', { params: { header: idempotency(opts) }, body, ...init(opts) }), signalOf(opts)))
            .items,
        void: (paymentId, body, opts) =>
          send(
            api.POST('/staff/payments/{paymentId}/void', {
              params: { path: { paymentId }, header: idempotency(opts) },
              body,
              ...init(opts),
            }),
            signalOf(opts),
          ),
        refund: (paymentId, body, opts) =>
          send(
            api.POST('/staff/payments/{paymentId}/refunds', {
              params: { path: { paymentId }, header: idempotency(opts) },
              body,
              ...init(opts),
            }),
            signalOf(opts),
          ),
        recordReturn: (paymentId, body, opts) =>
          send(
            api.POST('/staff/payments/{paymentId}/returns', {
              params: { path: { paymentId }, header: idempotency(opts) },
              body,
              ...init(opts),
            }),
            signalOf(opts),
          ),
        represent: (paymentId, opts) =>
          send(
            api.POST('/staff/payments/{paymentId}/representments', {
              params: { path: { paymentId }, header: idempotency(opts) },
              ...init(opts),
            }),
            signalOf(opts),
          ),
      },
      deposits: {
        list: (query, opts) => send(api.GET('/staff/deposits', { params: { query }, ...init(opts) }), signalOf(opts)),
        create: (body, opts) =>
          send(api.POST('/staff/deposits', { params: { header: idempotency(opts) }, body, ...init(opts) }), signalOf(opts)),
        report: (depositId, opts) =>
          send(api.GET('/staff/deposits/{depositId}/report', { params: { path: { depositId } }, ...init(opts) }), signalOf(opts)),
      },
      payers: {
        list: (query, opts) => send(api.GET('/staff/payers', { params: { query }, ...init(opts) }), signalOf(opts)),
        get: (payerId, opts) =>
          send(api.GET('/staff/payers/{payerId}', { params: { path: { payerId } }, ...init(opts) }), signalOf(opts)),
        setArrangement: (payerId, body, opts) =>
          send(api.PUT('/staff/payers/{payerId}/arrangement', { params: { path: { payerId } }, body, ...init(opts) }), signalOf(opts)),
        duePulls: (query, opts) => send(api.GET('/staff/pulls/due', { params: { query }, ...init(opts) }), signalOf(opts)),
        requestPaymentMethod: (payerId, opts) =>
          send(api.POST('/staff/payers/{payerId}/payment-method-requests', { params: { path: { payerId } }, ...init(opts) }), signalOf(opts)),
        applyCredit: (payerId, body, opts) =>
          send(
            api.POST('/staff/payers/{payerId}/credit-applications', {
              params: { path: { payerId }, header: idempotency(opts) },
              body,
              ...init(opts),
            }),
            signalOf(opts),
          ),
      },
      residents: {
        list: async (query, opts) =>
          (await send(api.GET('/staff/residents', { params: { query }, ...init(opts) }), signalOf(opts))).items,
      },
      invoices: {
        list: (query, opts) => send(api.GET('/staff/invoices', { params: { query }, ...init(opts) }), signalOf(opts)),
        update: (invoiceId, body, opts) =>
          send(api.PATCH('/staff/invoices/{invoiceId}', { params: { path: { invoiceId } }, body, ...init(opts) }), signalOf(opts)),
      },
      auditLog: {
        list: (query, opts) => send(api.GET('/staff/audit-log', { params: { query }, ...init(opts) }), signalOf(opts)),
      },
    },
    settings: {
      get: (opts) => send(api.GET('/staff/settings', init(opts)), signalOf(opts)),
      update: (body, opts) => send(api.PATCH('/staff/settings', { body, ...init(opts) }), signalOf(opts)),
    },
    access: {
      profiles: async (opts) => (await send(api.GET('/staff/profiles', init(opts)), signalOf(opts))).items,
      createProfile: (body, opts) => send(api.POST('/staff/profiles', { body, ...init(opts) }), signalOf(opts)),
      updateProfile: (profileId, body, opts) =>
        send(api.PATCH('/staff/profiles/{profileId}', { params: { path: { profileId } }, body, ...init(opts) }), signalOf(opts)),
      deleteProfile: (profileId, opts) =>
        send(api.DELETE('/staff/profiles/{profileId}', { params: { path: { profileId } }, ...init(opts) }), signalOf(opts)),
      users: (query, opts) => send(api.GET('/staff/users', { params: { query }, ...init(opts) }), signalOf(opts)),
      updateUser: (userId, body, opts) =>
        send(api.PATCH('/staff/users/{userId}', { params: { path: { userId } }, body, ...init(opts) }), signalOf(opts)),
      invite: (body, opts) => send(api.POST('/staff/invitations', { body, ...init(opts) }), signalOf(opts)),
      resendInvitation: (invitationId, opts) =>
        send(
          api.POST('/staff/invitations/{invitationId}/resend', { params: { path: { invitationId } }, ...init(opts) }),
          signalOf(opts),
        ),
    },
    invitations: {
      get: (token, opts) => send(api.GET('/invitations/{token}', { params: { path: { token } }, ...init(opts) }), signalOf(opts)),
      accept: (token, body, opts) =>
        send(api.POST('/invitations/{token}/accept', { params: { path: { token } }, body, ...init(opts) }), signalOf(opts)),
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
