// The Payment Center's invoice list in words: statuses, sorting, searches, and readdressing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addresseeChoices,
  chooseAddresseeSentence,
  invoicesCaption,
  invoiceSearchSentence,
  invoicesSortedSentence,
  invoiceSortValue,
  invoiceStatusText,
  noInvoicesSentence,
  readdressedSentence,
  readdressEffectSentence,
} from '../../src/core/invoice-words.js';
import type { Invoice, Resident } from '../../src/sdk/types.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
const ada = { id: 'p_ada', kind: 'contact' as const, name: 'Ada King', residentId: 'r_1', relationship: 'Daughter' };
const invoice: Invoice = {
  id: 'inv_1',
  number: 'INV-1001',
  residentId: 'r_1',
  residentName: 'Rose King',
  addressee: ada,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  issueDate: '2026-11-01',
  dueDate: '2026-11-15',
  total: usd(120_000),
  paid: usd(20_000),
  balance: usd(100_000),
  status: 'partially_paid',
  overdue: true,
  lineItems: [],
};
const address = { name: 'Rose King', line1: '1 Willow Way', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' };
const rose: Resident = {
  id: 'r_1',
  name: 'Rose King',
  unit: '12',
  careLevel: 'Assisted living',
  address,
  contacts: [ada, { id: 'p_bob', kind: 'contact', name: 'Bob King', residentId: 'r_1', relationship: null }],
};

test('the status badge and what the status column sorts by say overdue first', () => {
  assert.equal(invoiceStatusText(invoice), 'Overdue · Partially paid');
  assert.equal(invoiceStatusText({ status: 'paid', overdue: false }), 'Paid');
  assert.equal(invoiceSortValue(invoice, 'status'), 'Overdue Partially paid');
  assert.equal(invoiceSortValue(invoice, 'balance'), 100_000);
  assert.equal(invoiceSortValue(invoice, 'addressee'), 'Ada King');
});

test('sorting, searching and an empty list, in words', () => {
  assert.equal(invoicesCaption(null), 'Invoices, newest due date first');
  assert.equal(invoicesCaption({ key: 'dueDate', direction: 'ascending' }), 'Invoices, sorted by due date (ascending)');
  assert.equal(invoicesSortedSentence({ key: 'addressee', direction: 'descending' }), 'Invoices sorted by addressed to, descending.');
  assert.equal(invoiceSearchSentence('King', 1, false), '1 invoice matches “King”.');
  assert.equal(invoiceSearchSentence('King', 50, true), '50 or more invoices match “King”.');
  assert.equal(invoiceSearchSentence('', 50, true), 'Showing all invoices.');
  assert.equal(noInvoicesSentence('Zed', 'open'), 'No invoices match “Zed”.');
  assert.equal(noInvoicesSentence('', 'all'), 'There are no invoices yet.');
  assert.equal(noInvoicesSentence('', 'paid'), 'There are no paid invoices.');
});

test('an invoice can be addressed to the resident or one of their contacts', () => {
  assert.deepEqual(addresseeChoices(invoice, [rose]), [
    { id: 'r_1', name: 'Rose King', role: 'resident' },
    { id: 'p_ada', name: 'Ada King', role: 'Daughter' },
    { id: 'p_bob', name: 'Bob King', role: 'contact' },
  ]);
  // Without the resident's list, only who it is addressed to now is offered.
  assert.deepEqual(addresseeChoices(invoice, []), [{ id: 'p_ada', name: 'Ada King', role: 'Daughter' }]);
});

test('what readdressing does, before and after it is saved', () => {
  assert.equal(chooseAddresseeSentence(invoice), 'Choose who should pay INV-1001 instead of Ada King.');
  assert.equal(
    readdressEffectSentence(invoice, { name: 'Bob King' }),
    "From now on only Bob King can pay INV-1001; Ada King no longer can. Who sees it follows each person's profile: anyone who sees all of Rose King's billing still sees it. Payments already made stay with whoever made them.",
  );
  assert.equal(readdressedSentence({ number: 'INV-1001', addressee: { ...ada, name: 'Bob King' } }, 'Ada King'), 'INV-1001 is now addressed to Bob King; Ada King can no longer pay it.');
});
