import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  accountNumberProblem,
  accountNumbersMatch,
  confirmAccountNumberProblem,
  digitsOnly,
  holderNameProblem,
  last4,
  routingChecksumPasses,
  routingNumberProblem,
} from '../../src/core/bank-account.js';

const CHECKSUM_MESSAGE =
  "This routing number doesn't check out — the 9 digits fail the bank's check-digit test, so one is probably mistyped. " +
  'It is the first number printed at the bottom left of a check.';

const VALID_ROUTING = ['011000015', '021000021', '071000013', '111000025', '071000039'];

const digitString = (minLength: number, maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength, maxLength }).map((digits) => digits.join(''));

/** The ABA rule written out longhand, independently of the code under test. */
function abaSum(digits: string): number {
  const d = digits.split('').map(Number) as [number, number, number, number, number, number, number, number, number];
  return 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
}

describe('digitsOnly', () => {
  test('keeps the digits in order and drops everything else', () => {
    assert.equal(digitsOnly('0110-0001 5'), '011000015');
    assert.equal(digitsOnly(' 12a3.4 '), '1234');
    assert.equal(digitsOnly('—'), '');
    assert.equal(digitsOnly(''), '');
  });

  test('is idempotent and leaves only ASCII digits, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const digits = digitsOnly(text);
        assert.match(digits, /^[0-9]*$/);
        assert.equal(digitsOnly(digits), digits);
      }),
    );
  });

  test('does not read other scripts’ digits as 0–9', () => {
    assert.equal(digitsOnly('١٢٣٤'), '', 'Arabic-Indic digits');
    assert.equal(digitsOnly('１２３４'), '', 'full-width digits');
  });
});

describe('last4', () => {
  test('is the last four digits, separators ignored', () => {
    assert.equal(last4('000123456789'), '6789');
    assert.equal(last4('1234-5678 9012'), '9012');
    assert.equal(last4('123'), '123');
    assert.equal(last4(''), '');
  });

  test('never has more than four digits, and always ends the digits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const tail = last4(text);
        assert.ok(tail.length <= 4);
        assert.ok(digitsOnly(text).endsWith(tail));
      }),
    );
  });
});

describe('routingChecksumPasses', () => {
  test('passes real routing numbers', () => {
    for (const routing of VALID_ROUTING) assert.equal(routingChecksumPasses(routing), true, routing);
  });

  test('fails a mistyped last digit, and anything that is not exactly 9 digits', () => {
    assert.equal(routingChecksumPasses('011000016'), false);
    assert.equal(routingChecksumPasses('021000022'), false);
    for (const text of ['', '01100001', '0110000150', '01100001a', ' 011000015', '011-000-015']) {
      assert.equal(routingChecksumPasses(text), false, text);
    }
  });

  test('agrees with the weighted sum 3-7-1 for every 9-digit string', () => {
    fc.assert(
      fc.property(digitString(9, 9), (digits) => {
        assert.equal(routingChecksumPasses(digits), abaSum(digits) % 10 === 0);
      }),
      { numRuns: 2000 },
    );
  });

  test('catches every single mistyped digit of a valid routing number', () => {
    // Build valid numbers from any 8 digits by choosing the check digit.
    const valid = digitString(8, 8).map((eight) => {
      const partial = abaSum(`${eight}0`);
      return `${eight}${(10 - (partial % 10)) % 10}`;
    });
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (routing, position, shift) => {
        assert.equal(routingChecksumPasses(routing), true, routing);
        const changed = String((Number(routing[position]) + shift) % 10);
        const typo = routing.slice(0, position) + changed + routing.slice(position + 1);
        assert.equal(routingChecksumPasses(typo), false, `${routing} → ${typo}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('routingNumberProblem', () => {
  test('accepts valid routing numbers, also typed with spaces or hyphens', () => {
    for (const routing of VALID_ROUTING) assert.equal(routingNumberProblem(routing), null, routing);
    assert.equal(routingNumberProblem(' 011 000 015 '), null);
    assert.equal(routingNumberProblem('0110-0001-5'), null);
  });

  test('explains a failed check digit in words, and says where the number is', () => {
    assert.equal(routingNumberProblem('011000016'), CHECKSUM_MESSAGE);
    assert.equal(routingNumberProblem('123456789'), CHECKSUM_MESSAGE);
  });

  test('asks for the number, for digits only, and for exactly 9 of them', () => {
    assert.equal(routingNumberProblem(''), 'Enter the routing number.');
    assert.equal(routingNumberProblem('   '), 'Enter the routing number.');
    assert.equal(routingNumberProblem('01100001O'), 'Use only digits: a routing number is 9 numbers, with no letters.');
    assert.equal(routingNumberProblem('011.000.015'), 'Use only digits: a routing number is 9 numbers, with no letters.');
    assert.equal(routingNumberProblem('01100001'), 'A routing number has 9 digits; this has 8.');
    assert.equal(routingNumberProblem('0110000150'), 'A routing number has 9 digits; this has 10.');
  });

  test('is null exactly when the digits (after dropping spaces and hyphens) are 9 and pass the checksum', () => {
    const typed = fc.oneof(digitString(0, 12), fc.string({ maxLength: 12 }), digitString(9, 9).map((d) => `${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6)}`));
    fc.assert(
      fc.property(typed, (text) => {
        const stripped = text.replace(/[\s-]/g, '');
        const ok = /^[0-9]{9}$/.test(stripped) && abaSum(stripped) % 10 === 0;
        const problem = routingNumberProblem(text);
        assert.equal(problem === null, ok, `${JSON.stringify(text)}: ${problem}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('accountNumberProblem', () => {
  test('accepts 4 to 17 digits, also typed with spaces or hyphens', () => {
    for (const account of ['1234', '000123456789', '12345678901234567', '1234 5678', '12-34-56']) {
      assert.equal(accountNumberProblem(account), null, account);
    }
  });

  test('asks for the number, for digits only, and for 4 to 17 of them', () => {
    assert.equal(accountNumberProblem(''), 'Enter the account number.');
    assert.equal(accountNumberProblem(' - '), 'Enter the account number.');
    assert.equal(accountNumberProblem('12345X'), 'Use only digits in the account number (spaces and hyphens are fine).');
    assert.equal(accountNumberProblem('123'), 'An account number has 4 to 17 digits; this has 3.');
    assert.equal(accountNumberProblem('123456789012345678'), 'An account number has 4 to 17 digits; this has 18.');
  });

  test('is null exactly when the digits (after dropping spaces and hyphens) are 4 to 17', () => {
    fc.assert(
      fc.property(fc.oneof(digitString(0, 20), fc.string({ maxLength: 20 })), (text) => {
        const stripped = text.replace(/[\s-]/g, '');
        assert.equal(accountNumberProblem(text) === null, /^[0-9]{4,17}$/.test(stripped), JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('accountNumbersMatch and confirmAccountNumberProblem', () => {
  test('compare the digits, so spacing does not matter', () => {
    assert.equal(accountNumbersMatch('000123456789', '0001 2345 6789'), true);
    assert.equal(accountNumbersMatch('000123456789', '000123456788'), false);
    assert.equal(accountNumbersMatch('0123', '123'), false, 'a leading zero is part of the number');
  });

  test('are symmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        assert.equal(accountNumbersMatch(a, b), accountNumbersMatch(b, a));
      }),
    );
  });

  test('ask for the number again, or say the two do not match', () => {
    assert.equal(confirmAccountNumberProblem('000123456789', ''), 'Enter the account number again to confirm it.');
    assert.equal(confirmAccountNumberProblem('000123456789', '  '), 'Enter the account number again to confirm it.');
    assert.equal(confirmAccountNumberProblem('000123456789', '000123456788'), "The account numbers don't match.");
    assert.equal(confirmAccountNumberProblem('000123456789', '0001-2345-6789'), null);
  });
});

describe('holderNameProblem', () => {
  test('asks for a name, up to 100 characters', () => {
    assert.equal(holderNameProblem('Margaret Ellison'), null);
    assert.equal(holderNameProblem('  '), 'Enter the name on the bank account.');
    assert.equal(holderNameProblem('x'.repeat(100)), null);
    assert.equal(holderNameProblem('x'.repeat(101)), 'Use at most 100 characters (this has 101).');
    assert.equal(holderNameProblem('😀'.repeat(100)), null, 'counted in characters, as the API counts');
  });
});
