// What the widgets read from `GET /me` before asking for billing: who may see, who may pay which
// invoice, and the words that send people to the billing office.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { billingAccess, canPayInvoice, officeContact, partyName, portalOffMessage } from '../../src/core/billing-access.js';
import type { Me, Permission } from '../../src/sdk/types.js';

const office = { name: 'Business office', phone: '(630) 555-0142', email: 'billing@example.org', hours: 'Weekdays 9–5' };

function me(permissions: Permission[], overrides: Partial<Me['community']> = {}): Me {
  return {
    user: { id: 'u1', email: 'ruth@example.org', displayName: 'Ruth', role: 'payer', profileId: 'p1', partyId: 'con-ruth' },
    party: { id: 'con-ruth', kind: 'contact', name: 'Ruth Jensen', residentId: 'res-jensen', relationship: 'Spouse' },
    resident: { id: 'res-jensen', name: 'Harold Jensen', unit: 'Apt 108' },
    residentAddress: null,
    permissions,
    community: {
      communityName: 'Willow Creek',
      currency: 'USD',
      timeZone: 'America/Chicago',
      gatewayEnabled: true,
      portalEnabled: true,
      paymentsEnabled: true,
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
      ...overrides,
    },
  };
}

const invoice = (addresseeId: string, balanceCents = 100) => ({
  addressee: { id: addresseeId, kind: 'contact' as const, name: 'X', residentId: 'res-jensen', relationship: null },
  balance: { amountCents: balanceCents, currency: 'USD' },
});

describe('billing access', () => {
  test('the portal switch comes first, then the profile', () => {
    assert.equal(billingAccess(me(['view_billing', 'pay_bills'], { portalEnabled: false })), 'portal_off');
    assert.equal(billingAccess(me([])), 'none');
    assert.equal(billingAccess(me(['manage_payment_methods'])), 'none');
    assert.equal(billingAccess(me(['view_billing'])), 'view');
    assert.equal(billingAccess(me(['pay_bills'])), 'pay');
    assert.equal(billingAccess(me(['view_billing', 'pay_bills'])), 'view_and_pay');
  });

  test('only an invoice addressed to the user, with pay_bills, payments on and a balance, can be paid', () => {
    const payer = me(['view_billing', 'pay_bills']);
    assert.equal(canPayInvoice(payer, invoice('con-ruth')), true);
    assert.equal(canPayInvoice(payer, invoice('con-karen')), false, "a daughter's invoice");
    assert.equal(canPayInvoice(payer, invoice('res-jensen')), false, "the resident's own invoice");
    assert.equal(canPayInvoice(payer, invoice('con-ruth', 0)), false, 'nothing due');
    assert.equal(canPayInvoice(me(['view_billing']), invoice('con-ruth')), false, 'view only');
    assert.equal(canPayInvoice(me(['view_billing', 'pay_bills'], { paymentsEnabled: false }), invoice('con-ruth')), false, 'payments off');
  });

  test('people and the office are named in words', () => {
    assert.equal(partyName({ name: 'Karen Molloy', relationship: 'Daughter' }), 'Karen Molloy (Daughter)');
    assert.equal(partyName({ name: 'Harold Jensen', relationship: null }), 'Harold Jensen');
    assert.equal(officeContact(office), 'Business office, (630) 555-0142, billing@example.org (Weekdays 9–5)');
    assert.equal(officeContact({ name: 'Front desk', phone: null, email: null, hours: null }), 'Front desk');
    assert.match(portalOffMessage(me([]).community), /Willow Creek is switched off.*\(630\) 555-0142/);
  });
});
