// A payer may withdraw an automatic-payment authorization, or remove the method, at any time — also
// while the billing team's arrangement pulls from it. Driven through the HTTP API as the portal and
// the Payment Center call it: Frank Castellano's checking (pm-0007) is pulled on the 5th; the seed's
// clock stands on November 25, 2026, the day his advance notice for December 5 went out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend, type HttpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Email = Schemas['MockEmail'];

const FRANK = 'mock-token-frank-castellano';
const BRENDA = 'mock-token-brenda-lopez';
const FRANKS_PARTY = 'res-castellano';
const CHECKING = 'pm-0007';

/** A backend where Frank (view-only in the seed) may manage his methods. */
function setup(): HttpBackend & { mailSince(count: number): Promise<Email[]>; outboxSize(): Promise<number> } {
  const http = httpBackend();
  http.backend.mutate((draft) => {
    const frank = draft.users.find((u) => u.id === 'usr-frank-castellano');
    if (frank) frank.profileId = 'prof-financial-responsible-party';
  });
  const outbox = async (): Promise<Email[]> => (await http.ok<{ items: Email[] }>('GET', '/__mock/outbox')).items;
  return {
    ...http,
    // The outbox lists the newest first.
    mailSince: async (count) => {
      const items = await outbox();
      return items.slice(0, items.length - count).reverse();
    },
    outboxSize: async () => (await outbox()).length,
  };
}

async function auditOf(http: HttpBackend, methodId: string): Promise<Schemas['AuditLogEntry'][]> {
  const page = await http.ok<Schemas['AuditLogPage']>('GET', `/staff/audit-log?subjectType=payment_method&subjectId=${methodId}&limit=500`, BRENDA);
  return page.items;
}

describe('withdrawing an authorization the billing team pulls from', () => {
  test('is accepted: the arrangement becomes self-pay from the next pull, and the answer says so', async () => {
    const http = setup();
    const method = await http.ok<Schemas['PaymentMethod']>('PATCH', `/payment-methods/${CHECKING}`, FRANK, { recurringAuthorization: false });
    assert.equal(method.recurringAuthorization, null);
    assert.equal(method.usedByArrangement, false);
    assert.deepEqual(method.arrangementEnded && { ...method.arrangementEnded, endedAt: typeof method.arrangementEnded.endedAt }, {
      endedAt: 'string',
      endedBy: 'Frank Castellano',
      reason: 'authorization_withdrawn',
      method: { id: CHECKING, type: 'bank_account', label: method.label },
      firstSkippedPullDate: '2026-12-05',
    });

    const payer = await http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANKS_PARTY}`, BRENDA);
    assert.equal(payer.arrangement.mode, 'self_pay');
    assert.equal(payer.arrangement.nextPullDate, null);
    assert.equal(payer.arrangement.ended?.reason, 'authorization_withdrawn');
    assert.equal(payer.arrangement.ended?.firstSkippedPullDate, '2026-12-05');
    // The pull that was due on the 5th is no longer due.
    const due = await http.ok<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-05', BRENDA);
    assert.equal(due.items.some((item) => item.payer.id === FRANKS_PARTY), false);
    // Other changes answer without the fact.
    const renamed = await http.ok<Schemas['PaymentMethod']>('PATCH', `/payment-methods/${CHECKING}`, FRANK, { nickname: 'Old checking' });
    assert.equal(renamed.arrangementEnded, undefined);
  });

  test('records one audit entry naming both the authorization and the arrangement', async () => {
    const http = setup();
    const before = (await auditOf(http, CHECKING)).length;
    await http.ok('PATCH', `/payment-methods/${CHECKING}`, FRANK, { recurringAuthorization: false });
    const entries = await auditOf(http, CHECKING);
    assert.equal(entries.length, before + 1);
    const entry = entries[0]!;
    assert.equal(entry.action, 'payment_method_changed');
    assert.match(entry.summary, /withdrew the automatic-payment authorization of Checking •••• \d{4}; the billing team's pulls ended and Frank Castellano now pays on their own\./);
    const fields = Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));
    assert.equal((fields['recurringAuthorization'] ?? [])[1], null);
    assert.deepEqual(fields['mode'], ['billing_team_pulls', 'self_pay']);
    assert.deepEqual(fields['dayOfMonth'], [5, null]);
    assert.deepEqual(entry.subjects.map((s) => s.type).sort(), ['payer', 'payment_method']);
  });

  test('tells the billing office that the arrangement ended and from which pull', async () => {
    const http = setup();
    const sent = await http.outboxSize();
    await http.ok('PATCH', `/payment-methods/${CHECKING}`, FRANK, { recurringAuthorization: false });
    const mail = await http.mailSince(sent);
    assert.deepEqual(mail.map((e) => [e.notice, e.to]), [['authorization_withdrawn', 'billing@willowcreek.example']]);
    const body = mail[0]!.body;
    assert.match(body, /On Wednesday, November 25, 2026, Frank Castellano \(Frank Castellano\) withdrew the recurring-payment authorization of their Checking •••• \d{4}\./);
    assert.match(body, /Their automatic-payment arrangement ended on Wednesday, November 25, 2026: the billing team no longer pulls their bills, starting with the pull of Saturday, December 5, 2026, and Frank Castellano now pays on their own\./);
    assert.match(body, /Pulls already submitted stand/);
    assert.match(mail[0]!.subject, /automatic payments ended/);
  });

  test('sends no more advance notices of pulls to the payer', async () => {
    const http = setup();
    await http.ok('PATCH', `/payment-methods/${CHECKING}`, FRANK, { recurringAuthorization: false });
    const sent = await http.outboxSize();
    // December 26: within the notice period of the January 5 pull that would have come.
    await http.ok('POST', '/__mock/clock', undefined, { advanceDays: 31 });
    const mail = await http.mailSince(sent);
    assert.deepEqual(mail.filter((e) => e.notice === 'pull_advance_notice' && e.to.includes('castellano')), []);
    const payer = await http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANKS_PARTY}`, BRENDA);
    assert.equal(payer.arrangement.advanceNotice, null);
  });
});

describe('a split arrangement', () => {
  test('withdrawing one of its methods ends the whole arrangement; the other method is no longer pulled either', async () => {
    const http = setup();
    const DANIEL = 'mock-token-daniel-whitaker';
    await http.ok('PATCH', '/payment-methods/pm-0001', DANIEL, { recurringAuthorization: true });
    await http.ok('PUT', '/staff/payers/con-daniel-whitaker/arrangement', BRENDA, {
      mode: 'billing_team_pulls',
      dayOfMonth: 5,
      split: 'percentages',
      parts: [
        { methodId: 'pm-0001', basisPoints: 4000 },
        { methodId: 'pm-0002', basisPoints: 6000 },
      ],
    });
    const card = await http.ok<Schemas['PaymentMethod']>('PATCH', '/payment-methods/pm-0001', DANIEL, { recurringAuthorization: false });
    assert.equal(card.arrangementEnded?.reason, 'authorization_withdrawn');
    const methods = await http.ok<{ items: Schemas['PaymentMethod'][] }>('GET', '/payment-methods', DANIEL);
    const checking = methods.items.find((m) => m.id === 'pm-0002')!;
    // The checking keeps its authorization, but no arrangement pulls from it any more.
    assert.notEqual(checking.recurringAuthorization, null);
    assert.equal(checking.usedByArrangement, false);
    const due = await http.ok<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-05', BRENDA);
    assert.equal(due.items.some((item) => item.payer.id === 'con-daniel-whitaker'), false);
  });
});

describe('removing a method the billing team pulls from', () => {
  test('is accepted, ends the arrangement, tells the office, and records one audit entry', async () => {
    const http = setup();
    const sent = await http.outboxSize();
    const auditBefore = (await auditOf(http, CHECKING)).length;
    const removed = await http.ok<Schemas['RemovedPaymentMethod']>('DELETE', `/payment-methods/${CHECKING}`, FRANK);
    assert.equal(removed.methodId, CHECKING);
    assert.equal(removed.arrangementEnded?.reason, 'method_removed');
    assert.equal(removed.arrangementEnded?.firstSkippedPullDate, '2026-12-05');
    const listed = await http.ok<{ items: Schemas['PaymentMethod'][] }>('GET', '/payment-methods', FRANK);
    assert.equal(listed.items.some((m) => m.id === CHECKING), false);
    const payer = await http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANKS_PARTY}`, BRENDA);
    assert.equal(payer.arrangement.mode, 'self_pay');
    assert.equal(payer.arrangement.ended?.reason, 'method_removed');
    const mail = await http.mailSince(sent);
    assert.deepEqual(mail.map((e) => e.notice), ['authorization_withdrawn']);
    assert.match(mail[0]!.body, /removed their Checking •••• \d{4}, which was authorized for recurring payments/);
    assert.match(mail[0]!.body, /starting with the pull of Saturday, December 5, 2026/);
    const entries = await auditOf(http, CHECKING);
    assert.equal(entries.length, auditBefore + 1);
    assert.equal(entries[0]!.action, 'payment_method_removed');
    assert.ok(entries[0]!.changes.some((c) => c.field === 'mode' && c.after === 'self_pay'));
  });

  test('a method no arrangement pulls from answers without an ended arrangement and sends nothing new', async () => {
    const http = setup();
    const removed = await http.ok<Schemas['RemovedPaymentMethod']>('DELETE', '/payment-methods/pm-0001', 'mock-token-daniel-whitaker');
    assert.deepEqual(removed, { methodId: 'pm-0001', arrangementEnded: null });
  });
});

describe('pulls already submitted stand', () => {
  test('a pending debit pulled on the 5th still settles after the payer withdraws the authorization', async () => {
    const http = setup();
    await http.ok('POST', '/__mock/clock', undefined, { advanceDays: 10 });
    const due = await http.ok<Schemas['DuePulls']>('GET', '/staff/pulls/due', BRENDA);
    const frank = due.items.find((item) => item.payer.id === FRANKS_PARTY)!;
    assert.ok(frank, 'Frank is due on December 5');
    const [pulled] = await http.ok<{ items: Schemas['Payment'][] }>('POST', '/staff/payments', BRENDA, {
      payerId: FRANKS_PARTY,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: frank.outstanding.amountCents,
      parts: frank.parts.map((p) => ({ methodId: p.method.id, amountCents: p.amount.amountCents })),
    }).then((page) => page.items);
    assert.equal(pulled?.status, 'pending');

    const method = await http.ok<Schemas['PaymentMethod']>('PATCH', `/payment-methods/${CHECKING}`, FRANK, { recurringAuthorization: false });
    // Today's pull was made, so the first pull that no longer happens is January's.
    assert.equal(method.arrangementEnded?.firstSkippedPullDate, '2027-01-05');
    assert.equal((await http.ok<Schemas['Payment']>('GET', `/staff/payments/${pulled!.id}`, BRENDA)).status, 'pending');

    await http.ok('POST', '/__mock/clock', undefined, { advanceDays: 7 });
    const settled = await http.ok<Schemas['Payment']>('GET', `/staff/payments/${pulled!.id}`, BRENDA);
    assert.equal(settled.status, 'succeeded');
    assert.equal(settled.amount.amountCents, pulled!.amount.amountCents);
  });
});
