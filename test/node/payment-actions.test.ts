// The billing team's payment actions in words and decisions: which apply, what they will do and
// did, where a refusal belongs, and what a confirmation must say before anything is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionEffect,
  actionOutcome,
  actionRefusalPlace,
  availableActions,
  confirmLabel,
  paymentActionRequest,
  refundable,
  reopenSentence,
  returnCodeConsequence,
  RETURN_CODES,
  unconfirmedActionMessage,
  whyNoActions,
} from '../../src/core/payment-actions.js';
import type { Payment } from '../../src/sdk/types.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
const actor = { userId: 'u1', name: 'Bea Billing', role: 'staff' as const };

function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: 'pay_1',
    reference: 'PAY-1',
    payer: { id: 'res_1', name: 'Ada Resident', kind: 'resident' } as Payment['payer'],
    residentId: 'res_1',
    residentName: 'Ada Resident',
    source: 'portal',
    method: { id: 'pm_1', type: 'bank_account', label: 'Checking ••6789' } as Payment['method'],
    amount: usd(10000),
    fee: usd(0),
    totalCharged: usd(10000),
    refundedTotal: usd(0),
    status: 'succeeded',
    failure: null,
    allocations: [{ invoiceId: 'inv_1', invoiceNumber: 'INV-1', amount: usd(10000) }] as Payment['allocations'],
    unapplied: usd(0),
    creditApplications: [],
    creditLeft: usd(0),
    refunds: [],
    return: null,
    representmentOf: null,
    depositId: null,
    depositReference: null,
    depositableOn: null,
    createdAt: '2026-12-01T15:00:00Z',
    createdBy: actor,
    updatedAt: '2026-12-01T15:00:00Z',
    history: [],
    ...overrides,
  };
}

test('availableActions offers a void only before the deposit, a return only for bank payments, a re-presentment once', () => {
  assert.deepEqual(availableActions(payment()), ['void', 'refund', 'return']);
  assert.deepEqual(availableActions(payment({ depositId: 'dep_1' })), ['refund', 'return']);
  assert.deepEqual(availableActions(payment({ method: { id: 'pm_2', type: 'card', label: 'Visa ••4242' } as Payment['method'] })), ['void', 'refund']);
  assert.deepEqual(availableActions(payment({ status: 'refunded', refundedTotal: usd(10000) })), []);
  const returned = payment({ status: 'returned', return: { code: 'R01', description: 'Insufficient funds', representable: true, presentmentCount: 1 } as Payment['return'] });
  assert.deepEqual(availableActions(returned), ['represent']);
  const presented = { ...returned, history: [{ at: '2026-12-02T00:00:00Z', actor, action: 'represented', detail: 'PAY-2' }] as Payment['history'] };
  assert.deepEqual(availableActions(presented), []);
  assert.equal(whyNoActions(presented), 'The bank returned this payment; it was presented again as PAY-2.');
  assert.equal(whyNoActions(payment({ status: 'voided' })), 'This payment was voided; nothing more can be done with it.');
  assert.equal(whyNoActions(payment()), '');
});

test('refundable is what was applied less what went back already', () => {
  assert.deepEqual(refundable(payment({ status: 'partially_refunded', refundedTotal: usd(2500) })), usd(7500));
});

test('reopenSentence names the invoices a reversal reopens and the credit it takes back', () => {
  assert.equal(reopenSentence(payment(), 'en-US', 'future'), 'invoice INV-1 reopens by $100.00');
  const two = payment({
    allocations: [
      { invoiceId: 'inv_1', invoiceNumber: 'INV-1', amount: usd(6000) },
      { invoiceId: 'inv_2', invoiceNumber: 'INV-2', amount: usd(3000) },
    ] as Payment['allocations'],
    unapplied: usd(1000),
  });
  assert.equal(reopenSentence(two, 'en-US', 'past'), 'invoices INV-1 and INV-2 reopened by $90.00 in all, and its $10.00 of unapplied credit was taken back');
  assert.equal(reopenSentence(payment({ allocations: [] }), 'en-US', 'future'), 'nothing was applied to invoices');
});

test('each confirmation says what will happen, and its button what it does', () => {
  assert.equal(actionEffect(payment(), 'void', 'en-US'), 'Ada Resident’s payment of $100.00 by Checking ••6789 will not be collected, and invoice INV-1 reopens by $100.00.');
  assert.equal(confirmLabel('refund', { amount: usd(2500), busy: false, unconfirmed: false }, 'en-US'), 'Refund $25.00');
  assert.equal(confirmLabel('refund', { amount: null, busy: false, unconfirmed: false }, 'en-US'), 'Refund');
  assert.equal(confirmLabel('void', { amount: null, busy: true, unconfirmed: true }, 'en-US'), 'Working…');
  assert.equal(confirmLabel('return', { amount: null, busy: false, unconfirmed: true }, 'en-US'), 'Check again');
  assert.equal(confirmLabel('return', { amount: null, busy: false, unconfirmed: false }, 'en-US'), 'Record return');
  assert.equal(unconfirmedActionMessage('return'), 'We could not confirm whether the record bank return went through. Checking again is safe: it is never applied twice.');
  const r02 = RETURN_CODES.find((info) => info.code === 'R02');
  assert.ok(r02);
  // A closed account cannot be authorized again, as the engine decides; a revoked authorization can.
  assert.equal(returnCodeConsequence(r02), 'Blocks this bank account until the payer replaces it.');
  const r07 = RETURN_CODES.find((info) => info.code === 'R07');
  assert.ok(r07);
  assert.equal(returnCodeConsequence(r07), 'Blocks this bank account until the payer replaces or re-authorizes it.');
});

test('actionOutcome says what an answered action did', () => {
  const voided = payment({ status: 'voided' });
  assert.equal(actionOutcome({ kind: 'void', reason: 'Duplicate' }, payment(), voided, 'en-US'), 'Voided PAY-1. Invoice INV-1 reopened by $100.00.');
  const refunded = payment({ status: 'partially_refunded', refundedTotal: usd(2500) });
  assert.equal(
    actionOutcome({ kind: 'refund', amountCents: 2500, currency: 'USD', reason: 'Overpaid' }, payment(), refunded, 'en-US'),
    'Refunded $25.00 of PAY-1 to Checking ••6789. It is now partially refunded.',
  );
  const returned = payment({ status: 'returned', return: { code: 'R02', description: 'Account closed', representable: false, presentmentCount: 1 } as Payment['return'] });
  assert.equal(
    actionOutcome({ kind: 'return', code: 'R02', reason: 'Bank said so' }, payment(), returned, 'en-US'),
    'Recorded return R02 (Account closed) on PAY-1; invoice INV-1 reopened by $100.00. The bank account is blocked until the payer replaces it.',
  );
  const again = payment({ id: 'pay_2', reference: 'PAY-2', status: 'pending' });
  assert.equal(actionOutcome({ kind: 'represent' }, returned, again, 'en-US'), 'Presented PAY-1 again as PAY-2; the new debit is processing.');
});

test('actionRefusalPlace puts a refusal next to the field it concerns', () => {
  assert.deepEqual(actionRefusalPlace('refund', { code: 'refund_exceeds_paid', message: 'Too much.', fields: {} }), { field: 'amount', message: 'Too much.' });
  assert.deepEqual(actionRefusalPlace('void', { code: 'validation_failed', message: 'Bad.', fields: { reason: 'Too long.' } }), { field: 'reason', message: 'Too long.' });
  assert.deepEqual(actionRefusalPlace('return', { code: 'validation_failed', message: 'Bad.', fields: { code: 'Unknown code.' } }), { field: 'code', message: 'Unknown code.' });
  assert.deepEqual(actionRefusalPlace('void', { code: 'already_deposited', message: 'Deposited.', fields: {} }), { message: 'Deposited.' });
});

test('paymentActionRequest asks for a reason, a code and an amount within what is left', () => {
  const typed = { kind: 'return' as const, reason: '  ', amountCents: null, amountValid: true, code: null };
  assert.deepEqual(paymentActionRequest(payment(), typed, 'en-US'), {
    errors: { code: 'Choose the return code the bank gave.', reason: 'Enter a reason; it is kept in the payment’s audit trail.' },
    amountInvalid: false,
  });
  const tooMuch = paymentActionRequest(payment(), { kind: 'refund', reason: 'Overpaid', amountCents: 20000, amountValid: true, code: null }, 'en-US');
  assert.deepEqual(tooMuch, { errors: { amount: 'At most $100.00 of this payment can still be refunded.' }, amountInvalid: false });
  assert.deepEqual(paymentActionRequest(payment(), { kind: 'refund', reason: 'Overpaid', amountCents: null, amountValid: false, code: null }, 'en-US'), {
    errors: {},
    amountInvalid: true,
  });
  assert.deepEqual(paymentActionRequest(payment(), { kind: 'refund', reason: ' Overpaid ', amountCents: 2500, amountValid: true, code: null }, 'en-US'), {
    request: { kind: 'refund', amountCents: 2500, currency: 'USD', reason: 'Overpaid' },
  });
  assert.deepEqual(paymentActionRequest(payment(), { kind: 'represent', reason: '', amountCents: null, amountValid: true, code: null }, 'en-US'), {
    request: { kind: 'represent' },
  });
});
