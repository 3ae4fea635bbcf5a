// Fuzzes every operation of the OpenAPI document through the mock's HTTP layer (the MSW handlers the
// browser and the Node server use), as a payer, as staff and signed out. Requests come from
// fast-check, built from each operation's parameter and body schemas: valid-shaped ones (real ids
// of the seed, quoted payments, small amounts), and hostile ones — wrong types, huge strings,
// negative and huge money, unknown and missing fields, odd unicode, markup, bodies that are not
// JSON or not objects, broken idempotency keys. Every answer must hold the contract's promises:
//
// - no status ≥ 500 (the mock also answers 500 when its own response breaks the document, so a
//   response that does not validate fails here too);
// - every error body is the contract's `Error` with a code of its `ErrorCode` enum;
// - a refused request (4xx) and every GET leave the store and the clock exactly as they were.
//
// The seed is fixed, so a failure repeats; the count is small so that `npm test` stays quick.
// `FUZZ_RUNS=<n>` runs n cases per operation (default 3; each case sends a few requests), e.g.
// `FUZZ_RUNS=40 node scripts/run-node-tests.mjs mock-fuzz` for about 9,000 requests; `FUZZ_SEED=<n>`
// explores other cases (a failure prints the seed and path that repeat it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getResponse, type RequestHandler } from 'msw';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';
import { createMockBackend, type MockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { Contract, type OperationInfo } from '../../src/mock-server/openapi/contract.js';

const BASE = 'http://localhost/api/v1';
const RUNS = Number.parseInt(process.env['FUZZ_RUNS'] ?? '', 10) || 3;
const SEED = Number.parseInt(process.env['FUZZ_SEED'] ?? '', 10) || 20_261_206;

const PERSONAS = {
  payer: 'mock-token-daniel-whitaker',
  staff: 'mock-token-brenda-lopez',
  none: null,
} as const;
type Persona = keyof typeof PERSONAS;

const contract = new Contract(openApiDocument as Record<string, unknown>);
const validator = contract.validator;
const schemas = (openApiDocument as { components: { schemas: Record<string, { enum?: unknown[] }> } }).components.schemas;
const ERROR_CODES = new Set((schemas['ErrorCode']?.enum ?? []).map(String));

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Ids of the seed (the same for every backend made from it), by what they name. */
function seedIds(backend: MockBackend): Record<string, string[]> {
  const s = backend.state;
  const parties = [...s.residents.map((r) => r.id), ...s.contacts.map((c) => c.id)];
  return {
    invoice: s.invoices.map((i) => i.id),
    method: s.paymentMethods.map((m) => m.id),
    payment: s.payments.map((p) => p.id),
    deposit: s.deposits.map((d) => d.id),
    party: parties,
    resident: s.residents.map((r) => r.id),
    user: s.users.map((u) => u.id),
    invitation: s.invitations.map((i) => i.id),
    token: s.invitations.map((i) => i.token),
    profile: s.profiles.map((p) => p.id),
  };
}
const IDS = seedIds(createMockBackend());
const ALL_IDS = Object.values(IDS).flat();

/** The payer persona's own records, picked more often so that payer requests can get past "not yours". */
function payerIds(backend: MockBackend): Record<string, string[]> {
  const s = backend.state;
  const user = s.users.find((u) => u.token === PERSONAS.payer);
  const party = user?.partyId ?? '';
  return {
    invoice: s.invoices.filter((i) => i.addresseeId === party).map((i) => i.id),
    method: s.paymentMethods.filter((m) => m.ownerPartyId === party).map((m) => m.id),
    payment: s.payments.filter((p) => p.payerPartyId === party).map((p) => p.id),
    party: [party],
  };
}
const OWN_IDS = payerIds(createMockBackend());

/** The seed's ids fitting a parameter or property name (`invoiceId`, `paymentIds`, `addresseeId`, …). */
function idsFor(name: string): string[] {
  const n = name.toLowerCase();
  if (n.startsWith('invoice')) return IDS['invoice'] ?? [];
  if (n.startsWith('method')) return IDS['method'] ?? [];
  if (n.startsWith('payment')) return IDS['payment'] ?? [];
  if (n.startsWith('deposit')) return IDS['deposit'] ?? [];
  if (n.startsWith('payer') || n.startsWith('party') || n.startsWith('addressee') || n === 'subjectid') return IDS['party'] ?? [];
  if (n.startsWith('resident')) return IDS['resident'] ?? [];
  if (n.startsWith('user')) return IDS['user'] ?? [];
  if (n.startsWith('invitation')) return IDS['invitation'] ?? [];
  if (n.startsWith('profile')) return IDS['profile'] ?? [];
  if (n === 'token') return IDS['token'] ?? [];
  return ALL_IDS;
}

const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  "'; DROP TABLE payments; --",
  '../../etc/passwd',
  '%00%0d%0a',
];
const ODD_UNICODE = ['\u0000', '\u202e\u0635\u0644', 'Z\u0351\u0362a\u0336lgo', '😀👨‍👩‍👧', '\ud800', '\ufeff', '\u00a0', 'İı', '𝟙𝟘𝟘'];
const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...MARKUP, ...ODD_UNICODE, '', ' ', 'null', 'NaN', '-1', '1e309', '__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
);
const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  -1,
  0,
  -0,
  0.5,
  10.005,
  1e-7,
  -1_000_000_001,
  1_000_000_001,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e21,
  1e308,
);
const deepNest: fc.Arbitrary<unknown> = fc.integer({ min: 50, max: 2_000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false, [], {}, [[[]]], { __proto__: { polluted: true } }),
  fc.jsonValue({ maxDepth: 3 }),
  deepNest,
);

/** A value the schema accepts, most of the time; `name` is the property or parameter it is for. */
function valid(schema: unknown, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = validator.deref(schema);
  if (s === true || !isRecord(s) || Object.keys(s).length === 0) return fc.jsonValue({ maxDepth: 2 });
  if ('const' in s) return fc.constant(s['const']);
  if (Array.isArray(s['enum'])) return fc.constantFrom(...(s['enum'] as unknown[]));
  const choices = (s['oneOf'] ?? s['anyOf']) as unknown[] | undefined;
  if (Array.isArray(choices)) return fc.oneof(...choices.map((c) => valid(c, name, depth + 1)));
  if (Array.isArray(s['allOf'])) {
    return fc.tuple(...(s['allOf'] as unknown[]).map((c) => valid(c, name, depth + 1))).map((parts) => Object.assign({}, ...parts.filter(isRecord)) as unknown);
  }
  const type = s['type'];
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => valid({ ...s, type: t }, name, depth)));
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = typeof s['minimum'] === 'number' ? s['minimum'] : -1_000_000;
      const max = typeof s['maximum'] === 'number' ? s['maximum'] : 1_000_000;
      // Money mostly small and positive, so payments and refunds have a chance to be accepted.
      const small = fc.integer({ min: Math.max(min, 1), max: Math.max(Math.min(max, 20_000), Math.max(min, 1)) });
      return fc.oneof({ arbitrary: small, weight: 3 }, { arbitrary: fc.integer({ min, max }), weight: 1 });
    }
    case 'string':
      return validString(s, name);
    case 'array': {
      const items = valid(s['items'] ?? {}, name, depth + 1);
      const minLength = typeof s['minItems'] === 'number' ? s['minItems'] : 0;
      const maxLength = Math.max(minLength, Math.min(typeof s['maxItems'] === 'number' ? s['maxItems'] : 3, 3));
      return s['uniqueItems'] ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(items, { minLength, maxLength });
    }
    default: {
      if (type !== 'object' && !isRecord(s['properties'])) return fc.jsonValue({ maxDepth: 2 });
      if (depth > 6) return fc.constant({});
      const properties = isRecord(s['properties']) ? s['properties'] : {};
      const required = Array.isArray(s['required']) ? (s['required'] as string[]) : [];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(properties)) model[key] = valid(sub, key, depth + 1);
      return fc.record(model, { requiredKeys: required.filter((key) => key in model) });
    }
  }
}

function validString(s: Json, name: string): fc.Arbitrary<string> {
  const minLength = typeof s['minLength'] === 'number' ? s['minLength'] : 0;
  const maxLength = Math.max(minLength, Math.min(typeof s['maxLength'] === 'number' ? s['maxLength'] : 30, 60));
  if (name === 'currency') return fc.oneof({ arbitrary: fc.constant('USD'), weight: 8 }, { arbitrary: fc.constantFrom('EUR', 'usd', 'XXX'), weight: 1 });
  if (s['format'] === 'date') return fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s['format'] === 'date-time') return fc.date({ min: new Date('2026-11-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (s['format'] === 'email') return fc.oneof(fc.emailAddress(), fc.constantFrom('new.person@example.org', 'daniel.whitaker@example.com'));
  if (name === 'quoteId') return fc.constantFrom('qt_fuzz', 'qt_0001');
  if (/ids?$/i.test(name) || name === 'token') return idArb(name, fc.string({ minLength, maxLength }));
  if (typeof s['pattern'] === 'string') return fc.stringMatching(new RegExp(s['pattern'] as string)).filter((v) => v.length >= minLength && v.length <= Math.max(maxLength, minLength + 255));
  const text = fc.string({ minLength, maxLength });
  return text;
}

/** A seed id for `name`, the payer persona's own more often than not, or now and then any text. */
function idArb(name: string, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const ids = idsFor(name);
  if (ids.length === 0) return text;
  const n = name.toLowerCase();
  const own = Object.entries(OWN_IDS).find(([kind]) => n.startsWith(kind) || (kind === 'party' && (n.startsWith('payer') || n.startsWith('addressee'))))?.[1] ?? [];
  const choices: fc.WeightedArbitrary<string>[] = [
    { arbitrary: fc.constantFrom(...ids), weight: 3 },
    { arbitrary: text, weight: 1 },
  ];
  if (own.length > 0) choices.push({ arbitrary: fc.constantFrom(...own), weight: 4 });
  return fc.oneof(...choices);
}

/** Every place in a JSON value, as a list of keys from the root. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 200) return out;
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], change: (parent: Json | unknown[], key: string | number) => void): unknown {
  if (path.length === 0) return root;
  const copy = structuredClone(root);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Json)[key as string];
  if (isRecord(parent) || Array.isArray(parent)) change(parent, path[path.length - 1] as string | number);
  return copy;
}

type Mutation = 'none' | 'replace' | 'remove' | 'add' | 'whole';
/** `value` bent one way: a value replaced by a hostile one, a field removed, an unknown field added, or all of it replaced. */
function mutate(value: unknown, how: Mutation, pick: number, hostile: unknown, field: string): unknown {
  if (how === 'none') return value;
  if (how === 'whole') return hostile;
  const paths = pathsOf(value);
  const path = paths[pick % paths.length] ?? [];
  if (how === 'replace') return path.length === 0 ? hostile : setAt(value, path, (parent, key) => ((parent as Json)[key as string] = hostile));
  if (how === 'remove') {
    return setAt(value, path, (parent, key) => {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
    });
  }
  // 'add': an unknown field in the first object found.
  const target = paths.find((p) => isRecord(p.reduce<unknown>((v, k) => (v as Json)[k as string], value))) ?? [];
  const holder = target.reduce<unknown>((v, k) => (v as Json)[k as string], value);
  if (!isRecord(holder)) return value;
  const copy = structuredClone(value);
  const into = target.reduce<unknown>((v, k) => (v as Json)[k as string], copy) as Json;
  Object.defineProperty(into, field, { value: hostile, enumerable: true, configurable: true, writable: true });
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constant<Mutation>('none'), weight: 5 },
  { arbitrary: fc.constantFrom<Mutation>('replace', 'remove', 'add', 'whole'), weight: 3 },
);
const unknownField = fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'amountCents', 'id', 'status', '<b>x</b>', '');

/** What a fuzzed request carries, before it is sent as each persona. */
interface FuzzRequest {
  /** `POST /payments`: the operation's method and path template. */
  operation: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  /** Text sent as the body, if any. */
  body: string | undefined;
  /** Quote the body first and send the quote's id, as a client does. */
  quoteFirst: boolean;
}

const headerSafe = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });

function requestFor(op: OperationInfo): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const keyParam = op.parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
  const requestBody = validator.deref(op.definition['requestBody']);
  const content = isRecord(requestBody) && isRecord(requestBody['content']) ? requestBody['content'] : {};
  const bodySchema = isRecord(content['application/json']) ? content['application/json']['schema'] : undefined;
  const param = (name: string, schema: unknown) =>
    fc.oneof(
      { arbitrary: valid(schema, name).map((v) => String(v)), weight: 5 },
      { arbitrary: hostileString, weight: 1 },
      { arbitrary: hostileNumber.map(String), weight: 1 },
    );
  // A segment is encoded as a client would (lone surrogates become U+FFFD), or sent raw: broken
  // percent-escapes, dot segments and encoded slashes.
  const segment = (name: string, schema: unknown) =>
    fc.oneof(
      { arbitrary: param(name, schema).map((v) => encodeURIComponent(v.replace(/[\ud800-\udfff]/gu, '\ufffd'))), weight: 9 },
      { arbitrary: fc.constantFrom('%', '%ZZ', '%ED%A0%80', '%C0%AF', '..', '.', '%2F', 'a%00b', '%2e%2e'), weight: 1 },
    );
  const pathArb = fc.tuple(...pathParams.map((p) => segment(p.name, p.schema))).map((values) => {
    let i = 0;
    return op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '');
  });
  const queryArb = fc
    .tuple(...queryParams.map((p) => fc.option(param(p.name, p.schema), { nil: undefined, freq: 2 })), fc.boolean())
    .map((parts) => {
      const twice = parts.pop() as boolean;
      const search = new URLSearchParams();
      parts.forEach((value, i) => {
        const name = queryParams[i]?.name ?? '';
        if (typeof value !== 'string') return;
        search.append(name, value);
        if (twice && i === 0) search.append(name, value);
      });
      const text = search.toString();
      return text ? `?${text}` : '';
    });
  const keyArb: fc.Arbitrary<string | undefined> = keyParam
    ? fc.oneof(
        { arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:-]{8,40}$/), weight: 12 },
        { arbitrary: fc.constantFrom('fuzz-key-shared-0001', 'fuzz-key-shared-0002'), weight: 3 },
        { arbitrary: fc.constant(undefined), weight: 1 },
        { arbitrary: headerSafe, weight: 1 },
      )
    : fc.constant(undefined);
  const rawBody = fc.constantFrom('not json', '{"amountCents":', '', '[]', 'null', '"text"', '{"a":1}{"b":2}', '\u0000', `{"x":"${'y'.repeat(200_000)}"}`);
  const bodyArb: fc.Arbitrary<string | undefined> =
    bodySchema === undefined
      ? fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), weight: 1 })
      : fc.oneof(
          {
            arbitrary: fc
              .tuple(valid(bodySchema), mutation, fc.nat(), hostileValue, unknownField)
              .map(([value, how, pick, hostile, field]) => JSON.stringify(mutate(value, how, pick, hostile, field)) ?? 'null'),
            weight: 9,
          },
          { arbitrary: rawBody, weight: 1 },
        );
  const contentType = fc.constantFrom<string | undefined>('application/json', 'application/json', 'application/json', 'text/plain', undefined);
  const quoteFirst = fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 });
  return fc.record({ path: pathArb, query: queryArb, key: keyArb, body: bodyArb, contentType, quoteFirst }).map(({ path, query, key, body, contentType: type, quoteFirst }) => {
    const headers: Record<string, string> = {};
    if (key !== undefined) headers['Idempotency-Key'] = key;
    if (body !== undefined && type !== undefined) headers['Content-Type'] = type;
    return { operation: `${op.method.toUpperCase()} ${op.path}`, path, query, headers, body, quoteFirst };
  });
}

/** How often each status was answered, over the whole file (printed at the end). */
const statuses = new Map<number, number>();

const QUOTE_OF: Record<string, string> = { '/payments': '/payments/quote', '/staff/payments': '/staff/payments/quote' };

/** One backend and handler set for the whole file, put back to the seed before each case (seeding anew costs ~10× more). */
const shared = createMockBackend();
const sharedHandlers: RequestHandler[] = createMockHandlers(shared, { baseUrl: BASE });
const SEED_STATE = structuredClone(shared.state);
const SEED_NOW = shared.now().toISOString();

/** The backend back at the seed, and a sender that checks every answer. */
function fuzzBackend(tally = true) {
  const backend = shared;
  const handlers = sharedHandlers;
  backend.load(SEED_STATE, SEED_NOW);
  let sent = 0;

  const send = async (method: string, url: string, persona: Persona, headers: Record<string, string>, body: string | undefined) => {
    const token = PERSONAS[persona];
    const all: Record<string, string> = { ...headers };
    if (token) all['Authorization'] = `Bearer ${token}`;
    const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
    const before = JSON.stringify(backend.state);
    const clock = backend.now().toISOString();
    const response = await getResponse(handlers, new Request(`${BASE}${url}`, { method, headers: all, ...(hasBody ? { body } : {}) }));
    sent += 1;
    const what = () => `${method} ${url} as ${persona} ${JSON.stringify(all)} ${(body ?? '').slice(0, 600)}`;
    assert.ok(response, `${what()} was not handled`);
    if (tally) statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      assert.fail(`${what()} → ${response.status} with a body that is not JSON: ${text.slice(0, 300)}`);
    }
    const answer = () => `${what()}\n→ ${response.status} ${text.slice(0, 800)}`;
    assert.ok(response.status < 500, `server error (or a response that breaks the document):\n${answer()}`);
    if (response.status >= 400) {
      assert.ok(isRecord(json), `an error without a JSON object body:\n${answer()}`);
      assert.ok(typeof json['code'] === 'string' && ERROR_CODES.has(json['code']), `an unknown error code:\n${answer()}`);
      assert.ok(typeof json['message'] === 'string' && json['message'].length > 0, `an error without a message:\n${answer()}`);
      const extra = Object.keys(json).filter((k) => !['code', 'message', 'fields', 'details'].includes(k));
      assert.deepEqual(extra, [], `an error with members the contract does not allow:\n${answer()}`);
      if (json['fields'] !== undefined) {
        assert.ok(isRecord(json['fields']) && Object.values(json['fields']).every((v) => typeof v === 'string'), `error fields that are not strings:\n${answer()}`);
      }
      // The widgets put a validation error next to its field, so it must name one.
      if (json['code'] === 'validation_failed') {
        assert.ok(isRecord(json['fields']) && Object.keys(json['fields']).length > 0, `validation_failed naming no field:\n${answer()}`);
      }
    }
    if (response.status >= 400 || method === 'GET') {
      const changed = JSON.stringify(backend.state) !== before || backend.now().toISOString() !== clock;
      assert.ok(!changed, `${response.status >= 400 ? 'a refused request' : 'a read'} changed the store:\n${answer()}`);
    }
    return { status: response.status, body: json };
  };

  /** Sends `request` as `persona`, quoted first when it is a payment or pull that asks for it. */
  const run = async (request: FuzzRequest, persona: Persona) => {
    const [method = 'GET', template = ''] = request.operation.split(' ');
    let body = request.body;
    const quotePath = QUOTE_OF[template];
    if (request.quoteFirst && quotePath && body !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
      if (isRecord(parsed)) {
        const { quoteId: _ignored, ...terms } = parsed;
        const quote = await send('POST', quotePath, persona, { 'Content-Type': 'application/json' }, JSON.stringify(terms));
        if (quote.status === 200 && isRecord(quote.body)) body = JSON.stringify({ ...terms, quoteId: quote.body['quoteId'] });
      }
    }
    return send(method, `${request.path}${request.query}`, persona, request.headers, body);
  };

  return { backend, run, sent: () => sent };
}

const operations = contract.operations.filter((op) => ['get', 'post', 'put', 'patch', 'delete'].includes(op.method));
const anyRequest = fc.oneof(...operations.map(requestFor));
const persona = fc.constantFrom<Persona>('payer', 'staff', 'none');

describe(`fuzzing every operation of the contract (${RUNS} cases each, FUZZ_RUNS to change)`, () => {
  let total = 0;

  test('the document has operations to fuzz, and every one is served', () => {
    assert.ok(operations.length >= 50, `${operations.length} operations`);
  });

  operations.forEach((op, index) => {
    test(`${op.method.toUpperCase()} ${op.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(anyRequest, persona), { maxLength: 2 }), requestFor(op), async (before, request) => {
          const { run, sent } = fuzzBackend();
          // A request or two of anything first, so the operation meets more than the seed's state.
          for (const [earlier, who] of before) await run(earlier, who);
          for (const who of ['payer', 'staff', 'none'] as const) await run(request, who);
          total += sent();
        }),
        { seed: SEED + index, numRuns: RUNS },
      );
    });
  });

  test('an unknown field called __proto__ or constructor is named in the refusal (found by this fuzzer)', async () => {
    const { run } = fuzzBackend(false);
    for (const field of ['__proto__', 'constructor']) {
      const body = `{"displayName":"New Person",${JSON.stringify(field)}:" "}`;
      const reply = await run({ operation: 'POST /invitations/{token}/accept', path: '/invitations/mock-invite-linda-tran/accept', query: '', headers: { 'Content-Type': 'application/json' }, body, quoteFirst: false }, 'none');
      assert.equal(reply.status, 400);
      assert.deepEqual(Object.entries((reply.body as { fields: Record<string, string> }).fields), [[field, 'Unknown field.']]);
    }
  });

  test('a response that breaks the document fails the fuzzer (it is answered 500)', async () => {
    const { backend, run } = fuzzBackend(false);
    // A community name the document does not allow (it is a string) breaks `GET /community`.
    (backend.state.settings as { communityName: unknown }).communityName = 42;
    await assert.rejects(
      run({ operation: 'GET /community', path: '/community', query: '', headers: {}, body: undefined, quoteFirst: false }, 'none'),
      /server error \(or a response that breaks the document\)/,
    );
  });

  test('requests sent', () => {
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    console.log(`mock fuzz: ${total} requests over ${operations.length} operations; statuses ${byStatus}`);
    assert.ok(total >= operations.length * RUNS * 3);
  });
});
