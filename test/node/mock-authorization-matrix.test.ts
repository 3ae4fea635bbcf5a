// Every operation of the OpenAPI document × every kind of caller: the owner payer, a payer of
// another resident, a payer who only views billing, one who only pays bills, a revoked user, staff,
// and no token. Each cell states what the caller must get. The request is otherwise valid (real
// ids, valid bodies), so the only reason for a refusal is who is asking. Each call runs on a fresh
// backend, so no call affects another. (Who may see and pay what within one family is
// `engine-families.test.ts`.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';

const OWNER = 'mock-token-daniel-whitaker';
const OTHER_PAYER = 'mock-token-ruth-jensen';
const VIEW_ONLY = 'mock-token-frank-castellano';
const PAY_ONLY = 'mock-token-karen-molloy';
const REVOKED = 'mock-token-susan-whitaker-hale';
const STAFF = 'mock-token-brenda-lopez';

type Caller = 'owner' | 'otherPayer' | 'viewOnly' | 'payOnly' | 'revoked' | 'staff' | 'none';
const tokens: Record<Caller, string | null> = {
  owner: OWNER,
  otherPayer: OTHER_PAYER,
  viewOnly: VIEW_ONLY,
  payOnly: PAY_ONLY,
  revoked: REVOKED,
  staff: STAFF,
  none: null,
};

interface Operation {
  method: string;
  path: string;
  operationId: string;
}

const operations: Operation[] = Object.entries(openApiDocument['paths'] as Record<string, Record<string, { operationId?: string }>>)
  .flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, operationId: op.operationId ?? `${method} ${path}` })),
  )
  // Mock controls, invitation links (the token is in the URL) and the community's public page are
  // deliberately unauthenticated.
  .filter((op) => !op.path.startsWith('/__mock') && !op.path.startsWith('/invitations/') && op.path !== '/community');

/** Ids of things that belong to the owner payer (and a pending invitation, for staff paths). */
function ownerFixtures(backend: MockBackend) {
  const state = backend.state;
  const owner = state.users.find((u) => u.token === OWNER)!;
  const partyId = owner.partyId!;
  const invoice = [...state.invoices].reverse().find((i) => i.addresseeId === partyId)!;
  const methods = state.paymentMethods.filter((m) => m.ownerPartyId === partyId && !m.removedAt);
  const card = methods.find((m) => m.type === 'card')!;
  const payment = state.payments.find((p) => p.payerPartyId === partyId)!;
  const invitation = state.invitations.find((i) => !i.acceptedAt)!;
  return { owner, partyId, invoice, card, methods, payment, invitation };
}

function requestFor(op: Operation, backend: MockBackend, token: string | null): Request {
  const f = ownerFixtures(backend);
  const params: Record<string, string> = {
    invoiceId: f.invoice.id,
    methodId: f.card.id,
    paymentId: f.payment.id,
    payerId: f.partyId,
    userId: f.owner.id,
    invitationId: f.invitation.id,
    // A portal profile nobody has, so that deleting it is allowed.
    profileId: 'prof-unused',
  };
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? 'missing');
  const bodies: Record<string, unknown> = {
    createPaymentMethod: {
      type: 'bank_account',
      holderName: 'Daniel Whitaker',
      accountType: 'checking',
      routingNumber: '011000015',
      accountNumber: '000123456789',
      billingAddress: { name: 'Daniel Whitaker', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62704', country: 'US' },
    },
    updatePaymentMethod: { nickname: 'Everyday card' },
    // A quote id that commits to nothing: authorization and the payment's own checks come first.
    createPayment: { quoteId: 'qt_matrix', methodId: f.card.id, target: { type: 'invoice', invoiceId: f.invoice.id }, amountCents: 100, currency: 'USD' },
    quotePayment: { methodId: f.card.id, target: { type: 'invoice', invoiceId: f.invoice.id }, amountCents: 100, currency: 'USD' },
    pullPayment: { quoteId: 'qt_matrix', payerId: f.partyId, target: { type: 'outstanding' }, currency: 'USD', parts: [{ methodId: f.card.id, amountCents: 100 }] },
    quotePull: { payerId: f.partyId, target: { type: 'outstanding' }, currency: 'USD', parts: [{ methodId: f.card.id, amountCents: 100 }] },
    voidPayment: { reason: 'Entered twice' },
    refundPayment: { amountCents: 100, currency: 'USD', reason: 'Goodwill' },
    applyCredit: { currency: 'USD' },
    recordPaymentReturn: { code: 'R01', reason: 'Bank notice' },
    createDeposit: { paymentIds: [f.payment.id] },
    setArrangement: { mode: 'self_pay' },
    updateStaffInvoice: { addresseeId: f.partyId },
    updateSettings: { cardFeeBasisPoints: 200 },
    updateUser: { profileId: f.owner.profileId },
    createInvitation: { email: 'new.person@example.com', partyId: f.partyId, profileId: f.owner.profileId, sensitiveInformationConfirmed: true },
    createProfile: { name: 'Sees statements', permissions: ['view_billing'] },
    updateProfile: { name: 'Renamed profile' },
    updateNotificationPreferences: { changes: [{ notice: 'payment_receipt', enabled: false }] },
  };
  const headers: Record<string, string> = {};
  if (token) headers['Authorization'] = `Bearer ${token}`;
  const body = bodies[op.operationId];
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const definition = (openApiDocument['paths'] as Record<string, Record<string, { parameters?: { $ref?: string }[] }>>)[op.path]![op.method.toLowerCase()]!;
  if (JSON.stringify(definition.parameters ?? []).includes('IdempotencyKey')) headers['Idempotency-Key'] = `matrix-${op.operationId}-key`;
  return new Request(`http://localhost/api/v1${path}`, {
    method: op.method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function call(op: Operation, caller: Caller): Promise<{ status: number; code: string | undefined }> {
  const backend = createMockBackend();
  backend.mutate((draft) => {
    draft.profiles.push({ id: 'prof-unused', name: 'Unused', description: '', role: 'payer', permissions: ['view_billing'], deletedAt: null });
  });
  const handlers = createMockHandlers(backend, { baseUrl: 'http://localhost/api/v1' });
  const response = await getResponse(handlers, requestFor(op, backend, tokens[caller]));
  assert.ok(response, `${op.method} ${op.path} was not handled`);
  const text = await response.text();
  const body = text ? (JSON.parse(text) as { code?: string }) : undefined;
  return { status: response.status, code: body?.code };
}

const isStaffPath = (op: Operation) => op.path.startsWith('/staff/');
const hasOwnedId = (op: Operation) => /\{(invoiceId|methodId|paymentId)\}/.test(op.path);
const needsPayPermission = (op: Operation) => op.operationId === 'createPayment' || op.operationId === 'quotePayment';
const needsMethodPermission = (op: Operation) => op.path.startsWith('/payment-methods');

/** What each caller must get; `2xx` means allowed (the request is valid, so it succeeds). */
function expected(op: Operation, caller: Caller): { status: number | '2xx' | 'refused'; code?: string } {
  if (caller === 'none') return { status: 401, code: 'unauthenticated' };
  if (caller === 'revoked') return { status: 403, code: 'access_revoked' };
  if (op.path === '/me') return { status: '2xx' };
  if (caller === 'staff') return isStaffPath(op) ? { status: '2xx' } : { status: 403, code: 'forbidden' };
  if (isStaffPath(op)) return { status: 403, code: 'forbidden' };
  // Email preferences are every portal user's own, whatever their profile.
  if (op.path === '/notification-preferences') return { status: '2xx' };
  if (caller === 'viewOnly' && (needsPayPermission(op) || needsMethodPermission(op))) return { status: 403, code: 'forbidden' };
  if (caller !== 'owner' && hasOwnedId(op)) return { status: 404, code: 'not_found' };
  if (caller !== 'owner' && (needsPayPermission(op) || op.operationId === 'createPaymentMethod')) {
    // Another payer naming the owner's method or invoice: not theirs, so not found.
    return op.operationId === 'createPaymentMethod' ? { status: '2xx' } : { status: 'refused' };
  }
  return { status: '2xx' };
}

describe('authorization matrix: every path × every kind of caller', () => {
  test('covers every authenticated operation of the document', () => {
    assert.ok(operations.length >= 35, `only ${operations.length} operations found`);
  });
  for (const op of operations) {
    for (const caller of Object.keys(tokens) as Caller[]) {
      const want = expected(op, caller);
      test(`${op.method} ${op.path} as ${caller} → ${want.status}${want.code ? ` ${want.code}` : ''}`, async () => {
        const got = await call(op, caller);
        if (want.status === '2xx') {
          // Allowed: authorization passed. (The billing rules may still refuse with 4xx, e.g. a
          // seeded payment that cannot be voided; that is the engine tests' business, not this one's.)
          assert.ok(![401, 403].includes(got.status), `expected to be let in, got ${got.status} ${got.code ?? ''}`);
          if (hasOwnedId(op)) assert.notEqual(got.status, 404, 'the owner was told their own resource does not exist');
          assert.ok(got.status < 500, `server error ${got.status}`);
        } else if (want.status === 'refused') {
          // Paying with someone else's method or invoice: refused (not found, or method unusable), never charged.
          assert.ok([404, 422].includes(got.status), `expected a refusal, got ${got.status} ${got.code ?? ''}`);
        } else {
          assert.equal(got.status, want.status, `got ${got.status} ${got.code ?? ''}`);
          assert.equal(got.code, want.code);
        }
      });
    }
  }
});
