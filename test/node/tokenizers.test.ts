// The tokenizers' pure halves in Node: the tokenizers' subpath imports without a DOM, the
// documented test cards agree with the mock gateway, and Stripe's errors map to ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StripeError } from '@stripe/stripe-js';
import * as sdk from '../../src/sdk/tokenizers/index.js';
import { cardChargeFailure } from '../../src/mock-server/engine/gateway.js';
import type { CardMethodRecord } from '../../src/mock-server/engine/state.js';
import { brandOf, cardDigits, checkCardNumber, luhnCheckDigit, testCardFunding, testCardToken } from '../../src/sdk/tokenizers/card-number.js';
import { cardBrandFromStripe, cardFundingFromStripe, cardTokenizeErrorFromStripe } from '../../src/sdk/tokenizers/stripe-tokenizer.js';

test('the tokenizers\' subpath exports both tokenizers and builds them in Node, where there is no DOM', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(sdk.createTestTokenizer({ enabled: true }).kind, 'test');
  assert.equal(sdk.createStripeTokenizer({ publishableKey: 'pk_test_x', loadStripe: async () => null }).kind, 'stripe');
  const error = new sdk.CardTokenizeError('invalid_cvc', 'The security code is 3 digits.', 'cvc');
  assert.ok(error instanceof Error);
  assert.deepEqual([error.name, error.code, error.field], ['CardTokenizeError', 'invalid_cvc', 'cvc']);
});

const chargeOutcome = (token: string, last4: string) => {
  const method = { type: 'card', card: { token, brand: 'visa', last4, expMonth: 12, expYear: 2030 } } as CardMethodRecord;
  return cardChargeFailure(method)?.code ?? 'succeeds';
};

test('every documented test card is valid, of its brand, and has the outcome the mock gateway gives its token', () => {
  const expected = { succeeds: 'succeeds', declined: 'card_declined', insufficient_funds: 'insufficient_funds' } as const;
  assert.equal(sdk.TEST_CARD_NUMBERS.length, 9);
  for (const card of sdk.TEST_CARD_NUMBERS) {
    const digits = cardDigits(card.number)!;
    assert.equal(checkCardNumber(card.number), null, card.number);
    assert.equal(brandOf(digits), card.brand, card.number);
    assert.equal(testCardToken(digits), card.token, card.number);
    assert.equal(chargeOutcome(card.token, digits.slice(-4)), expected[card.outcome], card.number);
    assert.equal(testCardFunding(digits), card.funding, card.number);
  }
  assert.deepEqual(
    sdk.TEST_CARD_NUMBERS.map((c) => [c.number, c.token]),
    [
      ['4242 4242 4242 4242', 'tok_visa_4242'],
      ['4000 0566 5566 5556', 'tok_visa_5556'],
      ['5200 8282 8282 8210', 'tok_mastercard_8210'],
      ['5105 1051 0510 5100', 'tok_mastercard_5100'],
      ['4000 0000 0000 0002', 'tok_chargeDeclined'],
      ['4000 0000 0000 9995', 'tok_insufficientFunds'],
      ['5555 5555 5555 4444', 'tok_mastercard_4444'],
      ['3782 822463 10005', 'tok_amex_0005'],
      ['6011 1111 1111 1117', 'tok_discover_1117'],
    ],
  );
  assert.ok(Object.isFrozen(sdk.TEST_CARD_NUMBERS));
});

test('any other valid number gives tok_<brand>_<last4>, which never holds the card number', () => {
  const payload = '401288888888188';
  const number = payload + luhnCheckDigit(payload);
  assert.equal(testCardToken(number), `tok_visa_${number.slice(-4)}`);
  assert.equal(testCardToken('5105105105105100'), 'tok_mastercard_5100');
  assert.doesNotMatch(testCardToken(number), /[0-9]{12,}/);
});

const stripeError = (type: StripeError['type'], code?: string, extra: Partial<StripeError> = {}): StripeError => ({
  type,
  ...(code ? { code } : {}),
  message: `Stripe: ${code ?? type}`,
  ...extra,
});

test('Stripe field errors name our field and code, in our words', () => {
  const cases: Array<[string, string, string | null]> = [
    ['incomplete_number', 'incomplete', 'number'],
    ['invalid_number', 'invalid_number', 'number'],
    ['incorrect_number', 'invalid_number', 'number'],
    ['incomplete_expiry', 'incomplete', 'expiry'],
    ['invalid_expiry_month', 'invalid_expiry', 'expiry'],
    ['invalid_expiry_year', 'invalid_expiry', 'expiry'],
    ['invalid_expiry_month_past', 'invalid_expiry', 'expiry'],
    ['invalid_expiry_year_past', 'invalid_expiry', 'expiry'],
    ['expired_card', 'invalid_expiry', 'expiry'],
    ['incomplete_cvc', 'incomplete', 'cvc'],
    ['invalid_cvc', 'invalid_cvc', 'cvc'],
    ['incorrect_cvc', 'invalid_cvc', 'cvc'],
    ['incomplete_zip', 'incomplete', null],
    ['card_declined', 'declined', null],
    ['setup_intent_authentication_failure', 'declined', null],
    ['processing_error', 'failed', null],
  ];
  for (const [stripeCode, code, field] of cases) {
    const error = cardTokenizeErrorFromStripe(stripeError(stripeCode.startsWith('incomplete') ? 'validation_error' : 'card_error', stripeCode));
    assert.ok(error instanceof sdk.CardTokenizeError);
    assert.deepEqual([error.code, error.field], [code, field], stripeCode);
    assert.doesNotMatch(error.message, /^Stripe:/, stripeCode);
    assert.match(error.message, /^[A-Z].*\.$/, stripeCode);
  }
});

test('declines carry the issuer’s reason where it helps the payer, and Stripe’s own words for codes we do not name', () => {
  assert.match(cardTokenizeErrorFromStripe(stripeError('card_error', 'card_declined', { decline_code: 'insufficient_funds' })).message, /insufficient funds/);
  assert.match(cardTokenizeErrorFromStripe(stripeError('card_error', 'card_declined', { decline_code: 'do_not_honor' })).message, /declined by its issuer/);
  const unnamed = cardTokenizeErrorFromStripe(stripeError('card_error', 'card_velocity_exceeded'));
  assert.deepEqual([unnamed.code, unnamed.message], ['declined', 'Stripe: card_velocity_exceeded']);
});

test('Stripe out of reach is unavailable; integration and server errors are a general failure, with the cause kept', () => {
  const offline = cardTokenizeErrorFromStripe(stripeError('api_connection_error'));
  assert.equal(offline.code, 'unavailable');
  for (const type of ['api_error', 'authentication_error', 'invalid_request_error', 'rate_limit_error'] as const) {
    const original = stripeError(type, 'resource_missing');
    const error = cardTokenizeErrorFromStripe(original);
    assert.equal(error.code, 'failed', type);
    assert.equal(error.message, 'The card could not be saved. Try again, or add a bank account instead.');
    assert.equal(error.cause, original);
  }
});

test('Stripe brands map onto the contract’s CardBrand', () => {
  const cases: Array<[string, string]> = [
    ['visa', 'visa'],
    ['mastercard', 'mastercard'],
    ['amex', 'amex'],
    ['discover', 'discover'],
    ['diners', 'diners'],
    ['jcb', 'jcb'],
    ['unionpay', 'unionpay'],
    ['eftpos_au', 'unknown'],
    ['cartes_bancaires', 'unknown'],
    ['unknown', 'unknown'],
  ];
  for (const [stripe, ours] of cases) assert.equal(cardBrandFromStripe(stripe), ours, stripe);
});

test('card funding: Stripe\u2019s debit and prepaid test numbers, credit for any other; Stripe\u2019s words mapped onto ours', () => {
  assert.equal(testCardFunding('4000056655665556'), 'debit');
  assert.equal(testCardFunding('5200828282828210'), 'debit');
  assert.equal(testCardFunding('5105105105105100'), 'prepaid');
  assert.equal(testCardFunding('4242424242424242'), 'credit');
  assert.equal(testCardFunding('4000000000000002'), 'credit');
  for (const funding of ['credit', 'debit', 'prepaid', 'unknown'] as const) assert.equal(cardFundingFromStripe(funding), funding);
  assert.equal(cardFundingFromStripe('charge'), 'unknown');
  assert.equal(cardFundingFromStripe(null), 'unknown');
  assert.equal(cardFundingFromStripe(undefined), 'unknown');
});

test('the test tokenizer refuses to run unless it is enabled by name, so production code cannot ship it by accident', () => {
  const refusal = /createTestTokenizer\(\) refuses to run unless enabled/;
  assert.throws(() => (sdk.createTestTokenizer as () => unknown)(), refusal);
  assert.throws(() => sdk.createTestTokenizer({} as sdk.TestTokenizerOptions), refusal);
  assert.throws(() => sdk.createTestTokenizer({ enabled: false }), refusal);
  assert.throws(() => sdk.createTestTokenizer({ enabled: 'true' } as unknown as sdk.TestTokenizerOptions), refusal);
  assert.equal(sdk.createTestTokenizer({ enabled: true }).kind, 'test');
});
