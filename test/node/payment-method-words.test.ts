// What the payment-method widgets say about a saved method, a change to it and a refused save, and
// who may add one: pinned here so a change of wording is a decision.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrangementEndedSentence,
  canAddMethods,
  cannotSaveMethodReason,
  methodChangeFailure,
  methodChangedSentence,
  methodDetails,
  methodKindName,
  refusedSaveSentence,
  splitMethodFieldErrors,
  unansweredSaveSentence,
} from '../../src/core/payment-method-words.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';
import type { Me, PaymentMethod, Permission } from '../../src/sdk/types.js';

const office = { name: 'Business office', phone: '(630) 555-0142', email: 'billing@example.org', hours: null };

function method(overrides: Partial<PaymentMethod>): PaymentMethod {
  return {
    id: 'pm-1',
    ownerPartyId: 'con-ruth',
    type: 'card',
    label: 'Visa •••• 4242',
    nickname: null,
    isDefault: false,
    status: 'active',
    usable: true,
    unusableReason: null,
    recurringAuthorization: null,
    usedByArrangement: false,
    billingAddress: { name: 'Ruth Jensen', line1: '1 Main St', line2: null, city: 'Springfield', state: 'IL', postalCode: '62704', country: 'US' },
    card: null,
    bankAccount: null,
    block: null,
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** The parts of `GET /me` these decisions read; the rest of the answer plays no part in them. */
function me(permissions: Permission[], community: { portalEnabled?: boolean; gatewayEnabled?: boolean } = {}, role: 'payer' | 'staff' = 'payer'): Me {
  const settings = { communityName: 'Willow Creek', billingOffice: office, portalEnabled: community.portalEnabled ?? true, gatewayEnabled: community.gatewayEnabled ?? true };
  return { user: { role }, permissions, community: settings } as unknown as Me;
}

const refusal = (fields: Record<string, string>, message = 'The request was refused.') =>
  new AlisApiError({ status: 422, code: 'validation_failed', message, fields, details: {} } as ConstructorParameters<typeof AlisApiError>[0]);

describe('a saved method in words', () => {
  test('names its kind: the card brand, or the bank and account type', () => {
    assert.equal(methodKindName(method({ card: { brand: 'amex', last4: '0005', expMonth: 4, expYear: 2030 } })), 'American Express');
    assert.equal(methodKindName(method({ card: { brand: 'unknown', last4: '0005', expMonth: 4, expYear: 2030 } })), 'Card');
    const account = { bankName: null, accountType: 'savings' as const, holderName: 'Ruth Jensen', routingNumber: '071000013', last4: '0386' };
    assert.equal(methodKindName(method({ type: 'bank_account', bankAccount: account })), 'Savings account');
    assert.equal(methodKindName(method({ type: 'bank_account', bankAccount: { ...account, bankName: 'Chase', accountType: 'checking' } })), 'Chase checking account');
    assert.equal(methodKindName(method({})), 'Payment method');
  });

  test('details a card with its funding and expiry, and an account with its bank and holder', () => {
    assert.equal(
      methodDetails(method({ card: { brand: 'visa', last4: '4242', expMonth: 3, expYear: 2029, funding: 'debit' } }), 'en-US'),
      'Visa debit ending in 4242 · expires 03/2029',
    );
    assert.equal(methodDetails(method({ card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2029, funding: 'unknown' } }), 'en-US'), 'Visa ending in 4242 · expires 12/2029');
    const account = { bankName: 'Chase', accountType: 'checking' as const, holderName: 'Ruth Jensen', routingNumber: '071000013', last4: '0386' };
    assert.equal(methodDetails(method({ type: 'bank_account', bankAccount: account })), 'Checking account ending in 0386 at Chase · Ruth Jensen');
    assert.equal(methodDetails(method({ label: 'Other •••• 1' })), 'Other •••• 1');
  });
});

describe('a change to a method in words', () => {
  test('says what each saved change did', () => {
    assert.equal(methodChangedSentence({ isDefault: true }, 'Mom’s card'), 'Mom’s card is now your default.');
    assert.equal(methodChangedSentence({ recurringAuthorization: true }, 'Visa •••• 4242'), 'The billing team may now use Visa •••• 4242 for automatic payments.');
    assert.equal(methodChangedSentence({ recurringAuthorization: false }, 'Visa •••• 4242'), 'Visa •••• 4242 will no longer be used for automatic payments.');
    assert.equal(methodChangedSentence({ nickname: 'Travel' }, 'Travel'), 'Saved the name Travel.');
  });

  test('says the billing team’s pulls ended, naming the method', () => {
    const ended = { endedAt: '2026-02-01T00:00:00Z', endedBy: 'Ruth', reason: 'method_removed' as const, method: { id: 'pm-1', type: 'card' as const, label: 'Visa •••• 4242' }, firstSkippedPullDate: '2026-02-10' };
    assert.equal(arrangementEndedSentence(ended), 'Automatic payments from Visa •••• 4242 stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.');
  });

  test('shows the service’s refusal as it is, and words a failure to reach it', () => {
    assert.equal(methodChangeFailure(refusal({}, 'This method is blocked.')), 'This method is blocked.');
    assert.equal(methodChangeFailure(new AlisNetworkError('offline')), 'We could not reach the billing service; nothing was changed. Please try again.');
    assert.equal(methodChangeFailure(new Error('boom')), 'Something went wrong; nothing was changed.');
  });
});

describe('who may add a method', () => {
  const manages: Permission[] = ['pay_bills', 'manage_payment_methods'];

  test('a payer who manages methods, while the portal and the gateway are on', () => {
    assert.equal(canAddMethods(me(manages)), true);
    assert.equal(canAddMethods(me(['pay_bills'])), false);
    assert.equal(canAddMethods(me(manages, { gatewayEnabled: false })), false);
    assert.equal(canAddMethods(me(manages, { portalEnabled: false })), false);
    assert.equal(cannotSaveMethodReason(me(manages)), null);
  });

  test('says why not, the portal first, and never stops staff', () => {
    assert.match(cannotSaveMethodReason(me(manages, { portalEnabled: false, gatewayEnabled: false })) ?? '', /Business office/);
    const noManage = cannotSaveMethodReason(me(['pay_bills'], { gatewayEnabled: false }));
    const gatewayOff = cannotSaveMethodReason(me(manages, { gatewayEnabled: false }));
    assert.ok(noManage && gatewayOff && noManage !== gatewayOff, 'the profile is named before the gateway');
    assert.equal(cannotSaveMethodReason(me([], { portalEnabled: false, gatewayEnabled: false }, 'staff')), null);
  });
});

describe('a refused or unanswered save', () => {
  test('puts each field message with its part of the form', () => {
    assert.deepEqual(splitMethodFieldErrors({ 'billingAddress.postalCode': 'Enter a ZIP code.', routingNumber: 'Check the routing number.', token: 'Card expired.' }), {
      address: { postalCode: 'Enter a ZIP code.' },
      bank: { routingNumber: 'Check the routing number.' },
      other: ['Card expired.'],
    });
  });

  test('says what was about no field, else where to look, else the service’s sentence', () => {
    assert.equal(refusedSaveSentence(splitMethodFieldErrors({ token: 'Card expired.', nickname: 'Too long.' }), 'Refused.'), 'Card expired. Too long.');
    assert.equal(refusedSaveSentence(splitMethodFieldErrors({ 'billingAddress.city': 'Enter a city.' }), 'Refused.'), 'Please correct the fields marked below; nothing was saved.');
    assert.equal(refusedSaveSentence(splitMethodFieldErrors({}), 'The gateway is off.'), 'The gateway is off.');
    assert.equal(unansweredSaveSentence(new AlisNetworkError('offline')), 'We could not reach the billing service, so nothing was saved. Check your connection and try again.');
    assert.equal(unansweredSaveSentence(new Error('boom')), 'Something went wrong; nothing was saved. Please try again.');
  });
});
