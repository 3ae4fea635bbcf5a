// The billing team's sentences that are pure logic: an audit change in words, what a profile change
// does to the people who have it, and what switching ALIS Pay or ALIS Connect does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditFieldLabel, describeAuditValue, visibleChanges } from '../../src/core/audit-words.js';
import { describeProfileChange, peopleWithProfile, profileInUse } from '../../src/core/profile-effects.js';
import { paymentMethodRequestsOffSentence, switchConsequences, switchedOffNow } from '../../src/core/switch-consequences.js';

const usd = { currency: 'USD', timeZone: 'America/Chicago', locale: 'en-US' };

describe('audit changes in words', () => {
  test('names fields as staff know them, including grouped and per-payment ones', () => {
    assert.equal(auditFieldLabel('cardFeeBasisPoints'), 'Card convenience fee');
    assert.equal(auditFieldLabel('cardFeeCapCents'), 'Card fee: at most');
    assert.equal(describeAuditValue('cardFeeFundings', ['credit', 'debit'], { currency: 'USD', locale: 'en-US' }), 'Credit, Debit');
    assert.equal(describeAuditValue('cardFeeFundings', [], { currency: 'USD', locale: 'en-US' }), 'None');
    assert.equal(describeAuditValue('feeOnRefund', 'refunded', { currency: 'USD', locale: 'en-US' }), 'Given back in proportion');
    assert.equal(describeAuditValue('cardFeeCapCents', 5_000, { currency: 'USD', locale: 'en-US' }), '$50.00');
    assert.equal(auditFieldLabel('portalEnabled'), 'ALIS Connect');
    assert.equal(auditFieldLabel('billingOffice.email'), 'Billing office: email');
    assert.equal(auditFieldLabel('PAY-1042.amountCents'), 'PAY-1042: amount');
    assert.equal(auditFieldLabel('someNewField'), 'Some new field');
    // A credit application: the payer's credit, and each invoice's balance before and after.
    assert.equal(auditFieldLabel('creditOnAccountCents'), 'Credit on account');
    assert.equal(auditFieldLabel('INV-2026-0114.balanceCents'), 'INV-2026-0114: balance');
    assert.equal(describeAuditValue('creditOnAccountCents', 12_000, usd), '$120.00');
  });

  test('booleans are On/Off and null is a dash', () => {
    assert.equal(describeAuditValue('gatewayEnabled', true, usd), 'On');
    assert.equal(describeAuditValue('gatewayEnabled', false, usd), 'Off');
    assert.equal(describeAuditValue('billingOffice.phone', null, usd), '—');
    assert.equal(describeAuditValue('deletedAt', null, usd), '—');
  });

  test('basis points are a percent, cents are money, days are days', () => {
    assert.equal(describeAuditValue('cardFeeBasisPoints', 250, usd), '2.50%');
    assert.equal(describeAuditValue('bankFeeBasisPoints', 0, usd), '0.00%');
    assert.equal(describeAuditValue('amountCents', 747215, usd), '$7,472.15');
    assert.equal(describeAuditValue('PAY-1.feeCents', 300, usd), '$3.00');
    assert.equal(describeAuditValue('pullNoticeLeadDays', 10, usd), '10 days');
    assert.equal(describeAuditValue('pullNoticeLeadDays', 1, usd), '1 day');
    assert.equal(describeAuditValue('dayOfMonth', 5, usd), '5');
  });

  test('known codes read as words; arrays are joined; objects lead with what they name', () => {
    assert.equal(describeAuditValue('allocationPolicy', 'newest_first', usd), 'Most recent first');
    assert.equal(describeAuditValue('status', 'partially_refunded', usd), 'Partially refunded');
    assert.equal(describeAuditValue('permissions', ['view_billing', 'pay_bills'], usd), "Sees all of the resident's billing, Pays invoices addressed to them");
    assert.equal(describeAuditValue('permissions', [], usd), 'None');
    assert.equal(describeAuditValue('emailedTo', ['a@example.org', 'b@example.org'], usd), 'a@example.org, b@example.org');
    assert.equal(
      describeAuditValue('parts', [{ method: 'Checking •••• 5460', amountCents: null, basisPoints: 6000 }, { method: 'Visa •••• 4242', amountCents: 10000, basisPoints: null }], usd),
      'Checking •••• 5460 (share 60.00%); Visa •••• 4242 (amount $100.00)',
    );
  });

  test('an id is left out when the entry also names it in words', () => {
    const changes = [
      { field: 'addressee', before: 'Ruth Jensen (Wife)', after: 'Karen Molloy (Daughter)' },
      { field: 'addresseeId', before: 'con-ruth-jensen', after: 'con-karen-molloy' },
      { field: 'partyId', before: null, after: 'con-x' },
    ];
    assert.deepEqual(visibleChanges(changes).map((c) => c.field), ['addressee', 'partyId']);
  });

  test('instants are shown on the community clock', () => {
    // 03:30 UTC on Nov 26 is still the evening of Nov 25 in Chicago.
    assert.match(describeAuditValue('removedAt', '2026-11-26T03:30:00.000Z', usd), /^Nov 25, 2026, 9:30\sPM CST$/);
    assert.equal(describeAuditValue('pullDate', '2026-12-05', usd), 'Dec 5, 2026');
  });
});

describe('what a profile change does', () => {
  const full = { name: 'Financial responsible party', description: 'All of it', permissions: ['view_billing', 'pay_bills', 'manage_payment_methods'] as const };

  test('counts people in words', () => {
    assert.equal(peopleWithProfile({ activeUserCount: 3, pendingInvitationCount: 1 }), '3 users and 1 invitation');
    assert.equal(peopleWithProfile({ activeUserCount: 1, pendingInvitationCount: 0 }), '1 user');
    assert.equal(peopleWithProfile({ activeUserCount: 0, pendingInvitationCount: 2 }), '2 invitations');
    assert.equal(peopleWithProfile({ activeUserCount: 0, pendingInvitationCount: 0 }), 'nobody');
    assert.equal(profileInUse({ activeUserCount: 0, pendingInvitationCount: 1 }), true);
  });

  test('says who loses and who gains what, with the counts', () => {
    const sentences = describeProfileChange(full, { ...full, permissions: ['view_billing'] }, { activeUserCount: 3, pendingInvitationCount: 1 });
    assert.equal(sentences[0], '3 users and 1 invitation will no longer be able to pay the invoices addressed to them or save payment methods.');
    assert.ok(sentences.includes('This applies at once, from their next page.'));
    const gained = describeProfileChange({ ...full, permissions: ['pay_bills'] }, { ...full, permissions: ['pay_bills', 'view_billing'] }, { activeUserCount: 1, pendingInvitationCount: 0 });
    assert.equal(gained[0], "1 user will be able to see all of the resident's billing.");
  });

  test('a rename is stated; nothing changed is an empty list; an unused profile says so', () => {
    assert.deepEqual(describeProfileChange(full, { ...full }, { activeUserCount: 7, pendingInvitationCount: 1 }), []);
    assert.deepEqual(describeProfileChange(full, { ...full, name: 'Family payer' }, { activeUserCount: 7, pendingInvitationCount: 1 }), [
      'The profile of 7 users and 1 invitation will be called “Family payer” instead of “Financial responsible party”.',
    ]);
    const unused = describeProfileChange(full, { ...full, permissions: [] }, { activeUserCount: 0, pendingInvitationCount: 0 });
    assert.equal(unused[0], 'Nobody has this profile now.');
    assert.ok(unused.some((s) => s.includes('no permission left')));
  });
});

describe('what a switch change does', () => {
  const on = { gatewayEnabled: true, portalEnabled: true };

  test('only switches that changed are described', () => {
    assert.deepEqual(switchConsequences(on, on), []);
    const portalOff = switchConsequences(on, { ...on, portalEnabled: false });
    assert.equal(portalOff.length, 1);
    assert.equal(portalOff[0]!.field, 'portalEnabled');
    assert.match(portalOff[0]!.text, /payers cannot sign in to see or pay/);
    assert.match(portalOff[0]!.text, /invitations cannot be accepted/);
    assert.match(portalOff[0]!.text, /can still pull payments/);
  });

  test('ALIS Pay off stops staff money actions too, and invoices stay readable', () => {
    const [gatewayOff] = switchConsequences(on, { ...on, gatewayEnabled: false });
    assert.match(gatewayOff!.text, /cannot pull, void, refund or present a payment again/);
    assert.match(gatewayOff!.text, /Invoices and payment history stay readable/);
    // With the gateway off as well, turning the portal off no longer promises pulls.
    const both = switchConsequences(on, { gatewayEnabled: false, portalEnabled: false });
    assert.equal(both.length, 2);
    assert.doesNotMatch(both[0]!.text, /can still pull/);
  });

  test('what is switched off now is said as a state, portal first, naming the community', () => {
    const community = { communityName: 'Willow Creek', ...on };
    assert.deepEqual(switchedOffNow(community), []);
    assert.deepEqual(switchedOffNow({ ...community, gatewayEnabled: false }), [
      'ALIS Pay is switched off at Willow Creek: nobody can save a payment method or pay, and the billing team cannot pull, void, refund or present a payment again. Invoices and payment history stay readable.',
    ]);
    const portalOff = switchedOffNow({ ...community, portalEnabled: false });
    assert.equal(portalOff.length, 1);
    assert.match(portalOff[0]!, /^ALIS Connect is switched off at Willow Creek: payers cannot sign in to see or pay their bills;/);
    assert.match(portalOff[0]!, /can still pull payments/);
    const both = switchedOffNow({ communityName: 'Willow Creek', gatewayEnabled: false, portalEnabled: false });
    assert.deepEqual(both.map((sentence) => sentence.slice(0, 12)), ['ALIS Connect', 'ALIS Pay is ']);
    assert.doesNotMatch(both[0]!, /can still pull/);
    // Never the "when you save" wording.
    assert.doesNotMatch(both.join(' '), /\b(on|off):/);
  });

  test('asking payers to add a payment method is off, with why, while either switch is off', () => {
    const community = { communityName: 'Willow Creek', ...on };
    assert.equal(paymentMethodRequestsOffSentence(community), null);
    assert.match(paymentMethodRequestsOffSentence({ ...community, portalEnabled: false }) ?? '', /ALIS Connect is switched off at Willow Creek: they could not sign in/);
    assert.match(paymentMethodRequestsOffSentence({ ...community, gatewayEnabled: false }) ?? '', /ALIS Pay is switched off at Willow Creek: no payment method can be saved/);
  });

  test('turning on again says what comes back', () => {
    const [portalOn] = switchConsequences({ ...on, portalEnabled: false }, on);
    assert.match(portalOn!.text, /can sign in again/);
    const [gatewayOn] = switchConsequences({ gatewayEnabled: false, portalEnabled: false }, { gatewayEnabled: true, portalEnabled: false });
    assert.match(gatewayOn!.text, /only once ALIS Connect is on too/);
  });
});
