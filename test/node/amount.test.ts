import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { currencyAffix, formatAmountForInput, parseAmount, type AmountParse } from '../../src/core/amount.js';
import { formatMoney } from '../../src/core/format.js';

const usd = { locale: 'en-US', currency: 'USD' };
const eur = { locale: 'de-DE', currency: 'EUR' };

const ok = (cents: number): AmountParse => ({ kind: 'ok', cents });
const invalid = (message: string): AmountParse => ({ kind: 'invalid', message });

function assertParses(cases: Array<[text: string, cents: number]>, options: { locale?: string; currency?: string }): void {
  for (const [text, cents] of cases) {
    assert.deepEqual(parseAmount(text, options), ok(cents), `${JSON.stringify(text)} in ${options.locale} ${options.currency ?? 'USD'}`);
  }
}

function assertRejects(cases: Array<[text: string, message: string]>, options: { locale?: string; currency?: string }): void {
  for (const [text, message] of cases) {
    assert.deepEqual(parseAmount(text, options), invalid(message), `${JSON.stringify(text)} in ${options.locale} ${options.currency ?? 'USD'}`);
  }
}

describe('parseAmount', () => {
  test('reads nothing, or only spaces or a currency symbol, as empty', () => {
    for (const text of ['', '   ', '\t', '$', ' US$ ', 'USD', '\u00a0']) {
      assert.deepEqual(parseAmount(text, usd), { kind: 'empty' }, JSON.stringify(text));
    }
  });

  test('reads whole amounts and cents as integer minor units', () => {
    assertParses(
      [
        ['0', 0],
        ['1', 100],
        ['12', 1200],
        ['12.5', 1250],
        ['12.50', 1250],
        ['0.01', 1],
        ['.5', 50],
        ['12.', 1200],
        ['00012.30', 1230],
        ['1234567', 123456700],
      ],
      usd,
    );
  });

  test('never computes cents with floating point (amounts a float would round wrongly)', () => {
    // 0.29 * 100, 1.15 * 100, 4.35 * 100 and 1.005 * 1000 are all off by one in binary floating point.
    assertParses(
      [
        ['0.29', 29],
        ['1.15', 115],
        ['4.35', 435],
        ['19.99', 1999],
        ['8.20', 820],
      ],
      usd,
    );
    assert.deepEqual(parseAmount('1.005', { locale: 'en-US', currency: 'KWD' }), ok(1005));
  });

  test('accepts surrounding spaces and the currency symbol or code on either side', () => {
    assertParses(
      [
        ['  12.50  ', 1250],
        ['$12.50', 1250],
        ['$ 12.50', 1250],
        ['US$12.50', 1250],
        ['USD 12.50', 1250],
        ['usd12.50', 1250],
        ['12.50 USD', 1250],
        ['12.50$', 1250],
        ['\u00a0$\u202f1,234.56\u2009', 123456],
      ],
      usd,
    );
    assertParses(
      [
        ['12,50 €', 1250],
        ['€ 12,50', 1250],
        ['EUR 1.234,56', 123456],
        ['1.234,56\u00a0€', 123456],
      ],
      eur,
    );
  });

  test('reads grouping separators: comma, point, spaces and apostrophes', () => {
    assertParses(
      [
        ['1,234.56', 123456],
        ['1,234,567.89', 123456789],
        ['1 234.56', 123456],
        ['1\u00a0234.56', 123456],
        ['1\u202f234.56', 123456],
        ["1'234.56", 123456],
        ['1\u2019234.56', 123456],
        ['1,23,456.78', 12345678],
        ['1,234', 123400],
        ['1,234,567', 123456700],
      ],
      usd,
    );
  });

  test('reads "1.234,56" and "1,234.56" as the same amount in any locale', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'de-CH', 'es-ES', 'ja-JP', undefined]) {
      assertParses(
        [
          ['1.234,56', 123456],
          ['1,234.56', 123456],
          ['1.234.567,89', 123456789],
          ['1,234,567.89', 123456789],
        ],
        { locale },
      );
    }
  });

  test('reads a single comma followed by one or two digits as a decimal comma in every locale', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', undefined]) {
      assertParses(
        [
          ['1,5', 150],
          ['1,50', 150],
          ['12,34', 1234],
          ['12,5', 1250],
          [',5', 50],
        ],
        { locale },
      );
    }
  });

  test("decides a lone separator followed by three digits by the locale's grouping", () => {
    assert.deepEqual(parseAmount('1,234', { locale: 'en-US' }), ok(123400));
    assert.deepEqual(parseAmount('1,234', { locale: 'en-GB' }), ok(123400));
    assert.deepEqual(parseAmount('1,234', { locale: 'en-IN' }), ok(123400));
    assert.deepEqual(parseAmount('1.234', { locale: 'de-DE' }), ok(123400));
    // Where the character is the decimal separator, three decimals are too many for dollars or euros.
    assert.deepEqual(parseAmount('1.234', { locale: 'en-US' }), invalid('Use at most 2 digits after the decimal point.'));
    assert.deepEqual(parseAmount('1,234', { locale: 'de-DE' }), invalid('Use at most 2 digits after the decimal comma.'));
    // French groups with a space: a lone point or comma is never read as thousands.
    assert.deepEqual(parseAmount('1.234', { locale: 'fr-FR' }), invalid('Use at most 2 digits after the decimal point.'));
    assert.deepEqual(parseAmount('1,234', { locale: 'fr-FR' }), invalid('Use at most 2 digits after the decimal comma.'));
  });

  test('follows the currency: no decimals for yen, three for Kuwaiti dinar', () => {
    const yen = { locale: 'ja-JP', currency: 'JPY' };
    assertParses(
      [
        ['1234', 1234],
        ['1,234', 1234],
        ['¥1,234', 1234],
        ['JPY 500', 500],
        ['500.', 500],
      ],
      yen,
    );
    assert.deepEqual(parseAmount('12.5', yen), invalid('Enter a whole amount, with no digits after the decimal point.'));
    const dinar = { locale: 'en-US', currency: 'KWD' };
    assertParses(
      [
        ['1.234', 1234],
        ['1,234', 1234000],
        ['1,234.567', 1234567],
        ['KWD 0.5', 500],
      ],
      dinar,
    );
    assert.deepEqual(parseAmount('1.2345', dinar), invalid('Use at most 3 digits after the decimal point.'));
    assert.deepEqual(parseAmount('1.25', { locale: 'en-US', currency: 'CLF' }), ok(12500));
  });

  test('reads full-width digits and the locale’s own digits and separators', () => {
    assert.deepEqual(parseAmount('１，２３４．５６', { locale: 'ja-JP' }), ok(123456));
    assert.deepEqual(parseAmount('\u200f١٬٢٣٤٫٥٦ US$', { locale: 'ar-EG' }), ok(123456));
    assert.deepEqual(parseAmount('۱۲٫۵', { locale: 'fa-IR' }), ok(1250));
  });

  test('rejects letters and other characters with a sentence showing the expected form', () => {
    assertRejects(
      [
        ['abc', 'Enter the amount in numbers, like 1,234.56.'],
        ['12a', 'Enter the amount in numbers, like 1,234.56.'],
        ['1e3', 'Enter the amount in numbers, like 1,234.56.'],
        ['twelve dollars', 'Enter the amount in numbers, like 1,234.56.'],
        ['€12', 'Enter the amount in numbers, like 1,234.56.'],
        ['12%', 'Enter the amount in numbers, like 1,234.56.'],
        ['+12', 'Enter the amount in numbers, like 1,234.56.'],
        ['NaN', 'Enter the amount in numbers, like 1,234.56.'],
        ['Infinity', 'Enter the amount in numbers, like 1,234.56.'],
        ['(12', 'Enter the amount in numbers, like 1,234.56.'],
      ],
      usd,
    );
    assert.deepEqual(parseAmount('zwölf', eur), invalid('Enter the amount in numbers, like 1.234,56.'));
    assert.deepEqual(parseAmount('x', { locale: 'en-US', currency: 'JPY' }), invalid('Enter the amount in numbers, like 1,234.'));
  });

  test('rejects more than one decimal separator', () => {
    assertRejects(
      [
        ['1.2.3', 'Use only one decimal point.'],
        ['12.34.56', 'Use only one decimal point.'],
        ['1.234.56', 'Use only one decimal point.'],
        ['1.234,5.6', 'Use only one decimal point.'],
        ['1,234.56,7', 'Use only one decimal comma.'],
      ],
      usd,
    );
    assert.deepEqual(parseAmount('1,2,3', eur), invalid('Use only one decimal comma.'));
  });

  test('rejects more decimals than the currency has', () => {
    assertRejects(
      [
        ['12.345', 'Use at most 2 digits after the decimal point.'],
        ['0.001', 'Use at most 2 digits after the decimal point.'],
        ['1,234.567', 'Use at most 2 digits after the decimal point.'],
        ['12,3456', 'Use at most 2 digits after the decimal comma.'],
        ['12.500', 'Use at most 2 digits after the decimal point.'],
      ],
      usd,
    );
    assert.deepEqual(parseAmount('1.234,567', eur), invalid('Use at most 2 digits after the decimal comma.'));
  });

  test('rejects negative amounts however the sign is written', () => {
    for (const text of ['-5', '-12.50', '$-5', '-$5', '- 5', '\u22125', '5-', '(5.00)', '($5.00)', '-0', '-']) {
      assert.deepEqual(parseAmount(text, usd), invalid("The amount can't be negative."), JSON.stringify(text));
    }
  });

  test('rejects separators a person would not write', () => {
    assertRejects(
      [
        ['1,,234', 'Check the amount; it should look like 1,234.56.'],
        ['1,2,3', 'Check the amount; it should look like 1,234.56.'],
        ['12,34,5', 'Check the amount; it should look like 1,234.56.'],
        ['12 50', 'Check the amount; it should look like 1,234.56.'],
        ['0,500', 'Check the amount; it should look like 1,234.56.'],
        ['1,234.5 6', 'Check the amount; it should look like 1,234.56.'],
        ["'5", 'Check the amount; it should look like 1,234.56.'],
        ['.', 'Check the amount; it should look like 1,234.56.'],
        ['1,234,', 'Check the amount; it should look like 1,234.56.'],
      ],
      usd,
    );
  });

  test('accepts up to Number.MAX_SAFE_INTEGER cents and rejects anything larger', () => {
    assert.deepEqual(parseAmount('90,071,992,547,409.91', usd), ok(Number.MAX_SAFE_INTEGER));
    assert.deepEqual(parseAmount('90071992547409.92', usd), invalid('That amount is too large.'));
    assert.deepEqual(parseAmount('100000000000000', usd), invalid('That amount is too large.'));
    assert.deepEqual(parseAmount('9'.repeat(400), usd), invalid('That amount is too large.'));
  });

  test('uses USD and the runtime locale when no options are given', () => {
    const runtime = { locale: new Intl.NumberFormat().resolvedOptions().locale, currency: 'USD' };
    for (const text of ['12.345', '1,234', '1.234', '12,5', 'abc', '$3']) {
      assert.deepEqual(parseAmount(text), parseAmount(text, runtime), JSON.stringify(text));
    }
    assert.deepEqual(parseAmount('1,234.56'), ok(123456));
  });
});

describe('formatAmountForInput', () => {
  test('writes minor units with the locale’s separators and no currency symbol', () => {
    assert.equal(formatAmountForInput(123456, usd), '1,234.56');
    assert.equal(formatAmountForInput(123456, { locale: 'en-US' }), '1,234.56');
    assert.equal(formatAmountForInput(5, usd), '0.05');
    assert.equal(formatAmountForInput(0, usd), '0.00');
    assert.equal(formatAmountForInput(100, usd), '1.00');
    assert.equal(formatAmountForInput(123456789, usd), '1,234,567.89');
    assert.equal(formatAmountForInput(123456, eur), '1.234,56');
    assert.equal(formatAmountForInput(123456, { locale: 'fr-FR', currency: 'EUR' }).replace(/\s/g, ' '), '1 234,56');
    assert.equal(formatAmountForInput(12345678, { locale: 'en-IN' }), '1,23,456.78');
    assert.equal(formatAmountForInput(1234, { locale: 'ja-JP', currency: 'JPY' }), '1,234');
    assert.equal(formatAmountForInput(1234567, { locale: 'en-US', currency: 'KWD' }), '1,234.567');
  });

  test('is exact up to Number.MAX_SAFE_INTEGER, where dividing as a float is not', () => {
    assert.equal(formatAmountForInput(Number.MAX_SAFE_INTEGER, usd), '90,071,992,547,409.91');
    assert.equal(formatAmountForInput(Number.MAX_SAFE_INTEGER - 1, usd), '90,071,992,547,409.90');
  });

  test('refuses anything that is not a whole number of minor units', () => {
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      assert.throws(() => formatAmountForInput(value, usd), RangeError, String(value));
    }
  });
});

describe('currencyAffix', () => {
  test('gives the symbol and the side the locale writes it on', () => {
    assert.deepEqual(currencyAffix(usd), { symbol: '$', position: 'start' });
    assert.deepEqual(currencyAffix({}), { symbol: '$', position: 'start' });
    assert.deepEqual(currencyAffix(eur), { symbol: '€', position: 'end' });
    assert.deepEqual(currencyAffix({ locale: 'en-GB', currency: 'USD' }), { symbol: 'US$', position: 'start' });
  });
});

describe('properties', () => {
  const safeCents = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

  test('every safe amount survives formatAmountForInput → parseAmount in en-US and de-DE', () => {
    fc.assert(
      fc.property(safeCents, fc.constantFrom('en-US', 'de-DE'), (cents, locale) => {
        const options = { locale, currency: locale === 'de-DE' ? 'EUR' : 'USD' };
        assert.deepEqual(parseAmount(formatAmountForInput(cents, options), options), ok(cents));
      }),
      { numRuns: 2000 },
    );
  });

  test('the round trip holds for other locales, digit systems and currencies too', () => {
    fc.assert(
      fc.property(
        safeCents,
        fc.constantFrom('en-GB', 'en-IN', 'fr-FR', 'de-CH', 'es-ES', 'sv-SE', 'ja-JP', 'ar-EG', 'fa-IR', 'bn-BD'),
        fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'CLF'),
        (cents, locale, currency) => {
          const options = { locale, currency };
          assert.deepEqual(parseAmount(formatAmountForInput(cents, options), options), ok(cents));
        },
      ),
    );
  });

  test('an amount copied from formatMoney (symbol and all) reads back as the same cents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-GB', 'ar-EG'),
        fc.constantFrom('USD', 'EUR', 'JPY'),
        (cents, locale, currency) => {
          const shown = formatMoney({ amountCents: cents, currency }, locale);
          assert.deepEqual(parseAmount(shown, { locale, currency }), ok(cents), shown);
        },
      ),
    );
  });

  test('an amount written in one locale is never misread in another: the same cents, or a message', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES'];
    fc.assert(
      fc.property(safeCents, fc.constantFrom(...locales), fc.constantFrom(...locales), fc.constantFrom('USD', 'EUR', 'JPY'), (cents, from, to, currency) => {
        const read = parseAmount(formatAmountForInput(cents, { locale: from, currency }), { locale: to, currency });
        if (read.kind === 'ok') assert.equal(read.cents, cents);
        else assert.equal(read.kind, 'invalid');
      }),
    );
  });

  test('whatever is typed, the result is empty, a safe non-negative integer, or a sentence', () => {
    const typed = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789.,\' $-\u00a0\u202fUSDe€()'.split('')), maxLength: 24 }),
    );
    fc.assert(
      fc.property(typed, fc.constantFrom('en-US', 'de-DE', 'fr-FR', undefined), (text, locale) => {
        const read = parseAmount(text, { locale });
        if (read.kind === 'ok') {
          assert.ok(Number.isSafeInteger(read.cents) && read.cents >= 0, `${JSON.stringify(text)} → ${read.cents}`);
        } else if (read.kind === 'invalid') {
          assert.match(read.message, /^[A-Z].*\.$/, JSON.stringify(text));
        } else {
          assert.equal(read.kind, 'empty');
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('spaces and the currency symbol around an amount never change what it reads as', () => {
    fc.assert(
      fc.property(safeCents, fc.constantFrom('', ' ', '  ', '\u00a0'), fc.constantFrom('', '$', 'US$', 'USD', 'usd'), fc.boolean(), (cents, space, symbol, before) => {
        const bare = formatAmountForInput(cents, usd);
        const dressed = before ? `${space}${symbol}${space}${bare}${space}` : `${space}${bare}${space}${symbol}${space}`;
        assert.deepEqual(parseAmount(dressed, usd), ok(cents));
      }),
    );
  });
});
