// The seed data: deterministic, internally consistent, and shaped as the personas promise.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';
import { invoiceTotalCents } from '../../src/mock-server/engine/ledger.js';
import { feeCents, isValidRoutingNumber } from '../../src/mock-server/engine/money.js';
import { createSeedState, personas } from '../../src/mock-server/engine/seed.js';
import { isCardExpired } from '../../src/mock-server/engine/methods.js';
import { paidCentsByInvoice } from '../../src/mock-server/engine/ledger.js';
import {
  arrangementView,
  depositView,
  invoiceView,
  meView,
  paymentMethodView,
  paymentView,
  profileView,
  residentView,
} from '../../src/mock-server/engine/views.js';
import { SchemaValidator } from '../../src/mock-server/openapi/json-schema.js';
import type { BillingState } from '../../src/mock-server/engine/state.js';

const NOW = '2026-11-25T15:00:00.000Z';
const TODAY = '2026-11-25'; // in America/Chicago at NOW
const seeded = createSeedState({ seed: 1, now: NOW });
const validator = new SchemaValidator(openApiDocument);

/** Paid cents per invoice recomputed here from succeeded (and pending) payments, independently of the ledger. */
function paidFromSettledOrPendingPayments(state: BillingState): Map<string, number> {
  const paid = new Map<string, number>();
  for (const payment of state.payments) {
    if (payment.status !== 'succeeded' && payment.status !== 'pending') continue;
    for (const a of payment.allocations) paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + a.amountCents);
  }
  return paid;
}

/** Every invariant the later billing engine relies on, for any seed and time. */
function assertConsistent(state: BillingState, now: string): void {
  const today = now.slice(0, 10);
  const paid = paidFromSettledOrPendingPayments(state);
  assert.deepEqual(paidCentsByInvoice(state), paid, 'the ledger counts exactly the succeeded and pending allocations');
  for (const invoice of state.invoices) {
    for (const line of invoice.lineItems) {
      assert.ok(Number.isInteger(line.amountCents) && line.quantity >= 1, `${line.id}`);
      assert.equal(line.amountCents, line.quantity * line.unitAmountCents, `${line.id} amount = qty × unit`);
    }
    const total = invoice.lineItems.reduce((sum, line) => sum + line.amountCents, 0);
    const view = invoiceView(state, invoice, paid, today);
    assert.equal(view.total.amountCents, total, `${invoice.id} total = sum of lines`);
    assert.equal(view.balance.amountCents, total - (paid.get(invoice.id) ?? 0), `${invoice.id} balance`);
    assert.ok(view.balance.amountCents >= 0, `${invoice.id} balance is never negative`);
    assert.ok(invoice.issueDate <= today, `${invoice.id} was issued by now`);
  }
  const invoices = new Map(state.invoices.map((i) => [i.id, i]));
  for (const payment of state.payments) {
    // One deposited bank debit came back (R01) and was presented again; every other payment succeeded or is settling.
    const presentedAgain = payment.status === 'returned' && state.payments.some((p) => p.representmentOf === payment.id && p.status === 'succeeded');
    assert.ok(payment.status === 'succeeded' || presentedAgain || (payment.status === 'pending' && payment.method.type === 'bank_account'), `${payment.id} status`);
    const allocated = payment.allocations.reduce((sum, a) => sum + a.amountCents, 0);
    assert.equal(allocated + payment.unappliedCents, payment.amountCents, `${payment.id} allocations sum to its amount`);
    const bp = payment.method.type === 'card' ? state.settings.cardFeeBasisPoints : state.settings.bankFeeBasisPoints;
    const saved = state.paymentMethods.find((m) => m.id === payment.methodId)!;
    // Seeded under the default rules: credit cards pay the card fee, the debit card none.
    const charged = saved.type === 'card' && saved.card.funding !== 'credit' ? 0 : feeCents(payment.amountCents, bp);
    assert.equal(payment.feeCents, charged, `${payment.id} fee`);
    assert.ok(payment.createdAt <= now, `${payment.id} is not in the future`);
    assert.ok(payment.history.every((h) => h.at <= now), `${payment.id} history is not in the future`);
    for (const allocation of payment.allocations) {
      const invoice = invoices.get(allocation.invoiceId);
      assert.ok(invoice, `${payment.id} pays an existing invoice`);
      assert.equal(invoice.addresseeId, payment.payerPartyId, `${payment.id} pays only its payer's invoices`);
      assert.ok(payment.createdAt.slice(0, 10) >= invoice.issueDate, `${payment.id} follows the issue date`);
      assert.ok(allocation.amountCents > 0);
    }
    const method = state.paymentMethods.find((m) => m.id === payment.methodId);
    assert.equal(method?.ownerPartyId, payment.payerPartyId, `${payment.id} uses the payer's own method`);
    assert.ok(method && method.createdAt < payment.createdAt, `${payment.id} method was saved before`);
    assert.ok(payment.source === 'portal' || payment.source === 'staff_pull');
  }
  const deposited = new Set<string>();
  for (const deposit of state.deposits) {
    for (const id of deposit.paymentIds) {
      assert.ok(!deposited.has(id), `${id} is in at most one deposit`);
      deposited.add(id);
      const payment = state.payments.find((p) => p.id === id);
      assert.equal(payment?.depositId, deposit.id);
      const actions = payment?.history.map((h) => h.action) ?? [];
      assert.ok(actions.indexOf('succeeded') >= 0 && actions.indexOf('succeeded') < actions.indexOf('deposited'), 'only settled payments are deposited');
    }
    // A return after the deposit is an adjustment of it, of the whole debit.
    for (const adjustment of deposit.adjustments) {
      const payment = state.payments.find((p) => p.id === adjustment.paymentId);
      assert.equal(payment?.depositId, deposit.id);
      assert.equal(payment?.status, 'returned');
      assert.equal(adjustment.amountCents, payment.amountCents + payment.feeCents);
    }
  }
  assert.equal(deposited.size, state.payments.filter((p) => p.depositId !== null).length);
}

function assertConforms(schemaName: string, value: unknown, what: string): void {
  const violations = validator.validate({ $ref: `#/components/schemas/${schemaName}` }, value);
  assert.deepEqual(violations, [], `${what} does not match ${schemaName}`);
}

describe('seed data', () => {
  test('is deterministic: the same seed and time give deep-equal, JSON-serializable state', () => {
    const again = createSeedState({ seed: 1, now: NOW });
    assert.deepStrictEqual(again, seeded);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(seeded)), seeded);
    assert.deepStrictEqual(createSeedState(), seeded, 'defaults are seed 1 at 2026-11-25T15:00Z');
  });

  test('a different seed gives different amounts but the same people and tokens', () => {
    const other = createSeedState({ seed: 2, now: NOW });
    assert.notDeepStrictEqual(other, seeded);
    assert.notDeepStrictEqual(
      other.invoices.map((i) => invoiceTotalCents(i)),
      seeded.invoices.map((i) => invoiceTotalCents(i)),
    );
    assert.deepEqual(other.users.map((u) => u.token), seeded.users.map((u) => u.token));
  });

  const cases = [
    ...[1, 2, 3, 7, 42].map((seed) => ({ seed, now: NOW })),
    // Mid-month, before the 25th: the newest statement is already due, and recent bank payments are pending.
    { seed: 1, now: '2026-06-03T17:00:00.000Z' },
    { seed: 5, now: '2027-02-26T12:00:00.000Z' },
  ];
  for (const { seed, now } of cases) {
    test(`seed ${seed} at ${now}: balances, allocations, fees and deposits are consistent`, () => {
      const state = seed === 1 && now === NOW ? seeded : createSeedState({ seed, now });
      assertConsistent(state, now);
      if (now === NOW) {
        // Settled, or the one debit returned after its deposit (presented again, and that settled).
        assert.ok(state.payments.every((p) => p.status === 'succeeded' || (p.status === 'returned' && p.return?.code === 'R01')), 'at the default time every seeded payment has settled');
        assert.equal(state.payments.filter((p) => p.status === 'returned').length, 1, 'one debit came back after its deposit');
        const undeposited = state.payments.filter((p) => p.depositId === null);
        assert.ok(undeposited.length >= 1 && undeposited.length <= 6, 'a few recent payments are undeposited');
        for (const p of undeposited) assert.ok(p.createdAt > '2026-11-18', `${p.id} undeposited is recent`);
      }
    });
  }

  test('one community: 8 residents with 1–3 contacts, 13 monthly statements each (Dec 2025 … Dec 2026)', () => {
    assert.equal(seeded.settings.communityName, 'Willow Creek Senior Living');
    assert.equal(seeded.settings.timeZone, 'America/Chicago');
    assert.equal(seeded.settings.cardFeeBasisPoints, 250);
    assert.equal(seeded.residents.length, 8);
    for (const resident of seeded.residents) {
      const contacts = seeded.contacts.filter((c) => c.residentId === resident.id);
      assert.ok(contacts.length >= 1 && contacts.length <= 3, resident.name);
      const theirs = seeded.invoices.filter((i) => i.residentId === resident.id).map((i) => i.periodStart).sort();
      assert.equal(theirs.length, 13);
      assert.equal(theirs[0], '2025-12-01');
      assert.equal(theirs.at(-1), '2026-12-01');
    }
    for (const invoice of seeded.invoices) {
      assert.equal(invoice.dueDate, invoice.periodStart, 'due the 1st of the period');
      assert.match(invoice.issueDate, /-25$/, 'issued the 25th of the month before');
      const rent = invoice.lineItems.find((l) => l.category === 'rent');
      assert.ok(rent && rent.amountCents >= 380_000 - 500 && rent.amountCents <= 690_000, `${invoice.id} rent`);
      assert.ok(invoice.lineItems.some((l) => l.category === 'care_level'));
    }
    const categories = new Set(seeded.invoices.flatMap((i) => i.lineItems.map((l) => l.category)));
    for (const c of ['rent', 'care_level', 'medication_management', 'pharmacy', 'guest_meals', 'late_fee'] as const) {
      assert.ok(categories.has(c), `some invoice has ${c}`);
    }
    assert.ok(
      seeded.invoices.some((i) => i.lineItems.some((l) => l.category === 'pharmacy' && l.amountCents % 100 !== 0)),
      'pharmacy charges have odd cents',
    );
  });

  test('addressees: the responsible party, a resident paying for themself, and one invoice to someone else', () => {
    const selfPaying = seeded.residents.filter((r) => r.financiallyResponsiblePartyId === r.id);
    assert.ok(selfPaying.length >= 1 && selfPaying.length <= 2);
    const odd = seeded.invoices.filter((i) => {
      const resident = seeded.residents.find((r) => r.id === i.residentId);
      return i.addresseeId !== resident?.financiallyResponsiblePartyId;
    });
    assert.equal(odd.length, 1, 'exactly one invoice is addressed to another payer');
    assert.equal(odd[0]?.addresseeId, 'con-karen-molloy');
  });

  test('payment methods: valid routing numbers, last four only, one expired card, one pull arrangement', () => {
    for (const method of seeded.paymentMethods) {
      if (method.type === 'bank_account') {
        assert.ok(isValidRoutingNumber(method.bankAccount.routingNumber), method.id);
        assert.match(method.bankAccount.last4, /^\d{4}$/);
        assert.deepEqual(Object.keys(method.bankAccount).sort(), ['accountType', 'bankName', 'holderName', 'last4', 'routingNumber']);
      } else {
        assert.match(method.card.token, /^tok_/);
      }
    }
    const expired = seeded.paymentMethods.filter((m) => isCardExpired(m, TODAY));
    assert.equal(expired.length, 1);
    assert.equal(expired[0]?.ownerPartyId, 'res-brooks');
    assert.ok(expired[0] && expired[0].createdAt < '2025-11-25', 'it was saved before it expired');
    const pulls = seeded.arrangements.filter((a) => a.mode === 'billing_team_pulls');
    assert.equal(pulls.length, 1);
    const pull = pulls[0];
    assert.ok(pull?.mode === 'billing_team_pulls');
    const method = seeded.paymentMethods.find((m) => m.id === pull.parts[0]?.methodId);
    assert.equal(method?.type, 'bank_account');
    assert.ok(method?.recurringAuthorization, 'pulled from an authorized method');
    assert.ok(seeded.payments.some((p) => p.source === 'staff_pull' && p.payerPartyId === pull.payerPartyId));
  });

  test('users: payers per responsible party, one view-only, one revoked, one staff; personas in a stable order', () => {
    const payerUsers = seeded.users.filter((u) => u.role === 'payer' && u.status === 'active');
    const withInvoices = payerUsers.filter((u) => seeded.invoices.some((i) => i.addresseeId === u.partyId));
    assert.ok(withInvoices.length >= 5);
    for (const addressee of new Set(seeded.invoices.map((i) => i.addresseeId))) {
      assert.ok(payerUsers.some((u) => u.partyId === addressee), `${addressee} can sign in`);
    }
    assert.equal(seeded.users.filter((u) => u.profileId === 'prof-view-only').length, 1);
    assert.equal(seeded.users.filter((u) => u.status === 'revoked').length, 1);
    const staff = seeded.users.filter((u) => u.role === 'staff');
    assert.deepEqual(staff.map((u) => u.displayName), ['Brenda Lopez']);
    assert.equal(personas[0]?.role, 'payer');
    assert.equal(personas.at(-1)?.role, 'staff');
    assert.deepEqual(personas.map((p) => p.userId), seeded.users.map((u) => u.id));
    assert.equal(new Set(personas.map((p) => p.token)).size, personas.length, 'tokens are unique');
    assert.equal(personas[0]?.token, 'mock-token-daniel-whitaker');
  });

  test('the default persona has several open and partly paid invoices, a card and a bank account', () => {
    const partyId = personas[0]?.partyId;
    const paid = paidCentsByInvoice(seeded);
    const views = seeded.invoices.filter((i) => i.addresseeId === partyId).map((i) => invoiceView(seeded, i, paid, TODAY));
    assert.ok(views.filter((v) => v.balance.amountCents > 0).length >= 3);
    assert.ok(views.filter((v) => v.status === 'partially_paid').length >= 2);
    const types = seeded.paymentMethods.filter((m) => m.ownerPartyId === partyId).map((m) => m.type).sort();
    assert.deepEqual(types, ['bank_account', 'card']);
  });

  test('one deposit has a return after it: DEP-20261106 keeps its lines and gains an R01 adjustment; the debit was presented again', () => {
    const deposit = seeded.deposits.find((d) => d.reference === 'DEP-20261106');
    assert.ok(deposit);
    assert.deepEqual(deposit.adjustments.map((a) => [a.kind, a.returnCode, a.paymentId]), [['return', 'R01', 'pay-0089']]);
    const view = depositView(seeded, deposit);
    const returned = seeded.payments.find((p) => p.id === 'pay-0089')!;
    assert.equal(view.net.amountCents, view.total.amountCents - returned.amountCents - returned.feeCents);
    const again = seeded.payments.find((p) => p.representmentOf === 'pay-0089');
    assert.ok(again && again.status === 'succeeded' && again.depositId !== null);
    assert.deepEqual(again.allocations, returned.allocations, 'the invoices end as they were');
    assert.equal(seeded.sequences.payment, seeded.payments.length);
  });

  test('what the persona descriptions promise holds', () => {
    const paid = paidCentsByInvoice(seeded);
    const invoicesOf = (partyId: string) =>
      seeded.invoices.filter((i) => i.addresseeId === partyId).map((i) => invoiceView(seeded, i, paid, TODAY));
    const open = (partyId: string) => invoicesOf(partyId).filter((i) => i.balance.amountCents > 0);
    const paymentsOf = (partyId: string) => seeded.payments.filter((p) => p.payerPartyId === partyId);
    for (const partyId of ['con-ruth-jensen', 'con-maria-alvarez-reed', 'con-patricia-lindqvist', 'res-castellano']) {
      assert.deepEqual(open(partyId).map((i) => [i.dueDate, i.overdue]), [['2026-12-01', false]], `${partyId}: only the newest is open`);
    }
    assert.deepEqual(open('res-brooks').map((i) => [i.dueDate, i.status, i.overdue]), [
      ['2026-11-01', 'open', true],
      ['2026-12-01', 'open', false],
    ]);
    const karen = invoicesOf('con-karen-molloy');
    assert.deepEqual(karen.map((i) => [i.periodStart, i.status, i.overdue]), [['2026-07-01', 'partially_paid', true]]);
    const kevin = paymentsOf('con-kevin-nguyen').find((p) => p.allocations.length === 2);
    assert.ok(kevin && kevin.depositId === null, 'Kevin paid one undeposited amount over two invoices');
    assert.ok(paymentsOf('con-samuel-okafor').some((p) => p.depositId === null));
    assert.ok(paymentsOf('con-patricia-lindqvist').every((p) => {
      const invoice = seeded.invoices.find((i) => i.id === p.allocations[0]?.invoiceId);
      return invoice !== undefined && p.createdAt.slice(0, 10) < invoice.dueDate;
    }), 'Patricia pays before the due date');
    assert.ok(paymentsOf('res-castellano').every((p) => p.source === 'staff_pull' && p.createdBy.role === 'staff'));
    assert.ok(invoicesOf('con-daniel-whitaker').filter((i) => i.lineItems.some((l) => l.category === 'late_fee')).length >= 2);
  });

  test('every record maps to a view that matches the OpenAPI document', () => {
    const paid = paidCentsByInvoice(seeded);
    for (const invoice of seeded.invoices) assertConforms('Invoice', invoiceView(seeded, invoice, paid, TODAY), invoice.id);
    for (const payment of seeded.payments) assertConforms('Payment', paymentView(seeded, payment), payment.id);
    for (const method of seeded.paymentMethods) {
      const view = paymentMethodView(seeded, method, TODAY);
      assertConforms('PaymentMethod', view, method.id);
      assert.ok(!JSON.stringify(view).includes('tok_'), 'card tokens never leave the store');
    }
    for (const deposit of seeded.deposits) assertConforms('Deposit', depositView(seeded, deposit), deposit.id);
    for (const resident of seeded.residents) assertConforms('Resident', residentView(seeded, resident), resident.id);
    for (const profile of seeded.profiles) assertConforms('UserProfile', profileView(profile), profile.id);
    for (const user of seeded.users) assertConforms('Me', meView(seeded, user), user.id);
    for (const partyId of new Set(seeded.invoices.map((i) => i.addresseeId))) {
      assertConforms('ArrangementView', arrangementView(seeded, partyId, TODAY), partyId);
    }
    for (const persona of personas) assertConforms('MockPersona', persona, persona.userId);
  });
});
