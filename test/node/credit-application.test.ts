// Applying credit on account: the request the form describes, what its key stands for, and where
// the engine's refusals go on the form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildCreditApplication,
  chosenTotal,
  creditApplicationFingerprint,
  creditRefusalErrors,
  type CreditApplicationForm,
} from '../../src/core/credit-application.js';
import type { CreditTarget } from '../../src/core/credit-plan.js';

const invoices: CreditTarget[] = [
  { invoiceId: 'oct', number: 'INV-41', dueDate: '2026-10-01', balanceCents: 20_000 },
  { invoiceId: 'nov', number: 'INV-81', dueDate: '2026-11-01', balanceCents: 50_000 },
];
const credit = { amountCents: 30_000, currency: 'USD' };

function form(overrides: Partial<CreditApplicationForm> = {}): CreditApplicationForm {
  return { mode: 'chosen', invoices, credit, chosen: ['oct'], amounts: { oct: 20_000, nov: null }, fieldMessage: () => '', ...overrides };
}

test('policy order sends the lines review shows, so a changed balance is refused rather than applied differently', () => {
  assert.deepEqual(buildCreditApplication(form({ mode: 'policy' }), 'en-US'), {
    request: {
      currency: 'USD',
      allocations: [
        { invoiceId: 'oct', amountCents: 20_000 },
        { invoiceId: 'nov', amountCents: 10_000 },
      ],
    },
  });
  assert.deepEqual(buildCreditApplication(form({ mode: 'policy', credit: { amountCents: 0, currency: 'USD' } }), 'en-US'), { request: { currency: 'USD' } });
});

test('chosen invoices need one ticked, an amount each, and no more than the credit in all', () => {
  assert.deepEqual(buildCreditApplication(form({ chosen: [] }), 'en-US'), { errors: { allocations: 'Choose at least one invoice.' } });
  assert.deepEqual(buildCreditApplication(form({ chosen: ['oct', 'nov'] }), 'en-US'), { errors: { 'amount:nov': 'Enter an amount.' } });
  assert.deepEqual(buildCreditApplication(form({ fieldMessage: () => 'At most the invoice’s balance, $200.00.' }), 'en-US'), {
    errors: { 'amount:oct': 'At most the invoice’s balance, $200.00.' },
  });
  assert.deepEqual(buildCreditApplication(form({ chosen: ['oct', 'nov'], amounts: { oct: 20_000, nov: 20_000 } }), 'en-US'), {
    errors: { allocations: 'That is $400.00 in all, more than the $300.00 of credit on account.' },
  });
  assert.deepEqual(buildCreditApplication(form(), 'en-US'), { request: { currency: 'USD', allocations: [{ invoiceId: 'oct', amountCents: 20_000 }] } });
  assert.equal(chosenTotal(['oct', 'nov'], { oct: 100, nov: null }), null);
  assert.equal(chosenTotal(['oct', 'nov'], { oct: 100, nov: 250 }), 350);
});

test('the key stands for the payer, the invoices, the total and the credit shown', () => {
  const context = { userId: 'staff_1', payerId: 'res_1', invoices, creditCents: 30_000 };
  assert.deepEqual(creditApplicationFingerprint({ currency: 'USD' }, context), {
    userId: 'staff_1',
    target: 'credit:res_1:policy',
    amountCents: 30_000,
    methodId: 'credit-on-account',
    balanceCents: 30_000,
  });
  const chosen = creditApplicationFingerprint({ currency: 'USD', allocations: [{ invoiceId: 'nov', amountCents: 5_000 }] }, context);
  assert.equal(chosen.target, 'credit:res_1:nov');
  assert.equal(chosen.amountCents, 5_000);
});

test('a refusal goes next to the field it names, else to the form, saying nothing was applied', () => {
  const request = { currency: 'USD', allocations: [{ invoiceId: 'oct', amountCents: 20_000 }, { invoiceId: 'nov', amountCents: 1 }] };
  assert.deepEqual(
    creditRefusalErrors({ message: 'Invalid.', fields: { 'allocations[1].amountCents': 'Too much.', 'allocations[0].invoiceId': 'Paid meanwhile.' } }, request),
    { 'amount:nov': 'Too much.', 'invoice:oct': 'Paid meanwhile.' },
  );
  assert.deepEqual(creditRefusalErrors({ message: 'Invalid.', fields: { allocations: 'Over the credit.' } }, request), { allocations: 'Over the credit.' });
  assert.deepEqual(creditRefusalErrors({ message: 'Invalid.', fields: { allocations: 'Over the credit.' } }, { currency: 'USD' }), { flow: 'Over the credit.' });
  assert.deepEqual(creditRefusalErrors({ message: 'The credit changed.', fields: {} }, request), { flow: 'The credit changed. Nothing was applied.' });
});
