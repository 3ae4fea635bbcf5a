// What an element keeps to say later follows a switch of language; the core's sentences built from
// a method's fields and an audit entry's changes read Spanish where English would read the service.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslate, english } from '../../src/core/i18n/translate.js';
import { sayAll, wordsByKey, wordsOrNull } from '../../src/core/i18n/said-later.js';
import { spanishPayerWords } from '../../src/locales/es-payer.js';
import { spanishStaffWords } from '../../src/locales/es-staff.js';
import { methodUnusableSentence } from '../../src/core/payment-method-words.js';
import type { PaymentMethod } from '../../src/sdk/types.js';

const spanish = createTranslate('es', [spanishStaffWords, spanishPayerWords]);

describe('words said later', () => {
  const check = (t = english) => ({ amount: t('Enter an amount.'), method: undefined as string | undefined });

  it('keeps the keys English gives, and says them in the words of the moment', () => {
    const later = wordsByKey(check);
    assert.deepEqual(Object.keys(later), ['amount']);
    assert.deepEqual(sayAll(later, english), { amount: 'Enter an amount.' });
    assert.notEqual(sayAll(later, spanish)['amount'], 'Enter an amount.');
  });

  it('is null when there is nothing to say', () => {
    assert.equal(wordsOrNull(() => null), null);
    assert.equal(wordsOrNull((t) => t('Enter an amount.'))?.(english), 'Enter an amount.');
  });
});

describe('methodUnusableSentence', () => {
  const expired = {
    usable: false,
    status: 'expired',
    block: null,
    unusableReason: 'This card expired at the end of 09/2026.',
    card: { brand: 'visa', last4: '4242', expMonth: 9, expYear: 2026, funding: 'credit' },
    bankAccount: null,
  } as unknown as PaymentMethod;

  it('reads the service’s own sentence in English, and ours from the card’s expiry otherwise', () => {
    assert.equal(methodUnusableSentence(expired, english), 'This card expired at the end of 09/2026.');
    const inSpanish = methodUnusableSentence(expired, spanish) ?? '';
    assert.match(inSpanish, /09\/2026/);
    assert.doesNotMatch(inSpanish, /card|expired/i);
  });

  it('says a blocked account’s return code in the reader’s words', () => {
    const blocked = { ...expired, card: null, status: 'blocked', unusableReason: 'Account closed (R02).', block: { returnCode: 'R02', reason: 'Account closed' } } as unknown as PaymentMethod;
    const inSpanish = methodUnusableSentence(blocked, spanish) ?? '';
    assert.match(inSpanish, /R02/);
    assert.doesNotMatch(inSpanish, /Account closed/);
  });

  it('says what cures a blocked account, true of its return code, in English too', () => {
    const blocked = (code: string, reason: string) =>
      ({ ...expired, card: null, status: 'blocked', unusableReason: `The bank returned a payment (${code}); replace or re-authorize this account.`, block: { returnCode: code, reason } }) as unknown as PaymentMethod;
    assert.equal(methodUnusableSentence(blocked('R02', 'Account closed'), english), 'The bank returned a payment (R02: Account closed); replace this account with another.');
    assert.equal(
      methodUnusableSentence(blocked('R07', 'Authorization revoked by customer'), english),
      'The bank returned a payment (R07: Authorization revoked by customer); re-authorize this account or replace it.',
    );
  });

  it('is null for a usable method', () => {
    assert.equal(methodUnusableSentence({ ...expired, usable: true } as PaymentMethod, spanish), null);
  });
});
