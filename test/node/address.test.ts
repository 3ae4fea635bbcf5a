import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ADDRESS_MAX_LENGTHS,
  COUNTRIES,
  US_STATES,
  addressProblems,
  emptyAddress,
  formatAddressOneLine,
  isUsStateCode,
  normalizeAddress,
} from '../../src/core/address.js';
import type { Address } from '../../src/sdk/types.js';

const home: Address = {
  name: 'Margaret Ellison',
  line1: '1200 Maple Grove Ln',
  line2: 'Apt 4B',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62704',
  country: 'US',
};

const toronto: Address = {
  name: 'David Ellison',
  line1: '40 Bay St',
  line2: null,
  city: 'Toronto',
  state: 'ON',
  postalCode: 'M5J 2X2',
  country: 'CA',
};

describe('US_STATES', () => {
  test('has the 50 states, DC, Puerto Rico and the other USPS territories and military codes, each once', () => {
    const codes = US_STATES.map((state) => state.code);
    assert.equal(new Set(codes).size, codes.length, 'no code twice');
    assert.equal(new Set(US_STATES.map((state) => state.name)).size, codes.length, 'no name twice');
    for (const code of ['AL', 'AK', 'CA', 'IL', 'NY', 'TX', 'WY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP']) {
      assert.ok(codes.includes(code), code);
    }
    assert.equal(codes.length, 51 + 5 + 3 + 3, '50 states + DC, 5 territories, 3 freely associated states, 3 military codes');
    for (const state of US_STATES) assert.match(state.code, /^[A-Z]{2}$/);
  });

  test('lists the states and DC alphabetically by name, before the territories and military codes', () => {
    const statesAndDc = US_STATES.slice(0, 51).map((state) => state.name);
    assert.deepEqual(statesAndDc, [...statesAndDc].sort((a, b) => a.localeCompare(b, 'en')));
    assert.deepEqual(US_STATES.slice(-3).map((state) => state.code), ['AA', 'AE', 'AP']);
  });

  test('cannot be changed by a caller', () => {
    assert.throws(() => (US_STATES as CodedNameArray).push({ code: 'XX', name: 'Nowhere' }));
    assert.throws(() => {
      (US_STATES[0] as { code: string }).code = 'XX';
    });
  });
});

type CodedNameArray = Array<{ code: string; name: string }>;

describe('COUNTRIES', () => {
  test('starts with the US and its neighbours, then the UK; every code is ISO 3166-1 alpha-2 and appears once', () => {
    assert.deepEqual(COUNTRIES.slice(0, 4).map((country) => country.code), ['US', 'CA', 'MX', 'GB']);
    const codes = COUNTRIES.map((country) => country.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^[A-Z]{2}$/);
    // The names agree with the platform's own region names, so no typo slipped in.
    const names = new Intl.DisplayNames('en', { type: 'region' });
    for (const country of COUNTRIES) assert.equal(country.name, names.of(country.code), country.code);
  });
});

describe('isUsStateCode', () => {
  test('accepts USPS codes in upper case only', () => {
    assert.equal(isUsStateCode('IL'), true);
    assert.equal(isUsStateCode('AE'), true);
    assert.equal(isUsStateCode('il'), false);
    assert.equal(isUsStateCode('ZZ'), false);
    assert.equal(isUsStateCode(''), false);
  });
});

describe('normalizeAddress', () => {
  test('trims every field, upper-cases the country and a state code, and makes an empty second line null', () => {
    assert.deepEqual(
      normalizeAddress({ name: '  Margaret Ellison ', line1: ' 1200 Maple Grove Ln', line2: '   ', city: 'Springfield  ', state: ' il', postalCode: ' 62704 ', country: 'us ' }),
      { ...home, line2: null },
    );
    assert.equal(normalizeAddress({ ...home, line2: '' }).line2, null);
    assert.equal(normalizeAddress({ ...home, line2: undefined }).line2, null);
    assert.equal(normalizeAddress({ ...toronto, state: 'on', country: 'ca' }).state, 'ON');
  });

  test('turns a US state written out in full into its code, and leaves other countries’ region names as written', () => {
    assert.equal(normalizeAddress({ ...home, state: 'illinois' }).state, 'IL');
    assert.equal(normalizeAddress({ ...home, state: 'District of Columbia' }).state, 'DC');
    assert.equal(normalizeAddress({ ...toronto, state: 'Ontario' }).state, 'Ontario');
    assert.equal(normalizeAddress({ ...toronto, state: 'nsw', country: 'AU' }).state, 'NSW');
    assert.equal(normalizeAddress({ ...toronto, state: 'Greater London', country: 'gb' }).state, 'Greater London');
  });

  test('writes a nine-digit US ZIP typed without its hyphen as ZIP+4, and leaves other postal codes alone', () => {
    assert.equal(normalizeAddress({ ...home, postalCode: '627041234' }).postalCode, '62704-1234');
    assert.equal(normalizeAddress({ ...home, postalCode: '62704 1234' }).postalCode, '62704-1234');
    assert.equal(normalizeAddress({ ...home, postalCode: '62704-1234' }).postalCode, '62704-1234');
    assert.equal(normalizeAddress({ ...toronto, postalCode: '123456789' }).postalCode, '123456789');
  });

  test('treats missing fields from an untyped caller as empty instead of throwing', () => {
    const partial = { country: 'US' } as unknown as Address;
    assert.deepEqual(normalizeAddress(partial), emptyAddress('US'));
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(addressArbitrary(), (address) => {
        const once = normalizeAddress(address);
        assert.deepEqual(normalizeAddress(once), once);
      }),
    );
  });
});

describe('addressProblems', () => {
  test('finds nothing wrong with a complete US or foreign address', () => {
    assert.deepEqual(addressProblems(home), {});
    assert.deepEqual(addressProblems({ ...home, line2: null, postalCode: '62704-1234' }), {});
    assert.deepEqual(addressProblems({ ...home, state: 'PR', city: 'San Juan', postalCode: '00901' }), {});
    assert.deepEqual(addressProblems({ ...home, state: 'AE', city: 'APO', postalCode: '09001' }), {});
    assert.deepEqual(addressProblems(toronto), {});
    assert.deepEqual(addressProblems({ ...toronto, country: 'GB', state: 'Greater London', postalCode: 'SW1A 1AA' }), {});
  });

  test('asks for every required field of an empty US address, in plain words', () => {
    assert.deepEqual(addressProblems(emptyAddress()), {
      name: 'Enter the full name.',
      line1: 'Enter the street address.',
      city: 'Enter the city or town.',
      state: 'Choose a state.',
      postalCode: 'Enter the ZIP code.',
    });
  });

  test('asks for a region and postal code, not a state and ZIP, outside the US', () => {
    assert.deepEqual(addressProblems(emptyAddress('CA')), {
      name: 'Enter the full name.',
      line1: 'Enter the street address.',
      city: 'Enter the city or town.',
      state: 'Enter the state, province or region.',
      postalCode: 'Enter the postal code.',
    });
  });

  test('counts a field of only spaces as empty', () => {
    assert.deepEqual(addressProblems({ ...home, line1: '   ', city: '\t' }), { line1: 'Enter the street address.', city: 'Enter the city or town.' });
  });

  test('asks for a country, and refuses one that is not a two-letter code', () => {
    assert.deepEqual(addressProblems({ ...toronto, country: '' }), { country: 'Choose a country.' });
    assert.deepEqual(addressProblems({ ...toronto, country: 'Canada' }), { country: 'Choose a country from the list.' });
    assert.deepEqual(addressProblems({ ...toronto, country: 'C1' }), { country: 'Choose a country from the list.' });
    assert.deepEqual(addressProblems({ ...toronto, country: 'ca' }), {}, 'lower case is upper-cased first');
  });

  test('accepts a US state only as a USPS code (or its name), in any case', () => {
    assert.deepEqual(addressProblems({ ...home, state: 'il' }), {});
    assert.deepEqual(addressProblems({ ...home, state: 'Illinois' }), {});
    assert.deepEqual(addressProblems({ ...home, state: 'ZZ' }), { state: 'Choose a state from the list; “ZZ” is not a US state.' });
    assert.deepEqual(addressProblems({ ...home, state: 'Ill.' }), { state: 'Choose a state from the list; “ILL.” is not a US state.' });
    assert.deepEqual(addressProblems({ ...home, state: 'ON' }), { state: 'Choose a state from the list; “ON” is not a US state.' });
  });

  test('accepts a US ZIP code as 5 digits or ZIP+4, and explains the format otherwise', () => {
    const zipMessage = 'Enter a 5-digit ZIP code, like 62704, or ZIP+4, like 62704-1234.';
    for (const postalCode of ['62704', '00501', '62704-1234', '627041234', ' 62704 ']) {
      assert.deepEqual(addressProblems({ ...home, postalCode }), {}, postalCode);
    }
    for (const postalCode of ['6270', '627045', '62704-123', '62704-12345', 'ABCDE', '62704–1234', 'M5J 2X2', '62 704']) {
      assert.deepEqual(addressProblems({ ...home, postalCode }), { postalCode: zipMessage }, postalCode);
    }
  });

  test('does not hold foreign postal codes to the ZIP format', () => {
    assert.deepEqual(addressProblems({ ...toronto, postalCode: 'M5J 2X2' }), {});
    assert.deepEqual(addressProblems({ ...toronto, country: 'GB', postalCode: 'EC1A 1BB' }), {});
  });

  test('keeps every field within the API schema’s limits, counting characters rather than UTF-16 units', () => {
    const at = (n: number) => 'x'.repeat(n);
    assert.deepEqual(addressProblems({ ...home, name: at(100), line1: at(100), line2: at(100), city: at(60) }), {});
    assert.deepEqual(addressProblems({ ...home, name: at(101) }), { name: 'Use at most 100 characters (this has 101).' });
    assert.deepEqual(addressProblems({ ...home, line1: at(101) }), { line1: 'Use at most 100 characters (this has 101).' });
    assert.deepEqual(addressProblems({ ...home, line2: at(101) }), { line2: 'Use at most 100 characters (this has 101).' });
    assert.deepEqual(addressProblems({ ...home, city: at(61) }), { city: 'Use at most 60 characters (this has 61).' });
    assert.deepEqual(addressProblems({ ...toronto, state: at(60) }), {});
    assert.deepEqual(addressProblems({ ...toronto, state: at(61) }), { state: 'Use at most 60 characters (this has 61).' });
    assert.deepEqual(addressProblems({ ...toronto, postalCode: at(12) }), {});
    assert.deepEqual(addressProblems({ ...toronto, postalCode: at(13) }), { postalCode: 'Use at most 12 characters (this has 13).' });
    // 100 emoji are 200 UTF-16 units but 100 characters, as JSON Schema counts.
    assert.deepEqual(addressProblems({ ...home, name: '😀'.repeat(100) }), {});
    assert.equal(ADDRESS_MAX_LENGTHS.name, 100);
  });

  test('agrees with the API schema on random addresses: no problems exactly when the schema would accept the normalized address', () => {
    fc.assert(
      fc.property(addressArbitrary(), (address) => {
        const problems = addressProblems(address);
        const sent = normalizeAddress(address);
        assert.equal(Object.keys(problems).length === 0, schemaAccepts(sent), JSON.stringify({ sent, problems }));
        for (const message of Object.values(problems)) assert.match(message, /^[A-Z].*\.$/, 'a sentence');
      }),
      { numRuns: 500 },
    );
  });

  test('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.record({ name: fc.string(), line1: fc.string(), line2: fc.option(fc.string()), city: fc.string(), state: fc.string(), postalCode: fc.string(), country: fc.string() }), (address) => {
        const problems = addressProblems(address);
        for (const key of Object.keys(problems)) assert.ok(key in home, key);
      }),
    );
  });
});

describe('formatAddressOneLine', () => {
  test('reads like an envelope on one line, leaving out the country for the US', () => {
    assert.equal(formatAddressOneLine(home), '1200 Maple Grove Ln, Apt 4B, Springfield, IL 62704');
    assert.equal(formatAddressOneLine({ ...home, line2: null }), '1200 Maple Grove Ln, Springfield, IL 62704');
    assert.equal(formatAddressOneLine(toronto), '40 Bay St, Toronto, ON M5J 2X2, Canada');
    assert.equal(formatAddressOneLine({ ...toronto, country: 'ZA' }), '40 Bay St, Toronto, ON M5J 2X2, ZA');
  });
});

/** What the OpenAPI `Address` schema (plus the US rules) accepts, written independently of the code under test. */
function schemaAccepts(address: Address): boolean {
  const length = (text: string) => Array.from(text).length;
  const within = (text: string, max: number) => length(text) >= 1 && length(text) <= max;
  if (!within(address.name, 100) || !within(address.line1, 100) || !within(address.city, 60)) return false;
  if (!within(address.state, 60) || !within(address.postalCode, 12)) return false;
  if (address.line2 != null && length(address.line2) > 100) return false;
  if (!/^[A-Z]{2}$/.test(address.country)) return false;
  if (address.country === 'US') {
    return US_STATES.some((state) => state.code === address.state) && /^\d{5}(-\d{4})?$/.test(address.postalCode);
  }
  return true;
}

/** Addresses near the edges: blanks, padding, limits, real and fake state codes, ZIP-like strings. */
function addressArbitrary(): fc.Arbitrary<Address> {
  const padded = (inner: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', ' ', '  '), inner, fc.constantFrom('', ' ')).map(([a, b, c]) => a + b + c);
  const text = (max: number) => padded(fc.oneof(fc.string({ maxLength: 8 }), fc.string({ minLength: max - 1, maxLength: max + 2 })));
  const state = padded(
    fc.oneof(
      fc.constantFrom(...US_STATES.map((s) => s.code)),
      fc.constantFrom(...US_STATES.map((s) => s.code.toLowerCase()), ...US_STATES.map((s) => s.name)),
      fc.constantFrom('ZZ', 'ON', 'Ontario', ''),
      fc.string({ maxLength: 62 }),
    ),
  );
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const postalCode = padded(
    fc.oneof(
      digits(5),
      fc.tuple(digits(5), fc.constantFrom('-', '', ' ', '–'), digits(4)).map(([a, sep, b]) => a + sep + b),
      fc.integer({ min: 0, max: 14 }).chain(digits),
      fc.string({ maxLength: 14 }),
    ),
  );
  const country = padded(fc.oneof(fc.constantFrom('US', 'us', 'CA', 'GB', 'mx'), fc.constantFrom('', 'USA', 'U1'), fc.string({ maxLength: 3 })));
  return fc.record({
    name: text(100),
    line1: text(100),
    line2: fc.option(text(100)),
    city: text(60),
    state,
    postalCode,
    country,
  });
}
