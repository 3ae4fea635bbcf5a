// "My Payment Methods" through the MSW handlers: list, add (card token / bank account), default,
// nickname, recurring authorization, removal, setup intents, and every refusal.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { withQuote } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Method = Schemas['PaymentMethod'];
type ErrorBody = Schemas['Error'];

const DANIEL = 'mock-token-daniel-whitaker';
const RUTH = 'mock-token-ruth-jensen';
const FRANK = 'mock-token-frank-castellano';
const BRENDA = 'mock-token-brenda-lopez';
const SUSAN = 'mock-token-susan-whitaker-hale';
const ADDRESS = { name: 'Daniel Whitaker', line1: '18 Elm Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' };
const CARD = { type: 'card', token: 'tok_visa_4242', card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 }, billingAddress: ADDRESS };
const BANK = {
  type: 'bank_account',
  holderName: 'Daniel Whitaker',
  accountType: 'savings',
  routingNumber: '021000021',
  accountNumber: '4455667788',
  billingAddress: ADDRESS,
};

let keys = 0;

function setup() {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: 'http://localhost/api/v1' });
  const texts: string[] = [];
  const call = async (method: string, path: string, init: { token?: string; body?: unknown } = {}): Promise<{ status: number; body: unknown }> => {
    // Payments are quoted first, as the pay flow does.
    if (init.body !== undefined && method === 'POST') {
      const quoteInit = { ...(init.token === undefined ? {} : { token: init.token }) };
      init = { ...init, body: await withQuote(method, path, init.body, (quotePath, quoteBody) => call('POST', quotePath, { ...quoteInit, body: quoteBody })) };
    }
    const headers: Record<string, string> = { Authorization: `Bearer ${init.token ?? DANIEL}` };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST' && path === '/payments') headers['Idempotency-Key'] = `methods-test-${++keys}`;
    const response = await getResponse(
      handlers,
      new Request(`http://localhost/api/v1${path}`, { method, headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) }),
    );
    assert.ok(response, `${method} ${path} was not handled`);
    const text = await response.text();
    texts.push(text);
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const expect = async <T>(status: number, method: string, path: string, init: { token?: string; body?: unknown } = {}): Promise<T> => {
    const response = await call(method, path, init);
    assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(response.body)}`);
    return response.body as T;
  };
  const refused = async (status: number, code: string, method: string, path: string, init: { token?: string; body?: unknown } = {}): Promise<ErrorBody> => {
    const before = structuredClone(backend.state);
    const error = await expect<ErrorBody>(status, method, path, init);
    assert.equal(error.code, code, error.message);
    assert.deepEqual(backend.state, before, `${code} changed the store`);
    return error;
  };
  const list = async (token = DANIEL) => (await expect<{ items: Method[] }>(200, 'GET', '/payment-methods', { token })).items;
  return { backend, call, expect, refused, list, texts };
}

describe('listing', () => {
  test('the payer\u2019s own methods, default first, with usability', async () => {
    const { list } = setup();
    const methods = await list();
    assert.deepEqual(methods.map((m) => [m.id, m.isDefault, m.usable]), [['pm-0001', true, true], ['pm-0002', false, true]]);
    assert.ok(methods.every((m) => m.ownerPartyId === 'con-daniel-whitaker'));
    const eleanor = await list('mock-token-eleanor-brooks');
    const amex = eleanor.find((m) => m.id === 'pm-0005');
    assert.equal(amex?.usable, false);
    assert.match(amex?.unusableReason ?? '', /expired/);
  });

  test('forbidden without "manage payment methods" and for staff; revoked and signed-out users refused', async () => {
    const { refused } = setup();
    for (const [method, path] of [['GET', '/payment-methods'], ['POST', '/payment-methods/setup-intents'], ['DELETE', '/payment-methods/pm-0007']] as const) {
      await refused(403, 'forbidden', method, path, { token: FRANK });
      await refused(403, 'forbidden', method, path, { token: BRENDA });
    }
    await refused(403, 'forbidden', 'POST', '/payment-methods', { token: FRANK, body: CARD });
    await refused(403, 'access_revoked', 'GET', '/payment-methods', { token: SUSAN });
    await refused(401, 'unauthenticated', 'GET', '/payment-methods', { token: 'not-a-token' });
  });
});

describe('adding', () => {
  test('a card is saved from its token with brand, last four, expiry and funding only', async () => {
    const { expect, list, backend } = setup();
    const saved = await expect<Method>(201, 'POST', '/payment-methods', { body: { ...CARD, nickname: '  Travel card  ' } });
    assert.equal(saved.id, 'pm-0013');
    assert.equal(saved.label, 'Visa •••• 4242');
    assert.equal(saved.nickname, 'Travel card');
    // A request that does not say how the card is funded saves it as unknown.
    assert.deepEqual(saved.card, { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, funding: 'unknown' });
    assert.equal(saved.isDefault, false);
    assert.equal(saved.recurringAuthorization, null);
    assert.ok(!('token' in (saved.card ?? {})));
    assert.equal(backend.state.paymentMethods.find((m) => m.id === saved.id)?.type, 'card');
    assert.equal((await list()).length, 3);
  });

  test('a bank account keeps the last four digits only, with its bank name', async () => {
    const { expect, backend, texts } = setup();
    const saved = await expect<Method>(201, 'POST', '/payment-methods', { body: { ...BANK, authorizeRecurring: true, makeDefault: true } });
    assert.deepEqual(saved.bankAccount, {
      bankName: 'JPMorgan Chase',
      accountType: 'savings',
      holderName: 'Daniel Whitaker',
      routingNumber: '021000021',
      last4: '7788',
    });
    assert.equal(saved.label, 'Savings •••• 7788');
    assert.equal(saved.isDefault, true);
    assert.deepEqual(saved.recurringAuthorization, { authorizedAt: '2026-11-25T15:00:00.000Z', authorizedBy: 'Daniel Whitaker' });
    assert.ok(!JSON.stringify(backend.state).includes('4455667788'));
    assert.ok(texts.every((t) => !t.includes('4455667788')));
    // makeDefault moved the default: exactly one.
    const defaults = backend.state.paymentMethods.filter((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.isDefault);
    assert.deepEqual(defaults.map((m) => m.id), [saved.id]);
  });

  test('a payer\u2019s first method becomes the default unless told otherwise', async () => {
    const { expect, backend } = setup();
    backend.mutate((draft) => {
      for (const m of draft.paymentMethods) if (m.ownerPartyId === 'con-ruth-jensen') m.removedAt = '2026-11-01T00:00:00.000Z';
    });
    assert.equal((await expect<Method>(201, 'POST', '/payment-methods', { token: RUTH, body: CARD })).isDefault, true);
    assert.equal((await expect<Method>(201, 'POST', '/payment-methods', { token: RUTH, body: BANK })).isDefault, false);
  });

  test('the ABA checksum, account digits, holder name and address are checked', async () => {
    const { refused } = setup();
    const routing = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...BANK, routingNumber: '021000022' } });
    assert.match(routing.fields?.['routingNumber'] ?? '', /checksum/);
    // The document's own pattern refuses a 3-digit account number before the engine sees it.
    const short = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...BANK, accountNumber: '123' } });
    assert.ok(!JSON.stringify(short).includes('"123"'));
    const holder = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...BANK, holderName: '   ' } });
    assert.ok(holder.fields?.['holderName']);
    const state = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...BANK, billingAddress: { ...ADDRESS, state: 'Illinois' } } });
    assert.ok(state.fields?.['billingAddress.state']);
    const zip = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...CARD, billingAddress: { ...ADDRESS, postalCode: '6020' } } });
    assert.ok(zip.fields?.['billingAddress.postalCode']);
    await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...BANK, billingAddress: { ...ADDRESS, city: undefined } } });
  });

  test('ZIP+4 is accepted; non-US addresses skip the US checks', async () => {
    const { expect } = setup();
    await expect(201, 'POST', '/payment-methods', { body: { ...CARD, billingAddress: { ...ADDRESS, postalCode: '60201-1234' } } });
    await expect(201, 'POST', '/payment-methods', { body: { ...CARD, billingAddress: { ...ADDRESS, state: 'Ontario', postalCode: 'M5V 2T6', country: 'CA' } } });
  });

  test('an expired card and a card number in place of a token are refused', async () => {
    const { refused } = setup();
    const lastYear = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...CARD, card: { ...CARD.card, expYear: 2025 } } });
    assert.ok(lastYear.fields?.['card.expYear']);
    // The clock is in November 2026: October has passed, November still works.
    const lastMonth = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...CARD, card: { ...CARD.card, expYear: 2026, expMonth: 10 } } });
    assert.ok(lastMonth.fields?.['card.expMonth']);
    const pan = await refused(400, 'validation_failed', 'POST', '/payment-methods', { body: { ...CARD, token: '4242424242424242' } });
    assert.ok(pan.fields?.['token']);
  });

  test('setup intents come from the test tokenizer, numbered from the store, with unguessable secrets', async () => {
    const { expect } = setup();
    const first = await expect<Schemas['SetupIntent']>(201, 'POST', '/payment-methods/setup-intents');
    const second = await expect<Schemas['SetupIntent']>(201, 'POST', '/payment-methods/setup-intents');
    const { clientSecret, ...rest } = first;
    assert.deepEqual(rest, { id: 'seti_test_0001', provider: 'test', publishableKey: 'pk_test_alis_mock' });
    assert.match(clientSecret, /^seti_test_0001_secret_[a-z2-7]{32}$/);
    assert.equal(second.id, 'seti_test_0002');
    assert.notEqual(second.clientSecret.slice(-32), clientSecret.slice(-32));
  });
});

describe('changing', () => {
  test('nickname, default and "no default"', async () => {
    const { expect, list } = setup();
    const renamed = await expect<Method>(200, 'PATCH', '/payment-methods/pm-0002', { body: { nickname: 'Joint' } });
    assert.equal(renamed.nickname, 'Joint');
    assert.equal((await expect<Method>(200, 'PATCH', '/payment-methods/pm-0002', { body: { nickname: null } })).nickname, null);

    await expect<Method>(200, 'PATCH', '/payment-methods/pm-0002', { body: { isDefault: true } });
    assert.deepEqual((await list()).map((m) => [m.id, m.isDefault]), [['pm-0002', true], ['pm-0001', false]]);
    await expect<Method>(200, 'PATCH', '/payment-methods/pm-0002', { body: { isDefault: false } });
    assert.ok((await list()).every((m) => !m.isDefault));
  });

  test('the recurring authorization records time and name; withdrawing it is allowed when nothing pulls', async () => {
    const { expect, backend } = setup();
    backend.advanceClock({ advanceMinutes: 30 });
    const granted = await expect<Method>(200, 'PATCH', '/payment-methods/pm-0001', { body: { recurringAuthorization: true } });
    assert.deepEqual(granted.recurringAuthorization, { authorizedAt: '2026-11-25T15:30:00.000Z', authorizedBy: 'Daniel Whitaker' });
    const withdrawn = await expect<Method>(200, 'PATCH', '/payment-methods/pm-0001', { body: { recurringAuthorization: false } });
    assert.equal(withdrawn.recurringAuthorization, null);
  });

  test('re-authorizing cures an R07 block but not an R03 one', async () => {
    const { expect, backend } = setup();
    backend.mutate((draft) => {
      for (const [id, code] of [['pm-0001', 'R07'], ['pm-0002', 'R03']] as const) {
        const m = draft.paymentMethods.find((x) => x.id === id);
        if (m) Object.assign(m, { status: 'blocked', block: { returnCode: code, reason: code, blockedAt: '2026-11-20T00:00:00.000Z' } });
      }
    });
    assert.equal((await expect<Method>(200, 'PATCH', '/payment-methods/pm-0001', { body: { recurringAuthorization: true } })).status, 'active');
    assert.equal((await expect<Method>(200, 'PATCH', '/payment-methods/pm-0002', { body: { recurringAuthorization: true } })).status, 'blocked');
  });

  test('another payer\u2019s method is not_found; an empty change is validation_failed', async () => {
    const { refused } = setup();
    await refused(404, 'not_found', 'PATCH', '/payment-methods/pm-0003', { body: { nickname: 'Mine now' } });
    await refused(404, 'not_found', 'DELETE', '/payment-methods/pm-0003');
    await refused(404, 'not_found', 'PATCH', '/payment-methods/pm-9999', { body: { isDefault: true } });
    await refused(400, 'validation_failed', 'PATCH', '/payment-methods/pm-0001', { body: {} });
  });
});

describe('removing', () => {
  test('a removed method leaves the list, stops being default, and past payments keep its label', async () => {
    const { expect, list, refused } = setup();
    const payment = await expect<Schemas['Payment']>(201, 'POST', '/payments', {
      body: { methodId: 'pm-0001', target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-10' }, amountCents: 1_000, currency: 'USD' },
    });
    await expect(200, 'DELETE', '/payment-methods/pm-0001');
    assert.deepEqual((await list()).map((m) => [m.id, m.isDefault]), [['pm-0002', false]]);
    await refused(404, 'not_found', 'DELETE', '/payment-methods/pm-0001');
    await refused(404, 'not_found', 'PATCH', '/payment-methods/pm-0001', { body: { isDefault: true } });
    const after = await expect<Schemas['Payment']>(200, 'GET', `/payments/${payment.id}`);
    assert.deepEqual(after.method, { id: 'pm-0001', type: 'card', label: 'Visa •••• 4242' });
  });

  test('Frank Castellano\u2019s checking, pulled by an arrangement, may still be withdrawn and removed', async () => {
    const { backend, expect } = setup();
    // Frank is view-only; give him the full payer profile so the arrangement is what matters.
    backend.mutate((draft) => {
      const frank = draft.users.find((u) => u.id === 'usr-frank-castellano');
      if (frank) frank.profileId = 'prof-financial-responsible-party';
    });
    const listed = await expect<{ items: Method[] }>(200, 'GET', '/payment-methods', { token: FRANK });
    assert.equal(listed.items.find((m) => m.id === 'pm-0007')?.usedByArrangement, true);
    const withdrawn = await expect<Method>(200, 'PATCH', '/payment-methods/pm-0007', { token: FRANK, body: { recurringAuthorization: false } });
    assert.equal(withdrawn.arrangementEnded?.reason, 'authorization_withdrawn');
    const removed = await expect<Schemas['RemovedPaymentMethod']>(200, 'DELETE', '/payment-methods/pm-0007', { token: FRANK });
    // The arrangement already ended with the withdrawal.
    assert.deepEqual(removed, { methodId: 'pm-0007', arrangementEnded: null });
  });
});
