import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBasisPoints, formatDate, formatDayCount, formatMoney, formatPeriod } from '../../src/core/format.js';
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
