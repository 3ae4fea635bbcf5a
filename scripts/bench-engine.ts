// `npm run bench:engine`: how the billing engine's cost grows with the data, measured through the
// same MSW handlers the widgets, Storybook and the Node mock server use (request and response
// validation included). A script, not a test: it prints figures and ratios measured in this run,
// so they compare like with like on whatever machine runs it, and never fails on a slow machine.
// With `--json` its last line is `BENCH [rows]` for `npm run bench` (see the README's Benchmarks).
//
// 1. A payment (quote, then submit, as the pay flow does) on the seed and on stores 10× and 100×
//    the seed (residents, contacts, methods, invoices, payments and deposits copied with fresh
//    ids). The engine should cost the same whatever the store holds: 100× ≤ 1.5× the seed.
// 2. Pay Outstanding for a payer with 1,000 and with 10,000 open invoices (fresh store each run,
//    median of several). The 10,000 / 1,000 ratio shows the growth: 10 means linear.
// 3. 1,000 interleaved payments on 100 invoices: Daniel pays his invoices, Eleanor hers, and the
//    billing team pulls from Daniel's authorized bank account, in turn. The last 100 payments
//    against the first 100 show how cost grows as payment history accumulates.
// 4. Paging with 1,000 and 100,000 payments in the store: the staff Undeposited and History lists
//    and the payer's payments and invoices, first page and a later one. Flat is ≤ 1.5×.
//
// Environment: BENCH_ENGINE_RUNS (runs per median, default 5), BENCH_ENGINE_PAGING_PAYMENTS (the
// larger paging store, default 100000), BENCH_ENGINE_GROWTH (the largest seed factor, default 100),
// BENCH_ENGINE_INTERLEAVED (interleaved payments, default 1000), BENCH_ENGINE_ONLY (some of
// growth,outstanding,interleaved,paging).
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
const RUNS = Number(process.env['BENCH_ENGINE_RUNS'] ?? 5);
const PAGING_LARGE = Number(process.env['BENCH_ENGINE_PAGING_PAYMENTS'] ?? 100_000);
const GROWTH_FACTOR = Number(process.env['BENCH_ENGINE_GROWTH'] ?? 100);
const INTERLEAVED = Number(process.env['BENCH_ENGINE_INTERLEAVED'] ?? 1_000);
const GROWTH_LIMIT = 10;
const JSON_OUTPUT = process.argv.includes('--json');

/** One row of the `--json` output, as `npm run bench` collects them. */
interface BenchRow {
  section: string;
  figure: string;
  project: number;
  baseline: number | null;
  unit: 'ms' | 'kB' | 'count' | 'score' | '×';
  goal: string;
  ok: boolean | null;
}

const rows: BenchRow[] = [];
const SECTION = 'engine';

function row(figure: string, project: number, baseline: number | null, unit: BenchRow['unit'], goal: string, ok: boolean | null): void {
  rows.push({ section: SECTION, figure, project: Number(project.toFixed(3)), baseline: baseline === null ? null : Number(baseline.toFixed(3)), unit, goal, ok });
}

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
  row('Pay Outstanding, 10,000 vs 1,000 open invoices', medians.get(10_000) ?? 0, medians.get(1_000) ?? 0, 'ms', `≤ ${GROWTH_LIMIT}× the 1,000 case`, ratio <= GROWTH_LIMIT);
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

  const PAYMENTS = INTERLEAVED;
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
  console.log(`${PAYMENTS.toLocaleString('en-US')} interleaved payments on 100 invoices (2 payers + staff pulls), each quoted then submitted: ${total.toFixed(0)} ms, ${(total / PAYMENTS).toFixed(2)} ms each`);
  console.log(`  last 100 vs first 100: ${(last / first).toFixed(2)}× (cost growth as history accumulates)`);
  row(`interleaved payments, last 100 vs first 100 of ${PAYMENTS.toLocaleString('en-US')}`, last / 100, first / 100, 'ms', 'toward 1× (flat)', null);
}

/**
 * The seed with `factor − 1` more copies of its residents, contacts, payment methods, invoices,
 * payments and deposits: every id inside a copy (and every reference to one) gets the suffix
 * `-gN`, so the copies are whole families that refer only to themselves and the settings.
 */
function grownSeed(factor: number): BillingState {
  const state: BillingState = structuredClone(createMockBackend().state);
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'id' && typeof inner === 'string') ids.add(inner);
        else collect(inner);
      }
    }
  };
  const families = ['residents', 'contacts', 'paymentMethods', 'invoices', 'payments', 'deposits'] as const;
  for (const family of families) collect(state[family]);
  const renamed = (value: unknown, suffix: string): unknown => {
    if (typeof value === 'string') return ids.has(value) ? `${value}${suffix}` : value;
    if (Array.isArray(value)) return value.map((v) => renamed(v, suffix));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'number' || k === 'reference' ? `${String(v)}${suffix}` : renamed(v, suffix)]));
    }
    return value;
  };
  const originals = Object.fromEntries(families.map((f) => [f, [...state[f]]])) as Pick<BillingState, (typeof families)[number]>;
  for (let copy = 1; copy < factor; copy++) {
    const suffix = `-g${copy}`;
    for (const family of families) (state[family] as unknown[]).push(...(originals[family] as unknown[]).map((r) => renamed(r, suffix)));
  }
  return state;
}

/** A store `factor` times the seed, and a payment Daniel can make on it again and again. */
async function grownSeedPayer(factor: number): Promise<() => Promise<number>> {
  const backend = createMockBackend();
  backend.load(grownSeed(factor));
  const handlers = createMockHandlers(backend, { baseUrl: BASE_URL });
  const card = (await methodsOf(handlers, DANIEL)).find((m) => m.type === 'card' && m.status === 'active');
  if (!card) throw new Error('Daniel has no usable card');
  const open = (await call<Schemas['InvoicePage']>(handlers, DANIEL, 'GET', '/invoices?status=open&limit=1', 200)).items[0];
  if (!open) throw new Error('Daniel has no open invoice');
  // Milliseconds of one payment as the pay flow makes it: the review's quote, then the submission.
  return async () => {
    const started = performance.now();
    const body = await quoted(handlers, DANIEL, '/payments/quote', { methodId: card.id, target: { type: 'invoice', invoiceId: open.id }, amountCents: 100, currency: 'USD' });
    await call(handlers, DANIEL, 'POST', '/payments', 201, body);
    return performance.now() - started;
  };
}

async function benchPaymentOnGrownSeed(): Promise<void> {
  const factors = [...new Set([1, 10, GROWTH_FACTOR])];
  const payers = new Map<number, () => Promise<number>>();
  for (const factor of factors) payers.set(factor, await grownSeedPayer(factor));
  const runs = Math.max(RUNS * 2 + 1, 7);
  const times = new Map<number, number[]>(factors.map((f) => [f, []]));
  // Round-robin, after a warm-up round: a busy machine slows every size alike, not one of them.
  for (let round = -2; round < runs; round++) {
    for (const factor of factors) {
      const elapsed = await (payers.get(factor) ?? (() => Promise.resolve(0)))();
      if (round >= 0) times.get(factor)?.push(elapsed);
    }
  }
  const medians = new Map(factors.map((f) => [f, median(times.get(f) ?? [])]));
  for (const factor of factors) {
    console.log(`A payment (quote + submit) on ${factor === 1 ? 'the seed' : `${factor}× the seed`}: ${(medians.get(factor) ?? 0).toFixed(2)} ms (median of ${runs})`);
  }
  const seed = medians.get(1) ?? 1;
  for (const factor of factors.filter((f) => f !== 1)) {
    const ratio = (medians.get(factor) ?? 0) / seed;
    const goal = factor >= 100 ? 1.5 : null;
    console.log(`  ${factor}× the seed vs the seed: ${ratio.toFixed(2)}×${goal === null ? '' : ` (goal ≤ ${goal}×)`}`);
    row(`a payment (quote + submit), ${factor}× the seed vs the seed`, medians.get(factor) ?? 0, seed, 'ms', goal === null ? 'flat (1×)' : `≤ ${goal}× the seed`, goal === null ? null : ratio <= goal);
  }
}

/**
 * A store with `count` more payments like a seeded one of `payerPartyId`'s, undeposited and holding
 * their amount as unapplied credit (as `bench/main.ts`), so no invoice balance changes.
 */
function backendWithPayments(count: number, payerPartyId: string): MockBackend {
  const backend = createMockBackend();
  const state: BillingState = structuredClone(backend.state);
  const own = state.payments.filter((p) => p.payerPartyId === payerPartyId);
  const template = own.find((p) => p.depositId === null && p.status === 'succeeded') ?? own.find((p) => p.status === 'succeeded') ?? at(own, 0);
  for (let n = 0; n < count; n++) {
    state.payments.push({
      ...structuredClone(template),
      id: `pay-b${String(n).padStart(6, '0')}`,
      reference: `PAY-20261120-B${String(n).padStart(6, '0')}`,
      status: 'succeeded',
      depositId: null,
      allocations: [],
      unappliedCents: template.amountCents,
      createdAt: new Date(Date.parse('2026-11-20T15:00:00Z') - n * 60_000).toISOString(),
    });
  }
  backend.load(state);
  return backend;
}

/** Median milliseconds of the first page and of page `later` (1-based) of one list. */
async function timePages(handlers: RequestHandler[], token: string, path: string, later: number, limit = 50): Promise<{ first: number; later: number }> {
  const page = (cursor: string | null) => `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  let cursor: string | null = null;
  for (let n = 1; n < later; n++) {
    cursor = (await call<{ nextCursor: string | null }>(handlers, token, 'GET', page(cursor), 200)).nextCursor;
    if (cursor === null) throw new Error(`${path} has fewer than ${later} pages`);
  }
  const time = async (at: string | null): Promise<number> => {
    const runs: number[] = [];
    // A page is a few milliseconds: more runs for a steady median on a shared machine.
    for (let run = 0; run < RUNS * 3; run++) {
      const started = performance.now();
      await call(handlers, token, 'GET', page(at), 200);
      runs.push(performance.now() - started);
    }
    return median(runs);
  };
  return { first: await time(null), later: await time(cursor) };
}

async function benchPaging(): Promise<void> {
  const lists = [
    { name: 'staff Undeposited payments', token: BRENDA, path: '/staff/payments?deposited=false' },
    { name: 'staff Payment history', token: BRENDA, path: '/staff/payments' },
    { name: "payer's payments", token: DANIEL, path: '/payments' },
    { name: "payer's invoices", token: DANIEL, path: '/invoices' },
  ];
  const sizes = [1_000, PAGING_LARGE];
  const results = new Map<string, number>();
  const daniel = await partyOf(createMockHandlers(createMockBackend(), { baseUrl: BASE_URL }), DANIEL);
  for (const size of sizes) {
    const backend = backendWithPayments(size, daniel);
    const handlers = createMockHandlers(backend, { baseUrl: BASE_URL });
    await timePages(handlers, BRENDA, '/staff/payments', 2); // warm-up of this store
    for (const list of lists) {
      // The payer has 13 invoices whatever the store holds: pages of 5, the later one the second.
      const later = list.path === '/invoices' ? 2 : 10;
      const { first, later: next } = await timePages(handlers, list.token, list.path, later, list.path === '/invoices' ? 5 : 50);
      results.set(`${list.name}|first|${size}`, first);
      results.set(`${list.name}|later|${size}`, next);
      console.log(`${list.name}, ${size.toLocaleString('en-US')} payments in the store: first page ${first.toFixed(2)} ms, page ${later} ${next.toFixed(2)} ms (median of ${RUNS * 3})`);
    }
  }
  const [small, large] = sizes as [number, number];
  for (const list of lists) {
    for (const which of ['first', 'later'] as const) {
      const a = results.get(`${list.name}|${which}|${small}`) ?? 1;
      const b = results.get(`${list.name}|${which}|${large}`) ?? 0;
      console.log(`  ${list.name}, ${which} page, ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} payments: ${(b / a).toFixed(2)}×`);
      row(`${list.name}, ${which} page, ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} payments`, b, a, 'ms', '≤ 1.5× (flat)', b / a <= 1.5);
    }
  }
}

console.log(`billing engine benchmark — node ${process.version}, ${new Date().toISOString()}`);
const only = process.env['BENCH_ENGINE_ONLY']?.split(',');
const runs = (name: string): boolean => only === undefined || only.includes(name);
if (runs('growth')) await benchPaymentOnGrownSeed();
if (runs('outstanding')) await benchPayOutstanding();
if (runs('interleaved')) await benchInterleaved();
if (runs('paging')) await benchPaging();
if (JSON_OUTPUT) console.log(`BENCH ${JSON.stringify(rows)}`);
