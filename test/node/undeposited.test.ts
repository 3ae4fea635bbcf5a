// Undeposited Payments' words and decisions: which payments can join a deposit, what a selection
// totals, the list's query, and what a failed deposit says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateRangeProblem,
  depositButtonLabel,
  depositStanding,
  depositCreatedMessage,
  depositProblem,
  depositUnconfirmedMessage,
  formatTotals,
  isFiltered,
  isSettled,
  noFilters,
  selectionSummary,
  settlingNote,
  undepositedQuery,
} from '../../src/core/undeposited.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';
import type { Deposit, Payment } from '../../src/sdk/types.js';

const charged = (id: string, amountCents: number, currency = 'USD', status: Payment['status'] = 'succeeded') =>
  ({ id, status, totalCharged: { amountCents, currency }, depositableOn: null }) as unknown as Payment;

test('only settled payments can be deposited; a settling one says when it can be', () => {
  assert.equal(isSettled(charged('a', 100)), true);
  const settling = { ...charged('b', 100, 'USD', 'pending'), depositableOn: '2026-11-27' } as Payment;
  assert.equal(isSettled(settling), false);
  assert.equal(settlingNote(settling, 'en-US'), 'Settling — can be deposited on Nov 27, 2026');
  assert.equal(settlingNote(charged('c', 1, 'USD', 'pending'), 'en-US'), 'Settling — cannot be deposited yet');
});

test('a selection totals what was charged, per currency, and names its button', () => {
  assert.equal(formatTotals([], 'USD', 'en-US'), '$0.00');
  assert.equal(formatTotals([charged('a', 1000), charged('b', 250), charged('c', 500, 'EUR')], 'USD', 'en-US'), '$12.50 + €5.00');
  assert.equal(selectionSummary([], 'USD', 'en-US'), 'No payments selected.');
  assert.equal(selectionSummary([charged('a', 1000)], 'USD', 'en-US'), '1 payment selected, $10.00');
  assert.deepEqual([0, 1, 2].map(depositButtonLabel), ['Deposit', 'Deposit 1 payment', 'Deposit 2 payments']);
  const deposit = { reference: 'DEP-7', paymentCount: 2, total: { amountCents: 1250, currency: 'USD' } } as Deposit;
  assert.equal(depositCreatedMessage(deposit, 'en-US'), 'Deposit DEP-7 created: 2 payments, $12.50.');
});

test('the query asks for undeposited payments with only the filters set; a reversed range is refused here', () => {
  assert.deepEqual(undepositedQuery(noFilters, 50), { deposited: false, limit: 50 });
  const filters = { source: 'portal' as const, methodType: '' as const, from: '2026-11-01', to: '2026-11-30' };
  assert.deepEqual(undepositedQuery(filters, 10), { deposited: false, limit: 10, source: 'portal', from: '2026-11-01', to: '2026-11-30' });
  assert.equal(isFiltered(noFilters), false);
  assert.equal(isFiltered(filters), true);
  assert.equal(dateRangeProblem(filters), null);
  assert.equal(dateRangeProblem({ ...filters, from: '2026-12-01' }), 'The “To” date must be on or after the “From” date.');
});

test('a failed deposit says whether it may have been made, what the engine refused, and which payment', () => {
  assert.deepEqual(depositProblem(new AlisNetworkError('offline'), ['p1']), { problem: depositUnconfirmedMessage, paymentProblems: {}, stale: false });
  const stale = new AlisApiError({ status: 409, code: 'already_deposited', message: 'PAY-2 is already in a deposit.', fields: { 'paymentIds[1]': 'Already deposited.' } });
  assert.deepEqual(depositProblem(stale, ['p1', 'p2']), {
    problem: 'PAY-2 is already in a deposit. Nothing was deposited. Go back to the updated list and select the payments again.',
    paymentProblems: { p2: 'Already deposited.' },
    stale: true,
  });
  assert.equal(depositProblem(new Error('bug'), []).problem, 'Something went wrong while depositing. Nothing was deposited; please try again.');
});

test('a payment’s deposit standing is true of its status: only what can still be deposited is “not deposited yet”', () => {
  const payment = (status: Payment['status'], more: Partial<Payment> = {}) =>
    ({ status, depositId: null, depositReference: null, depositableOn: null, ...more }) as Payment;
  const line = (p: Payment) => depositStanding(p, 'en-US').line;
  const kind = (p: Payment) => depositStanding(p, 'en-US').kind;
  assert.equal(line(payment('succeeded')), 'Not deposited yet.');
  assert.equal(line(payment('partially_refunded')), 'Not deposited yet.');
  assert.equal(line(payment('pending', { depositableOn: '2026-11-27' })), 'Not deposited yet: the bank debit is settling and can be deposited on Nov 27, 2026.');
  assert.equal(line(payment('pending')), 'Not deposited yet: the payment is still settling.');
  assert.equal(line(payment('voided')), 'Will not be deposited: the payment was voided, so no money was collected.');
  assert.equal(line(payment('failed')), 'Will not be deposited: the payment failed, so no money was collected.');
  assert.equal(line(payment('returned')), 'Will not be deposited: the bank returned the debit, so the money went back.');
  assert.equal(line(payment('refunded')), 'Will not be deposited: the payment was refunded in full.');
  for (const status of ['voided', 'failed', 'returned', 'refunded'] as const) {
    assert.equal(kind(payment(status)), 'never', status);
    assert.equal(depositStanding(payment(status), 'en-US').cell, 'Will not be deposited', status);
    assert.doesNotMatch(line(payment(status)), /yet/, status);
  }
  const deposited = { depositId: 'dep-1', depositReference: 'DEP-20261120' };
  assert.equal(line(payment('succeeded', deposited)), 'In deposit DEP-20261120.');
  assert.equal(line(payment('refunded', deposited)), 'In deposit DEP-20261120; it was refunded in full since, and that deposit was adjusted by the refund.');
  assert.equal(line(payment('partially_refunded', deposited)), 'In deposit DEP-20261120; what was refunded of it is an adjustment of that deposit.');
  assert.equal(line(payment('returned', deposited)), 'In deposit DEP-20261120; the bank returned the debit since, and that deposit was adjusted by it.');
  assert.equal(depositStanding(payment('returned', deposited), 'en-US').cell, 'Deposited');
});
