// Fees in words for the widgets: who pays under the settings, what a change will do before it is
// saved, and what a refund does with the fee.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feeConsequences, guideFeeSentence, methodsFeeSentence, previewRefundFee, refundFeeSentence, refundPolicySentence, type FeeRules } from '../../src/core/fee-words.js';

const RULES: FeeRules = {
  currency: 'USD',
  cardFeeBasisPoints: 250,
  bankFeeBasisPoints: 0,
  cardFeeFundings: ['credit'],
  cardFeeFlatCents: 0,
  cardFeeCapCents: null,
  bankFeeFlatCents: 0,
  bankFeeCapCents: null,
  cardSurchargesProhibited: false,
  feeOnRefund: 'kept',
};

test('methodsFeeSentence names who pays: credit cards only by default, with a cap; nothing when surcharges are off', () => {
  assert.equal(methodsFeeSentence(RULES, 'en-US'), 'Credit cards carry a 2.5% convenience fee; other cards none; bank accounts none. You will see the exact total before you pay.');
  assert.equal(
    methodsFeeSentence({ ...RULES, cardFeeFlatCents: 100, cardFeeCapCents: 5_000, bankFeeBasisPoints: 100 }, 'en-US'),
    'Credit cards carry a 2.5% + $1.00 convenience fee (at most $50.00); other cards none; bank accounts a 1% fee. You will see the exact total before you pay.',
  );
  assert.equal(
    methodsFeeSentence({ ...RULES, cardSurchargesProhibited: true }, 'en-US'),
    'Cards carry no fee (card surcharges are off in this community); bank accounts none. You will see the exact total before you pay.',
  );
  assert.match(methodsFeeSentence({ ...RULES, cardFeeFundings: ['credit', 'debit', 'prepaid', 'unknown'] }, 'en-US'), /^Cards carry a 2\.5% convenience fee; bank accounts none\./);
});

test('feeConsequences says what a change will do before it is saved', () => {
  assert.deepEqual(feeConsequences(RULES, RULES, 'en-US'), []);
  const all = { ...RULES, cardFeeFundings: ['credit', 'debit', 'prepaid'] as FeeRules['cardFeeFundings'] };
  assert.deepEqual(feeConsequences(all, RULES, 'en-US'), ['Debit cards and prepaid cards will pay no fee.']);
  const back = feeConsequences(RULES, all, 'en-US');
  assert.equal(back[0], 'Debit cards and prepaid cards will pay the card fee.');
  assert.match(back[1] ?? '', /forbid surcharging debit and prepaid cards/);
  assert.deepEqual(feeConsequences(RULES, { ...RULES, cardSurchargesProhibited: true }, 'en-US'), [
    'No card will pay a fee: card surcharges will be off in this community, whatever else is set.',
  ]);
  assert.deepEqual(feeConsequences(RULES, { ...RULES, cardFeeCapCents: 5_000 }, 'en-US'), ['Credit cards will pay at most $50.00 in fees per payment.']);
  assert.deepEqual(feeConsequences(RULES, { ...RULES, bankFeeBasisPoints: 100, bankFeeFlatCents: 25 }, 'en-US'), ['Bank account payments will pay 1% + $0.25.']);
  assert.deepEqual(feeConsequences(RULES, { ...RULES, feeOnRefund: 'refunded' }, 'en-US'), [refundPolicySentence('refunded', 'will')]);
});

test('refund fee sentences and the preview share agree with the engine’s rule', () => {
  assert.equal(refundFeeSentence(300, 0, 'USD', 'en-US'), 'The $3.00 convenience fee is not refunded.');
  assert.equal(refundFeeSentence(300, 300, 'USD', 'en-US'), 'The $3.00 convenience fee is refunded.');
  assert.equal(refundFeeSentence(300, 150, 'USD', 'en-US'), '$1.50 of the $3.00 convenience fee is refunded.');
  assert.equal(refundFeeSentence(0, 0, 'USD', 'en-US'), null);
  const payment = { amountCents: 10_001, feeCents: 250, refunds: [] as { amountCents: number; feeCents: number }[] };
  assert.equal(previewRefundFee('kept', payment, 10_001), 0);
  assert.equal(previewRefundFee('refunded', payment, 3_333), 83);
  assert.equal(previewRefundFee('refunded', { ...payment, refunds: [{ amountCents: 3_333, feeCents: 83 }, { amountCents: 3_333, feeCents: 83 }] }, 3_335), 84);
});

test('guideFeeSentence says what one kind of method costs, in the guide\'s words', () => {
  assert.equal(
    guideFeeSentence('card', { ...RULES, cardFeeFlatCents: 100, cardFeeCapCents: 2_500 }, 'en-US'),
    'Paying by credit card adds a convenience fee of 2.5% of the amount plus $1.00, at most $25.00; debit cards, prepaid cards and cards of unknown type pay none; you see it, and the total, before you confirm.',
  );
  assert.equal(guideFeeSentence('bank account', RULES, 'en-US'), 'Paying by bank account costs nothing extra.');
  assert.equal(
    guideFeeSentence('bank account', { ...RULES, bankFeeFlatCents: 150 }, 'en-US'),
    'Paying by bank account adds a convenience fee of $1.50; you see it, and the total, before you confirm.',
  );
  assert.equal(guideFeeSentence('card', { ...RULES, cardSurchargesProhibited: true }, 'en-US'), 'Paying by card costs nothing extra.');
  assert.equal(guideFeeSentence('card', { ...RULES, cardFeeFundings: [] }, 'en-US'), 'Paying by card costs nothing extra.');
});

test('guideFeeSentence names the paying cards: "credit or debit card", "a card of unknown type", or every card', () => {
  assert.match(
    guideFeeSentence('card', { ...RULES, cardFeeFundings: ['credit', 'debit'] }, 'en-US'),
    /^Paying by credit or debit card adds a convenience fee of 2\.5% of the amount; prepaid cards and cards of unknown type pay none;/,
  );
  assert.match(
    guideFeeSentence('card', { ...RULES, cardFeeFundings: ['credit', 'unknown'] }, 'en-US'),
    /^Paying by credit card or a card of unknown type adds a convenience fee of 2\.5% of the amount; debit cards and prepaid cards pay none;/,
  );
  assert.equal(
    guideFeeSentence('card', { ...RULES, cardFeeFundings: ['credit', 'debit', 'prepaid', 'unknown'], cardFeeCapCents: 5_000 }, 'en-US'),
    'Paying by card adds a convenience fee of 2.5% of the amount, at most $50.00; you see it, and the total, before you confirm.',
  );
});

test('the pay flow and the guide read the same fee settings: both see a bank flat part and cap', () => {
  const rules = { ...RULES, bankFeeBasisPoints: 100, bankFeeFlatCents: 25, bankFeeCapCents: 1_000 };
  assert.match(methodsFeeSentence(rules, 'en-US'), /bank accounts a 1% \+ \$0\.25 fee \(at most \$10\.00\)\./);
  assert.match(guideFeeSentence('bank account', rules, 'en-US'), /^Paying by bank account adds a convenience fee of 1% of the amount plus \$0\.25, at most \$10\.00;/);
});
