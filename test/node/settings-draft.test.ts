// The Payment Center's settings form as data: how typed text is read, that Save sends only what
// changed, and the sentence that says what was saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSettingsChange, draftFromSettings, draftRules, parseFee, parseLeadDays, readSettingsDraft } from '../../src/core/settings-draft.js';
import type { CommunitySettings } from '../../src/sdk/types.js';

const SAVED: CommunitySettings = {
  communityName: 'Willow Creek',
  currency: 'USD',
  timeZone: 'America/Chicago',
  gatewayEnabled: true,
  portalEnabled: true,
  paymentsEnabled: true,
  cardFeeBasisPoints: 250,
  bankFeeBasisPoints: 0,
  allocationPolicy: 'oldest_first',
  billingOffice: { name: 'Business office', phone: '555-0100', email: null, hours: null },
  pullNoticeLeadDays: 10,
  cardFeeFundings: ['credit'],
  cardFeeFlatCents: 0,
  cardFeeCapCents: null,
  bankFeeFlatCents: 0,
  bankFeeCapCents: null,
  cardSurchargesProhibited: false,
  feeOnRefund: 'kept',
};

test('the form starts from the saved settings: fees in percent, blank flat parts and caps, the office as text', () => {
  const draft = draftFromSettings({ ...SAVED, cardFeeCapCents: 5_000, bankFeeFlatCents: 125 }, 'en-US');
  assert.equal(draft.cardFee, '2.50');
  assert.equal(draft.bankFee, '0.00');
  assert.equal(draft.cardFlat, '');
  assert.equal(draft.cardCap, '50.00');
  assert.equal(draft.bankFlat, '1.25');
  assert.equal(draft.bankCap, '');
  assert.equal(draft.officePhone, '555-0100');
  assert.equal(draft.officeEmail, '');
  assert.equal(draft.leadDays, '10');
});

test('fees are read in percent as whole basis points, with a sentence for what cannot be read', () => {
  assert.deepEqual(parseFee('1,75', 'en-US'), { ok: true, basisPoints: 175 });
  assert.deepEqual(parseFee('0.5 %', 'en-US'), { ok: true, basisPoints: 50 });
  assert.deepEqual(parseFee('two', 'en-US'), { ok: false, error: 'Enter the fee in percent, such as 2.50 (or 0 for no fee).' });
  assert.deepEqual(parseFee('1.755', 'en-US'), { ok: false, error: 'Use at most two decimals, such as 1.75: fees are whole basis points.' });
  assert.deepEqual(parseFee('3.01', 'en-US'), { ok: false, error: 'The fee can be at most 3.00% (300 basis points).' });
});

test('the advance notice is whole days from 1 to 30', () => {
  assert.equal(parseLeadDays(' 7 '), 7);
  assert.equal(parseLeadDays('30'), 30);
  assert.equal(parseLeadDays('0'), null);
  assert.equal(parseLeadDays('31'), null);
  assert.equal(parseLeadDays('1.5'), null);
});

test('Save sends only what changed: nothing for an untouched form, the office whole when one part changed', () => {
  const draft = draftFromSettings(SAVED, 'en-US');
  assert.deepEqual(readSettingsDraft(draft, SAVED, 'en-US'), { ok: true, change: {} });
  const edited = { ...draft, cardFee: '2.75', officeEmail: ' billing@willow.example ', cardCap: '50', feeOnRefund: 'refunded' as const };
  assert.deepEqual(readSettingsDraft(edited, SAVED, 'en-US'), {
    ok: true,
    change: {
      cardFeeBasisPoints: 275,
      billingOffice: { name: 'Business office', phone: '555-0100', email: 'billing@willow.example', hours: null },
      cardFeeCapCents: 5_000,
      feeOnRefund: 'refunded',
    },
  });
});

test('every field that cannot be read is refused at once, and nothing is sent', () => {
  const draft = { ...draftFromSettings(SAVED, 'en-US'), cardFee: 'x', leadDays: '45', officeName: '  ', cardFlat: 'abc', bankCap: '0' };
  assert.deepEqual(readSettingsDraft(draft, SAVED, 'en-US'), {
    ok: false,
    errors: {
      cardFeeBasisPoints: 'Enter the fee in percent, such as 2.50 (or 0 for no fee).',
      pullNoticeLeadDays: 'Enter a whole number of days from 1 to 30.',
      'billingOffice.name': 'Enter the name payers should ask for, e.g. “Business office”.',
      cardFeeFlatCents: 'Enter an amount such as 1.00, or leave it blank.',
      bankFeeCapCents: 'Enter the most a fee may be, such as 50.00, or leave it blank for no cap.',
    },
  });
});

test('the fee rules a draft would save take what cannot be read yet as saved', () => {
  const draft = { ...draftFromSettings(SAVED, 'en-US'), cardFee: '2.', bankFee: 'oops', cardFeeFundings: [], cardFlat: '1', cardCap: '?' };
  const rules = draftRules(draft, SAVED, 'en-US');
  assert.equal(rules.cardFeeBasisPoints, 200);
  assert.equal(rules.bankFeeBasisPoints, 0);
  assert.deepEqual(rules.cardFeeFundings, []);
  assert.equal(rules.cardFeeFlatCents, 100);
  assert.equal(rules.cardFeeCapCents, null);
});

test('what was saved, in words', () => {
  const updated = { ...SAVED, cardFeeBasisPoints: 275, allocationPolicy: 'newest_first' as const, pullNoticeLeadDays: 1, gatewayEnabled: false, feeOnRefund: 'refunded' as const };
  assert.equal(
    describeSettingsChange({ gatewayEnabled: false, cardFeeBasisPoints: 275, allocationPolicy: 'newest_first', pullNoticeLeadDays: 1, feeOnRefund: 'refunded' }, updated, 'en-US'),
    'ALIS Pay off, card fee 2.75% (275 basis points), allocation “Most recent first”, advance notice 1 day before each pull, refunds give the fee back',
  );
  assert.equal(describeSettingsChange({ cardFeeCapCents: 100, bankFeeFlatCents: 5 }, SAVED, 'en-US'), 'who pays the card fee and how much, the bank account fee’s flat part and cap');
  // One basis point is said in the singular.
  assert.equal(describeSettingsChange({ bankFeeBasisPoints: 1 }, { ...SAVED, bankFeeBasisPoints: 1 }, 'en-US'), 'bank fee 0.01% (1 basis point)');
});
