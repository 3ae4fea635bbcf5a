// `npm run bench:engine`: how the billing engine's cost grows with the data, measured through the
// same MSW handlers the widgets, Storybook and the Node mock server use (request and response
// validation included). A script, not a test: it prints figures and ratios measured in this run,
// so they compare like with like on whatever machine runs it, and never fails on a slow machine.
//
// 1. Pay Outstanding for a payer with 1,000 and with 10,000 open invoices (fresh store each run,
//    median of several). The 10,000 / 1,000 ratio shows the growth: 10 means linear.
// 2. 1,000 interleaved payments on 100 invoices: Daniel pays his invoices, Eleanor hers, and the
//    billing team pulls from Daniel's authorized bank account, in turn. The last 100 payments
//    against the first 100 show how cost grows as payment history accumulates.
import { performance } from 'node:perf_hooks';
import { getResponse, type RequestHandler } from 'msw';
import { createMockBackend, type MockBackend } from '../src/mock-server/engine/backend.js';
import type { BillingState, InvoiceRecord } from '../src/mock-server/engine/state.js';
import { createMockHandlers } from '../src/mock-server/handlers.js';
import type { components } from '../src/contract/types.js';

type Schemas = components['schemas'];

const BASE_URL = 'http://localhost/api/v1';
const DANIEL = 'mock-token-daniel-whitaker';
const ELEANOR = 'mock-token-eleanor-brooks';
const BRENDA = 'mock-token-brenda-lopez';
const RUNS = 5;
const GROWTH_LIMIT = 12;

let keyCounter = 0;

/** One request through the handlers; throws unless the status is `expected`. */
async function call<T>(handlers: RequestHandler[], token: string, method: string, path: string, expected: number, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST') headers['Idempotency-Key'] = `bench-key-${String(++keyCounter).padStart(6, "0")}`;
  const init: RequestInit = { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
  const response = await getResponse(handlers, new Request(`${BASE_URL}${path}`, init));
  if (!response) throw new Error(`${method} ${path} was not handled`);
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** `body` with the id of its quote (`quotePath`): payments and pulls name the quote they were reviewed under. */
async function quoted(handlers: RequestHandler[], token: string, quotePath: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const quote = await call<{ quoteId: string }>(handlers, token, 'POST', quotePath, 200, body);
  return { ...body, quoteId: quote.quoteId };
}

/** A backend whose invoices addressed to each given party are replaced by `count` open ones. */
async function backendWithOpenInvoices(perParty: ReadonlyMap<string, number>, lineCents: number): Promise<MockBackend> {
  const backend = createMockBackend();
  const state: BillingState = structuredClone(backend.state);
  const generated: InvoiceRecord[] = [];
  for (const [partyId, count] of perParty) {
    const template = state.invoices.find((i) => i.addresseeId === partyId);
    if (!template) throw new Error(`party ${partyId} has no invoice to copy`);
    for (let n = 0; n < count; n++) {
      // Due dates one day apart, all in the past or near future; numbers unique and sortable.
      const due = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      const id = `inv-bench-${partyId}-${String(n).padStart(6, '0')}`;
      generated.push({
        ...structuredClone(template),
        id,
        number: `B-${partyId.slice(-6)}-${String(n).padStart(6, '0')}`,
        dueDate: due,
        issueDate: due,
        periodStart: due,
        periodEnd: due,
        lineItems: [{ ...structuredClone(at(template.lineItems, 0)), amountCents: lineCents }],
      });
    }
  }
  // Only the generated invoices (and no payments against them) for the parties measured.
  state.invoices = [...state.invoices.filter((i) => !perParty.has(i.addresseeId)), ...generated];
  state.payments = state.payments.filter((p) => !perParty.has(p.payerPartyId));
  backend.load(state);
  return backend;
}

async function partyOf(handlers: RequestHandler[], token: string): Promise<string> {
  const me = await call<Schemas['Me']>(handlers, token, 'GET', '/me', 200);
  if (!me.party) throw new Error(`${token} is not a payer`);
  return me.party.id;
}

async function methodsOf(handlers: RequestHandler[], token: string): Promise<Schemas['PaymentMethod'][]> {
  return (await call<{ items: Schemas['PaymentMethod'][] }>(handlers, token, 'GET', '/payment-methods', 200)).items;
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} of ${list.length}`);
  return item;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Milliseconds of one Pay Outstanding (the POST alone) for a payer with `count` open invoices. */
async function timePayOutstanding(count: number): Promise<number> {
  const probe = createMockHandlers(createMockBackend(), { baseUrl: BASE_URL });
  const daniel = await partyOf(probe, DANIEL);
  const backend = await backendWithOpenInvoices(new Map([[daniel, count]]), 12_345);
  const handlers = createMockHandlers(backend, { baseUrl: BASE_URL });
  const card = (await methodsOf(handlers, DANIEL)).find((m) => m.type === 'card' && m.status === 'active');
  if (!card) throw new Error('Daniel has no usable card');
  const outstanding = await call<Schemas['Outstanding']>(handlers, DANIEL, 'GET', '/outstanding', 200);
  if (outstanding.invoices.length !== count) throw new Error(`expected ${count} open invoices, got ${outstanding.invoices.length}`);
  const total = outstanding.total.amountCents;
  // The review's quote comes first, as in the pay flow; only the submission is timed.
  const body = await quoted(handlers, DANIEL, '/payments/quote', {
    methodId: card.id,
    target: { type: 'outstanding' },
    amountCents: total,
    expectedAmountCents: total,
    currency: 'USD',
  });
  const started = performance.now();
  const payment = await call<Schemas['Payment']>(handlers, DANIEL, 'POST', '/payments', 201, body);
  const elapsed = performance.now() - started;
  if (payment.allocations.length !== count || payment.status !== 'succeeded') throw new Error('Pay Outstanding did not settle every invoice');
  return elapsed;
}

async function benchPayOutstanding(): Promise<void> {
  await timePayOutstanding(200); // warm-up: module loading, validator compilation, JIT
  const sizes = [1_000, 10_000] as const;
  const medians = new Map<number, number>();
  for (const size of sizes) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await timePayOutstanding(size));
    medians.set(size, median(runs));
    console.log(`Pay Outstanding, ${size.toLocaleString('en-US')} open invoices: ${median(runs).toFixed(1)} ms (median of ${RUNS})`);
  }
  const ratio = (medians.get(10_000) ?? 0) / (medians.get(1_000) ?? 1);
  const verdict = ratio <= GROWTH_LIMIT ? `within the ${GROWTH_LIMIT}× budget` : `OVER the ${GROWTH_LIMIT}× budget`;
  console.log(`  growth 1,000 → 10,000: ${ratio.toFixed(2)}× (10× is linear; ${verdict})`);
}

async function benchInterleaved(): Promise<void> {
  const probe = createMockHandlers(createMockBackend(), { baseUrl: BASE_URL });
  const daniel = await partyOf(probe, DANIEL);
  const eleanor = await partyOf(probe, ELEANOR);
  // 50 invoices each, large enough that 1,000 payments of $10 never exhaust one.
  const backend = await backendWithOpenInvoices(new Map([[daniel, 50], [eleanor, 50]]), 5_000_000);
  const handlers = createMockHandlers(backend, { baseUrl: BASE_URL });
  const danielCard = (await methodsOf(handlers, DANIEL)).find((m) => m.type === 'card' && m.status === 'active');
  const danielBank = (await methodsOf(handlers, DANIEL)).find((m) => m.type === 'bank_account' && m.recurringAuthorization);
  const eleanorMethod = (await methodsOf(handlers, ELEANOR)).find((m) => m.status === 'active');
  if (!danielCard || !danielBank || !eleanorMethod) throw new Error('the seed lacks the methods this benchmark needs');
  const invoicesOf = async (token: string) =>
    (await call<Schemas['InvoicePage']>(handlers, token, 'GET', '/invoices?status=open&limit=100', 200)).items.map((i) => i.id);
  const danielInvoices = await invoicesOf(DANIEL);
  const eleanorInvoices = await invoicesOf(ELEANOR);

  const PAYMENTS = 1_000;
  const times: number[] = [];
  for (let n = 0; n < PAYMENTS; n++) {
    const turn = n % 3;
    const started = performance.now();
    if (turn === 0) {
      const invoiceId = at(danielInvoices, n % danielInvoices.length);
      const body = await quoted(handlers, DANIEL, '/payments/quote', { methodId: danielCard.id, target: { type: 'invoice', invoiceId }, amountCents: 1_000, currency: 'USD' });
      await call(handlers, DANIEL, 'POST', '/payments', 201, body);
    } else if (turn === 1) {
      const invoiceId = at(eleanorInvoices, n % eleanorInvoices.length);
      const body = await quoted(handlers, ELEANOR, '/payments/quote', { methodId: eleanorMethod.id, target: { type: 'invoice', invoiceId }, amountCents: 1_000, currency: 'USD' });
      await call(handlers, ELEANOR, 'POST', '/payments', 201, body);
    } else {
      const invoiceId = at(danielInvoices, (n * 7) % danielInvoices.length);
      const body = await quoted(handlers, BRENDA, '/staff/payments/quote', {
        payerId: daniel,
        target: { type: 'invoice', invoiceId },
        currency: 'USD',
        parts: [{ methodId: danielBank.id, amountCents: 1_000 }],
      });
      await call(handlers, BRENDA, 'POST', '/staff/payments', 201, body);
    }
    times.push(performance.now() - started);
  }
  const total = times.reduce((a, b) => a + b, 0);
  const first = times.slice(0, 100).reduce((a, b) => a + b, 0);
  const last = times.slice(-100).reduce((a, b) => a + b, 0);
  console.log(`1,000 interleaved payments on 100 invoices (2 payers + staff pulls), each quoted then submitted: ${total.toFixed(0)} ms, ${(total / PAYMENTS).toFixed(2)} ms each`);
  console.log(`  last 100 vs first 100: ${(last / first).toFixed(2)}× (cost growth as history accumulates)`);
}

console.log(`billing engine benchmark — node ${process.version}, ${new Date().toISOString()}`);
await benchPayOutstanding();
await benchInterleaved();
