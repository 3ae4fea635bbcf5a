// Portal profiles as the billing office manages them, and the audit log that records every change
// with who, when, before and after — driven through the HTTP handlers as the Payment Center would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Entry = Schemas['AuditLogEntry'];

const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';
const KAREN = 'mock-token-karen-molloy';

function setup() {
  const http = httpBackend();
  const trail = async (subjectType: string, subjectId: string): Promise<Entry[]> =>
    (await http.ok<Schemas['AuditLogPage']>('GET', `/staff/audit-log?subjectType=${subjectType}&subjectId=${encodeURIComponent(subjectId)}&limit=500`, BRENDA)).items;
  return { ...http, trail };
}

const change = (entry: Entry | undefined, field: string) => entry?.changes.find((c) => c.field === field);

describe('portal profiles', () => {
  test('create, rename and re-permission: everyone with the profile gets the new permissions at once', async () => {
    const { ok, trail } = setup();
    const created = await ok<Schemas['StaffProfile']>('POST', '/staff/profiles', BRENDA, { name: '  Sees   statements ', description: 'For relatives who read along', permissions: ['view_billing'] });
    assert.equal(created.name, 'Sees statements');
    assert.deepEqual([created.activeUserCount, created.pendingInvitationCount], [0, 0]);

    // Karen only pays; giving her profile "view_billing" shows her all of Harold's invoices at once.
    const before = (await ok<Schemas['InvoicePage']>('GET', '/invoices?limit=500', KAREN)).items.length;
    const changed = await ok<Schemas['StaffProfile']>('PATCH', '/staff/profiles/prof-pays-bills', BRENDA, { permissions: ['manage_payment_methods', 'pay_bills', 'view_billing'] });
    assert.deepEqual(changed.permissions, ['view_billing', 'pay_bills', 'manage_payment_methods'], 'stored in one order');
    assert.equal(changed.activeUserCount, 1);
    const after = (await ok<Schemas['InvoicePage']>('GET', '/invoices?limit=500', KAREN)).items;
    assert.ok(after.length > before && after.every((i) => i.residentId === 'res-jensen'));

    const [entry] = await trail('profile', 'prof-pays-bills');
    assert.equal(entry?.action, 'profile_changed');
    assert.equal(entry?.actor.name, 'Brenda Lopez');
    assert.deepEqual(change(entry, 'permissions'), { field: 'permissions', before: ['pay_bills', 'manage_payment_methods'], after: ['view_billing', 'pay_bills', 'manage_payment_methods'] });
    assert.match(entry?.summary ?? '', /1 user or invitation has it/);
    const [creation] = await trail('profile', created.id);
    assert.equal(creation?.action, 'profile_created');
    assert.deepEqual(change(creation, 'name'), { field: 'name', before: null, after: 'Sees statements' });
  });

  test('names are unique (ignoring case); portal profiles never grant staff permissions; billing-team profiles are not editable here', async () => {
    const { refused } = setup();
    const taken = await refused(409, 'conflict', 'POST', '/staff/profiles', BRENDA, { name: 'pays BILLS', permissions: [] });
    assert.match(taken.fields?.['name'] ?? '', /already a profile named "pays BILLS"/);
    await refused(409, 'conflict', 'PATCH', '/staff/profiles/prof-view-only', BRENDA, { name: 'Pays bills' });
    await refused(400, 'validation_failed', 'POST', '/staff/profiles', BRENDA, { name: 'Back office', permissions: ['staff_settings'] });
    await refused(400, 'validation_failed', 'POST', '/staff/profiles', BRENDA, { name: '   ', permissions: [] });
    await refused(404, 'not_found', 'PATCH', '/staff/profiles/prof-billing-team', BRENDA, { name: 'Billing' });
    await refused(403, 'forbidden', 'POST', '/staff/profiles', DANIEL, { name: 'Mine', permissions: [] });
  });

  test('a profile in use cannot be deleted (with who has it); an unused one can, and can no longer be given', async () => {
    const { ok, refused, trail, call } = setup();
    const inUse = await refused(409, 'profile_in_use', 'DELETE', '/staff/profiles/prof-view-only', BRENDA);
    assert.match(inUse.message, /"Views billing only" is given to 1 active user and 1 pending invitation/);
    const spare = await ok<Schemas['StaffProfile']>('POST', '/staff/profiles', BRENDA, { name: 'Spare', permissions: [] });
    assert.equal((await call('DELETE', `/staff/profiles/${spare.id}`, BRENDA)).status, 204);
    const listed = await ok<{ items: Schemas['StaffProfile'][] }>('GET', '/staff/profiles', BRENDA);
    assert.ok(!listed.items.some((p) => p.id === spare.id));
    await refused(400, 'validation_failed', 'POST', '/staff/invitations', BRENDA, { email: 'x@example.org', partyId: 'con-karen-molloy', profileId: spare.id, sensitiveInformationConfirmed: true });
    const [deleted] = await trail('profile', spare.id);
    assert.equal(deleted?.action, 'profile_deleted');
  });
});

describe('the audit log', () => {
  test("an invoice's trail: who addressed it to whom, before and after; both payers' trails list it", async () => {
    const { ok, trail } = setup();
    await ok('PATCH', '/staff/invoices/inv-jensen-2026-07', BRENDA, { addresseeId: 'con-ruth-jensen' });
    const [entry] = await trail('invoice', 'inv-jensen-2026-07');
    assert.equal(entry?.action, 'invoice_readdressed');
    assert.equal(entry?.summary, 'Brenda Lopez addressed invoice INV-2026-0050 to Ruth Jensen (Spouse) instead of Karen Molloy (Daughter).');
    assert.deepEqual(change(entry, 'addressee'), { field: 'addressee', before: 'Karen Molloy (Daughter)', after: 'Ruth Jensen (Spouse)' });
    assert.deepEqual((await trail('payer', 'con-karen-molloy'))[0]?.id, entry?.id);
    assert.deepEqual((await trail('payer', 'con-ruth-jensen'))[0]?.id, entry?.id);
    assert.equal(entry?.at, '2026-11-25T15:00:00.000Z');
  });

  test('settings: only the fields that changed, with their values before and after', async () => {
    const { ok, trail } = setup();
    await ok('PATCH', '/staff/settings', BRENDA, { cardFeeBasisPoints: 300, gatewayEnabled: true, billingOffice: { name: 'Business office', phone: '(630) 555-0142', email: 'billing@willowcreek.example', hours: null } });
    const [entry] = await trail('settings', 'community');
    assert.equal(entry?.summary, "Brenda Lopez changed the card convenience fee, the billing office's contact.");
    assert.deepEqual(entry?.changes, [
      { field: 'cardFeeBasisPoints', before: 250, after: 300 },
      { field: 'billingOffice.name', before: 'Willow Creek business office', after: 'Business office' },
      { field: 'billingOffice.hours', before: 'Monday to Friday, 8:30 AM to 4:30 PM', after: null },
    ]);
  });

  test('switching pulls to a new account that reads the same (a reissued card, a replaced account) is a change', async () => {
    const { backend, ok, trail } = setup();
    const old = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.recurringAuthorization && m.type === 'bank_account');
    assert.ok(old && old.type === 'bank_account');
    await ok('PUT', '/staff/payers/con-daniel-whitaker/arrangement', BRENDA, { mode: 'billing_team_pulls', dayOfMonth: 15, split: 'single', parts: [{ methodId: old.id }] });
    const same = await ok<Schemas['PaymentMethod']>('POST', '/payment-methods', DANIEL, {
      type: 'bank_account',
      holderName: old.bankAccount.holderName,
      accountType: old.bankAccount.accountType,
      routingNumber: old.bankAccount.routingNumber,
      accountNumber: `99000${old.bankAccount.last4}`,
      authorizeRecurring: true,
      billingAddress: { name: 'Daniel Whitaker', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62704', country: 'US' },
    });
    assert.equal(same.label, old.nickname ? same.label : same.label);
    await ok('PUT', '/staff/payers/con-daniel-whitaker/arrangement', BRENDA, { mode: 'billing_team_pulls', dayOfMonth: 15, split: 'single', parts: [{ methodId: same.id }] });
    const payer = await ok<Schemas['Payer']>('GET', '/staff/payers/con-daniel-whitaker', BRENDA);
    assert.equal(payer.arrangement.parts[0]?.method.id, same.id, 'the new account is the one pulled from');
    const [entry] = await trail('payer', 'con-daniel-whitaker');
    assert.equal(entry?.action, 'arrangement_changed');
  });

  test("a payer's trail gathers their payments, methods, arrangement and access, newest first", async () => {
    const { backend, ok, trail } = setup();
    const card = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.type === 'card');
    const bank = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.recurringAuthorization);
    assert.ok(card && bank);
    await ok('POST', '/payments', DANIEL, { methodId: card.id, target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' }, amountCents: 1_000, currency: 'USD' });
    await ok('PATCH', `/payment-methods/${card.id}`, DANIEL, { nickname: 'Everyday card' });
    await ok('PUT', '/staff/payers/con-daniel-whitaker/arrangement', BRENDA, { mode: 'billing_team_pulls', dayOfMonth: 15, split: 'single', parts: [{ methodId: bank.id }] });
    await ok('PATCH', '/staff/users/usr-daniel-whitaker', BRENDA, { profileId: 'prof-view-only' });
    const entries = await trail('payer', 'con-daniel-whitaker');
    assert.deepEqual(entries.map((e) => e.action), ['user_access_changed', 'arrangement_changed', 'payment_method_changed', 'payment_submitted']);
    const [access, arrangement, method, payment] = entries;
    assert.deepEqual(change(access, 'profile'), { field: 'profile', before: 'Financial responsible party', after: 'Views billing only' });
    assert.deepEqual(change(arrangement, 'mode'), { field: 'mode', before: 'self_pay', after: 'billing_team_pulls' });
    assert.deepEqual(change(method, 'nickname'), { field: 'nickname', before: 'Personal Visa', after: 'Everyday card' });
    assert.equal(payment?.actor.name, 'Daniel Whitaker');
    assert.ok(payment?.subjects.some((s) => s.type === 'invoice' && s.id === 'inv-whitaker-2026-11'));
  });

  test('refusals, replays and changes to nothing leave no entry; payers may not read the log', async () => {
    const { backend, call, refused } = setup();
    const count = () => backend.state.auditLog.length;
    const start = count();
    await refused(422, 'invalid_addressee', 'PATCH', '/staff/invoices/inv-jensen-2026-07', BRENDA, { addresseeId: 'con-daniel-whitaker' });
    assert.equal((await call('PATCH', '/staff/invoices/inv-jensen-2026-07', BRENDA, { addresseeId: 'con-karen-molloy' })).status, 200);
    assert.equal((await call('PATCH', '/staff/settings', BRENDA, { allocationPolicy: 'oldest_first' })).status, 200);
    assert.equal(count(), start, 'the same addressee and the same policy change nothing');

    const card = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.type === 'card');
    const body = { methodId: card?.id, target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' }, amountCents: 700, currency: 'USD' };
    assert.equal((await call('POST', '/payments', DANIEL, body, 'replayed-key-1')).status, 201);
    assert.equal(count(), start + 1);
    assert.equal((await call('POST', '/payments', DANIEL, body, 'replayed-key-1')).status, 201);
    assert.equal(count(), start + 1, 'a replay records nothing');

    await refused(403, 'forbidden', 'GET', '/staff/audit-log', DANIEL);
    await refused(400, 'validation_failed', 'GET', '/staff/audit-log?subjectType=invoice', BRENDA);
  });
});
