// The Payers panel's sentences: who a payer is, how they pay, what they were told before a pull.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrangementWords,
  endedWords,
  nextNoticeWords,
  noPayersSentence,
  noticeWords,
  payerRole,
  payersCaption,
  payersSwitchNotice,
} from '../../src/core/payer-words.js';
import type { AdvanceNotice, ArrangementView } from '../../src/sdk/types.js';

const checking = { id: 'pm_1', type: 'bank_account' as const, label: 'Checking •••• 4257' };
const visa = { id: 'pm_2', type: 'card' as const, label: 'Visa •••• 4242' };

const selfPay: ArrangementView = { mode: 'self_pay', dayOfMonth: null, split: null, parts: [], nextPullDate: null, advanceNotice: null, updatedAt: null, ended: null };
const pulls: ArrangementView = {
  ...selfPay,
  mode: 'billing_team_pulls',
  dayOfMonth: 5,
  split: 'single',
  parts: [{ method: checking, amountCents: null, basisPoints: null }],
  nextPullDate: '2026-12-05',
};
const notice: AdvanceNotice = {
  pullDate: '2026-12-05',
  sentAt: '2026-11-25T15:00:00Z',
  amount: { amountCents: 747_215, currency: 'USD' },
  methods: [checking],
  recipients: ['ada@example.com'],
};
const community = { timeZone: 'America/Chicago', pullNoticeLeadDays: 10 };

test('who a payer is to the resident', () => {
  assert.equal(payerRole('resident', null), 'Resident');
  assert.equal(payerRole('contact', 'Son'), 'Son');
  assert.equal(payerRole('contact', null), 'Contact');
});

test('how a payer pays, in words: on their own, from one method, or split', () => {
  assert.equal(arrangementWords(selfPay, 'USD', 'en-US'), 'Pays on their own');
  assert.equal(arrangementWords(pulls, 'USD', 'en-US'), 'Billing team pulls on day 5 from Checking •••• 4257');
  assert.equal(arrangementWords({ ...pulls, parts: [] }, 'USD', 'en-US'), 'Billing team pulls on day 5');
  const split: ArrangementView = {
    ...pulls,
    split: 'fixed_amounts',
    parts: [
      { method: checking, amountCents: 50_000, basisPoints: null },
      { method: visa, amountCents: null, basisPoints: 2_500 },
    ],
  };
  assert.equal(arrangementWords(split, 'USD', 'en-US'), 'Billing team pulls on day 5, split: $500.00 from Checking •••• 4257 and 25% from Visa •••• 4242');
});

test('how the payer ended the pulls', () => {
  const ended = { endedAt: '2026-11-30T10:00:00Z', endedBy: 'Ada Lovelace', reason: 'method_removed' as const, method: checking, firstSkippedPullDate: '2026-12-05' };
  assert.equal(endedWords(ended, 'en-US'), 'Automatic payments ended: Ada Lovelace removed Checking •••• 4257; no pulls from Dec 5, 2026 on.');
  assert.match(endedWords({ ...ended, reason: 'authorization_withdrawn' }, 'en-US'), /Ada Lovelace withdrew the authorization of Checking/);
});

test('the advance notice in words, and when none has gone out yet', () => {
  assert.equal(noticeWords(notice, community, 'en-US'), 'Notice emailed Nov 25, 2026 for $7,472.15 from Checking •••• 4257.');
  assert.equal(
    noticeWords({ ...notice, recipients: [] }, community, 'en-US'),
    'Nobody could be notified: no email address on file. Notice recorded Nov 25, 2026 for $7,472.15 from Checking •••• 4257.',
  );
  assert.equal(nextNoticeWords({ ...pulls, advanceNotice: notice }, community, 'en-US'), 'Notice emailed Nov 25, 2026 for $7,472.15 from Checking •••• 4257.');
  // A notice for an earlier pull date is not the notice of the next pull.
  assert.equal(
    nextNoticeWords({ ...pulls, advanceNotice: { ...notice, pullDate: '2026-11-05' } }, community, 'en-US'),
    'No advance notice sent yet; it goes out 10 days before the pull.',
  );
});

test('a switch that is off, the caption and the empty list', () => {
  const on = { communityName: 'Willow Creek', gatewayEnabled: true, portalEnabled: true };
  assert.equal(payersSwitchNotice(on), null);
  assert.equal(payersSwitchNotice({ ...on, gatewayEnabled: false, portalEnabled: false })?.tone, 'warning');
  assert.deepEqual(payersSwitchNotice({ ...on, portalEnabled: false }), {
    text: 'ALIS Connect is switched off at Willow Creek: payers cannot sign in, but the billing team can still pull payments from authorized methods.',
    tone: 'info',
  });
  assert.equal(payersCaption('', 1, false), 'Payers: 1 shown');
  assert.equal(payersCaption('Ada', 25, true), 'Payers matching “Ada”: 25 shown, more to load');
  assert.equal(noPayersSentence(''), 'There are no payers yet.');
  assert.equal(noPayersSentence('Zed'), 'No payer or resident matches “Zed”.');
});
