// Telling people: every email the billing service sends, read from the mock outbox as the demo's
// mailbox shows it, after the action that causes it — driven through the HTTP handlers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Email = Schemas['MockEmail'];

const DANIEL = 'mock-token-daniel-whitaker';
const FRANK = 'mock-token-frank-castellano';
const BRENDA = 'mock-token-brenda-lopez';
const KAREN = 'mock-token-karen-molloy';

function setup() {
  const http = httpBackend();
  /** Emails sent since `since` emails were in the outbox, oldest first. */
  const mailSince = async (since: number): Promise<Email[]> => {
    const { items } = await http.ok<{ items: Email[] }>('GET', '/__mock/outbox');
    return items.slice(0, items.length - since).reverse();
  };
  const outboxSize = async (): Promise<number> => (await http.ok<{ items: Email[] }>('GET', '/__mock/outbox')).items.length;
  return { ...http, mailSince, outboxSize };
}

/** The plain text and the HTML say the same thing: every line of text (bar the link lines) is in the HTML, escaped. */
function sameInBoth(email: Email, facts: readonly string[]): void {
  for (const fact of facts) {
    assert.ok(email.body.includes(fact), `the text lacks "${fact}":\n${email.body}`);
    const escaped = fact.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    assert.ok(email.html.includes(escaped), `the HTML lacks "${fact}":\n${email.html}`);
  }
  assert.ok(!/<script|<style|\son\w+=/i.test(email.html), 'no scripts, styles or handlers in the HTML');
}

describe('receipts and declines', () => {
  test('a payment by card sends its receipt to the payer: amount, fee, total, invoice, reference', async () => {
    const { backend, ok, mailSince, outboxSize } = setup();
    const before = await outboxSize();
    const card = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.type === 'card');
    assert.ok(card);
    const payment = await ok<Schemas['Payment']>('POST', '/payments', DANIEL, {
      methodId: card.id,
      target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' },
      amountCents: 10_000,
      currency: 'USD',
    });
    const [receipt, ...rest] = await mailSince(before);
    assert.equal(rest.length, 0);
    assert.equal(receipt?.notice, 'payment_receipt');
    assert.equal(receipt?.to, 'daniel.whitaker@example.com');
    assert.match(receipt?.subject ?? '', new RegExp(`Receipt ${payment.reference}: \\$102\\.50`));
    sameInBoth(receipt!, ['Dear Daniel Whitaker,', payment.reference, '$100.00', 'Convenience fee', '$2.50', '$102.50', 'Invoice INV-2026-0081: $100.00', '(630) 555-0142']);
  });

  test('a payer who turned receipts off gets none; a required email cannot be turned off, and nothing changes', async () => {
    const { backend, call, ok, mailSince, outboxSize } = setup();
    const prefs = await ok<Schemas['NotificationPreferences']>('GET', '/notification-preferences', DANIEL);
    assert.equal(prefs.email, 'daniel.whitaker@example.com');
    assert.deepEqual(
      prefs.items.map((i) => [i.notice, i.enabled, i.required]),
      [
        ['payment_receipt', true, false],
        ['card_declined', true, false],
        ['bank_return', true, true],
        ['pull_advance_notice', true, true],
        ['payment_method_request', true, true],
      ],
    );
    const off = await ok<Schemas['NotificationPreferences']>('PATCH', '/notification-preferences', DANIEL, { changes: [{ notice: 'payment_receipt', enabled: false }] });
    assert.equal(off.items.find((i) => i.notice === 'payment_receipt')?.enabled, false);

    const stored = structuredClone(backend.state);
    const refused = await call('PATCH', '/notification-preferences', DANIEL, { changes: [{ notice: 'card_declined', enabled: false }, { notice: 'bank_return', enabled: false }] });
    assert.equal(refused.status, 400);
    assert.equal((refused.body as Schemas['Error']).code, 'validation_failed');
    assert.ok((refused.body as Schemas['Error']).fields?.['changes[1].enabled']);
    assert.deepEqual(backend.state, stored, 'the refused change left even the optional one as it was');

    const before = await outboxSize();
    const card = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.type === 'card');
    await ok('POST', '/payments', DANIEL, { methodId: card?.id, target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' }, amountCents: 500, currency: 'USD' });
    assert.deepEqual(await mailSince(before), [], 'no receipt after turning receipts off');
  });

  test('a declined card sends what happened and what to do; nothing is charged', async () => {
    const { ok, mailSince, outboxSize } = setup();
    const declining = await ok<Schemas['PaymentMethod']>('POST', '/payment-methods', DANIEL, {
      type: 'card',
      token: 'tok_chargeDeclined',
      card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030 },
      billingAddress: { name: 'Daniel Whitaker', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62704', country: 'US' },
    });
    const before = await outboxSize();
    const payment = await ok<Schemas['Payment']>('POST', '/payments', DANIEL, {
      methodId: declining.id,
      target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' },
      amountCents: 5_000,
      currency: 'USD',
    });
    assert.equal(payment.status, 'failed');
    const [declined, ...rest] = await mailSince(before);
    assert.equal(rest.length, 0, 'a decline sends no receipt');
    assert.equal(declined?.notice, 'card_declined');
    sameInBoth(declined!, ['Visa •••• 0002', 'declined', 'Nothing was charged', payment.reference]);
  });
});

describe('bank returns', () => {
  test('a return recorded by staff tells the payer what happened and what to do, by code', async () => {
    const { backend, ok, mailSince, outboxSize } = setup();
    const debit = backend.state.payments.find((p) => p.method.type === 'bank_account' && p.status === 'succeeded' && p.payerPartyId === 'con-kevin-nguyen');
    assert.ok(debit);
    const before = await outboxSize();
    await ok('POST', `/staff/payments/${debit.id}/returns`, BRENDA, { code: 'R01', reason: 'Bank notice' });
    const [notice] = await mailSince(before);
    assert.equal(notice?.notice, 'bank_return');
    assert.equal(notice?.to, 'kevin.nguyen@example.com');
    sameInBoth(notice!, ['R01', 'insufficient funds', 'make sure the money is in the account', 'present the debit again', debit.reference]);

    const other = backend.state.payments.find((p) => p.method.type === 'bank_account' && p.status === 'succeeded' && p.payerPartyId === 'con-ruth-jensen');
    assert.ok(other);
    const again = await outboxSize();
    await ok('POST', `/staff/payments/${other.id}/returns`, BRENDA, { code: 'R03', reason: 'No account' });
    const [blocked] = await mailSince(again);
    sameInBoth(blocked!, ['R03', 'blocked for payments', 'add another payment method']);
  });

  test('a bank debit that comes back when it settles sends the same notice (the clock, not a person, did it)', async () => {
    const { ok, mailSince, outboxSize, backend } = setup();
    const returning = await ok<Schemas['PaymentMethod']>('POST', '/payment-methods', DANIEL, {
      type: 'bank_account',
      holderName: 'Daniel Whitaker',
      accountType: 'checking',
      routingNumber: '011000015',
      accountNumber: '000000000001',
      billingAddress: { name: 'Daniel Whitaker', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62704', country: 'US' },
    });
    await ok('POST', '/payments', DANIEL, { methodId: returning.id, target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' }, amountCents: 2_000, currency: 'USD' });
    const before = await outboxSize();
    const entries = backend.state.auditLog.length;
    await ok('POST', '/__mock/clock', undefined, { advanceDays: 4 });
    const mail = await mailSince(before);
    assert.ok(mail.some((e) => e.notice === 'bank_return' && e.to === 'daniel.whitaker@example.com' && e.body.includes('R01')));
    assert.equal(backend.state.auditLog.length, entries, 'time passing is not a person changing something');
  });
});

describe('advance notice of billing-team pulls', () => {
  test("Frank's pull on December 5 was announced on November 25 (ten days before), with amount and account", async () => {
    const { ok } = setup();
    const { items } = await ok<{ items: Email[] }>('GET', '/__mock/outbox');
    const notice = items.find((e) => e.notice === 'pull_advance_notice');
    assert.equal(notice?.to, 'frank.castellano@example.com');
    assert.equal(notice?.sentAt, '2026-11-25T15:00:00.000Z');
    const outstanding = await ok<Schemas['Outstanding']>('GET', '/outstanding', FRANK);
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(outstanding.total.amountCents / 100);
    assert.match(notice?.subject ?? '', new RegExp(`^\\${money} will be collected on Saturday, December 5, 2026$`));
    sameInBoth(notice!, ['Dear Frank Castellano,', money, 'Checking •••• ', 'Saturday, December 5, 2026']);
    assert.deepEqual(outstanding.arrangement.advanceNotice?.pullDate, '2026-12-05');
    assert.equal(outstanding.arrangement.advanceNotice?.amount.amountCents, outstanding.total.amountCents);
    const due = await ok<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-05', BRENDA);
    assert.equal(due.items.find((p) => p.payer.id === 'res-castellano')?.advanceNotice?.sentAt, '2026-11-25T15:00:00.000Z');
  });

  test('the next month is announced when the clock reaches its lead time, once; a shorter lead time waits longer', async () => {
    const { ok, mailSince, outboxSize } = setup();
    await ok('PATCH', '/staff/settings', BRENDA, { pullNoticeLeadDays: 3 });
    const before = await outboxSize();
    // Dec 5's notice went out already; January 5's is due on January 2 with a 3-day lead.
    await ok('POST', '/__mock/clock', undefined, { setTo: '2027-01-01T18:00:00.000Z' });
    assert.deepEqual((await mailSince(before)).filter((e) => e.notice === 'pull_advance_notice'), []);
    await ok('POST', '/__mock/clock', undefined, { setTo: '2027-01-02T18:00:00.000Z' });
    const sent = (await mailSince(before)).filter((e) => e.notice === 'pull_advance_notice');
    assert.equal(sent.length, 1);
    assert.match(sent[0]?.subject ?? '', /on Tuesday, January 5, 2027$/);
    await ok('POST', '/__mock/clock', undefined, { advanceDays: 1 });
    assert.equal((await mailSince(before)).filter((e) => e.notice === 'pull_advance_notice').length, 1, 'sent once per pull');
  });

  test('a pull that grows after its notice is announced again, marked as an update; none goes out while ALIS Pay is off', async () => {
    const { backend, ok, mailSince, outboxSize } = setup();
    const first = await ok<Schemas['Outstanding']>('GET', '/outstanding', FRANK);
    const paid = backend.state.payments.filter((p) => p.payerPartyId === 'res-castellano' && p.status === 'succeeded').slice(-2);
    assert.equal(paid.length, 2, 'two of Frank\'s debits have settled');
    const before = await outboxSize();
    // A refund reopens $50 of an invoice: the billing team would now collect more than it announced.
    await ok('POST', `/staff/payments/${paid[0]?.id}/refunds`, BRENDA, { amountCents: 5_000, currency: 'USD', reason: 'Goodwill' });
    const [update, ...rest] = await mailSince(before);
    assert.equal(rest.length, 0);
    assert.equal(update?.notice, 'pull_advance_notice');
    assert.match(update?.subject ?? '', /^Updated: /);
    sameInBoth(update!, ['This replaces the notice we sent on Wednesday, November 25, 2026']);
    const grown = await ok<Schemas['Outstanding']>('GET', '/outstanding', FRANK);
    assert.equal(grown.total.amountCents, first.total.amountCents + 5_000);
    assert.equal(grown.arrangement.advanceNotice?.amount.amountCents, grown.total.amountCents);

    // With ALIS Pay off no pull can happen, so a bank return that reopens more sends nothing…
    const later = await outboxSize();
    await ok('PATCH', '/staff/settings', BRENDA, { gatewayEnabled: false });
    await ok('POST', `/staff/payments/${paid[1]?.id}/returns`, BRENDA, { code: 'R01', reason: 'Bank notice' });
    assert.deepEqual((await mailSince(later)).map((e) => e.notice), ['bank_return']);
    // …until it is back on, when the notice catches up in the same request.
    await ok('PATCH', '/staff/settings', BRENDA, { gatewayEnabled: true });
    const notices = (await mailSince(later)).filter((e) => e.notice === 'pull_advance_notice');
    assert.equal(notices.length, 1);
    assert.match(notices[0]?.subject ?? '', /^Updated: /);
  });

  test('a payer with no address on file gets no email, and the notice records that nobody was told', async () => {
    const { backend, ok, outboxSize, mailSince } = setup();
    // Frank's portal access is revoked: he is a resident, with no email of his own on file.
    await ok('PATCH', '/staff/users/usr-frank-castellano', BRENDA, { revoked: true });
    const before = await outboxSize();
    await ok('POST', '/__mock/clock', undefined, { setTo: '2026-12-26T18:00:00.000Z' });
    assert.deepEqual((await mailSince(before)).filter((e) => e.notice === 'pull_advance_notice'), []);
    const due = await ok<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2027-01-05', BRENDA);
    const frank = due.items.find((p) => p.payer.id === 'res-castellano');
    assert.ok(frank?.advanceNotice, 'the notice is recorded, so staff can see it reached nobody');
    assert.deepEqual(frank.advanceNotice.recipients, []);
    const arrangement = backend.state.arrangements.find((a) => a.payerPartyId === 'res-castellano');
    assert.equal(arrangement?.mode === 'billing_team_pulls' ? arrangement.advanceNotice?.recipients.length : undefined, 0);
  });

  test('an arrangement saved inside the notice period announces its first pull in the same request', async () => {
    const { backend, ok, mailSince, outboxSize } = setup();
    const authorized = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.recurringAuthorization);
    assert.ok(authorized);
    const before = await outboxSize();
    await ok('PUT', '/staff/payers/con-daniel-whitaker/arrangement', BRENDA, {
      mode: 'billing_team_pulls',
      dayOfMonth: 1,
      split: 'single',
      parts: [{ methodId: authorized.id }],
    });
    const [notice] = await mailSince(before);
    assert.equal(notice?.notice, 'pull_advance_notice');
    assert.equal(notice?.to, 'daniel.whitaker@example.com');
    assert.match(notice?.subject ?? '', /on Tuesday, December 1, 2026$/);
    // Saving the same arrangement again is not a change: no second notice, no audit entry.
    const entries = backend.state.auditLog.length;
    const again = await outboxSize();
    await ok('PUT', '/staff/payers/con-daniel-whitaker/arrangement', BRENDA, { mode: 'billing_team_pulls', dayOfMonth: 1, split: 'single', parts: [{ methodId: authorized.id }] });
    assert.deepEqual(await mailSince(again), []);
    assert.equal(backend.state.auditLog.length, entries);
  });
});

describe('asking for a payment method, and withdrawn authorizations', () => {
  test('staff ask Karen to add a payment method: one email linking the guide; nobody signed up → conflict, nothing sent', async () => {
    const { backend, call, ok, mailSince, outboxSize } = setup();
    const before = await outboxSize();
    const sent = await ok<Schemas['NoticeSent']>('POST', '/staff/payers/con-karen-molloy/payment-method-requests', BRENDA);
    assert.deepEqual(sent.recipients, ['karen.molloy@example.com']);
    const [email] = await mailSince(before);
    assert.equal(email?.notice, 'payment_method_request');
    assert.equal(email?.link, '/how-to-pay');
    sameInBoth(email!, ['Dear Karen Molloy,', "Harold Jensen's bills", '+ Add payment method']);
    assert.match(email?.html ?? '', /<a href="\/how-to-pay">/);

    const stored = structuredClone(backend.state);
    const refusal = await call('POST', '/staff/payers/con-angela-castellano/payment-method-requests', BRENDA);
    assert.equal(refusal.status, 409);
    assert.match((refusal.body as Schemas['Error']).message, /Angela Castellano has not signed up for the portal/);
    assert.deepEqual(backend.state, stored);
    assert.equal((await call('POST', '/staff/payers/con-karen-molloy/payment-method-requests', KAREN)).status, 403);
  });

  test('nobody is asked for what they cannot do: a view-only profile, the portal off, ALIS Pay off', async () => {
    const { backend, call, ok } = setup();
    const refusal = async (status: number, code: string, partyId: string, pattern: RegExp) => {
      const stored = structuredClone(backend.state);
      const reply = await call('POST', `/staff/payers/${partyId}/payment-method-requests`, BRENDA);
      assert.equal(reply.status, status, JSON.stringify(reply.body));
      assert.equal((reply.body as Schemas['Error']).code, code);
      assert.match((reply.body as Schemas['Error']).message, pattern);
      assert.deepEqual(backend.state, stored);
    };
    // Frank only views billing: he could not save a method if asked.
    await refusal(409, 'conflict', 'res-castellano', /Frank Castellano's access does not include saving payment methods/);
    await ok('PATCH', '/staff/settings', BRENDA, { portalEnabled: false });
    await refusal(403, 'portal_disabled', 'con-karen-molloy', /portal/);
    await ok('PATCH', '/staff/settings', BRENDA, { portalEnabled: true, gatewayEnabled: false });
    await refusal(403, 'gateway_disabled', 'con-karen-molloy', /switched off/);
  });

  test('a payer withdrawing a recurring authorization tells the billing office', async () => {
    const { backend, ok, mailSince, outboxSize } = setup();
    const authorized = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.recurringAuthorization);
    assert.ok(authorized);
    const before = await outboxSize();
    await ok('PATCH', `/payment-methods/${authorized.id}`, DANIEL, { recurringAuthorization: false });
    const [email] = await mailSince(before);
    assert.equal(email?.notice, 'authorization_withdrawn');
    assert.equal(email?.to, 'billing@willowcreek.example');
    sameInBoth(email!, ['Daniel Whitaker (Margaret Whitaker) withdrew the recurring-payment authorization of their Checking •••• ']);
  });
});

describe('invitations', () => {
  test('names staff type are escaped in the HTML version', async () => {
    const { ok, mailSince, outboxSize } = setup();
    const profile = await ok<Schemas['StaffProfile']>('POST', '/staff/profiles', BRENDA, { name: '<b>Family</b> & friends', permissions: ['view_billing'] });
    const before = await outboxSize();
    await ok('POST', '/staff/invitations', BRENDA, { email: 'amy@example.org', partyId: 'con-karen-molloy', profileId: profile.id, sensitiveInformationConfirmed: true });
    const [email] = await mailSince(before);
    assert.equal(email?.notice, 'invitation');
    sameInBoth(email!, ['Your access: <b>Family</b> & friends.']);
    assert.ok(!email?.html.includes('<b>Family</b>'));
  });
});
