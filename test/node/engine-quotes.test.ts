// The review is binding: a quote has an id and an expiry, a payment or pull names it, and the
// engine refuses (charging nothing, auditing nothing) when what it would charge now is not what
// was reviewed — driven through the HTTP handlers as the pay flow and the Payment Center do.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import { compareQuote, stampQuote, type QuoteTerms } from '../../src/mock-server/engine/quotes.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Quote = Schemas['PaymentQuote'];
type PullQuote = Schemas['PullQuote'];
type Payment = Schemas['Payment'];

const DANIEL = 'mock-token-daniel-whitaker';
const BRENDA = 'mock-token-brenda-lopez';
const FRANK_PARTY = 'res-castellano';
const FRANK_CHECKING = 'pm-0007';
const CARD = 'pm-0001'; // Daniel's Visa •••• 4242
const BANK = 'pm-0002'; // Daniel's checking
const OCT = 'inv-whitaker-2026-10';
const NOW = '2026-11-25T15:00:00.000Z';

function setup() {
  const http = httpBackend();
  const quote = (body: Record<string, unknown>, token = DANIEL) => http.ok<Quote>('POST', '/payments/quote', token, { currency: 'USD', ...body });
  const outstanding = async () => (await http.ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL)).total.amountCents;
  const payOutstandingBody = async (methodId = CARD) => {
    const total = await outstanding();
    return { methodId, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total, currency: 'USD' };
  };
  const setFees = (change: { cardFeeBasisPoints?: number; bankFeeBasisPoints?: number; allocationPolicy?: string }) =>
    http.ok('PATCH', '/staff/settings', BRENDA, change);
  const advanceMinutes = (minutes: number) => http.ok('POST', '/__mock/clock', BRENDA, { advanceMinutes: minutes });
  const frank = () => http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, BRENDA);
  const pullBody = async (parts?: { methodId: string; amountCents: number }[]) => {
    const payer = await frank();
    const total = payer.outstanding.amountCents;
    return {
      payerId: FRANK_PARTY,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: total,
      parts: parts ?? [{ methodId: FRANK_CHECKING, amountCents: total }],
    };
  };
  const quotePull = (body: unknown) => http.ok<PullQuote>('POST', '/staff/payments/quote', BRENDA, body);
  return { ...http, quote, outstanding, payOutstandingBody, setFees, advanceMinutes, frank, pullBody, quotePull };
}

describe('quotes of a payment', () => {
  test('a quote has an id and expires fifteen minutes after it was made; the authorization text dates it like the rest of the UI', async () => {
    const { quote } = setup();
    const reviewed = await quote({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000 });
    assert.match(reviewed.quoteId, /^qt_/);
    assert.equal(reviewed.expiresAt, '2026-11-25T15:15:00.000Z');
    assert.match(reviewed.authorizationText, / on Nov 25, 2026\./);
    assert.doesNotMatch(reviewed.authorizationText, /2026-11-25/);
    const bank = await quote({ methodId: BANK, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000 });
    assert.match(bank.authorizationText, /on or after Nov 25, 2026\./);
    assert.notEqual(bank.quoteId, reviewed.quoteId, 'other terms, another id');
    // The same terms at the same moment are the same quote: nothing is stored, the id is a digest.
    assert.equal((await quote({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000 })).quoteId, reviewed.quoteId);
  });

  test('the issue’s story: the card fee goes up after review, so the submission is refused with the new quote; the new quote is charged exactly', async () => {
    const { quote, payOutstandingBody, setFees, refused, ok, backend } = setup();
    const body = await payOutstandingBody();
    const reviewed = await quote(body);
    assert.equal(reviewed.feeBasisPoints, 250);
    await setFees({ cardFeeBasisPoints: 300 });

    const error = await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...body, quoteId: reviewed.quoteId });
    const fresh = (error.details as { quote: Quote }).quote;
    assert.equal(fresh.feeBasisPoints, 300);
    assert.equal(fresh.amount.amountCents, reviewed.amount.amountCents, 'only the fee changed');
    assert.ok(fresh.fee.amountCents > reviewed.fee.amountCents);
    assert.equal(fresh.totalCharged.amountCents, fresh.amount.amountCents + fresh.fee.amountCents);
    assert.notEqual(fresh.quoteId, reviewed.quoteId);
    assert.ok(error.message.includes('nothing was charged'), error.message);

    const payment = await ok<Payment>('POST', '/payments', DANIEL, { ...body, quoteId: fresh.quoteId });
    assert.equal(payment.totalCharged.amountCents, fresh.totalCharged.amountCents);
    assert.equal(payment.fee.amountCents, fresh.fee.amountCents);
    assert.equal(payment.quoteId, fresh.quoteId);
    assert.equal(backend.state.payments.find((p) => p.id === payment.id)?.quoteId, fresh.quoteId, 'the record keeps its quote');
  });

  test('a bank fee change refuses a bank payment, not a card one', async () => {
    const { quote, setFees, refused, ok } = setup();
    const byCard = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000, currency: 'USD' };
    const byBank = { ...byCard, methodId: BANK, amountCents: 5_000 };
    const [card, bank] = [await quote(byCard), await quote(byBank)];
    await setFees({ bankFeeBasisPoints: 100 });
    await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...byBank, quoteId: bank.quoteId });
    assert.equal((await ok<Payment>('POST', '/payments', DANIEL, { ...byCard, quoteId: card.quoteId })).totalCharged.amountCents, card.totalCharged.amountCents);
  });

  test('another method, another amount or another allocation than reviewed is quote_changed; an unknown id commits to nothing', async () => {
    const { quote, payOutstandingBody, setFees, refused } = setup();
    const invoice = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000, currency: 'USD' };
    const reviewed = await quote(invoice);
    const method = await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...invoice, methodId: BANK, quoteId: reviewed.quoteId });
    assert.equal((method.details as { quote: Quote }).quote.method.id, BANK, 'the fresh quote is of what was submitted');
    await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...invoice, amountCents: 9_999, quoteId: reviewed.quoteId });
    await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...invoice, quoteId: 'qt_forged' });
    // A hand-made id with a later expiry but the reviewed digest: the expiry is part of the digest.
    const [, , digest] = reviewed.quoteId.split('_');
    await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...invoice, quoteId: `qt_${(Date.parse(NOW) + 86_400_000).toString(36)}_${digest}` });

    // Same total, but the community now keeps payments as credit instead of settling invoices.
    const outstanding = await payOutstandingBody();
    const settling = await quote(outstanding);
    assert.ok(settling.allocations.length > 0);
    await setFees({ allocationPolicy: 'unapplied_credit' });
    const error = await refused(409, 'quote_changed', 'POST', '/payments', DANIEL, { ...outstanding, quoteId: settling.quoteId });
    const fresh = (error.details as { quote: Quote }).quote;
    assert.deepEqual([fresh.allocations.length, fresh.unapplied.amountCents], [0, outstanding.amountCents]);
  });

  test('the payment’s own refusals come first, in their order: a lower balance is balance_changed or amount_exceeds_balance, not quote_changed', async () => {
    const { quote, payOutstandingBody, refused, ok } = setup();
    const outstanding = await payOutstandingBody();
    const whole = await quote(outstanding);
    const invoice = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1_000, currency: 'USD' };
    await ok('POST', '/payments', DANIEL, invoice);
    await refused(409, 'balance_changed', 'POST', '/payments', DANIEL, { ...outstanding, quoteId: whole.quoteId });
    await refused(400, 'validation_failed', 'POST', '/payments', DANIEL, { ...invoice, currency: 'EUR', quoteId: whole.quoteId });
    await refused(422, 'method_unusable', 'POST', '/payments', DANIEL, { ...invoice, methodId: 'pm-0003', quoteId: whole.quoteId });
  });

  test('fifteen minutes later the quote has expired: quote_expired with a fresh quote, nothing charged', async () => {
    const { quote, advanceMinutes, refused, ok } = setup();
    const invoice = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000, currency: 'USD' };
    const reviewed = await quote(invoice);
    await advanceMinutes(15);
    // At its expiry a quote still holds…
    const onTime = await quote(invoice);
    await advanceMinutes(1);
    const error = await refused(409, 'quote_expired', 'POST', '/payments', DANIEL, { ...invoice, quoteId: reviewed.quoteId });
    const fresh = (error.details as { quote: Quote }).quote;
    assert.equal(fresh.expiresAt, '2026-11-25T15:31:00.000Z');
    assert.equal(fresh.totalCharged.amountCents, reviewed.totalCharged.amountCents);
    await ok<Payment>('POST', '/payments', DANIEL, { ...invoice, quoteId: onTime.quoteId });
    const late = await ok<Payment>('POST', '/payments', DANIEL, { ...invoice, quoteId: fresh.quoteId });
    assert.equal(late.quoteId, fresh.quoteId);
  });

  test('a retry with the same key and body replays the first answer even after the quote expired', async () => {
    const { quote, advanceMinutes, call, backend } = setup();
    const invoice = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 10_000, currency: 'USD' };
    const body = { ...invoice, quoteId: (await quote(invoice)).quoteId };
    const first = await call('POST', '/payments', DANIEL, body, 'key-quoted');
    assert.equal(first.status, 201);
    await advanceMinutes(30);
    const before = structuredClone(backend.state);
    assert.deepEqual(await call('POST', '/payments', DANIEL, body, 'key-quoted'), first);
    assert.deepEqual(backend.state.payments, before.payments);
  });

  test('quote ids are a digest of the terms and the expiry', () => {
    const terms: QuoteTerms = {
      payerPartyId: 'p1',
      source: 'portal',
      target: { type: 'outstanding' },
      currency: 'USD',
      parts: [{ methodId: 'm1', amountCents: 100, feeCents: 3, feeBasisPoints: 250, allocations: [{ invoiceId: 'b', amountCents: 60 }, { invoiceId: 'a', amountCents: 40 }], unappliedCents: 0 }],
    };
    const now = new Date(NOW);
    const { quoteId } = stampQuote(terms, now);
    assert.equal(compareQuote(quoteId, terms, now), 'matches');
    const reordered = { ...terms, parts: terms.parts.map((p) => ({ ...p, allocations: [...p.allocations].reverse() })) };
    assert.equal(compareQuote(quoteId, reordered, now), 'matches', 'the order of the same allocations is not a change');
    assert.equal(compareQuote(quoteId, { ...terms, parts: terms.parts.map((p) => ({ ...p, feeCents: 4 })) }, now), 'changed');
    assert.equal(compareQuote(quoteId, { ...terms, payerPartyId: 'p2' }, now), 'changed');
    assert.equal(compareQuote(quoteId, terms, new Date(Date.parse(NOW) + 15 * 60_000 + 1)), 'expired');
    assert.equal(compareQuote('not-a-quote', terms, now), 'changed');
  });
});

describe('quotes of a staff pull', () => {
  test('a pull quote shows each part’s method, amount, fee, total charged and invoices, and changes nothing', async () => {
    const { pullBody, quotePull, backend, setFees } = setup();
    await setFees({ bankFeeBasisPoints: 100 });
    const body = await pullBody();
    const before = structuredClone(backend.state);
    const quote = await quotePull(body);
    assert.deepEqual(backend.state, before, 'quoting changed the store');
    assert.match(quote.quoteId, /^qt_/);
    assert.equal(quote.expiresAt, '2026-11-25T15:15:00.000Z');
    const [part] = quote.parts;
    assert.ok(part);
    assert.equal(part.method.id, FRANK_CHECKING);
    assert.equal(part.feeBasisPoints, 100);
    assert.equal(part.fee.amountCents, Math.floor((body.expectedAmountCents * 100 + 5_000) / 10_000));
    assert.equal(part.totalCharged.amountCents, part.amount.amountCents + part.fee.amountCents);
    assert.equal(part.allocations.reduce((sum, a) => sum + a.amount.amountCents, 0), body.expectedAmountCents);
    assert.ok(part.allocations.every((a) => a.invoiceNumber.startsWith('INV-')));
    assert.deepEqual([quote.amount.amountCents, quote.fee.amountCents, quote.totalCharged.amountCents], [part.amount.amountCents, part.fee.amountCents, part.totalCharged.amountCents]);
  });

  test('the pull quote refuses like the pull: payers are forbidden, an unauthorized method is unusable, a stale total is balance_changed', async () => {
    const { pullBody, refused } = setup();
    const body = await pullBody();
    await refused(403, 'forbidden', 'POST', '/staff/payments/quote', DANIEL, body);
    const unusable = await refused(422, 'method_unusable', 'POST', '/staff/payments/quote', BRENDA, { ...body, parts: [{ methodId: CARD, amountCents: 100 }] });
    assert.ok(unusable.fields?.['parts[0].methodId']);
    await refused(409, 'balance_changed', 'POST', '/staff/payments/quote', BRENDA, { ...body, expectedAmountCents: body.expectedAmountCents + 1 });
  });

  test('a fee change after review refuses the pull with the new quote; pulling the new quote charges exactly its total', async () => {
    const { pullBody, quotePull, setFees, refused, ok, backend } = setup();
    const body = await pullBody();
    const reviewed = await quotePull(body);
    assert.equal(reviewed.fee.amountCents, 0);
    await setFees({ bankFeeBasisPoints: 100 });
    const error = await refused(409, 'quote_changed', 'POST', '/staff/payments', BRENDA, { ...body, quoteId: reviewed.quoteId });
    const fresh = (error.details as { quote: PullQuote }).quote;
    assert.ok(fresh.fee.amountCents > 0);
    assert.equal(fresh.parts[0]?.feeBasisPoints, 100);
    assert.ok(error.message.includes('nothing was pulled'), error.message);

    const { items } = await ok<{ items: Payment[] }>('POST', '/staff/payments', BRENDA, { ...body, quoteId: fresh.quoteId });
    const charged = items.reduce((sum, p) => sum + p.totalCharged.amountCents, 0);
    assert.equal(charged, fresh.totalCharged.amountCents);
    assert.ok(items.every((p) => p.quoteId === fresh.quoteId));
    assert.ok(items.every((p) => backend.state.payments.find((r) => r.id === p.id)?.quoteId === fresh.quoteId));
  });

  test('a pull quote expires after fifteen minutes: quote_expired with a fresh quote', async () => {
    const { pullBody, quotePull, advanceMinutes, refused } = setup();
    const body = await pullBody();
    const reviewed = await quotePull(body);
    await advanceMinutes(16);
    const error = await refused(409, 'quote_expired', 'POST', '/staff/payments', BRENDA, { ...body, quoteId: reviewed.quoteId });
    assert.equal((error.details as { quote: PullQuote }).quote.expiresAt, '2026-11-25T15:31:00.000Z');
  });

  test('a card declined at charge time is a result, not a change: the split is pulled and the declined part carries its failure', async () => {
    const { pullBody, quotePull, ok, backend } = setup();
    // Frank's profile does not manage methods, so his declining card (authorized) is put on file here.
    const card = { id: 'pm-frank-declines' };
    backend.mutate((draft) => {
      const checking = draft.paymentMethods.find((m) => m.id === FRANK_CHECKING);
      assert.ok(checking);
      const { bankAccount: _bank, ...base } = checking as Extract<typeof checking, { type: 'bank_account' }>;
      draft.paymentMethods.push({ ...base, id: card.id, isDefault: false, type: 'card', card: { token: 'tok_chargeDeclined', brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030, funding: 'credit' } });
    });
    const whole = await pullBody();
    const body = await pullBody([
      { methodId: card.id, amountCents: 1_000 },
      { methodId: FRANK_CHECKING, amountCents: whole.expectedAmountCents - 1_000 },
    ]);
    const quote = await quotePull(body);
    assert.equal(quote.parts[0]?.method.id, card.id);
    assert.ok((quote.parts[0]?.allocations.length ?? 0) > 0, 'the quote shows what the card part would settle');
    const { items } = await ok<{ items: Payment[] }>('POST', '/staff/payments', BRENDA, { ...body, quoteId: quote.quoteId });
    assert.deepEqual(items.map((p) => p.status), ['failed', 'pending']);
    assert.equal(backend.state.auditLog.at(-1)?.action, 'payment_pulled');
  });
});
