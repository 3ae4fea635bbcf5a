// Black-box scenarios of who may see and who may pay within a family, through the HTTP handlers as a
// client would. Seeing follows the user's profile; paying follows the invoice's addressee. Harold
// Jensen's family is the stage: Ruth (his wife) and Karen (their daughter), with one invoice
// addressed to each of Ruth, Karen and Harold himself, and Ruth given each profile in turn.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MockBackend } from '../../src/mock-server/engine/backend.js';
import { httpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];

const RUTH = 'mock-token-ruth-jensen';
const KAREN = 'mock-token-karen-molloy';
const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';

const setup = httpBackend;

/** Gives a seeded user another profile, as staff would in Connect access. */
function giveProfile(backend: MockBackend, token: string, profileId: string): void {
  backend.mutate((draft) => {
    const user = draft.users.find((u) => u.token === token);
    assert.ok(user);
    user.profileId = profileId;
  });
}

/** Sets the community's switches directly (the Settings tab is tested elsewhere). */
function setSwitches(backend: MockBackend, change: { portalEnabled?: boolean; gatewayEnabled?: boolean }): void {
  backend.mutate((draft) => Object.assign(draft.settings, change));
}

const PROFILES = {
  view: 'prof-view-only',
  pay: 'prof-pays-bills',
  both: 'prof-financial-responsible-party',
} as const;

/**
 * Three open invoices of Harold Jensen's: Ruth's newest (not yet due), Karen's July one (seeded,
 * partly paid), and an older one of Ruth's that staff reopen (refunding $10 of her payment of it)
 * and address to Harold himself.
 */
async function familyInvoices(backend: MockBackend, call: ReturnType<typeof setup>['call']) {
  const jensens = backend.state.invoices.filter((i) => i.residentId === 'res-jensen');
  const ruths = [...jensens].reverse().find((i) => i.addresseeId === 'con-ruth-jensen');
  const karens = jensens.find((i) => i.addresseeId === 'con-karen-molloy');
  const payment = [...backend.state.payments].reverse().find((p) => p.payerPartyId === 'con-ruth-jensen' && p.status === 'succeeded' && p.allocations.length === 1);
  const toHarold = jensens.find((i) => i.id === payment?.allocations[0]?.invoiceId);
  assert.ok(ruths && karens && payment && toHarold && toHarold !== ruths);
  const refunded = await call('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 1_000, currency: 'USD', reason: 'Scenario' });
  assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
  const moved = await call('PATCH', `/staff/invoices/${toHarold.id}`, BRENDA, { addresseeId: 'res-jensen' });
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
  // Something must be due on each, or paying them would be refused for another reason.
  const open = (await call('GET', '/staff/invoices?residentId=res-jensen&status=open&limit=500', BRENDA)).body as Schemas['InvoicePage'];
  for (const id of [ruths.id, karens.id, toHarold.id]) {
    assert.ok(open.items.some((i) => i.id === id && i.balance.amountCents >= 100), `invoice ${id} has a balance`);
  }
  return { self: ruths.id, sibling: karens.id, resident: toHarold.id };
}

describe('who may see and pay what, for every profile and every addressee', () => {
  // Expected outcomes: [sees it in the list and by id, quote/pay answer]
  const cases: { profile: keyof typeof PROFILES; addressee: 'self' | 'sibling' | 'resident'; sees: boolean; pay: [number, string | null] }[] = [
    { profile: 'view', addressee: 'self', sees: true, pay: [403, 'forbidden'] },
    { profile: 'view', addressee: 'sibling', sees: true, pay: [403, 'forbidden'] },
    { profile: 'view', addressee: 'resident', sees: true, pay: [403, 'forbidden'] },
    { profile: 'pay', addressee: 'self', sees: true, pay: [200, null] },
    { profile: 'pay', addressee: 'sibling', sees: false, pay: [404, 'not_found'] },
    { profile: 'pay', addressee: 'resident', sees: false, pay: [404, 'not_found'] },
    { profile: 'both', addressee: 'self', sees: true, pay: [200, null] },
    { profile: 'both', addressee: 'sibling', sees: true, pay: [403, 'not_addressee'] },
    { profile: 'both', addressee: 'resident', sees: true, pay: [403, 'not_addressee'] },
  ];
  for (const c of cases) {
    test(`${c.profile} × invoice addressed to the ${c.addressee}: ${c.sees ? 'sees it' : 'does not see it'}, pay → ${c.pay[0]}${c.pay[1] ? ` ${c.pay[1]}` : ''}`, async () => {
      const { backend, call, refused } = setup();
      const invoices = await familyInvoices(backend, call);
      giveProfile(backend, RUTH, PROFILES[c.profile]);
      const invoiceId = invoices[c.addressee];

      const list = (await call('GET', '/invoices?limit=500', RUTH)).body as Schemas['InvoicePage'];
      assert.equal(list.items.some((i) => i.id === invoiceId), c.sees, 'in the list');
      const one = await call('GET', `/invoices/${invoiceId}`, RUTH);
      assert.equal(one.status, c.sees ? 200 : 404);
      if (c.sees) {
        const expected = { self: 'Ruth Jensen', sibling: 'Karen Molloy', resident: 'Harold Jensen' }[c.addressee];
        assert.equal((one.body as Schemas['Invoice']).addressee.name, expected, 'the addressee is named');
      }

      const method = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-ruth-jensen' && m.removedAt === null);
      assert.ok(method);
      const body = { methodId: method.id, target: { type: 'invoice', invoiceId }, amountCents: 100, currency: 'USD' };
      if (c.pay[1] === null) {
        assert.equal((await call('POST', '/payments/quote', RUTH, body)).status, 200);
        const paid = await call('POST', '/payments', RUTH, body);
        assert.equal(paid.status, 201, JSON.stringify(paid.body));
      } else {
        await refused(c.pay[0], c.pay[1], 'POST', '/payments/quote', RUTH, body);
        const error = await refused(c.pay[0], c.pay[1], 'POST', '/payments', RUTH, body);
        if (c.pay[1] === 'not_addressee') {
          const name = c.addressee === 'sibling' ? 'Karen Molloy \\(Daughter\\)' : 'Harold Jensen';
          assert.match(error.message, new RegExp(`addressed to ${name}, so only they can pay it online. The billing office can address it to you instead.`));
        }
      }
    });
  }

  test('a profile with neither view nor pay sees no billing, and is told whom to ask', async () => {
    const { backend, call, refused } = setup();
    const created = await call('POST', '/staff/profiles', BRENDA, { name: 'Methods only', permissions: ['manage_payment_methods'] });
    assert.equal(created.status, 201);
    giveProfile(backend, RUTH, (created.body as Schemas['StaffProfile']).id);
    for (const path of ['/invoices', '/invoices/inv-jensen-2026-07', '/outstanding', '/payments']) {
      const error = await refused(403, 'forbidden', 'GET', path, RUTH);
      assert.match(error.message, /does not include billing.*\(630\) 555-0142/);
    }
    // Signed in and told so: /me still answers, with no billing permission in it.
    const me = (await call('GET', '/me', RUTH)).body as Schemas['Me'];
    assert.deepEqual(me.permissions, ['manage_payment_methods']);
    assert.equal((await call('GET', '/payment-methods', RUTH)).status, 200, 'saving methods is still theirs');
  });
});

describe('Linda Tran, invited to view Walter Nguyen\u2019s billing', () => {
  test('accepts, sees all of Walter\u2019s invoices with their addressee and owes nothing herself; cannot pay Kevin\u2019s', async () => {
    const { backend, call, refused } = setup();
    const accepted = await call('POST', '/invitations/mock-invite-linda-tran/accept', undefined, { displayName: 'Linda Tran' });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    const linda = (accepted.body as Schemas['Session']).token;

    const me = (await call('GET', '/me', linda)).body as Schemas['Me'];
    assert.equal(me.resident?.name, 'Walter Nguyen');
    assert.deepEqual(me.permissions, ['view_billing']);

    const invoices = (await call('GET', '/invoices?limit=500', linda)).body as Schemas['InvoicePage'];
    const walters = backend.state.invoices.filter((i) => i.residentId === 'res-nguyen');
    assert.equal(invoices.items.length, walters.length);
    assert.ok(invoices.items.length > 0);
    assert.ok(invoices.items.every((i) => i.addressee.name === 'Kevin Nguyen' && i.addressee.relationship === 'Son'));

    const outstanding = (await call('GET', '/outstanding', linda)).body as Schemas['Outstanding'];
    assert.equal(outstanding.total.amountCents, 0, 'nothing is addressed to Linda');
    assert.equal(outstanding.dueToOthers?.addressees[0]?.party.name, 'Kevin Nguyen');
    const kevins = (await call('GET', '/outstanding', 'mock-token-kevin-nguyen')).body as Schemas['Outstanding'];
    assert.ok(kevins.total.amountCents > 0);
    assert.deepEqual(outstanding.dueToOthers?.total, kevins.total, "what Linda is told is due to Kevin is what Kevin owes");

    // Walter's payments, all Kevin's, with his bank account named only by its kind.
    const payments = (await call('GET', '/payments?limit=500', linda)).body as Schemas['PaymentPage'];
    assert.ok(payments.items.length > 0);
    assert.ok(payments.items.every((p) => p.payer.name === 'Kevin Nguyen' && ['Card', 'Bank account'].includes(p.method.label)));

    const open = invoices.items.find((i) => i.balance.amountCents > 0);
    assert.ok(open);
    const pay = { methodId: 'pm-none', target: { type: 'invoice', invoiceId: open.id }, amountCents: 100, currency: 'USD' };
    await refused(403, 'forbidden', 'POST', '/payments', linda, pay);
    // Even with "pay bills", Kevin's invoice stays Kevin's to pay.
    const lindaUser = backend.state.users.find((u) => u.token === linda);
    assert.ok(lindaUser);
    giveProfile(backend, linda, PROFILES.both);
    const error = await refused(403, 'not_addressee', 'POST', '/payments/quote', linda, pay);
    assert.match(error.message, /addressed to Kevin Nguyen \(Son\)/);
  });
});

describe('what is due on the account, and whose it is', () => {
  test('Ruth is told what is due to Karen; Karen, who only pays, is not told the rest of the account', async () => {
    const { call } = setup();
    const ruth = (await call('GET', '/outstanding', RUTH)).body as Schemas['Outstanding'];
    const karen = (await call('GET', '/outstanding', KAREN)).body as Schemas['Outstanding'];
    assert.ok(karen.total.amountCents > 0, 'Karen owes on the July invoice');
    assert.deepEqual(ruth.dueToOthers?.addressees.map((a) => [a.party.name, a.balance.amountCents, a.invoiceCount]), [['Karen Molloy', karen.total.amountCents, 1]]);
    assert.equal(ruth.dueToOthers?.total.amountCents, karen.total.amountCents);
    assert.ok(!ruth.invoices.some((i) => i.invoiceId === 'inv-jensen-2026-07'), "Karen's invoice is not in what Ruth pays");
    assert.equal(karen.dueToOthers, null);
  });

  test('payments on the account: a viewer sees who paid; another payer\u2019s card digits and the office\u2019s notes stay theirs', async () => {
    const { backend, call } = setup();
    // Karen pays part of her July invoice with her Mastercard.
    const card = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-karen-molloy');
    assert.ok(card);
    const paid = await call('POST', '/payments', KAREN, { methodId: card.id, target: { type: 'invoice', invoiceId: 'inv-jensen-2026-07' }, amountCents: 2_500, currency: 'USD' });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const payment = paid.body as Schemas['Payment'];
    assert.match(payment.method.label, /4444/, 'Karen sees her own card');

    // The office refunds part of it, with a note that is between them and Karen.
    const refunded = await call('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 500, currency: 'USD', reason: 'Karen asked: duplicate charge on her card' });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    const ruths = (await call('GET', '/payments?limit=500', RUTH)).body as Schemas['PaymentPage'];
    const seen = ruths.items.find((p) => p.id === payment.id);
    assert.equal(seen?.payer.name, 'Karen Molloy');
    assert.equal(seen?.method.label, 'Card');
    assert.equal(seen?.refundedTotal.amountCents, 500, 'what happened is shown');
    assert.ok(!JSON.stringify(seen).includes('duplicate charge'), 'why is not');
    const karensOwn = (await call('GET', `/payments/${payment.id}`, KAREN)).body as Schemas['Payment'];
    assert.equal(karensOwn.refunds[0]?.reason, 'Karen asked: duplicate charge on her card');
    assert.equal((await call('GET', `/payments/${payment.id}`, RUTH)).status, 200);
    // Karen, who only pays, sees her own payments and nothing of Ruth's.
    const karens = (await call('GET', '/payments?limit=500', KAREN)).body as Schemas['PaymentPage'];
    assert.ok(karens.items.length > 0 && karens.items.every((p) => p.payer.id === 'con-karen-molloy'));
    const ruthsOwn = ruths.items.find((p) => p.payer.id === 'con-ruth-jensen');
    assert.ok(ruthsOwn);
    assert.equal((await call('GET', `/payments/${ruthsOwn.id}`, KAREN)).status, 404);
    // Another resident's payments stay invisible to everyone in this family.
    assert.equal((await call('GET', `/payments/${backend.state.payments.find((p) => p.residentId === 'res-whitaker')?.id}`, RUTH)).status, 404);
  });
});

describe('the switches', () => {
  const payerPaths: [string, string, unknown?][] = [
    ['GET', '/invoices'],
    ['GET', '/invoices/inv-whitaker-2026-11'],
    ['GET', '/outstanding'],
    ['GET', '/payments'],
    ['GET', '/payment-methods'],
    ['POST', '/payment-methods/setup-intents'],
    ['PATCH', '/payment-methods/pm-0001', { nickname: 'Everyday' }],
    ['GET', '/notification-preferences'],
    ['PATCH', '/notification-preferences', { changes: [{ notice: 'payment_receipt', enabled: false }] }],
    ['POST', '/payments/quote', { methodId: 'pm-0001', target: { type: 'outstanding' }, amountCents: 100, currency: 'USD', expectedAmountCents: 100 }],
  ];

  test('portal off: every payer path is portal_disabled with the office contact; /me and /community still answer', async () => {
    const { backend, call, refused } = setup();
    setSwitches(backend, { portalEnabled: false });
    for (const [method, path, body] of payerPaths) {
      const error = await refused(403, 'portal_disabled', method, path, DANIEL, body);
      assert.match(error.message, /switched off.*Willow Creek business office, \(630\) 555-0142, billing@willowcreek\.example \(Monday to Friday, 8:30 AM to 4:30 PM\)/, path);
      assert.equal((error.details?.['billingOffice'] as { phone?: string } | undefined)?.phone, '(630) 555-0142');
    }
    await refused(403, 'portal_disabled', 'GET', '/invitations/mock-invite-linda-tran');
    await refused(403, 'portal_disabled', 'POST', '/invitations/mock-invite-linda-tran/accept', undefined, { displayName: 'Linda' });
    const me = (await call('GET', '/me', DANIEL)).body as Schemas['Me'];
    assert.equal(me.community.portalEnabled, false);
    assert.equal(me.community.billingOffice.name, 'Willow Creek business office');
    const community = (await call('GET', '/community')).body as Schemas['PublicCommunity'];
    assert.equal(community.portalEnabled, false);
  });

  test('portal off does not stop the billing team: a pull from an authorized method still goes through', async () => {
    const { backend, call } = setup();
    setSwitches(backend, { portalEnabled: false });
    const frank = (await call('GET', '/staff/payers/res-castellano', BRENDA)).body as Schemas['Payer'];
    const method = frank.methods.find((m) => m.recurringAuthorization && m.usable);
    assert.ok(method && frank.outstanding.amountCents > 0);
    const pulled = await call('POST', '/staff/payments', BRENDA, {
      payerId: 'res-castellano',
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: frank.outstanding.amountCents,
      parts: [{ methodId: method.id, amountCents: frank.outstanding.amountCents }],
    });
    assert.equal(pulled.status, 201, JSON.stringify(pulled.body));
  });

  test('gateway off: nothing is saved or charged, every such path says gateway_disabled; invoices stay readable', async () => {
    const { backend, call, refused } = setup();
    setSwitches(backend, { gatewayEnabled: false });
    const card = backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.type === 'card');
    assert.ok(card);
    const bank = {
      type: 'bank_account',
      holderName: 'Daniel Whitaker',
      accountType: 'checking',
      routingNumber: '011000015',
      accountNumber: '000123456789',
      billingAddress: { name: 'Daniel Whitaker', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62704', country: 'US' },
    };
    await refused(403, 'gateway_disabled', 'POST', '/payment-methods', DANIEL, bank);
    await refused(403, 'gateway_disabled', 'POST', '/payment-methods/setup-intents', DANIEL);
    const pay = { methodId: card.id, target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-11' }, amountCents: 100, currency: 'USD' };
    await refused(403, 'gateway_disabled', 'POST', '/payments/quote', DANIEL, pay);
    await refused(403, 'gateway_disabled', 'POST', '/payments', DANIEL, pay);
    const undeposited = backend.state.payments.find((p) => p.depositId === null && p.status === 'succeeded');
    const settled = backend.state.payments.find((p) => p.status === 'succeeded');
    assert.ok(undeposited && settled);
    await refused(403, 'gateway_disabled', 'POST', `/staff/payments/${undeposited.id}/void`, BRENDA, { reason: 'Entered twice' });
    await refused(403, 'gateway_disabled', 'POST', `/staff/payments/${settled.id}/refunds`, BRENDA, { amountCents: 100, currency: 'USD', reason: 'Goodwill' });
    // Reading goes on.
    assert.equal((await call('GET', '/invoices', DANIEL)).status, 200);
    assert.equal((await call('GET', '/outstanding', DANIEL)).status, 200);
    assert.equal((await call('GET', '/payment-methods', DANIEL)).status, 200);
    assert.equal((await call('GET', '/payments', DANIEL)).status, 200);
    const me = (await call('GET', '/me', DANIEL)).body as Schemas['Me'];
    assert.equal(me.community.paymentsEnabled, false);
  });
});
