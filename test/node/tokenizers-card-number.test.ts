import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  brandOf,
  cardDigits,
  checkCardEntry,
  checkCardNumber,
  checkCvc,
  checkExpiry,
  cvcLength,
  formatCardNumber,
  formatExpiry,
  luhnCheckDigit,
  luhnValid,
  numberLengths,
  parseExpiry,
} from '../../src/sdk/tokenizers/card-number.js';

const digitString = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((digits) => digits.join(''));
/** A number with a correct check digit, 12–19 digits long. */
const validNumber = digitString(11, 18).map((payload) => payload + luhnCheckDigit(payload));

test('luhnValid accepts the networks’ published test numbers and refuses their neighbours', () => {
  for (const number of ['4242424242424242', '4000000000000002', '4000000000009995', '5555555555554444', '378282246310005', '6011111111111117', '79927398713']) {
    assert.equal(luhnValid(number), true, number);
  }
  for (const number of ['4242424242424241', '5555555555554443', '378282246310006', '79927398710', '', '4242 4242 4242 4242', 'abc']) {
    assert.equal(luhnValid(number), false, number);
  }
});

test('property: a valid number with any one digit changed fails the checksum', () => {
  fc.assert(
    fc.property(validNumber, fc.nat(), fc.integer({ min: 1, max: 9 }), (number, at, delta) => {
      const index = at % number.length;
      const changed = (Number(number[index]) + delta) % 10;
      const mutated = number.slice(0, index) + String(changed) + number.slice(index + 1);
      return !luhnValid(mutated);
    }),
  );
});

test('property: swapping two different adjacent digits (the commonest typo) fails the checksum, except 09 ↔ 90', () => {
  fc.assert(
    fc.property(validNumber, fc.nat(), (number, at) => {
      const index = at % (number.length - 1);
      const [a, b] = [number[index]!, number[index + 1]!];
      fc.pre(a !== b && !(a + b === '09' || a + b === '90'));
      const swapped = number.slice(0, index) + b + a + number.slice(index + 2);
      return !luhnValid(swapped);
    }),
  );
});

test('property: luhnCheckDigit completes any payload, and exactly one digit does', () => {
  fc.assert(
    fc.property(digitString(1, 18), (payload) => {
      const fits = [...'0123456789'].filter((d) => luhnValid(payload + d));
      return fits.length === 1 && fits[0] === luhnCheckDigit(payload);
    }),
  );
});

test('brandOf reads the network from the leading digits', () => {
  const cases: Array<[string, ReturnType<typeof brandOf>]> = [
    ['4242424242424242', 'visa'],
    ['4', 'visa'],
    ['5105105105105100', 'mastercard'],
    ['5555555555554444', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720990000000000', 'mastercard'],
    ['2220990000000000', 'unknown'],
    ['2721000000000000', 'unknown'],
    ['5000000000000000', 'unknown'],
    ['5600000000000000', 'unknown'],
    ['378282246310005', 'amex'],
    ['340000000000009', 'amex'],
    ['6011111111111117', 'discover'],
    ['6500000000000002', 'discover'],
    ['6445000000000000', 'discover'],
    ['3056930009020004', 'diners'],
    ['36227206271667', 'diners'],
    ['3566002020360505', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['1234567812345670', 'unknown'],
    ['', 'unknown'],
  ];
  for (const [number, brand] of cases) assert.equal(brandOf(number), brand, number);
});

test('property: spaces and dashes between digits never change what is read', () => {
  fc.assert(
    fc.property(validNumber, fc.array(fc.constantFrom(' ', '-', '  '), { minLength: 19, maxLength: 19 }), (number, separators) => {
      const typed = [...number].map((digit, i) => digit + separators[i]).join('');
      return cardDigits(typed) === number && checkCardNumber(typed)?.code === checkCardNumber(number)?.code;
    }),
  );
});

test('property: formatCardNumber groups as printed and reads back to the same digits', () => {
  fc.assert(
    fc.property(validNumber, (number) => {
      const formatted = formatCardNumber(number);
      return cardDigits(formatted) === number && !formatted.startsWith(' ') && !formatted.endsWith(' ');
    }),
  );
  assert.equal(formatCardNumber('378282246310005'), '3782 822463 10005');
  assert.equal(formatCardNumber('4242424242424242'), '4242 4242 4242 4242');
});

test('checkCardNumber says what is wrong in words, with the tokenizer error code', () => {
  assert.equal(checkCardNumber('4242 4242 4242 4242'), null);
  assert.equal(checkCardNumber('3782 822463 10005'), null);
  assert.equal(checkCardNumber('')?.code, 'incomplete');
  assert.equal(checkCardNumber('4242 4242')?.code, 'incomplete');
  assert.equal(checkCardNumber('4242 4242 4242 4241')?.code, 'invalid_number');
  assert.equal(checkCardNumber('4242 4242 4242 424x')?.code, 'invalid_number');
  // An American Express number has 15 digits: 16 is wrong even with a correct check digit.
  assert.equal(checkCardNumber('3782822463100056')?.code, 'invalid_number');
  assert.match(checkCardNumber('4242 4242 4242 4241')!.message, /not valid/);
});

test('property: every valid number of a known length for its brand is accepted', () => {
  fc.assert(
    fc.property(validNumber, (number) => {
      const fits = numberLengths(brandOf(number)).includes(number.length);
      return (checkCardNumber(number) === null) === fits;
    }),
  );
});

test('parseExpiry reads the ways payers type an expiry', () => {
  assert.deepEqual(parseExpiry('04/29'), { month: 4, year: 2029 });
  assert.deepEqual(parseExpiry('4/29'), { month: 4, year: 2029 });
  assert.deepEqual(parseExpiry(' 04 / 2029 '), { month: 4, year: 2029 });
  assert.deepEqual(parseExpiry('0429'), { month: 4, year: 2029 });
  assert.deepEqual(parseExpiry('04-29'), { month: 4, year: 2029 });
  assert.deepEqual(parseExpiry('13/29'), { month: 13, year: 2029 });
  for (const text of ['', '04', '04/2', '042029', 'April 2029', '04/29/30']) assert.equal(parseExpiry(text), null, text);
});

test('property: formatExpiry reads back as the same month and year', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2099 }), (month, year) => {
      assert.deepEqual(parseExpiry(formatExpiry({ month, year })), { month, year });
    }),
  );
});

test('checkExpiry: this month is still good, last month has expired, on the payer’s calendar', () => {
  const now = new Date(2026, 10, 25); // 25 November 2026, local time
  assert.equal(checkExpiry('11/26', now), null);
  assert.equal(checkExpiry('12/26', now), null);
  assert.equal(checkExpiry('01/27', now), null);
  assert.equal(checkExpiry('10/26', now)?.code, 'invalid_expiry');
  assert.match(checkExpiry('10/26', now)!.message, /expired/);
  assert.equal(checkExpiry('12/25', now)?.code, 'invalid_expiry');
  assert.equal(checkExpiry('00/27', now)?.code, 'invalid_expiry');
  assert.match(checkExpiry('13/27', now)!.message, /01 to 12/);
  assert.equal(checkExpiry('', now)?.code, 'incomplete');
  assert.equal(checkExpiry('soon', now)?.code, 'invalid_expiry');
  assert.equal(checkExpiry('12/2099', now)?.code, 'invalid_expiry');
  // The last day of a month and the first of the next.
  assert.equal(checkExpiry('11/26', new Date(2026, 10, 30, 23, 59)), null);
  assert.equal(checkExpiry('11/26', new Date(2026, 11, 1, 0, 0))?.code, 'invalid_expiry');
});

test('property: an expiry is accepted exactly when its month has not ended (up to 20 years ahead)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2099 }), fc.date({ min: new Date(2001, 0, 1), max: new Date(2079, 0, 1), noInvalidDate: true }), (month, year, now) => {
      const notEnded = year * 12 + month >= now.getFullYear() * 12 + now.getMonth() + 1;
      const tooFar = year > now.getFullYear() + 20;
      return (checkExpiry(`${String(month).padStart(2, '0')}/${year}`, now) === null) === (notEnded && !tooFar);
    }),
  );
});

test('checkCvc wants 4 digits for American Express and 3 for the others', () => {
  assert.equal(cvcLength('amex'), 4);
  assert.equal(cvcLength('visa'), 3);
  assert.equal(checkCvc('123', 'visa'), null);
  assert.equal(checkCvc('1234', 'amex'), null);
  assert.equal(checkCvc('123', 'amex')?.code, 'incomplete');
  assert.match(checkCvc('123', 'amex')!.message, /4 digits, on the front/);
  assert.equal(checkCvc('1234', 'visa')?.code, 'invalid_cvc');
  assert.equal(checkCvc('12a', 'visa')?.code, 'invalid_cvc');
  assert.equal(checkCvc('', 'visa')?.code, 'incomplete');
});

test('checkCardEntry gives the card, or every field’s problem', () => {
  const now = new Date(2026, 10, 25);
  assert.deepEqual(checkCardEntry({ number: '3782 822463 10005', expiry: '04/29', cvc: '1234' }, now), {
    ok: true,
    card: { digits: '378282246310005', brand: 'amex', last4: '0005', expMonth: 4, expYear: 2029 },
  });
  const bad = checkCardEntry({ number: '4242 4242 4242 4241', expiry: '10/26', cvc: '12' }, now);
  assert.equal(bad.ok, false);
  assert.deepEqual(Object.keys(!bad.ok ? bad.errors : {}).sort(), ['cvc', 'expiry', 'number']);
});
