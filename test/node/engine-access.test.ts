// Settings, residents, portal access and invitations, driven through the HTTP handlers as a client
// would: requests in, JSON out, and the store compared where "nothing changed" is the claim.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type ConnectUser = Schemas['ConnectUser'];

const BASE = 'http://localhost/api/v1';
const DANIEL = 'mock-token-daniel-whitaker';
const KAREN = 'mock-token-karen-molloy';
const FRANK = 'mock-token-frank-castellano';
const SUSAN = 'mock-token-susan-whitaker-hale';
const BRENDA = 'mock-token-brenda-lopez';
const DAY_MS = 24 * 3_600_000;

interface Call {
  status: number;
  body: unknown;
}

function setup() {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: BASE });
  const call = async (method: string, path: string, init: { token?: string; body?: unknown } = {}): Promise<Call> => {
    const headers: Record<string, string> = {};
    if (init.token) headers['Authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const request = new Request(`${BASE}${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const response = await getResponse(handlers, request);
    assert.ok(response, `${method} ${path} was not handled`);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  /** Asserts the refusal's status and code, and that the store is deep-equal before and after. */
  const refused = async (
    status: number,
    code: string,
    method: string,
    path: string,
    init: { token?: string; body?: unknown } = {},
  ): Promise<Schemas['Error']> => {
    const before = structuredClone(backend.state);
    const response = await call(method, path, init);
    const body = response.body as Schemas['Error'];
    assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(body)}`);
    assert.equal(body.code, code, `${method} ${path}: ${body.message}`);
    assert.deepEqual(backend.state, before, `${method} ${path} changed the store although it was refused`);
    return body;
  };
  return { backend, call, refused };
}

type Setup = ReturnType<typeof setup>;

const invitation = (overrides: Record<string, unknown> = {}) => ({
  email: 'new.person@example.org',
  partyId: 'con-karen-molloy',
  profileId: 'prof-financial-responsible-party',
  sensitiveInformationConfirmed: true,
  ...overrides,
});

async function invite(call: Setup['call'], overrides: Record<string, unknown> = {}): Promise<{ user: ConnectUser; token: string; link: string }> {
  const response = await call('POST', '/staff/invitations', { token: BRENDA, body: invitation(overrides) });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  const outbox = (await call('GET', '/__mock/outbox')).body as { items: Schemas['MockEmail'][] };
  const email = outbox.items[0];
  assert.ok(email?.link, 'the invitation email has a link');
  const token = new URL(email.link, 'http://localhost').searchParams.get('token');
  assert.ok(token);
  return { user: response.body as ConnectUser, token, link: email.link };
}

async function allUsers(call: Setup['call'], query = ''): Promise<ConnectUser[]> {
  const response = await call('GET', `/staff/users?limit=500${query}`, { token: BRENDA });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return (response.body as Schemas['ConnectUserPage']).items;
}

describe('staff settings', () => {
  test('staff read and change them; gateway or portal off makes paymentsEnabled false on /me', async () => {
    const { call } = setup();
    const read = await call('GET', '/staff/settings', { token: BRENDA });
    assert.equal(read.status, 200);
    assert.equal((read.body as Schemas['CommunitySettings']).paymentsEnabled, true);

    const off = await call('PATCH', '/staff/settings', { token: BRENDA, body: { gatewayEnabled: false, cardFeeBasisPoints: 300 } });
    assert.equal(off.status, 200);
    assert.equal((off.body as Schemas['CommunitySettings']).paymentsEnabled, false);
    assert.equal((off.body as Schemas['CommunitySettings']).cardFeeBasisPoints, 300);
    const me = (await call('GET', '/me', { token: DANIEL })).body as Schemas['Me'];
    assert.equal(me.community.paymentsEnabled, false);
    assert.equal(me.community.gatewayEnabled, false);

    await call('PATCH', '/staff/settings', { token: BRENDA, body: { gatewayEnabled: true, portalEnabled: false } });
    const me2 = (await call('GET', '/me', { token: DANIEL })).body as Schemas['Me'];
    assert.equal(me2.community.paymentsEnabled, false);
    await call('PATCH', '/staff/settings', { token: BRENDA, body: { portalEnabled: true } });
    assert.equal(((await call('GET', '/me', { token: DANIEL })).body as Schemas['Me']).community.paymentsEnabled, true);
  });

  test('a fee above 300 basis points or an empty change → 400 validation_failed, nothing changed', async () => {
    const { refused } = setup();
    const error = await refused(400, 'validation_failed', 'PATCH', '/staff/settings', { token: BRENDA, body: { cardFeeBasisPoints: 301 } });
    assert.ok(error.fields && 'cardFeeBasisPoints' in error.fields, JSON.stringify(error.fields));
    await refused(400, 'validation_failed', 'PATCH', '/staff/settings', { token: BRENDA, body: {} });
  });
});

describe('residents and profiles', () => {
  test('residents come with their contacts as party references, searchable by resident or contact name', async () => {
    const { call } = setup();
    const all = (await call('GET', '/staff/residents', { token: BRENDA })).body as { items: Schemas['Resident'][] };
    assert.ok(all.items.length >= 8);
    const whitaker = all.items.find((r) => r.id === 'res-whitaker');
    assert.ok(whitaker);
    assert.deepEqual(
      whitaker.contacts.find((c) => c.id === 'con-daniel-whitaker'),
      { id: 'con-daniel-whitaker', kind: 'contact', name: 'Daniel Whitaker', residentId: 'res-whitaker', relationship: whitaker.contacts.find((c) => c.id === 'con-daniel-whitaker')?.relationship },
    );
    const byContact = (await call('GET', '/staff/residents?search=daniel', { token: BRENDA })).body as { items: Schemas['Resident'][] };
    assert.deepEqual(byContact.items.map((r) => r.id), ['res-whitaker']);
    const byResident = (await call('GET', '/staff/residents?search=BROOKS', { token: BRENDA })).body as { items: Schemas['Resident'][] };
    assert.deepEqual(byResident.items.map((r) => r.id), ['res-brooks']);
    const none = (await call('GET', '/staff/residents?search=nobody-here', { token: BRENDA })).body as { items: unknown[] };
    assert.deepEqual(none.items, []);
  });

  test('profiles list the ones portal users can get, by name, with who has each', async () => {
    const { call } = setup();
    const profiles = (await call('GET', '/staff/profiles', { token: BRENDA })).body as { items: Schemas['StaffProfile'][] };
    assert.deepEqual(
      profiles.items.map((p) => [p.name, p.permissions]),
      [
        ['Financial responsible party', ['view_billing', 'pay_bills', 'manage_payment_methods']],
        ['Pays bills', ['pay_bills', 'manage_payment_methods']],
        ['Views billing only', ['view_billing']],
      ],
    );
    // Frank has "Views billing only", and Linda's pending invitation gives it too.
    const viewOnly = profiles.items.find((p) => p.id === 'prof-view-only');
    assert.equal(viewOnly?.activeUserCount, 1);
    assert.equal(viewOnly?.pendingInvitationCount, 1);
  });
});

describe('authorization of the access paths', () => {
  const staffPaths: [string, string, unknown?][] = [
    ['GET', '/staff/settings'],
    ['PATCH', '/staff/settings', { gatewayEnabled: false }],
    ['GET', '/staff/residents'],
    ['GET', '/staff/profiles'],
    ['GET', '/staff/users'],
    ['PATCH', '/staff/users/usr-karen-molloy', { revoked: true }],
    ['POST', '/staff/invitations', invitation()],
    ['POST', '/staff/invitations/invite-0001/resend'],
  ];

  test('payer tokens → 403 forbidden on every staff path, nothing changed', async () => {
    const { refused } = setup();
    for (const token of [DANIEL, FRANK]) {
      for (const [method, path, body] of staffPaths) {
        await refused(403, 'forbidden', method, path, { token, ...(body === undefined ? {} : { body }) });
      }
    }
  });

  test('no token → 401 unauthenticated; a revoked payer → 403 access_revoked', async () => {
    const { refused } = setup();
    for (const [method, path, body] of staffPaths) {
      await refused(401, 'unauthenticated', method, path, body === undefined ? {} : { body });
      await refused(403, 'access_revoked', method, path, { token: SUSAN, ...(body === undefined ? {} : { body }) });
    }
  });
});

describe('portal users', () => {
  test('invited, active, expired and revoked users, filtered by status and paginated', async () => {
    const { call } = setup();
    const all = await allUsers(call);
    const status = (email: string): string | undefined => all.find((u) => u.email === email)?.status;
    assert.equal(status('linda.tran@example.com'), 'invited');
    assert.equal(status('erik.lindqvist@example.com'), 'expired');
    assert.equal(status('susan.hale@example.com'), 'revoked');
    assert.equal(status('daniel.whitaker@example.com'), 'active');
    assert.ok(!all.some((u) => u.role === 'staff'), 'staff are not portal users');
    const linda = all.find((u) => u.email === 'linda.tran@example.com');
    assert.equal(linda?.invitation?.sentCount, 1);
    assert.equal(linda?.party?.id, 'con-linda-tran');
    assert.equal(linda?.displayName, null);

    for (const s of ['invited', 'active', 'expired', 'revoked'] as const) {
      const filtered = await allUsers(call, `&status=${s}`);
      assert.ok(filtered.length > 0, s);
      assert.ok(filtered.every((u) => u.status === s), s);
    }

    const paged: ConnectUser[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const response = await call('GET', `/staff/users?limit=3${query}`, { token: BRENDA });
      const page = response.body as Schemas['ConnectUserPage'];
      assert.ok(page.items.length <= 3);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(paged, all);
  });

  test('an invitation past its expiry shows as expired', async () => {
    const { call } = setup();
    await call('POST', '/__mock/clock', { body: { advanceDays: 26 } });
    assert.equal((await allUsers(call)).find((u) => u.email === 'linda.tran@example.com')?.status, 'expired');
  });

  test('changing a profile to view-only changes /me permissions at once', async () => {
    const { call } = setup();
    const before = (await call('GET', '/me', { token: DANIEL })).body as Schemas['Me'];
    assert.deepEqual(before.permissions, ['view_billing', 'pay_bills', 'manage_payment_methods']);
    const response = await call('PATCH', '/staff/users/usr-daniel-whitaker', { token: BRENDA, body: { profileId: 'prof-view-only' } });
    assert.equal(response.status, 200);
    assert.equal((response.body as ConnectUser).profileId, 'prof-view-only');
    const after = (await call('GET', '/me', { token: DANIEL })).body as Schemas['Me'];
    assert.deepEqual(after.permissions, ['view_billing']);
  });

  test('a profile that is not a payer profile → 400 validation_failed on profileId', async () => {
    const { refused } = setup();
    for (const profileId of ['prof-billing-team', 'prof-nope']) {
      const error = await refused(400, 'validation_failed', 'PATCH', '/staff/users/usr-daniel-whitaker', { token: BRENDA, body: { profileId } });
      assert.ok(error.fields?.['profileId'], profileId);
    }
  });

  test('revoking refuses the user everywhere at once; twice or oneself → 409 conflict; unknown → 404', async () => {
    const { backend, call, refused } = setup();
    const response = await call('PATCH', '/staff/users/usr-daniel-whitaker', { token: BRENDA, body: { revoked: true } });
    assert.equal(response.status, 200);
    const user = response.body as ConnectUser;
    assert.equal(user.status, 'revoked');
    assert.equal(user.revokedAt, backend.now().toISOString());
    for (const path of ['/me', '/invoices', '/outstanding']) {
      await refused(403, 'access_revoked', 'GET', path, { token: DANIEL });
    }
    await refused(409, 'conflict', 'PATCH', '/staff/users/usr-daniel-whitaker', { token: BRENDA, body: { revoked: true } });
    await refused(409, 'conflict', 'PATCH', '/staff/users/usr-brenda-lopez', { token: BRENDA, body: { revoked: true } });
    await refused(404, 'not_found', 'PATCH', '/staff/users/usr-nobody', { token: BRENDA, body: { revoked: true } });
  });

  test('revoking a pending invitation kills its link', async () => {
    const { call, refused } = setup();
    const response = await call('PATCH', '/staff/users/invite-0001', { token: BRENDA, body: { revoked: true } });
    assert.equal(response.status, 200);
    assert.equal((response.body as ConnectUser).status, 'revoked');
    await refused(404, 'not_found', 'GET', '/invitations/mock-invite-linda-tran');
    await refused(409, 'conflict', 'POST', '/staff/invitations/invite-0001/resend', { token: BRENDA });
  });
});

describe('invitations', () => {
  test("invite → outbox link → preview → accept → the new user sees the resident's billing, as their profile allows", async () => {
    const { backend, call } = setup();
    const { user, token, link } = await invite(call);
    assert.equal(user.status, 'invited');
    assert.equal(user.email, 'new.person@example.org');
    assert.equal(user.party?.id, 'con-karen-molloy');
    assert.equal(user.invitation?.sentCount, 1);
    assert.equal(Date.parse(user.invitation?.expiresAt ?? '') - backend.now().getTime(), 30 * DAY_MS);
    assert.match(link, /^\/accept-invitation\?token=/);
    assert.ok(!token.includes(user.id), 'the token does not reveal the invitation id');
    assert.ok(token.length >= 24);

    const preview = await call('GET', `/invitations/${token}`);
    assert.equal(preview.status, 200, JSON.stringify(preview.body));
    const p = preview.body as Schemas['InvitationPreview'];
    assert.equal(p.email, 'new.person@example.org');
    assert.equal(p.invitedBy, 'Brenda Lopez');
    assert.equal(p.residentName, 'Harold Jensen');
    assert.equal(p.profile.id, 'prof-financial-responsible-party');

    const accepted = await call('POST', `/invitations/${token}/accept`, { body: { displayName: 'New Person' } });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    const session = accepted.body as Schemas['Session'];
    assert.equal(session.user.email, 'new.person@example.org');
    assert.equal(session.user.partyId, 'con-karen-molloy');
    assert.equal(session.user.displayName, 'New Person');

    const me = (await call('GET', '/me', { token: session.token })).body as Schemas['Me'];
    assert.equal(me.party?.id, 'con-karen-molloy');
    // The "Financial responsible party" profile sees all of Harold Jensen's billing, as Ruth does.
    const invoices = (await call('GET', '/invoices?limit=500', { token: session.token })).body as Schemas['InvoicePage'];
    const expected = backend.state.invoices.filter((i) => i.residentId === 'res-jensen').map((i) => i.id).sort();
    assert.ok(expected.length > 1);
    assert.deepEqual(invoices.items.map((i) => i.id).sort(), expected);
    const ruths = (await call('GET', '/invoices?limit=500', { token: 'mock-token-ruth-jensen' })).body as Schemas['InvoicePage'];
    assert.deepEqual(invoices.items, ruths.items);
    // Karen ("Pays bills") still sees only hers.
    const karens = (await call('GET', '/invoices?limit=500', { token: KAREN })).body as Schemas['InvoicePage'];
    assert.ok(karens.items.length > 0 && karens.items.every((i) => i.addressee.id === 'con-karen-molloy'));

    const listed = (await allUsers(call)).filter((u) => u.email === 'new.person@example.org');
    assert.equal(listed.length, 1, 'an accepted invitation is listed once, as its user');
    assert.equal(listed[0]?.status, 'active');
    assert.equal(listed[0]?.invitation?.id, user.id);
  });

  test('accepting twice → 410 invitation_used (preview too)', async () => {
    const { call, refused } = setup();
    const { token } = await invite(call);
    assert.equal((await call('POST', `/invitations/${token}/accept`, { body: { displayName: 'New Person' } })).status, 201);
    await refused(410, 'invitation_used', 'POST', `/invitations/${token}/accept`, { body: { displayName: 'Again' } });
    await refused(410, 'invitation_used', 'GET', `/invitations/${token}`);
    await refused(409, 'conflict', 'POST', '/staff/invitations/invite-0003/resend', { token: BRENDA });
  });

  test('31 days later the link → 410 invitation_expired; resending gives a new link that works', async () => {
    const { call, refused } = setup();
    const { token, user } = await invite(call);
    await call('POST', '/__mock/clock', { body: { advanceDays: 31 } });
    await refused(410, 'invitation_expired', 'GET', `/invitations/${token}`);
    await refused(410, 'invitation_expired', 'POST', `/invitations/${token}/accept`, { body: { displayName: 'Late' } });
    assert.equal((await allUsers(call, '&status=expired')).some((u) => u.id === user.id), true);

    const resent = await call('POST', `/staff/invitations/${user.id}/resend`, { token: BRENDA });
    assert.equal(resent.status, 200);
    assert.equal((resent.body as ConnectUser).status, 'invited');
    assert.equal((resent.body as ConnectUser).invitation?.sentCount, 2);
  });

  test('the seeded expired invitation → 410 invitation_expired', async () => {
    const { refused } = setup();
    await refused(410, 'invitation_expired', 'GET', '/invitations/mock-invite-erik-lindqvist');
  });

  test('resend kills the old token (404) and emails a new one', async () => {
    const { call, refused } = setup();
    const first = await invite(call);
    const resent = await call('POST', `/staff/invitations/${first.user.id}/resend`, { token: BRENDA });
    assert.equal(resent.status, 200);
    const outbox = (await call('GET', '/__mock/outbox')).body as { items: Schemas['MockEmail'][] };
    assert.equal(outbox.items.filter((e) => e.notice === 'invitation' && e.to === first.user.email).length, 2);
    const newToken = new URL(outbox.items[0]?.link ?? '', 'http://localhost').searchParams.get('token');
    assert.ok(newToken);
    assert.notEqual(newToken, first.token);
    await refused(404, 'not_found', 'GET', `/invitations/${first.token}`);
    await refused(404, 'not_found', 'POST', `/invitations/${first.token}/accept`, { body: { displayName: 'Old link' } });
    assert.equal((await call('GET', `/invitations/${newToken}`)).status, 200);
    await refused(404, 'not_found', 'POST', '/staff/invitations/invite-9999/resend', { token: BRENDA });
  });

  test('refusals: unknown party 404, unconfirmed 400, staff profile 400, taken email 409, unknown link 404', async () => {
    const { refused } = setup();
    await refused(404, 'not_found', 'POST', '/staff/invitations', { token: BRENDA, body: invitation({ partyId: 'con-nobody' }) });
    await refused(400, 'validation_failed', 'POST', '/staff/invitations', {
      token: BRENDA,
      body: invitation({ sensitiveInformationConfirmed: false }),
    });
    const staffProfile = await refused(400, 'validation_failed', 'POST', '/staff/invitations', {
      token: BRENDA,
      body: invitation({ profileId: 'prof-billing-team' }),
    });
    assert.ok(staffProfile.fields?.['profileId']);
    // An active user's email (in another case) and a pending invitation's email.
    await refused(409, 'conflict', 'POST', '/staff/invitations', { token: BRENDA, body: invitation({ email: 'Daniel.Whitaker@example.com' }) });
    await refused(409, 'conflict', 'POST', '/staff/invitations', { token: BRENDA, body: invitation({ email: 'linda.tran@example.com' }) });
    await refused(404, 'not_found', 'GET', '/invitations/no-such-token-123');
    await refused(400, 'validation_failed', 'POST', '/invitations/mock-invite-linda-tran/accept', { body: { displayName: '   ' } });
  });

  test('a revoked user’s or an expired invitation’s email may be invited again', async () => {
    const { call } = setup();
    assert.equal((await call('POST', '/staff/invitations', { token: BRENDA, body: invitation({ email: 'susan.hale@example.com' }) })).status, 201);
    assert.equal((await call('POST', '/staff/invitations', { token: BRENDA, body: invitation({ email: 'erik.lindqvist@example.com' }) })).status, 201);
  });

  test('ids repeat from the same seed, but invitation and session tokens never do: they cannot be computed in advance', async () => {
    const a = setup();
    const b = setup();
    const first = await invite(a.call);
    const again = await invite(b.call);
    assert.equal(first.user.id, again.user.id, 'record ids stay deterministic');
    assert.notEqual(first.token, again.token, 'two fresh backends from the same seed mint different invitation tokens');
    assert.match(first.token, /^inv_[a-z2-7]{32}$/);
    const second = await invite(a.call, { email: 'someone.else@example.org' });
    assert.notEqual(second.token, first.token);
    // A resend mints a new token too, unrelated to the first.
    const resent = (await a.call('POST', `/staff/invitations/${second.user.id}/resend`, { token: BRENDA })).status;
    assert.equal(resent, 200);
    const sessionA = (await a.call('POST', `/invitations/${first.token}/accept`, { body: { displayName: 'A' } })).body as Schemas['Session'];
    const sessionB = (await b.call('POST', `/invitations/${again.token}/accept`, { body: { displayName: 'A' } })).body as Schemas['Session'];
    assert.equal(sessionA.user.id, sessionB.user.id);
    assert.notEqual(sessionA.token, sessionB.token, 'session tokens differ between backends from the same seed');
    assert.match(sessionA.token, /^sess_[a-z2-7]{32}$/);
    assert.ok(!sessionA.token.includes(sessionA.user.id));
  });
});
