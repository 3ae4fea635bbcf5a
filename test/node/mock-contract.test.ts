// The mock against the OpenAPI document, and the small engine pieces everything else rests on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { getResponse } from 'msw';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { ManualClock } from '../../src/mock-server/engine/clock.js';
import { EngineError } from '../../src/mock-server/engine/errors.js';
import { feeCents, isValidRoutingNumber } from '../../src/mock-server/engine/money.js';
import { createRandom } from '../../src/mock-server/engine/random.js';
import { addBusinessDays, localDate, nextDayOfMonth, zonedInstant } from '../../src/mock-server/engine/time.js';
import { createMockHandlers, handlerPrefix } from '../../src/mock-server/handlers.js';
import { Contract, type OperationInfo } from '../../src/mock-server/openapi/contract.js';
import { isObject, SchemaValidator } from '../../src/mock-server/openapi/json-schema.js';

const contract = new Contract(openApiDocument);
const IMPLEMENTED = new Set([
  'get /me',
  'get /community',
  'get /invoices',
  'get /invoices/{invoiceId}',
  'get /outstanding',
  'get /notification-preferences',
  'patch /notification-preferences',
  'post /staff/profiles',
  'patch /staff/profiles/{profileId}',
  'delete /staff/profiles/{profileId}',
  'get /staff/audit-log',
  'post /staff/payers/{payerId}/payment-method-requests',
  'post /__mock/reset',
  'get /__mock/personas',
  'get /__mock/clock',
  'post /__mock/clock',
  'get /__mock/outbox',
  'get /staff/settings',
  'patch /staff/settings',
  'get /staff/residents',
  'get /staff/profiles',
  'get /staff/users',
  'patch /staff/users/{userId}',
  'post /staff/invitations',
  'post /staff/invitations/{invitationId}/resend',
  'get /invitations/{token}',
  'post /invitations/{token}/accept',
  // Staff money paths (routes/staff-money.ts).
  'get /staff/payments',
  'post /staff/payments',
  'post /staff/payments/quote',
  'get /staff/payments/{paymentId}',
  'post /staff/payments/{paymentId}/void',
  'post /staff/payments/{paymentId}/refunds',
  'post /staff/payments/{paymentId}/returns',
  'post /staff/payments/{paymentId}/representments',
  'get /staff/deposits',
  'post /staff/deposits',
  'get /staff/deposits/{depositId}/report',
  'get /staff/payers',
  'get /staff/payers/{payerId}',
  'put /staff/payers/{payerId}/arrangement',
  'get /staff/pulls/due',
  'get /staff/invoices',
  'patch /staff/invoices/{invoiceId}',
  'post /staff/payers/{payerId}/credit-applications',
  // Payer money paths (routes/payer-money.ts).
  'get /payment-methods',
  'post /payment-methods',
  'post /payment-methods/setup-intents',
  'patch /payment-methods/{methodId}',
  'delete /payment-methods/{methodId}',
  'post /payments/quote',
  'post /payments',
  'get /payments',
  'get /payments/{paymentId}',
  'post /__mock/payments/{paymentId}/settle',
  'post /__mock/payments/{paymentId}/fail',
]);

describe('the mock covers the OpenAPI document', () => {
  test('every operation is answered: the engine’s routes for real, every other one with 501', async () => {
    const handlers = createMockHandlers(createMockBackend(), { baseUrl: 'http://localhost/api/v1' });
    assert.equal(contract.operations.length, 56);
    for (const op of contract.operations) {
      const path = op.path.replace(/\{[^}]+\}/g, 'x-1');
      const request = new Request(`http://localhost/api/v1${path}`, {
        method: op.method.toUpperCase(),
        headers: { Authorization: 'Bearer mock-token-daniel-whitaker' },
      });
      const response = await getResponse(handlers, request);
      const key = `${op.method} ${op.path}`;
      assert.ok(response, `${key} is not handled`);
      const body = (await response.json()) as { code?: string };
      if (IMPLEMENTED.has(key)) {
        assert.notEqual(response.status, 501, key);
      } else {
        assert.equal(response.status, 501, key);
        assert.equal(body.code, 'not_implemented', key);
      }
    }
  });

  test('Ajv compiles every schema of the document: components and every operation’s inputs and outputs', () => {
    // Ajv runs in strict-schema mode, so this also fails on a keyword or format it does not know.
    const validator = new SchemaValidator(openApiDocument);
    const components = isObject(openApiDocument['components']) ? openApiDocument['components'] : {};
    const schemas = Object.entries(isObject(components['schemas']) ? components['schemas'] : {});
    assert.ok(schemas.length > 50);
    for (const [name, schema] of schemas) {
      assert.ok(isObject(schema), name);
      assert.doesNotThrow(() => validator.compile(schema), `components.schemas.${name}`);
      assert.doesNotThrow(() => validator.compile({ $ref: `#/components/schemas/${name}` }), `#/components/schemas/${name}`);
    }
    let operationSchemas = 0;
    for (const op of contract.operations) {
      for (const [where, schema] of schemasOf(op)) {
        assert.ok(isObject(schema), `${op.operationId}: ${where}`);
        assert.doesNotThrow(() => validator.compile(schema), `${op.operationId}: ${where}`);
        operationSchemas++;
      }
    }
    assert.ok(operationSchemas > contract.operations.length * 2);
  });

  test('query parameters are converted to their schema types', () => {
    const op = contract.operation('get', '/invoices');
    assert.ok(op);
    assert.deepEqual(contract.parseQuery(op, new URLSearchParams('limit=10&status=open&other=1')), { limit: 10, status: 'open' });
    assert.throws(() => contract.parseQuery(op, new URLSearchParams('limit=1e3')), (e: unknown) => e instanceof EngineError && e.code === 'validation_failed');
  });

  test('request bodies are validated with JSON paths for fields', () => {
    const op = contract.operation('post', '/payment-methods');
    assert.ok(op);
    const attempt = (body: unknown): Record<string, string> | undefined => {
      try {
        contract.parseBody(op, JSON.stringify(body));
        return undefined;
      } catch (e) {
        assert.ok(e instanceof EngineError);
        return e.fields;
      }
    };
    const address = { name: 'A', line1: '1 Main St', city: 'X', state: 'IL', postalCode: '60540', country: 'US' };
    const bank = { type: 'bank_account', holderName: 'A', accountType: 'checking', routingNumber: '021000021', accountNumber: '123456789', billingAddress: address };
    assert.equal(attempt(bank), undefined);
    assert.deepEqual(Object.keys(attempt({ ...bank, billingAddress: { ...address, postalCode: '' } }) ?? {}), ['billingAddress.postalCode']);
    assert.deepEqual(Object.keys(attempt({ ...bank, extra: 1 }) ?? {}), ['extra']);
    assert.deepEqual(Object.keys(attempt({ ...bank, type: 'cash' }) ?? {}), ['type']);
    assert.throws(() => contract.parseBody(op, '{'), (e: unknown) => e instanceof EngineError && e.fields?.['body'] === 'Not valid JSON.');
    assert.throws(() => contract.parseBody(op, ''), (e: unknown) => e instanceof EngineError && e.fields?.['body'] !== undefined);
  });
});

describe('schema validator', () => {
  const validator = new SchemaValidator(openApiDocument);
  const check = (name: string, value: unknown) => validator.validate({ $ref: `#/components/schemas/${name}` }, value);

  test('nullable oneOf, required, additionalProperties and nested paths', () => {
    const user = { id: 'u1', email: 'a@example.com', displayName: 'A', role: 'payer', profileId: 'p', partyId: null };
    assert.deepEqual(check('User', user), []);
    assert.deepEqual(check('User', { ...user, partyId: 'bad id!' }).map((v) => v.path), ['partyId']);
    assert.deepEqual(check('User', { ...user, extra: true }).map((v) => v.path), ['extra']);
    const { email: _email, ...withoutEmail } = user;
    assert.deepEqual(check('User', withoutEmail), [{ path: 'email', message: 'Required.' }]);
    assert.deepEqual(check('Money', { amountCents: 1.5, currency: 'USD' }).map((v) => v.path), ['amountCents']);
  });

  test('formats: calendar dates and date-times are checked for real', () => {
    const line = { id: 'l', description: 'd', category: 'rent', quantity: 1, unitAmount: { amountCents: 1, currency: 'USD' }, amount: { amountCents: 1, currency: 'USD' } };
    assert.deepEqual(check('LineItem', { ...line, serviceDate: '2026-02-28' }), []);
    assert.deepEqual(check('LineItem', { ...line, serviceDate: '2026-02-30' }).map((v) => v.path), ['serviceDate']);
    assert.deepEqual(check('MockClock', { now: '2026-11-25T15:00:00Z' }), []);
    assert.equal(check('MockClock', { now: '2026-11-25 15:00' }).length, 1);
    assert.deepEqual(check('MockClock', { now: '2026-11-25 15:00' }), [{ path: 'now', message: 'Must be a date-time, e.g. 2026-11-25T15:00:00Z.' }]);
  });

  test('messages for people, and array items in paths', () => {
    const money = { amountCents: 1, currency: 'USD' };
    const list = { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Money' } };
    assert.deepEqual(validator.validate(list, [money, { amountCents: 1 }, { ...money, amountCents: 'x' }]), [
      { path: '[1].currency', message: 'Required.' },
      { path: '[2].amountCents', message: 'Must be a whole number.' },
    ]);
    assert.deepEqual(validator.validate(list, []), [{ path: '', message: 'Must have at least 1 item(s).' }]);
    assert.deepEqual(validator.validate({ type: 'integer', minimum: 1, maximum: 100 }, 0.5), [{ path: '', message: 'Must be a whole number.' }]);
    assert.deepEqual(validator.validate({ type: 'integer', minimum: 1, maximum: 100 }, 101), [{ path: '', message: 'Must be at most 100.' }]);
    assert.deepEqual(validator.validate({ type: 'string', minLength: 1 }, ''), [{ path: '', message: 'Must not be empty.' }]);
    assert.deepEqual(validator.validate({ type: 'string', minLength: 3 }, 'ab'), [{ path: '', message: 'Must be at least 3 characters.' }]);
    assert.deepEqual(validator.validate({ type: 'string', enum: ['a', 'b'] }, 5), [
      { path: '', message: 'Must be one of: a, b.' },
      { path: '', message: 'Must be a string.' },
    ]);
    assert.deepEqual(validator.validate({ type: ['string', 'null'] }, 5), [{ path: '', message: 'Must be a string or null.' }]);
    assert.deepEqual(validator.validate({ type: 'string', format: 'email' }, 'nope'), [{ path: '', message: 'Must be an email address.' }]);
  });

  test('oneOf: the branch the discriminator names, else one message for the tag', () => {
    assert.deepEqual(check('PaymentTarget', { type: 'invoice' }), [{ path: 'invoiceId', message: 'Required.' }]);
    assert.deepEqual(check('PaymentTarget', { type: 'outstanding' }), []);
    assert.deepEqual(check('PaymentTarget', { type: 'cash' }), [{ path: 'type', message: 'Must be one of: invoice, outstanding.' }]);
    assert.deepEqual(check('PaymentTarget', {}), [{ path: 'type', message: 'Must be one of: invoice, outstanding.' }]);
    // Nested: a discriminated oneOf inside a property, next to another property's error.
    const nested = { type: 'object', properties: { target: { $ref: '#/components/schemas/PaymentTarget' }, n: { type: 'integer' } } };
    assert.deepEqual(validator.validate(nested, { target: { type: 'invoice', invoiceId: 'bad id!' }, n: 'x' }), [
      { path: 'target.invoiceId', message: 'Must match ^[A-Za-z0-9_-]+$.' },
      { path: 'n', message: 'Must be a whole number.' },
    ]);
    // Without a discriminator: the closest branch, or one message when several match.
    assert.deepEqual(validator.validate({ oneOf: [{ type: 'string', maxLength: 2 }, { type: 'integer' }] }, 'abc'), [{ path: '', message: 'Must be at most 2 characters.' }]);
    assert.deepEqual(validator.validate({ oneOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] }, 'a'), [{ path: '', message: 'Matches more than one of the allowed shapes.' }]);
  });
});

/** Every schema an operation's parameters, request body and responses have, with where it is. */
function schemasOf(op: OperationInfo): [string, unknown][] {
  const out: [string, unknown][] = op.parameters.map((p) => [`${p.in} parameter ${p.name}`, p.schema]);
  const body = contract.validator.deref(op.definition['requestBody']);
  if (isObject(body)) out.push(['request body', jsonSchema(body)]);
  const responses = isObject(op.definition['responses']) ? op.definition['responses'] : {};
  for (const [status, response] of Object.entries(responses)) {
    const resolved = contract.validator.deref(response);
    const schema = isObject(resolved) ? jsonSchema(resolved) : undefined;
    if (schema !== undefined) out.push([`${status} response`, schema]);
  }
  return out;
}

function jsonSchema(container: Record<string, unknown>): unknown {
  const content = isObject(container['content']) ? container['content'] : {};
  const json = content['application/json'];
  return isObject(json) ? json['schema'] : undefined;
}

describe('engine basics', () => {
  test('fees round half-up to the cent', () => {
    assert.equal(feeCents(1020, 250), 26); // 25.5 → 26
    assert.equal(feeCents(1001, 250), 25); // 25.025 → 25
    assert.equal(feeCents(100_000, 0), 0);
    assert.equal(feeCents(123_456, 300), 3704); // 3703.68
    assert.throws(() => feeCents(10.5, 250), RangeError);
  });

  test('ABA routing numbers pass the 3-7-1 checksum', () => {
    for (const valid of ['011000015', '021000021', '111000025', '071000013']) assert.ok(isValidRoutingNumber(valid), valid);
    for (const invalid of ['021000022', '12345678', '0210000210', 'abcdefghi']) assert.ok(!isValidRoutingNumber(invalid), invalid);
  });

  test('the PRNG repeats for a seed and differs between seeds', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const seqA = Array.from({ length: 5 }, () => a.int(0, 1000));
    assert.deepEqual(Array.from({ length: 5 }, () => b.int(0, 1000)), seqA);
    assert.notDeepEqual(Array.from({ length: 5 }, () => c.int(0, 1000)), seqA);
  });

  test('community dates are Chicago dates; DST is respected', () => {
    assert.equal(localDate(new Date('2026-11-26T05:59:00Z'), 'America/Chicago'), '2026-11-25');
    assert.equal(localDate(new Date('2026-11-26T06:00:00Z'), 'America/Chicago'), '2026-11-26');
    assert.equal(zonedInstant('2026-07-01', '10:00', 'America/Chicago').toISOString(), '2026-07-01T15:00:00.000Z');
    assert.equal(zonedInstant('2026-12-01', '10:00', 'America/Chicago').toISOString(), '2026-12-01T16:00:00.000Z');
    assert.equal(addBusinessDays('2026-11-20', 2), '2026-11-24'); // Friday → Tuesday
    assert.equal(nextDayOfMonth('2026-11-25', 5), '2026-12-05');
    assert.equal(nextDayOfMonth('2026-11-05', 5), '2026-11-05');
  });

  test('the manual clock only moves forwards', () => {
    const clock = new ManualClock();
    assert.equal(clock.now().toISOString(), '2026-11-25T15:00:00.000Z');
    assert.equal(clock.change({ advanceDays: 1, advanceMinutes: 30 }).toISOString(), '2026-11-26T15:30:00.000Z');
    assert.throws(() => clock.change({ setTo: '2026-11-25T00:00:00Z' }), (e: unknown) => e instanceof EngineError && e.code === 'validation_failed');
    assert.throws(() => clock.change({ advanceDays: 1.5 }), EngineError);
    assert.equal(clock.now().toISOString(), '2026-11-26T15:30:00.000Z', 'a refused change changes nothing');
  });

  test('the engine imports neither MSW nor the DOM', async () => {
    const dir = new URL('../../src/mock-server/engine/', import.meta.url);
    for (const file of await readdir(dir)) {
      const source = (await readFile(new URL(file, dir), 'utf8'))
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      assert.doesNotMatch(source, /from 'msw|from "msw|\bdocument\.|\bwindow\.|\blocalStorage\b|\bfetch\(/, file);
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g)) {
        assert.ok(specifier?.startsWith('./') || specifier?.startsWith('../../contract/'), `${file} imports ${specifier}`);
      }
    }
  });

  test('handler prefixes: absolute stays, relative matches any origin in Node', () => {
    assert.equal(handlerPrefix('http://localhost:8000/api/v1/'), 'http://localhost:8000/api/v1');
    assert.equal(handlerPrefix('/api/v1'), '*/api/v1');
    assert.equal(handlerPrefix('api/v1'), '*/api/v1');
  });
});
