// The Payment Center's money paths: payments, deposits, voids, refunds, returns, re-presentments,
// payers and their arrangements, due pulls, and invoice addressees. Each route authenticates, runs
// one engine function (changes inside `backend.mutate`, so a refusal leaves the store untouched)
// and replies with its view.
import type { MockBackend } from '../engine/backend.js';
import { listDuePulls, getPayer, listPayers, requestPaymentMethod, setArrangement, type ArrangementInput } from '../engine/arrangements.js';
import { applyCredit, type CreditApplicationInput } from '../engine/credit.js';
import { createDeposit, depositReport, listDeposits } from '../engine/deposits.js';
import { INVOICE_STATUS_FILTERS } from '../engine/invoices.js';
import type { PageQuery } from '../engine/pagination.js';
import { recordReturn, refundPayment, representPayment, voidPayment } from '../engine/reversals.js';
import { listStaffInvoices, updateInvoiceAddressee, type StaffInvoicesQuery } from '../engine/staff-invoices.js';
import { runIdempotent, toJson } from '../engine/idempotency.js';
import {
  getStaffPayment,
  listStaffPayments,
  pullPayment,
  quotePull,
  requireStaff,
  type PullInput,
  type PullQuoteInput,
  type StaffPaymentsQuery,
} from '../engine/staff-payments.js';
import type { BillingState, PaymentSource, PaymentStatus, ReturnCode, UserRecord } from '../engine/state.js';
import { settleDue, userAfterSettling } from './payer-money.js';
import { created, ok, pathParam, property, type Reply, type Route, type RouteContext } from './route.js';

/** Limit and cursor of a validated query. */
function pageQuery(query: Record<string, unknown>): PageQuery {
  const result: PageQuery = {};
  if (typeof query['limit'] === 'number') result.limit = query['limit'];
  if (typeof query['cursor'] === 'string') result.cursor = query['cursor'];
  return result;
}

/** A string query parameter the document already validated (its enum included), if present. */
function text<T extends string = string>(query: Record<string, unknown>, name: string): T | undefined {
  const value = query[name];
  return typeof value === 'string' ? (value as T) : undefined;
}

/** A string property of a validated body ('' when absent, which the document does not allow). */
function bodyText(body: unknown, name: string): string {
  const value = property(body, name);
  return typeof value === 'string' ? value : '';
}

/**
 * Runs a money-moving POST once per `Idempotency-Key` (the document makes the header required): a
 * retry with the same body gets the first reply and changes nothing. `operation` names the concrete
 * path, so one key reused on another payment is a different request.
 */
function moneyMoving(
  backend: MockBackend,
  context: RouteContext,
  operation: string,
  perform: (draft: BillingState, now: Date, user: UserRecord) => Reply,
): Reply {
  const user = backend.authenticate(context.authorization);
  // Staff before the key: a payer gets 403, never someone's stored reply.
  requireStaff(backend.state, user);
  // Due bank debits settle first, so a refund or return sees the payment as the gateway left it.
  settleDue(backend);
  const key = context.request.headers.get('Idempotency-Key') ?? '';
  return runIdempotent(backend, { userId: user.id, operation, key, body: context.body ?? null }, (draft, now) => {
    const reply = perform(draft, now, user);
    return { status: reply.status, body: toJson(reply.body) };
  });
}

/** The validated `PullPaymentRequest`: the quoted pull and its `quoteId`. */
function pullBody(body: unknown): PullInput {
  return { ...pullQuoteBody(body), quoteId: bodyText(body, 'quoteId') };
}

/** The validated `QuotePullRequest`. */
function pullQuoteBody(body: unknown): PullQuoteInput {
  const target = property(body, 'target');
  const parts = property(body, 'parts');
  const expected = property(body, 'expectedAmountCents');
  return {
    payerId: bodyText(body, 'payerId'),
    target: property(target, 'type') === 'invoice' ? { type: 'invoice', invoiceId: bodyText(target, 'invoiceId') } : { type: 'outstanding' },
    currency: bodyText(body, 'currency'),
    ...(typeof expected === 'number' ? { expectedAmountCents: expected } : {}),
    parts: (Array.isArray(parts) ? parts : []).map((part: unknown) => {
      const amount = property(part, 'amountCents');
      return { methodId: bodyText(part, 'methodId'), amountCents: typeof amount === 'number' ? amount : 0 };
    }),
  };
}

/** The staff money routes over `backend`. */
export function staffMoneyRoutes(backend: MockBackend): Route[] {
  // Pending bank debits whose settlement day has come settle first, so staff see current statuses.
  const user = (context: RouteContext): UserRecord => userAfterSettling(backend, context);
  const param = pathParam;
  return [
    {
      method: 'get',
      path: '/staff/payments',
      run: (context) => {
        const q = context.query;
        const query: StaffPaymentsQuery = { ...pageQuery(q) };
        if (typeof q['deposited'] === 'boolean') query.deposited = q['deposited'];
        const source = text<PaymentSource>(q, 'source');
        if (source) query.source = source;
        const methodType = text<'card' | 'bank_account'>(q, 'methodType');
        if (methodType) query.methodType = methodType;
        const status = text<PaymentStatus>(q, 'status');
        if (status) query.status = status;
        const payerId = text(q, 'payerId');
        if (payerId) query.payerId = payerId;
        const depositId = text(q, 'depositId');
        if (depositId) query.depositId = depositId;
        const from = text(q, 'from');
        if (from) query.from = from;
        const to = text(q, 'to');
        if (to) query.to = to;
        return ok(listStaffPayments(backend.state, user(context), query));
      },
    },
    {
      method: 'get',
      path: '/staff/payments/{paymentId}',
      run: (context) => ok(getStaffPayment(backend.state, user(context), param(context, 'paymentId'))),
    },
    {
      method: 'post',
      path: '/staff/payments/quote',
      run: (context) => {
        const u = user(context);
        return ok(quotePull(backend.state, backend.now(), u, pullQuoteBody(context.body)));
      },
    },
    {
      method: 'post',
      path: '/staff/payments',
      run: (context) => {
        const input = pullBody(context.body);
        return moneyMoving(backend, context, 'POST /staff/payments', (draft, now, u) =>
          created({ items: pullPayment(draft, now, u, input) }),
        );
      },
    },
    {
      method: 'post',
      path: '/staff/payments/{paymentId}/void',
      run: (context) => {
        const id = param(context, 'paymentId');
        return moneyMoving(backend, context, `POST /staff/payments/${id}/void`, (draft, now, u) =>
          ok(voidPayment(draft, now, u, id, bodyText(context.body, 'reason'))),
        );
      },
    },
    {
      method: 'post',
      path: '/staff/payments/{paymentId}/refunds',
      run: (context) => {
        const id = param(context, 'paymentId');
        const amountCents = property(context.body, 'amountCents');
        const input = {
          amountCents: typeof amountCents === 'number' ? amountCents : 0,
          currency: bodyText(context.body, 'currency'),
          reason: bodyText(context.body, 'reason'),
        };
        return moneyMoving(backend, context, `POST /staff/payments/${id}/refunds`, (draft, now, u) =>
          created(refundPayment(draft, now, u, id, input)),
        );
      },
    },
    {
      method: 'post',
      path: '/staff/payments/{paymentId}/returns',
      run: (context) => {
        const id = param(context, 'paymentId');
        // The document checked `code` against the ReturnCode enum.
        const input = { code: bodyText(context.body, 'code') as ReturnCode, reason: bodyText(context.body, 'reason') };
        return moneyMoving(backend, context, `POST /staff/payments/${id}/returns`, (draft, now, u) =>
          created(recordReturn(draft, now, u, id, input)),
        );
      },
    },
    {
      method: 'post',
      path: '/staff/payments/{paymentId}/representments',
      run: (context) => {
        const id = param(context, 'paymentId');
        return moneyMoving(backend, context, `POST /staff/payments/${id}/representments`, (draft, now, u) =>
          created(representPayment(draft, now, u, id)),
        );
      },
    },
    {
      method: 'get',
      path: '/staff/deposits',
      run: (context) => ok(listDeposits(backend.state, user(context), pageQuery(context.query))),
    },
    {
      method: 'post',
      path: '/staff/deposits',
      run: (context) => {
        const ids = property(context.body, 'paymentIds');
        const paymentIds = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
        return moneyMoving(backend, context, 'POST /staff/deposits', (draft, now, u) => created(createDeposit(draft, now, u, { paymentIds })));
      },
    },
    {
      method: 'get',
      path: '/staff/deposits/{depositId}/report',
      run: (context) => ok(depositReport(backend.state, user(context), param(context, 'depositId'))),
    },
    {
      method: 'get',
      path: '/staff/payers',
      run: (context) => {
        const search = text(context.query, 'search');
        return ok(listPayers(backend.state, backend.now(), user(context), { ...pageQuery(context.query), ...(search ? { search } : {}) }));
      },
    },
    {
      method: 'get',
      path: '/staff/payers/{payerId}',
      run: (context) => ok(getPayer(backend.state, backend.now(), user(context), param(context, 'payerId'))),
    },
    {
      method: 'put',
      path: '/staff/payers/{payerId}/arrangement',
      run: (context) => {
        // The document validated the body against `Arrangement` (one of its two shapes).
        const input = context.body as ArrangementInput;
        const u = user(context);
        return ok(backend.mutate((draft, now) => setArrangement(draft, now, u, param(context, 'payerId'), input)));
      },
    },
    {
      method: 'post',
      path: '/staff/payers/{payerId}/payment-method-requests',
      run: (context) => {
        const u = user(context);
        return created(backend.mutate((draft, now) => requestPaymentMethod(draft, now, u, param(context, 'payerId'))));
      },
    },
    {
      method: 'post',
      path: '/staff/payers/{payerId}/credit-applications',
      run: (context) => {
        const id = param(context, 'payerId');
        // The document validated the body against `CreditApplicationRequest`.
        const input = context.body as CreditApplicationInput;
        return moneyMoving(backend, context, `POST /staff/payers/${id}/credit-applications`, (draft, now, u) =>
          created(applyCredit(draft, now, u, id, input)),
        );
      },
    },
    {
      method: 'get',
      path: '/staff/pulls/due',
      run: (context) => ok(listDuePulls(backend.state, backend.now(), user(context), text(context.query, 'date'))),
    },
    {
      method: 'get',
      path: '/staff/invoices',
      run: (context) => {
        const q = context.query;
        const query: StaffInvoicesQuery = { ...pageQuery(q) };
        const status = INVOICE_STATUS_FILTERS.find((s) => s === q['status']);
        if (status) query.status = status;
        for (const name of ['search', 'residentId', 'addresseeId'] as const) {
          const value = text(q, name);
          if (value !== undefined) query[name] = value;
        }
        return ok(listStaffInvoices(backend.state, backend.now(), user(context), query));
      },
    },
    {
      method: 'patch',
      path: '/staff/invoices/{invoiceId}',
      run: (context) => {
        const u = user(context);
        return ok(backend.mutate((draft, now) => updateInvoiceAddressee(draft, now, u, param(context, 'invoiceId'), bodyText(context.body, 'addresseeId'))));
      },
    },
  ];
}
