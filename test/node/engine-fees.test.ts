// Fees follow card rules: who pays a convenience fee (card funding, the surcharge switch), how much
// (percentage, flat part, cap), the rule named at review, no fee on failed payments, and whether a
// refund gives the fee back — the pure rule first, then through the HTTP API as a client sees it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { feeFor, refundFeeCents, type FeeSettings } from '../../src/mock-server/engine/fees.js';
import { refundedTotalCents } from '../../src/mock-server/engine/ledger.js';
import type { PaymentRecord } from '../../src/mock-server/engine/state.js';
import type { components } from '../../src/contract/types.js';
import { httpBackend } from './support/http-backend.js';

type Schemas = components['schemas'];
type Payment = Schemas['Payment'];
type Quote = Schemas['PaymentQuote'];
type Method = Schemas['PaymentMethod'];
type Settings = Schemas['CommunitySettings'];

const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_PARTY = 'con-daniel-whitaker';
const BRENDA = 'mock-token-brenda-lopez';
const CREDIT_CARD = 'pm-0001'; // Daniel's Visa •••• 4242, credit
const BANK = 'pm-0002'; // Daniel's checking, authorized for pulls
const OCT = 'inv-whitaker-2026-10';
const ADDRESS = { name: 'Daniel Whitaker', line1: '18 Elm Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' };

const SETTINGS: FeeSettings = {
  currency: 'USD',
  cardFeeBasisPoints: 250,
  bankFeeBasisPoints: 0,
  cardFeeFundings: ['credit'],
  cardFeeFlatCents: 0,
  cardFeeCapCents: null,
  bankFeeFlatCents: 0,
  bankFeeCapCents: null,
  cardSurchargesProhibited: false,
};
const card = (funding: 'credit' | 'debit' | 'prepaid' | 'unknown') => ({ type: 'card' as const, card: { funding } });
const bank = { type: 'bank_account' as const };

describe('feeFor', () => {
  test('by default only credit cards pay the card fee; debit, prepaid and unknown cards pay none', () => {
    assert.deepEqual(feeFor(SETTINGS, card('credit'), 10_000), {
      feeCents: 250,
      basisPoints: 250,
      flatCents: 0,
      rule: 'A 2.5% convenience fee applies to credit cards.',
    });
    assert.deepEqual(feeFor(SETTINGS, card('debit'), 10_000), { feeCents: 0, basisPoints: 0, flatCents: 0, rule: 'Debit cards pay no convenience fee.' });
    assert.equal(feeFor(SETTINGS, card('prepaid'), 10_000).rule, 'Prepaid cards pay no convenience fee.');
    assert.equal(feeFor(SETTINGS, card('prepaid'), 10_000).feeCents, 0);
    assert.equal(feeFor(SETTINGS, card('unknown'), 10_000).rule, 'Cards of unknown type pay no convenience fee.');
    const all = { ...SETTINGS, cardFeeFundings: ['credit', 'debit', 'prepaid', 'unknown'] as const };
    assert.equal(feeFor({ ...all, cardFeeFundings: [...all.cardFeeFundings] }, card('debit'), 10_000).rule, 'A 2.5% convenience fee applies to all cards.');
    assert.equal(
      feeFor({ ...SETTINGS, cardFeeFundings: ['credit', 'unknown'] }, card('unknown'), 10_000).rule,
      'A 2.5% convenience fee applies to credit cards and cards of unknown type.',
    );
  });

  test('a flat part adds to the percentage, and the cap limits the sum', () => {
    const capped = { ...SETTINGS, cardFeeFlatCents: 100, cardFeeCapCents: 5_000 };
    // 2.5% of $100.00 + $1.00 = $3.50, under the cap.
    assert.equal(feeFor(capped, card('credit'), 10_000).feeCents, 350);
    // 2.5% of $14,666.11 = $366.65 (half-up) + $1.00, capped at $50.00.
    const big = feeFor(capped, card('credit'), 1_466_611);
    assert.deepEqual(big, { feeCents: 5_000, basisPoints: 250, flatCents: 100, rule: 'A 2.5% + $1.00 convenience fee applies to credit cards, at most $50.00.' });
    assert.equal(feeFor({ ...SETTINGS, cardFeeBasisPoints: 0, cardFeeFlatCents: 800 }, card('credit'), 10_000).rule, 'An $8.00 convenience fee applies to credit cards.');
    assert.equal(feeFor({ ...SETTINGS, cardFeeBasisPoints: 0 }, card('credit'), 10_000).rule, 'Cards pay no convenience fee.');
  });

  test('the surcharge switch turns every card fee off, whatever else is set; bank fees are their own', () => {
    const off = { ...SETTINGS, cardFeeFundings: ['credit', 'debit'] as ('credit' | 'debit')[], cardFeeFlatCents: 100, cardSurchargesProhibited: true, bankFeeBasisPoints: 100, bankFeeCapCents: 300 };
    assert.deepEqual(feeFor(off, card('credit'), 10_000), { feeCents: 0, basisPoints: 0, flatCents: 0, rule: 'Card surcharges are off in this community.' });
    assert.equal(feeFor(off, card('debit'), 10_000).feeCents, 0);
    assert.deepEqual(feeFor(off, bank, 10_000), { feeCents: 100, basisPoints: 100, flatCents: 0, rule: 'A 1% convenience fee applies to bank account payments, at most $3.00.' });
    assert.equal(feeFor(off, bank, 100_000).feeCents, 300);
    assert.equal(feeFor(SETTINGS, bank, 100_000).rule, 'Bank account payments pay no convenience fee.');
  });
});

describe('refund fee shares', () => {
  const payment = (feeCents: number, refunds: [number, number][] = []): PaymentRecord =>
    ({ amountCents: 10_000, feeCents, currency: 'USD', refunds: refunds.map(([amountCents, fee]) => ({ amountCents, feeCents: fee })) }) as unknown as PaymentRecord;

  test('kept gives nothing back; refunded gives a share rounded down, and the completing refund the rest', () => {
    assert.equal(refundFeeCents({ feeOnRefund: 'kept' }, payment(250), 10_000), 0);
    const refunded = { feeOnRefund: 'refunded' as const };
    assert.equal(refundFeeCents(refunded, payment(250), 3_333), 83); // 83.325
    assert.equal(refundFeeCents(refunded, payment(250, [[3_333, 83]]), 3_333), 83);
    assert.equal(refundFeeCents(refunded, payment(250, [[3_333, 83], [3_333, 83]]), 3_334), 84);
    assert.equal(refundFeeCents(refunded, payment(0), 10_000), 0);
  });

  test('refundedTotalCents is the amount plus the fee given back', () => {
    assert.equal(refundedTotalCents({ id: 'ref-1', amountCents: 1_000, feeCents: 25, reason: '', createdAt: '', createdBy: { userId: null, name: '', role: 'system' }, reversals: [] }), 1_025);
  });
});

/** A backend with Daniel signed in, and the calls these scenarios repeat. */
function scenario() {
  const http = httpBackend();
  const settings = (change: Partial<Settings>) => http.ok<Settings>('PATCH', '/staff/settings', BRENDA, change);
  const addCard = async (token: string, last4: string, funding?: string, recurring = false) =>
    http.ok<Method>('POST', '/payment-methods', DANIEL, {
      type: 'card',
      token,
      card: { brand: 'visa', last4, expMonth: 12, expYear: 2030, ...(funding ? { funding } : {}) },
      billingAddress: ADDRESS,
      authorizeRecurring: recurring,
    });
  const quote = (methodId: string, amountCents: number) =>
    http.ok<Quote>('POST', '/payments/quote', DANIEL, { methodId, target: { type: 'invoice', invoiceId: OCT }, amountCents, currency: 'USD' });
  const pay = (methodId: string, amountCents: number) =>
    http.ok<Payment>('POST', '/payments', DANIEL, { methodId, target: { type: 'invoice', invoiceId: OCT }, amountCents, currency: 'USD' });
  return { ...http, settings, addCard, quote, pay };
}

describe('the review names the rule', () => {
  test('a credit card pays the fee and a debit card none; the authorization text says which rule applied', async () => {
    const { quote, addCard } = scenario();
    const credit = await quote(CREDIT_CARD, 10_000);
    assert.equal(credit.fee.amountCents, 250);
    assert.equal(credit.feeBasisPoints, 250);
    assert.equal(credit.feeRule, 'A 2.5% convenience fee applies to credit cards.');
    assert.match(credit.authorizationText, /plus a convenience fee of \$2\.50\. A 2\.5% convenience fee applies to credit cards\./);

    const debit = await addCard('tok_visa_5556', '5556', 'debit');
    assert.equal(debit.card?.funding, 'debit');
    const review = await quote(debit.id, 10_000);
    assert.equal(review.fee.amountCents, 0);
    assert.equal(review.totalCharged.amountCents, 10_000);
    assert.equal(review.feeRule, 'Debit cards pay no convenience fee.');
    assert.ok(review.authorizationText.endsWith('Debit cards pay no convenience fee.'), review.authorizationText);
  });

  test('settings change the rule: flat + percentage with a cap, the surcharge switch, a bank fee', async () => {
    const { quote, settings, call } = scenario();
    const saved = await settings({ cardFeeFlatCents: 100, cardFeeCapCents: 300 });
    assert.equal(saved.cardFeeCapCents, 300);
    const capped = await quote(CREDIT_CARD, 20_000);
    assert.equal(capped.fee.amountCents, 300);
    assert.equal(capped.feeRule, 'A 2.5% + $1.00 convenience fee applies to credit cards, at most $3.00.');

    await settings({ cardSurchargesProhibited: true });
    const off = await quote(CREDIT_CARD, 20_000);
    assert.equal(off.fee.amountCents, 0);
    assert.equal(off.feeRule, 'Card surcharges are off in this community.');

    await settings({ bankFeeBasisPoints: 100, bankFeeFlatCents: 25 });
    const bankQuote = await quote(BANK, 20_000);
    assert.equal(bankQuote.fee.amountCents, 225);
    assert.equal(bankQuote.feeRule, 'A 1% + $0.25 convenience fee applies to bank account payments.');

    // Payers read the same settings.
    const me = (await call('GET', '/me', DANIEL)).body as Schemas['Me'];
    assert.equal(me.community.cardSurchargesProhibited, true);
  });

  test('fee settings are validated with field errors, change nothing when refused, and are audited once', async () => {
    const { refused, settings, backend, ok } = scenario();
    const capBelowFlat = await refused(400, 'validation_failed', 'PATCH', '/staff/settings', BRENDA, { cardFeeFlatCents: 500, cardFeeCapCents: 400 });
    assert.match(capBelowFlat.fields?.['cardFeeCapCents'] ?? '', /at least the flat fee of \$5\.00/);
    await refused(400, 'validation_failed', 'PATCH', '/staff/settings', BRENDA, { bankFeeFlatCents: 1_000_000_001 });
    await refused(400, 'validation_failed', 'PATCH', '/staff/settings', BRENDA, { cardFeeFundings: ['credit', 'credit'] });
    await refused(400, 'validation_failed', 'PATCH', '/staff/settings', BRENDA, { feeOnRefund: 'sometimes' });
    await refused(400, 'validation_failed', 'PATCH', '/staff/settings', BRENDA, { bankFeeCapCents: 0 });

    const before = backend.state.auditLog.length;
    const saved = await settings({ cardFeeFundings: ['debit', 'credit'], feeOnRefund: 'refunded', cardFeeCapCents: null });
    assert.deepEqual(saved.cardFeeFundings, ['credit', 'debit']);
    assert.equal(saved.feeOnRefund, 'refunded');
    const entries = backend.state.auditLog.slice(before);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.action, 'settings_changed');
    assert.match(entries[0]?.summary ?? '', /which cards pay the card fee, whether refunds give the fee back/);
    assert.deepEqual(
      entries[0]?.changes.map((c) => c.field),
      ['cardFeeFundings', 'feeOnRefund'],
    );
    const read = await ok<Settings>('GET', '/staff/settings', BRENDA);
    assert.deepEqual(read.cardFeeFundings, ['credit', 'debit']);
  });
});

describe('failed payments carry no fee', () => {
  test('a declined card in the portal: failed, fee 0, and the decline notice asks for the amount alone', async () => {
    const { addCard, pay, backend } = scenario();
    const declining = await addCard('tok_chargeDeclined', '0002', 'credit');
    const payment = await pay(declining.id, 10_000);
    assert.equal(payment.status, 'failed');
    assert.equal(payment.fee.amountCents, 0);
    assert.equal(payment.totalCharged.amountCents, 10_000);
    assert.match(payment.history.at(-1)?.detail ?? '', /No convenience fee was charged\./);
    const notice = backend.state.outbox.filter((e) => e.notice === 'card_declined').at(-1);
    assert.ok(notice?.body.includes('$100.00'), notice?.body);
    assert.ok(!notice?.body.includes('$102.50'), notice?.body);
  });

  test('a declined card in a pull and in a split part is recorded without a fee; the other part keeps its own', async () => {
    const { addCard, ok, settings } = scenario();
    await settings({ bankFeeBasisPoints: 100 });
    const declining = await addCard('tok_chargeDeclined', '0002', 'credit', true);
    const single = await ok<{ items: Payment[] }>('POST', '/staff/payments', BRENDA, {
      payerId: DANIEL_PARTY, target: { type: 'invoice', invoiceId: OCT }, currency: 'USD', parts: [{ methodId: declining.id, amountCents: 10_000 }],
    });
    assert.equal(single.items[0]?.status, 'failed');
    assert.equal(single.items[0]?.fee.amountCents, 0);

    const payer = await ok<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, BRENDA);
    const owed = payer.outstanding.amountCents;
    const split = await ok<{ items: Payment[] }>('POST', '/staff/payments', BRENDA, {
      payerId: DANIEL_PARTY, target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: owed,
      parts: [{ methodId: declining.id, amountCents: 10_000 }, { methodId: BANK, amountCents: 20_000 }],
    });
    const [cardPart, bankPart] = split.items;
    assert.equal(cardPart?.status, 'failed');
    assert.equal(cardPart?.fee.amountCents, 0);
    assert.equal(bankPart?.status, 'pending');
    assert.equal(bankPart?.fee.amountCents, 200);
  });

  test('a bank debit that fails gives up its fee', async () => {
    const { pay, settings, ok } = scenario();
    await settings({ bankFeeBasisPoints: 100 });
    const payment = await pay(BANK, 10_000);
    assert.equal(payment.fee.amountCents, 100);
    const failed = await ok<Payment>('POST', `/__mock/payments/${payment.id}/fail`, undefined, {});
    assert.equal(failed.status, 'failed');
    assert.equal(failed.fee.amountCents, 0);
    const seen = await ok<Payment>('GET', `/payments/${payment.id}`, DANIEL);
    assert.equal(seen.fee.amountCents, 0);
    assert.equal(seen.totalCharged.amountCents, 10_000);
  });
});

describe('refunds and the fee', () => {
  const refund = (http: ReturnType<typeof scenario>, id: string, amountCents: number) =>
    http.ok<Payment>('POST', `/staff/payments/${id}/refunds`, BRENDA, { amountCents, currency: 'USD', reason: 'Overcharged' });

  test('kept: a refund gives back nothing of the fee, and its history says so', async () => {
    const http = scenario();
    const paid = await http.pay(CREDIT_CARD, 12_000);
    assert.equal(paid.fee.amountCents, 300);
    const after = await refund(http, paid.id, 12_000);
    assert.equal(after.refunds[0]?.fee.amountCents, 0);
    assert.match(after.history.at(-1)?.detail ?? '', /The \$3\.00 convenience fee is not refunded\./);
  });

  test('refunded: shares in proportion, rounded down, with the last refund taking the rest, so they sum to the fee', async () => {
    const http = scenario();
    await http.settings({ feeOnRefund: 'refunded' });
    const paid = await http.pay(CREDIT_CARD, 10_001);
    const fee = paid.fee.amountCents; // 2.5% of $100.01 = 250.025 → 250
    assert.equal(fee, 250);
    await refund(http, paid.id, 3_333);
    await refund(http, paid.id, 3_333);
    const last = await refund(http, paid.id, 3_335);
    const shares = last.refunds.map((r) => r.fee.amountCents);
    assert.deepEqual(shares, [83, 83, 84]);
    assert.equal(shares.reduce((a, b) => a + b, 0), fee);
    assert.equal(last.status, 'refunded');
    assert.match(last.history.at(-1)?.detail ?? '', /\$0\.84 of the \$2\.50 convenience fee is refunded\./);

    const full = await http.pay(CREDIT_CARD, 4_000);
    const whole = await refund(http, full.id, 4_000);
    assert.equal(whole.refunds[0]?.fee.amountCents, full.fee.amountCents);
    assert.match(whole.history.at(-1)?.detail ?? '', /The \$1\.00 convenience fee is refunded\./);
  });
});

describe('representments', () => {
  test('a payment presented again keeps its original fee, even after the fee setting changed', async () => {
    const http = scenario();
    await http.settings({ bankFeeBasisPoints: 100 });
    const paid = await http.pay(BANK, 10_000);
    await http.ok('POST', `/staff/payments/${paid.id}/returns`, BRENDA, { code: 'R01', reason: 'NSF' });
    await http.settings({ bankFeeBasisPoints: 0 });
    const again = await http.ok<Payment>('POST', `/staff/payments/${paid.id}/representments`, BRENDA, {});
    assert.equal(again.fee.amountCents, 100);
  });
});
