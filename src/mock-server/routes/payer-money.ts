// The payer's money paths — saved methods, quotes, payments, payment history — and the mock
// gateway's controls (`/__mock/payments/{id}/settle|fail`). Bodies reach a route already validated
// against the document, so the narrowing here only turns them into the engine's typed inputs.
//
// Every route first does what the clock has made due (`settleDue`: bank debits settle, advance
// notices go out), so a payer who advances time sees settled or returned payments and reopened
// invoices at once.
import type { MockBackend } from '../engine/backend.js';
import { failPaymentNow, settlePaymentNow } from '../engine/gateway.js';
import { runIdempotent } from '../engine/idempotency.js';
import type { PageQuery } from '../engine/pagination.js';
import {
  createPaymentMethod,
  createSetupIntent,
  listPaymentMethods,
  removePaymentMethod,
  updatePaymentMethod,
  type MethodChangeInput,
  type NewMethodInput,
} from '../engine/payment-methods.js';
import {
  getPayerPayment,
  listPayerPayments,
  quotePortalPayment,
  submitPortalPayment,
  type ListPaymentsQuery,
  type PaymentRequest,
  type PaymentSubmission,
} from '../engine/payments.js';
import { getNotificationPreferences, updateNotificationPreferences } from '../engine/notices.js';
import { requirePayer } from '../engine/auth.js';
import { paymentView } from '../engine/views.js';
import type { NoticeType, PaymentStatus, ReturnCode, UserRecord } from '../engine/state.js';
import { isObject } from '../openapi/json-schema.js';
import { created, ok, pathParam, property, type Reply, type Route, type RouteContext } from './route.js';

/**
 * Does what the clock has made due (bank debits settle, advance notices go out), in its own change
 * so the request that follows sees it; a no-op (no change, no persistence) when nothing is due.
 */
export function settleDue(backend: MockBackend): void {
  backend.catchUp();
}

/**
 * The request's user, once due bank debits have settled, so every answer (and the check it makes)
 * sees payments as the gateway has left them. 401/403 before anything settles.
 */
export function userAfterSettling(backend: MockBackend, context: RouteContext): UserRecord {
  const user = backend.authenticate(context.authorization);
  settleDue(backend);
  return user;
}

function pageQuery(query: Record<string, unknown>): PageQuery {
  const result: PageQuery = {};
  if (typeof query['limit'] === 'number') result.limit = query['limit'];
  if (typeof query['cursor'] === 'string') result.cursor = query['cursor'];
  return result;
}

/** The `POST /payments` body: the quoted payment and its `quoteId`. */
function submissionBody(body: unknown): PaymentSubmission {
  return { ...paymentBody(body), quoteId: String(property(body, 'quoteId') ?? '') };
}

/** `POST /payments/quote` bodies (and `POST /payments` without its quote), as the engine takes them. */
function paymentBody(body: unknown): PaymentRequest {
  const target = property(body, 'target');
  const invoiceId = property(target, 'invoiceId');
  const expected = property(body, 'expectedAmountCents');
  return {
    methodId: String(property(body, 'methodId') ?? ''),
    target: property(target, 'type') === 'invoice' ? { type: 'invoice', invoiceId: String(invoiceId ?? '') } : { type: 'outstanding' },
    amountCents: Number(property(body, 'amountCents')),
    currency: String(property(body, 'currency') ?? ''),
    ...(typeof expected === 'number' ? { expectedAmountCents: expected } : {}),
  };
}

/** The validated `CreatePaymentMethodRequest` (the document checked every member and its type). */
function newMethodBody(body: unknown): NewMethodInput {
  if (!isObject(body)) throw new TypeError('payer-money: the document let a non-object method body through');
  return body as unknown as NewMethodInput;
}

/** The validated `UpdatePaymentMethodRequest`. */
function methodChangeBody(body: unknown): MethodChangeInput {
  const change: MethodChangeInput = {};
  const nickname = property(body, 'nickname');
  if (typeof nickname === 'string' || nickname === null) change.nickname = nickname;
  const isDefault = property(body, 'isDefault');
  if (typeof isDefault === 'boolean') change.isDefault = isDefault;
  const recurring = property(body, 'recurringAuthorization');
  if (typeof recurring === 'boolean') change.recurringAuthorization = recurring;
  return change;
}

/** The validated `UpdateNotificationPreferencesRequest`. */
function noticeChanges(body: unknown): { notice: NoticeType; enabled: boolean }[] {
  const changes = property(body, 'changes');
  if (!Array.isArray(changes)) return [];
  return changes.map((change: unknown) => ({ notice: property(change, 'notice') as NoticeType, enabled: property(change, 'enabled') === true }));
}

/** `GET|POST /payment-methods`, `PATCH|DELETE /payment-methods/{id}`, setup intents, quotes, payments, and the gateway controls. */
export function payerMoneyRoutes(backend: MockBackend): Route[] {
  const user = (context: RouteContext): UserRecord => userAfterSettling(backend, context);
  const param = pathParam;
  return [
    {
      method: 'get',
      path: '/payment-methods',
      run: (context) => {
        const u = user(context);
        return ok({ items: listPaymentMethods(backend.state, backend.now(), u) });
      },
    },
    {
      method: 'post',
      path: '/payment-methods',
      run: (context) => {
        const u = user(context);
        const input = newMethodBody(context.body);
        return created(backend.mutate((draft, now) => createPaymentMethod(draft, now, u, input)));
      },
    },
    {
      method: 'post',
      path: '/payment-methods/setup-intents',
      run: (context) => {
        const u = user(context);
        return created(backend.mutate((draft) => createSetupIntent(draft, u)));
      },
    },
    {
      method: 'patch',
      path: '/payment-methods/{methodId}',
      run: (context) => {
        const u = user(context);
        const change = methodChangeBody(context.body);
        return ok(backend.mutate((draft, now) => updatePaymentMethod(draft, now, u, param(context, 'methodId'), change)));
      },
    },
    {
      method: 'delete',
      path: '/payment-methods/{methodId}',
      run: (context) => {
        const u = user(context);
        return ok(backend.mutate((draft, now) => removePaymentMethod(draft, now, u, param(context, 'methodId'))));
      },
    },
    {
      method: 'post',
      path: '/payments/quote',
      run: (context) => {
        const u = user(context);
        return ok(quotePortalPayment(backend.state, backend.now(), u, paymentBody(context.body)));
      },
    },
    {
      method: 'post',
      path: '/payments',
      run: (context): Reply => {
        const u = user(context);
        // Portal and permission before the key: a user who lost "pay bills" gets no replays either.
        requirePayer(backend.state, u, 'pay_bills');
        const input = submissionBody(context.body);
        const key = context.request.headers.get('Idempotency-Key') ?? '';
        return runIdempotent(backend, { userId: u.id, operation: 'POST /payments', key, body: context.body }, (draft, now) => ({
          status: 201,
          body: submitPortalPayment(draft, now, u, input),
        }));
      },
    },
    {
      method: 'get',
      path: '/notification-preferences',
      run: (context) => ok(getNotificationPreferences(backend.state, user(context))),
    },
    {
      method: 'patch',
      path: '/notification-preferences',
      run: (context) => {
        const u = user(context);
        const changes = noticeChanges(context.body);
        return ok(backend.mutate((draft, now) => updateNotificationPreferences(draft, now, u, changes)));
      },
    },
    {
      method: 'get',
      path: '/payments',
      run: (context) => {
        const u = user(context);
        const query: ListPaymentsQuery = pageQuery(context.query);
        const status = context.query['status'];
        if (typeof status === 'string') query.status = status as PaymentStatus;
        return ok(listPayerPayments(backend.state, u, query));
      },
    },
    {
      method: 'get',
      path: '/payments/{paymentId}',
      run: (context) => {
        // The user first: settling may replace the store, so read `backend.state` after it.
        const u = user(context);
        return ok(getPayerPayment(backend.state, u, param(context, 'paymentId')));
      },
    },
    {
      method: 'post',
      path: '/__mock/payments/{paymentId}/settle',
      run: (context) => {
        settleDue(backend);
        return ok(backend.mutate((draft, now) => paymentView(draft, settlePaymentNow(draft, now, param(context, 'paymentId')))));
      },
    },
    {
      method: 'post',
      path: '/__mock/payments/{paymentId}/fail',
      run: (context) => {
        settleDue(backend);
        const code = property(context.body, 'returnCode');
        const returnCode = typeof code === 'string' ? (code as ReturnCode) : undefined;
        return ok(backend.mutate((draft, now) => paymentView(draft, failPaymentNow(draft, now, param(context, 'paymentId'), returnCode))));
      },
    },
  ];
}
