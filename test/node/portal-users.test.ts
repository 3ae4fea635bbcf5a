// Portal access in words (core/access-words.ts) and the Portal access list and invite form's
// decisions (core/portal-users.ts): pure, so they are checked here rather than through the element.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeParty, describePermission, describeRelationship, profileLimits } from '../../src/core/access-words.js';
import {
  accessActionFailure,
  checkInviteDraft,
  describeStatus,
  describeUserStatus,
  emptyInviteDraft,
  invitationResentSentence,
  invitationSentSentence,
  inviteNotSentSentence,
  lastChangeOf,
  mergeUsers,
  noUsersMessage,
  placeInviteRefusal,
  profileGivenSentence,
  revokedSentence,
  sameProfileMessage,
  statusFilterOf,
  userName,
  userSortValue,
} from '../../src/core/portal-users.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';
import type { ConnectUser, PartyRef, UserProfile } from '../../src/sdk/types.js';

const daniel: PartyRef = { id: 'ct-1', kind: 'contact', name: 'Daniel Whitaker', residentId: 'res-1', relationship: 'Son' };
const eleanor: PartyRef = { id: 'res-1', kind: 'resident', name: 'Eleanor Brooks', residentId: 'res-1' };

function user(overrides: Partial<ConnectUser> = {}): ConnectUser {
  return {
    id: 'usr-1',
    email: 'daniel@example.com',
    displayName: null,
    role: 'payer',
    status: 'invited',
    profileId: 'prof-full',
    party: daniel,
    residentName: 'Eleanor Brooks',
    invitation: { id: 'inv-1', sentAt: '2026-03-01T10:00:00Z', expiresAt: '2026-03-31T10:00:00Z', sentCount: 1 },
    acceptedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

const profile = (id: string, name: string, permissions: UserProfile['permissions']): UserProfile => ({ id, name, description: '', permissions });

describe('portal access in words', () => {
  test('a profile says what it allows and what it withholds', () => {
    assert.equal(describePermission('pay_bills'), 'Pays invoices addressed to them');
    assert.equal(describePermission('staff_access'), 'Manage portal access');
    assert.deepEqual(profileLimits({ permissions: ['pay_bills'] }), ['Sees only the invoices addressed to them', 'Cannot save payment methods']);
    assert.deepEqual(profileLimits({ permissions: ['view_billing'] }), ['Cannot pay bills', 'Cannot save payment methods']);
    assert.deepEqual(profileLimits({ permissions: ['view_billing', 'pay_bills', 'manage_payment_methods'] }), []);
    // A staff profile withholds nothing a payer would miss.
    assert.deepEqual(profileLimits({ permissions: ['staff_access'] }), []);
  });

  test('statuses, relationships and names read as staff say them', () => {
    assert.equal(describeStatus('expired'), 'Invitation expired');
    // A revoked row reads true of it: access that was given and taken back, or an invitation cancelled before anyone accepted it.
    assert.equal(describeUserStatus(user({ status: 'revoked', acceptedAt: '2026-03-02T09:00:00Z', revokedAt: '2026-04-01T00:00:00Z' })), 'Access revoked');
    assert.equal(describeUserStatus(user({ status: 'revoked', revokedAt: '2026-04-01T00:00:00Z' })), 'Invitation cancelled');
    assert.equal(describeUserStatus(user({ status: 'invited' })), 'Invited');
    assert.equal(describeRelationship(daniel), 'Son');
    assert.equal(describeRelationship({ ...daniel, relationship: '  ' }), 'Contact');
    assert.equal(describeRelationship(eleanor), 'Resident');
    assert.equal(describeParty(daniel), 'Daniel Whitaker (Son)');
    assert.equal(describeParty(eleanor), 'Eleanor Brooks (the resident)');
    assert.equal(userName(user()), 'Daniel Whitaker');
    assert.equal(userName(user({ displayName: 'Dan W.' })), 'Dan W.');
    assert.equal(userName(user({ party: null })), 'daniel@example.com');
  });

  test('the last change is the latest of revoked, accepted and (re)sent', () => {
    assert.equal(lastChangeOf(user()), '2026-03-01T10:00:00Z');
    assert.equal(lastChangeOf(user({ acceptedAt: '2026-03-02T09:00:00Z', revokedAt: '2026-04-01T00:00:00Z' })), '2026-04-01T00:00:00Z');
    assert.equal(lastChangeOf(user({ invitation: null })), '');
  });

  test('filters and the empty list', () => {
    assert.equal(statusFilterOf('revoked'), 'revoked');
    assert.equal(statusFilterOf('nonsense'), '');
    assert.equal(noUsersMessage('revoked'), 'No portal users with the status "Revoked or cancelled".');
    assert.equal(noUsersMessage(''), 'No one has been invited to the portal yet.');
  });

  test('sorts by status in the order staff act on it, and by profile name', () => {
    const profiles = new Map([['prof-full', profile('prof-full', 'Full access', ['view_billing'])]]);
    const order = (['revoked', 'active', 'expired', 'invited'] as const).map((status) => userSortValue(user({ status }), 'status', profiles));
    assert.deepEqual(order, [3, 2, 1, 0]);
    assert.equal(userSortValue(user(), 'profile', profiles), 'Full access');
    assert.equal(userSortValue(user({ profileId: 'prof-gone' }), 'profile', profiles), 'prof-gone');
    assert.equal(userSortValue(user({ invitation: null }), 'invited', profiles), '');
  });

  test('merging pages keeps each user once, as the later page has them', () => {
    const merged = mergeUsers([user(), user({ id: 'usr-2' })], [user({ status: 'active' }), user({ id: 'usr-3' })]);
    assert.deepEqual(
      merged.map((u) => [u.id, u.status]),
      [['usr-1', 'active'], ['usr-2', 'invited'], ['usr-3', 'invited']],
    );
  });
});

describe('the invite form', () => {
  test('names every missing field, in order, before anything is sent', () => {
    const errors = checkInviteDraft(emptyInviteDraft());
    assert.deepEqual(Object.keys(errors), ['email', 'partyId', 'profileId', 'sensitiveInformationConfirmed']);
    assert.equal(errors.email, "Enter the person's email address.");
    assert.equal(inviteNotSentSentence(errors), 'The invitation was not sent: 4 fields need attention.');
    assert.equal(inviteNotSentSentence({ email: 'x' }), 'The invitation was not sent: 1 field needs attention.');
  });

  test('checks the email shape and accepts a complete draft', () => {
    const complete = { email: ' ruth@example.com ', partyId: 'ct-1', profileId: 'prof-full', confirmed: true };
    assert.deepEqual(checkInviteDraft(complete), {});
    assert.equal(checkInviteDraft({ ...complete, email: 'ruth@' }).email, 'Enter an email address like name@example.com.');
  });

  test("puts the service's refusals at their fields, and what names none above the buttons", () => {
    const fields = placeInviteRefusal(
      new AlisApiError({ status: 400, code: 'validation_failed', message: 'Check the form.', fields: { 'body.email': 'Not an email.', '/profileId': 'Unknown.', other: 'Odd.' } }),
    );
    assert.deepEqual(fields.fields, { email: 'Not an email.', profileId: 'Unknown.' });
    assert.equal(fields.problem, 'Odd.');
    assert.equal(fields.announcement, 'The invitation was not sent. Check the form.');

    const taken = placeInviteRefusal(new AlisApiError({ status: 409, code: 'conflict', message: 'This email already has access.' }));
    assert.deepEqual(taken.fields, { email: 'This email already has access.' });
    assert.equal(taken.problem, null);

    const gone = placeInviteRefusal(new AlisApiError({ status: 404, code: 'not_found', message: 'No such contact.' }));
    assert.deepEqual(gone.fields, { partyId: 'No such contact.' });

    const plain = placeInviteRefusal(new AlisApiError({ status: 403, code: 'forbidden', message: 'Not allowed.' }));
    assert.deepEqual(plain, { fields: {}, problem: 'Not allowed.', announcement: 'The invitation was not sent. Not allowed.' });
  });

  test('a dropped connection says the outcome is unknown and how a retry finds out', () => {
    const dropped = placeInviteRefusal(new AlisNetworkError('offline'));
    assert.match(dropped.problem ?? '', /don't know whether the invitation was sent/);
    assert.equal(dropped.announcement, dropped.problem);
    assert.equal(placeInviteRefusal(new Error('bug')).problem, 'Something went wrong; the invitation was not sent. Please try again.');
  });
});

describe('what the row actions say', () => {
  test('outcomes name the person and what changed', () => {
    assert.equal(invitationSentSentence(user(), 'March 31'), 'Invitation sent to daniel@example.com for Daniel Whitaker (Son). The link expires March 31.');
    assert.equal(invitationSentSentence(user({ party: null }), 'March 31'), 'Invitation sent to daniel@example.com. The link expires March 31.');
    assert.match(invitationResentSentence(user(), 'April 30'), /the earlier link no longer works\. The new one expires April 30\.$/);
    assert.equal(revokedSentence(user(), true), "Daniel Whitaker's access was revoked; the portal refuses them from now on.");
    assert.equal(revokedSentence(user(), false), 'The invitation to daniel@example.com was cancelled; its link no longer works.');
    assert.equal(profileGivenSentence(user({ status: 'active' }), 'View only'), 'Daniel Whitaker now has the profile View only.');
    // Nobody has the profile of an invitation yet: the invitation carries it.
    assert.equal(profileGivenSentence(user(), 'View only'), 'The invitation to daniel@example.com now carries the profile View only.');
    assert.equal(profileGivenSentence(user({ status: 'expired' }), 'View only'), 'The invitation to daniel@example.com now carries the profile View only.');
    assert.equal(sameProfileMessage(user()), 'Daniel Whitaker already has this profile. Choose another one, or cancel.');
  });

  test('a failure is the service\'s words, or says whether anything changed', () => {
    assert.equal(accessActionFailure(new AlisApiError({ status: 409, code: 'conflict', message: 'Already revoked.' })), 'Already revoked.');
    assert.match(accessActionFailure(new AlisNetworkError('offline')), /Reload the list to check before trying again\.$/);
    assert.equal(accessActionFailure(new Error('bug')), 'Something went wrong; nothing was changed. Please try again.');
  });
});
