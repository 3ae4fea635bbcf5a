import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUnbrokenWords } from '../../src/core/unbroken-words.js';
import { formatDate, formatDateTime, formatDateTimeParts } from '../../src/core/format.js';

const tokens = (text: string) =>
  findUnbrokenWords(text)
    .filter((piece) => piece.token)
    .map((piece) => piece.text);

test('findUnbrokenWords finds references, dates, masked and phone numbers in a sentence', () => {
  assert.deepEqual(tokens('Notice emailed Nov 25, 2026 for $7,472.10 from Visa •••• 5460.'), ['Nov 25, 2026', '•••• 5460']);
  assert.deepEqual(tokens('Change who INV-2026-0090 is addressed to'), ['INV-2026-0090']);
  assert.deepEqual(tokens('Payment PAY-20261123-0001 is already in deposit DEP-20261106.'), ['PAY-20261123-0001', 'DEP-20261106']);
  assert.deepEqual(tokens('No pulls are due today, November 25, 2026.'), ['November 25, 2026']);
  assert.deepEqual(tokens('Call the business office, (630) 555-0142, or 630-555-0199.'), ['(630) 555-0142', '630-555-0199']);
});

test('findUnbrokenWords knows Spanish dates and the dates Intl writes, and leaves times in their words', () => {
  assert.deepEqual(tokens('Aviso enviado el 25 nov 2026'), ['25 nov 2026']);
  // A zone written "GMT-6" reads as a code: whole too.
  assert.deepEqual(tokens('Vence el 7 de diciembre de 2026 a las 9:00 GMT-6'), ['7 de diciembre de 2026', 'GMT-6']);
  // Office hours a community wrote stay one piece of text.
  assert.deepEqual(tokens('(Monday to Friday, 8:30 AM to 4:30 PM)'), []);
  for (const locale of ['en-US', 'es']) {
    const date = formatDate('2026-12-07', locale);
    assert.deepEqual(tokens(`— ${date} —`), [date], locale);
    const { date: day } = formatDateTimeParts('2026-11-25T15:00:00.000Z', 'America/Chicago', locale);
    assert.equal(tokens(formatDateTime('2026-11-25T15:00:00.000Z', 'America/Chicago', locale))[0], day, locale);
  }
});

test('findUnbrokenWords leaves other words alone, and its pieces join back into the sentence', () => {
  assert.deepEqual(tokens('Paid 3 invoices on the 5th of each month'), []);
  assert.deepEqual(tokens('el 5 de cada mes'), []);
  const sentence = 'Overdue since Oct 1, 2026 · balance $3,368.57 on INV-2026-0073';
  assert.equal(
    findUnbrokenWords(sentence)
      .map((piece) => piece.text)
      .join(''),
    sentence,
  );
  assert.deepEqual(findUnbrokenWords(''), [{ text: '', token: false }]);
});

test('findUnbrokenWords lets a reference too long to read as one word wrap, so a phone-width page never scrolls sideways', () => {
  const hostile = 'INV-' + 'X'.repeat(60);
  assert.deepEqual(tokens(`Change who ${hostile} is addressed to`), []);
  assert.equal(findUnbrokenWords(`Change who ${hostile} is addressed to`).map((piece) => piece.text).join(''), `Change who ${hostile} is addressed to`);
  assert.deepEqual(tokens('PAY-20261125-0001 and INV-2026-0090'), ['PAY-20261125-0001', 'INV-2026-0090']);
});
