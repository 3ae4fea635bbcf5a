// The sentences the payer widgets say about whose billing they show and who may pay: pinned here so
// a change of wording is a decision, and so each access level gets its own words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  advanceNoticeSentence,
  dueToOthersSentence,
  emptyInvoicesMessage,
  emptyPaymentsMessage,
  invoicesHeading,
  noMethodsAccessSentence,
  onlyAddressedToYouSentence,
  personLabel,
  readdressSentence,
  savingMethodsOffSentence,
  viewOnlySentence,
  gatewayOffSentence,
  notAddresseeMessage,
} from '../../src/core/billing-words.js';
import type { Me, PartyRef, Permission } from '../../src/sdk/types.js';

const office = { name: 'Business office', phone: '(630) 555-0142', email: 'billing@example.org', hours: null };
const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
const karen: PartyRef = { id: 'con-karen', kind: 'contact', name: 'Karen Molloy', residentId: 'res-jensen', relationship: 'Daughter' };
const harold: PartyRef = { id: 'res-jensen', kind: 'resident', name: 'Harold Jensen', residentId: 'res-jensen', relationship: null };

function me(permissions: Permission[], options: { self?: 'contact' | 'resident'; portalEnabled?: boolean } = {}): Me {
  const party: PartyRef =
    options.self === 'resident'
      ? harold
      : { id: 'con-ruth', kind: 'contact', name: 'Ruth Jensen', residentId: 'res-jensen', relationship: 'Spouse' };
  return {
    user: { id: 'u1', email: 'ruth@example.org', displayName: 'Ruth', role: 'payer', profileId: 'p1', partyId: party.id },
    party,
    resident: { id: 'res-jensen', name: 'Harold Jensen', unit: 'Apt 108' },
    residentAddress: null,
    permissions,
    community: {
      communityName: 'Willow Creek',
      currency: 'USD',
      timeZone: 'America/Chicago',
      gatewayEnabled: true,
      portalEnabled: options.portalEnabled ?? true,
      paymentsEnabled: options.portalEnabled ?? true,
      cardFeeBasisPoints: 0,
      bankFeeBasisPoints: 0,
      allocationPolicy: 'oldest_first',
      billingOffice: office,
      pullNoticeLeadDays: 10,
      cardFeeFundings: ['credit'],
      cardFeeFlatCents: 0,
      cardFeeCapCents: null,
      bankFeeFlatCents: 0,
      bankFeeCapCents: null,
      cardSurchargesProhibited: false,
      feeOnRefund: 'kept',
    },
  };
}

const both: Permission[] = ['view_billing', 'pay_bills'];

describe('whose billing the widgets show', () => {
  test('the user is "You"; others are named with their relationship', () => {
    const ruth = me(both);
    assert.equal(personLabel(ruth, { id: 'con-ruth', name: 'Ruth Jensen', relationship: 'Spouse' }), 'You');
    assert.equal(personLabel(ruth, karen), 'Karen Molloy (Daughter)');
    assert.equal(personLabel(ruth, harold), 'Harold Jensen');
    assert.equal(personLabel({ party: null }, karen), 'Karen Molloy (Daughter)', 'staff have no party: nobody is "You"');
  });

  test("the heading names the resident for someone who sees the resident's billing", () => {
    assert.equal(invoicesHeading(me(both)), 'Invoices for Harold Jensen');
    assert.equal(invoicesHeading(me(['view_billing'])), 'Invoices for Harold Jensen');
    assert.equal(invoicesHeading(me(both, { self: 'resident' })), 'Your invoices', 'the resident is looking at their own');
    assert.equal(invoicesHeading(me(['pay_bills'])), 'Invoices addressed to you');
    assert.equal(invoicesHeading(me([])), 'Invoices');
    assert.equal(invoicesHeading(me(both, { portalEnabled: false })), 'Invoices');
  });

  test('empty lists say whose list is empty, and a pay-only user is told what they cannot see', () => {
    assert.equal(emptyInvoicesMessage(me(both), 'all'), 'Harold Jensen has no invoices yet.');
    assert.equal(emptyInvoicesMessage(me(both), 'open'), 'Harold Jensen has no open invoices. Nothing is due.');
    assert.equal(emptyInvoicesMessage(me(both, { self: 'resident' }), 'paid'), 'You have no paid invoices yet.');
    assert.match(emptyInvoicesMessage(me(['pay_bills']), 'all'), /^No invoices are addressed to you yet\. You see only invoices addressed to you; any others on Harold Jensen's account/);
    assert.match(emptyInvoicesMessage(me(['pay_bills']), 'open'), /^Nothing addressed to you is due\./);
    assert.equal(emptyPaymentsMessage(me(both), 'all'), "No payments have been made on Harold Jensen's account yet.");
    assert.equal(emptyPaymentsMessage(me(both), 'voided'), "None of the payments on Harold Jensen's account was voided.");
    assert.equal(emptyPaymentsMessage(me(['pay_bills']), 'all'), 'You have not made any payments yet.');
    assert.equal(emptyPaymentsMessage(me(['pay_bills']), 'voided'), 'None of your payments was voided.');
  });
});

describe('who may pay, in words', () => {
  test("another person's invoice names its addressee, Options > Edit and the office", () => {
    assert.equal(
      readdressSentence({ number: 'INV-7', addressee: karen }, office),
      'Invoice INV-7 is addressed to Karen Molloy (Daughter), so only they can pay it online. ' +
        'If you should pay it, the billing office can address it to you (in ALIS, under Options > Edit): Business office, (630) 555-0142, billing@example.org.',
    );
  });

  test("the engine's not_addressee refusal gains the office's contact", () => {
    assert.equal(
      notAddresseeMessage('Invoice INV-7 is addressed to Karen Molloy (Daughter), so only they can pay it online. The billing office can address it to you instead.', office),
      'Invoice INV-7 is addressed to Karen Molloy (Daughter), so only they can pay it online. The billing office can address it to you instead. Contact Business office, (630) 555-0142, billing@example.org.',
    );
  });

  test('a view-only user is told they may view but not pay, and whom to ask', () => {
    assert.equal(
      viewOnlySentence(me(['view_billing'])),
      "Your access lets you view Harold Jensen's billing but not pay online. If you should pay, contact Business office, (630) 555-0142, billing@example.org.",
    );
    assert.match(viewOnlySentence(me(['view_billing'], { self: 'resident' })), /^Your access lets you view your billing but not pay online\./);
  });

  test('switches and missing permissions are said with the office to contact', () => {
    const community = me(both).community;
    assert.match(gatewayOffSentence(community, 'invoices'), /^Online payments are not available at Willow Creek right now\. You can still review the invoices here\. To pay, contact Business office/);
    assert.match(gatewayOffSentence(community, 'balance'), /right now\. To pay, contact/);
    // Only saving a new method is off; what still works is said, and nothing claims otherwise.
    assert.equal(
      savingMethodsOffSentence(community),
      'Saving new payment methods is switched off at Willow Creek for now. You can still rename your saved methods, choose your default and remove one; ' +
        'the billing team collects nothing automatically until online payments are back on. To pay, contact Business office, (630) 555-0142, billing@example.org.',
    );
    assert.match(noMethodsAccessSentence(community, true), /^Your access lets you pay with saved payment methods but not add, change or remove them\./);
    assert.match(noMethodsAccessSentence(community, false), /^Your access does not include payment methods\. If you should manage payment methods, contact Business office/);
  });
});

describe('what else is due on the account', () => {
  test('one other addressee, in the words the widget shows', () => {
    const sentence = dueToOthersSentence({ total: usd(281_805), addressees: [{ party: karen, balance: usd(281_805), invoiceCount: 1 }] }, 'Harold Jensen', 'en-US');
    assert.equal(sentence, "Also due on Harold Jensen's account: $2,818.05 — addressed to Karen Molloy (Daughter), 1 invoice. Only they can pay it online.");
  });

  test('several addressees are listed each with their amount and count', () => {
    const sentence = dueToOthersSentence(
      {
        total: usd(300_000),
        addressees: [
          { party: karen, balance: usd(100_000), invoiceCount: 1 },
          { party: harold, balance: usd(200_000), invoiceCount: 2 },
        ],
      },
      'Harold Jensen',
      'en-US',
    );
    assert.equal(
      sentence,
      "Also due on Harold Jensen's account: $3,000.00 — $1,000.00 addressed to Karen Molloy (Daughter) (1 invoice) and $2,000.00 addressed to Harold Jensen (2 invoices). Only the person each is addressed to can pay it online.",
    );
  });

  test('nothing is said when nothing else is due, or the user may not see it', () => {
    assert.equal(dueToOthersSentence(null, 'Harold Jensen'), null, 'pay-only: dueToOthers is null');
    assert.equal(dueToOthersSentence({ total: usd(0), addressees: [] }, 'Harold Jensen'), null);
    assert.equal(onlyAddressedToYouSentence('Harold Jensen'), "This covers only what is addressed to you. Other amounts may be due on Harold Jensen's account.");
  });

  test('the advance notice repeats the email: sent day in the community time zone, amount, date and method', () => {
    const notice = {
      pullDate: '2026-12-05',
      // 02:00 UTC on the 26th is still the 25th in Chicago.
      sentAt: '2026-11-26T02:00:00.000Z',
      amount: usd(747_215),
      methods: [{ id: 'pm-7', type: 'bank_account' as const, label: 'Checking •••• 5460' }],
      recipients: ['frank.castellano@example.com'],
    };
    assert.equal(
      advanceNoticeSentence(notice, { locale: 'en-US', timeZone: 'America/Chicago' }),
      'We emailed you on November 25, 2026: $7,472.15 will be collected on December 5, 2026 from Checking •••• 5460.',
    );
    // Nobody could be emailed: the sentence does not claim an email.
    assert.equal(
      advanceNoticeSentence({ ...notice, recipients: [] }, { locale: 'en-US', timeZone: 'America/Chicago' }),
      'The billing team noted on November 25, 2026: $7,472.15 will be collected on December 5, 2026 from Checking •••• 5460.',
    );
  });
});
