import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBasisPoints, formatDate, formatDateOfInstant, formatDateTime, formatDateTimeParts, formatDayCount, formatMoney, formatPeriod } from '../../src/core/format.js';
import { formatInstantDate } from '../../src/core/instant.js';

test('formatMoney shows integer cents as currency without floating-point drift', () => {
  assert.equal(formatMoney({ amountCents: 123456, currency: 'USD' }, 'en-US'), '$1,234.56');
  assert.equal(formatMoney({ amountCents: 10, currency: 'USD' }, 'en-US'), '$0.10');
  assert.equal(formatMoney({ amountCents: -2500, currency: 'USD' }, 'en-US'), '-$25.00');
  assert.equal(formatMoney({ amountCents: 1500, currency: 'JPY' }, 'en-US'), '¥1,500');
  // 0.1 + 0.2 style inputs never arise: the amount is divided once, only to display it.
  assert.equal(formatMoney({ amountCents: 30, currency: 'USD' }, 'en-US'), '$0.30');
});

test('formatMoney follows the locale', () => {
  assert.equal(formatMoney({ amountCents: 123456, currency: 'EUR' }, 'de-DE').replace(/\s/g, ' '), '1.234,56 €');
});

test('formatDate keeps the calendar day whatever the time zone', () => {
  assert.equal(formatDate('2026-12-01', 'en-US'), 'Dec 1, 2026');
  assert.equal(formatDate('2026-01-31', 'en-US', 'long'), 'January 31, 2026');
  assert.equal(formatDate('not a date', 'en-US'), 'not a date');
});

test('formatPeriod shows a billing period as a range', () => {
  // Intl puts thin spaces around the dash; compare the words, not the kind of space.
  const plain = (text: string) => text.replace(/\s/g, ' ');
  assert.equal(plain(formatPeriod('2026-11-01', '2026-11-30', 'en-US')), 'Nov 1 – 30, 2026');
  assert.equal(plain(formatPeriod('2025-12-01', '2026-01-31', 'en-US')), 'Dec 1, 2025 – Jan 31, 2026');
});

test('formatDate does not shift in a time zone west of UTC', () => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    assert.equal(formatDate('2026-12-01', 'en-US'), 'Dec 1, 2026');
  } finally {
    process.env.TZ = previous;
  }
});

test('formatBasisPoints shows basis points as a percent, with two decimals where values are compared', () => {
  assert.equal(formatBasisPoints(250, 'en-US'), '2.5%');
  assert.equal(formatBasisPoints(275, 'en-US'), '2.75%');
  assert.equal(formatBasisPoints(0, 'en-US'), '0%');
  assert.equal(formatBasisPoints(3333, 'en-US'), '33.33%');
  assert.equal(formatBasisPoints(250, 'en-US', { minimumFractionDigits: 2 }), '2.50%');
  assert.equal(formatBasisPoints(250, 'de-DE').replace(/\s/g, ' '), '2,5 %');
});

test('formatDayCount says "1 day" and "n days"', () => {
  assert.equal(formatDayCount(1, 'en-US'), '1 day');
  assert.equal(formatDayCount(10, 'en-US'), '10 days');
  assert.equal(formatDayCount(0, 'en-US'), '0 days');
});

test('formatInstantDate shows an instant as the calendar day in the community’s time zone', () => {
  // 11 PM in Chicago on November 25 is already November 26 in UTC.
  assert.equal(formatInstantDate('2026-11-26T05:00:00.000Z', 'America/Chicago', 'en-US'), 'Nov 25, 2026');
  assert.equal(formatInstantDate('2026-11-26T05:00:00.000Z', 'UTC', 'en-US'), 'Nov 26, 2026');
  assert.equal(formatInstantDate(null, 'America/Chicago', 'en-US'), '');
});

/** Intl writes a narrow no-break space before AM/PM and thin spaces in ranges; compare the words. */
const plain = (text: string) => text.replace(/\s/g, ' ');

test('formatDateTime shows an instant on the community clock with the zone abbreviation', () => {
  // The seed's "now": 3:00 PM UTC is 9:00 AM in Chicago.
  assert.equal(plain(formatDateTime('2026-11-25T15:00:00.000Z', 'America/Chicago', 'en-US')), 'Nov 25, 2026, 9:00 AM CST');
  assert.equal(plain(formatDateTime(new Date('2026-11-25T15:00:00.000Z'), 'America/New_York', 'en-US')), 'Nov 25, 2026, 10:00 AM EST');
  assert.equal(plain(formatDateTime('2026-11-25T15:00:00.000Z', 'America/Chicago', 'en-US', 'long')), 'November 25, 2026 at 9:00 AM CST');
  assert.equal(formatDateTime('yesterday', 'America/Chicago', 'en-US'), 'yesterday');
});

test('formatDateTimeParts splits formatDateTime into its date and its time, which join back into it', () => {
  for (const [locale, style] of [['en-US', 'medium'], ['en-US', 'long'], ['es', 'medium'], ['es', 'long'], ['de-DE', 'medium']] as const) {
    const parts = formatDateTimeParts('2026-11-25T15:00:00.000Z', 'America/Chicago', locale, style);
    assert.equal(parts.date + parts.separator + parts.time, formatDateTime('2026-11-25T15:00:00.000Z', 'America/Chicago', locale, style), `${locale} ${style}`);
    assert.ok(parts.separator.length > 0, `${locale} ${style}: a break between date and time`);
  }
  const english = formatDateTimeParts('2026-11-25T15:00:00.000Z', 'America/Chicago', 'en-US');
  assert.deepEqual([english.date, english.separator, plain(english.time)], ['Nov 25, 2026', ', ', '9:00 AM CST']);
  assert.equal(formatDateTimeParts('2026-11-25T15:00:00.000Z', 'America/Chicago', 'es').date, '25 nov 2026');
  assert.deepEqual(formatDateTimeParts('yesterday', 'America/Chicago', 'en-US'), { date: 'yesterday', separator: '', time: '' });
});

test('formatDateTime follows New York across the March and November DST changes', () => {
  // Sunday March 8, 2026: 1:59 AM EST, then the clocks jump to 3:00 AM EDT.
  assert.equal(plain(formatDateTime('2026-03-08T06:59:00Z', 'America/New_York', 'en-US')), 'Mar 8, 2026, 1:59 AM EST');
  assert.equal(plain(formatDateTime('2026-03-08T07:00:00Z', 'America/New_York', 'en-US')), 'Mar 8, 2026, 3:00 AM EDT');
  // Sunday November 1, 2026: 1:30 AM happens twice; the abbreviation tells them apart.
  assert.equal(plain(formatDateTime('2026-11-01T05:30:00Z', 'America/New_York', 'en-US')), 'Nov 1, 2026, 1:30 AM EDT');
  assert.equal(plain(formatDateTime('2026-11-01T06:30:00Z', 'America/New_York', 'en-US')), 'Nov 1, 2026, 1:30 AM EST');
  // A late evening stays on its own day.
  assert.equal(formatDateOfInstant('2026-11-02T04:30:00Z', 'America/New_York', 'en-US'), 'Nov 1, 2026');
  assert.equal(formatDateOfInstant('2026-11-02T04:30:00Z', 'America/New_York', 'en-US', 'long'), 'November 1, 2026');
  assert.equal(formatDateOfInstant(undefined, 'America/New_York', 'en-US'), '');
});

test('formatDateTime does not depend on the machine’s time zone', () => {
  const previous = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  try {
    assert.equal(plain(formatDateTime('2026-11-25T15:00:00.000Z', 'America/Chicago', 'en-US')), 'Nov 25, 2026, 9:00 AM CST');
    assert.equal(formatDateOfInstant('2026-11-26T05:00:00.000Z', 'America/Chicago', 'en-US'), 'Nov 25, 2026');
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
});

test('formatDateTime falls back to the viewer’s zone for an unknown one, still naming the zone', () => {
  const text = plain(formatDateTime('2026-11-25T15:00:00.000Z', 'Mars/Olympus_Mons', 'en-US'));
  assert.match(text, /^Nov 2[56], 2026, \d{1,2}:\d{2} [AP]M \S+$/);
});

test('formatDateTime builds one Intl formatter per locale, zone and style, not one per value', () => {
  const Original = Intl.DateTimeFormat;
  let built = 0;
  Intl.DateTimeFormat = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built += 1;
      return new target(...args);
    },
  });
  try {
    for (let minute = 0; minute < 200; minute++) formatDateTime(new Date(Date.UTC(2026, 4, 1, 12, minute)), 'Pacific/Honolulu', 'en-GB');
    for (let minute = 0; minute < 200; minute++) formatDateOfInstant(new Date(Date.UTC(2026, 4, 1, 12, minute)), 'Pacific/Honolulu', 'en-GB');
  } finally {
    Intl.DateTimeFormat = Original;
  }
  assert.equal(built, 2);
});
