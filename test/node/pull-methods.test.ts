// What the billing team reads about a payer's methods and a pull: which methods may be pulled from
// and why not, who the payer is, the review's sentences, which parts a form asks for, and where
// the engine's refusals go. Pinned here so a change of wording or placement is a decision.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { blockReason, chooseInOrder, dropErrors, methodChoiceLabel, payerRelation, pullableMethods } from '../../src/core/pull-methods.js';
import {
  authorizationSentence,
  placePullRefusal,
  pullBalanceChangedNotice,
  pulledAnnouncement,
  pullResultWords,
  settlesText,
} from '../../src/core/pull-words.js';
import { buildPullParts, pullFormFor, splitTotal, withoutUnpullable, type PullForm } from '../../src/core/pull-parts.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
const authorized = { authorizedAt: '2026-03-02T15:00:00Z', authorizedBy: 'Karen Molloy' };
const method = (id: string, over: Partial<{ usable: boolean; unusableReason: string | null; recurringAuthorization: typeof authorized | null }> = {}) => ({
  id,
  usable: true,
  unusableReason: null,
  recurringAuthorization: authorized,
  ...over,
});

describe('pullable methods', () => {
  test('offers a usable method authorized for recurring payments, and says why not otherwise', () => {
    assert.equal(blockReason(method('a')), null);
    assert.equal(blockReason(method('b', { recurringAuthorization: null })), 'the payer has not authorized it for recurring payments.');
    assert.equal(blockReason(method('c', { usable: false, unusableReason: 'The card expired.' })), 'The card expired.');
    assert.equal(blockReason(method('d', { usable: false })), 'It cannot be used to pay now.');
    assert.deepEqual(
      pullableMethods([method('a'), method('b', { recurringAuthorization: null }), method('c')]).map((m) => m.id),
      ['a', 'c'],
    );
  });

  test("names the payer's relation to the resident", () => {
    assert.equal(payerRelation({ party: { kind: 'resident', relationship: null }, residentName: 'Eleanor Brooks' } as never), 'Resident.');
    assert.equal(payerRelation({ party: { kind: 'contact', relationship: 'Son' }, residentName: 'Eleanor Brooks' } as never), 'Son of Eleanor Brooks.');
    assert.equal(payerRelation({ party: { kind: 'contact', relationship: null }, residentName: 'Eleanor Brooks' } as never), 'Contact of Eleanor Brooks.');
  });

  test('labels a method by its nickname and label', () => {
    assert.equal(methodChoiceLabel({ nickname: 'Joint', label: 'Checking •••• 6789' }), 'Joint · Checking •••• 6789');
    assert.equal(methodChoiceLabel({ nickname: null, label: 'Visa •••• 4242' }), 'Visa •••• 4242');
  });
});

describe('pull words', () => {
  test('lists what a part settles, and the credit it leaves', () => {
    const allocations = [{ invoiceNumber: 'INV-0012' }, { invoiceNumber: 'INV-0013' }] as never;
    assert.equal(settlesText(allocations, usd(0), 'en-US'), 'INV-0012, INV-0013');
    assert.equal(settlesText(allocations, usd(500), 'en-US'), 'INV-0012, INV-0013; $5.00 as credit on the account');
    assert.equal(settlesText([], usd(0), 'en-US'), 'Nothing');
  });

  test('dates each authorization in the community time zone', () => {
    const methods = new Map([['m1', { label: 'Checking •••• 6789', recurringAuthorization: { authorizedAt: '2026-03-02T03:00:00Z', authorizedBy: 'Karen Molloy' } }]]);
    assert.equal(
      authorizationSentence({ party: { name: 'Karen Molloy' } } as never, { parts: [{ methodId: 'm1', amountCents: 100 }] }, methods, 'America/Chicago', 'en-US'),
      "Pulled under Karen Molloy's authorization for recurring payments: Checking •••• 6789 by Karen Molloy on Mar 1, 2026.",
    );
  });

  test('words the result: declined, one payment, or one per method', () => {
    assert.equal(pullResultWords([{ status: 'failed', amount: usd(100) }], 'Karen', 'en-US').heading, 'The pull was declined');
    assert.deepEqual(pullResultWords([{ status: 'succeeded', amount: usd(12_000) }], 'Karen', 'en-US'), {
      heading: 'Payment pulled',
      sentence: 'Pulled $120.00 from Karen. It is listed in Undeposited Payments until it is deposited.',
      declined: false,
    });
    assert.equal(pullResultWords([{ status: 'pending', amount: usd(1) }, { status: 'failed', amount: usd(2) }], 'Karen').heading, 'Payments pulled');
    assert.equal(pulledAnnouncement([{ reference: 'P-1' }, { reference: 'P-2' }]), 'Payments pulled. References P-1, P-2.');
    assert.equal(pulledAnnouncement([{ reference: 'P-1' }]), 'Payment pulled. Reference P-1.');
  });

  test('says how the balance changed, or that nothing is left to pull', () => {
    assert.equal(pullBalanceChangedNotice('The balance changed.', usd(12_000), 9_000, 'en-US'), 'The balance changed. The outstanding balance is now $90.00 (it was $120.00). Nothing was pulled.');
    assert.equal(pullBalanceChangedNotice('The balance changed.', usd(12_000), 0, 'en-US'), 'The balance changed. The outstanding balance is now $0.00, so there is nothing to pull. Nothing was pulled.');
    assert.equal(pullBalanceChangedNotice('The balance changed.', null, null), 'The balance changed. Nothing was pulled.');
  });
});

describe('placing a refused pull', () => {
  const request = { parts: [{ methodId: 'm1', amountCents: 100 }, { methodId: 'm2', amountCents: 200 }] };
  const refusal = (code: string, fields: Record<string, string> = {}) => ({ code, message: `${code}.`, fields }) as never;

  test('puts a part’s refusal at its method in a split, at the amount or method with one method', () => {
    assert.deepEqual(placePullRefusal(refusal('validation_failed', { 'parts[1].amountCents': 'Too much.' }), request, true), { 'part:m2': 'Too much.' });
    assert.deepEqual(placePullRefusal(refusal('validation_failed', { 'parts[0].amountCents': 'Too much.' }), request, false), { amount: 'Too much.' });
    assert.deepEqual(placePullRefusal(refusal('method_unusable', { 'parts[0].methodId': 'Withdrawn.' }), request, false), { method: 'Withdrawn.' });
  });

  test('gives amount_exceeds_balance its whole sentence, and anything else to the flow', () => {
    assert.deepEqual(placePullRefusal(refusal('amount_exceeds_balance', { parts: 'Less.' }), request, true), { parts: 'amount_exceeds_balance.' });
    assert.deepEqual(placePullRefusal(refusal('forbidden'), request, false), { flow: 'forbidden.' });
    assert.deepEqual(placePullRefusal(refusal('validation_failed', { payerId: 'Unknown.' }), request, false), { flow: 'Unknown.' });
  });
});

describe('building a pull from the form', () => {
  const single: PullForm = { splitMode: false, singleMethodId: 'm1', singleAmount: 5_000, chosen: [], amounts: {} };
  const none = () => null;

  test('asks for one method and one amount', () => {
    assert.deepEqual(buildPullParts(single, usd(12_000), none), { parts: [{ methodId: 'm1', amountCents: 5_000 }] });
    assert.deepEqual(buildPullParts({ ...single, singleMethodId: null, singleAmount: null }, usd(12_000), none), {
      errors: { method: 'Choose the method to pull from.', amount: 'Enter an amount.' },
    });
    assert.deepEqual(buildPullParts(single, usd(12_000), (key) => (key === 'amount' ? 'Too much.' : null)), { errors: { amount: 'Too much.' } });
  });

  test('asks for an amount per chosen method, at most four, never more than is owed', () => {
    const split: PullForm = { ...single, splitMode: true, chosen: ['m1', 'm2'], amounts: { m1: 8_000, m2: 5_000 } };
    assert.equal(splitTotal(split), 13_000);
    assert.equal(splitTotal({ chosen: ['m1', 'm2'], amounts: { m1: 1 } }), null);
    assert.deepEqual(buildPullParts(split, usd(12_000), none, 'en-US'), { errors: { parts: 'The parts add up to $130.00, more than the $120.00 outstanding.' } });
    assert.deepEqual(buildPullParts({ ...split, amounts: { m1: 8_000 } }, usd(12_000), none), { errors: { 'part:m2': 'Enter an amount.' } });
    assert.deepEqual(buildPullParts({ ...split, chosen: [] }, usd(12_000), none), { errors: { parts: 'Choose at least one authorized method.' } });
    const five = ['a', 'b', 'c', 'd', 'e'];
    const result = buildPullParts({ ...split, chosen: five, amounts: Object.fromEntries(five.map((id) => [id, 1])) }, usd(12_000), none);
    assert.deepEqual(result, { errors: { parts: 'Choose at most 4 methods.' } });
    assert.deepEqual(buildPullParts({ ...split, amounts: { m1: 7_000, m2: 5_000 } }, usd(12_000), none), {
      parts: [
        { methodId: 'm1', amountCents: 7_000 },
        { methodId: 'm2', amountCents: 5_000 },
      ],
    });
  });
});

describe('the pull form over time', () => {
  const payer = {
    methods: [method('m1'), method('m2'), method('m3', { recurringAuthorization: null })],
    outstanding: usd(12_000),
    arrangement: { parts: [{ method: { id: 'm2' } }] },
  } as never;

  test('starts from the arranged method for the whole balance, or from a prefilled split', () => {
    assert.deepEqual(pullFormFor(payer, undefined), { splitMode: false, singleMethodId: 'm2', singleAmount: 12_000, chosen: [], amounts: {} });
    assert.deepEqual(pullFormFor(payer, { parts: [{ methodId: 'm1', amountCents: 500 }, { methodId: 'm3', amountCents: 1 }] }), {
      splitMode: false,
      singleMethodId: 'm1',
      singleAmount: 500,
      chosen: [],
      amounts: {},
    });
    const split = pullFormFor(payer, { parts: [{ methodId: 'm2', amountCents: 700 }, { methodId: 'm1', amountCents: 500 }] });
    assert.deepEqual(split.chosen, ['m1', 'm2']);
    assert.equal(split.splitMode, true);
  });

  test('drops methods that can no longer be pulled from, keeping what was typed for the rest', () => {
    const form: PullForm = { splitMode: true, singleMethodId: 'm3', singleAmount: 1, chosen: ['m1', 'm3'], amounts: { m1: 100, m3: 200 } };
    assert.deepEqual(withoutUnpullable(form, [method('m1'), method('m3', { usable: false })]), { ...form, singleMethodId: null, chosen: ['m1'], amounts: { m1: 100 } });
    const kept: PullForm = { ...form, singleMethodId: 'm1', chosen: ['m1'] };
    assert.equal(withoutUnpullable(kept, [method('m1')]).chosen, kept.chosen);
  });

  test('keeps the split in the payer order, and drops only the errors named', () => {
    assert.deepEqual(chooseInOrder(['a', 'b', 'c'], ['c'], 'a', true), ['a', 'c']);
    assert.deepEqual(chooseInOrder(['a', 'b', 'c'], ['a', 'c'], 'a', false), ['c']);
    const errors = { amount: 'x', flow: 'y' };
    assert.equal(dropErrors(errors, ['parts']), errors);
    assert.deepEqual(dropErrors(errors, ['flow']), { amount: 'x' });
  });
});
