// What the User profiles form decides and says, without the element.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkProfileDraft,
  deleteEffectSentence,
  deleteRefusal,
  draftOfProfile,
  emptyProfileDraft,
  placeProfileRefusal,
  profileChanges,
  profileSavedSentence,
  profileToCreate,
  usageFrom,
  whoHasIt,
} from '../../src/core/profile-words.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';
import type { StaffProfile } from '../../src/sdk/types.js';

const viewOnly: StaffProfile = {
  id: 'prof-view-only',
  name: 'View only',
  description: 'Sees the billing, pays nothing.',
  permissions: ['view_billing'],
  activeUserCount: 3,
  pendingInvitationCount: 1,
};
const unused: StaffProfile = { ...viewOnly, id: 'prof-new', name: 'New', activeUserCount: 0, pendingInvitationCount: 0 };

describe('the profile form', () => {
  test('asks for a name before anything else, and refuses an unchanged profile', () => {
    assert.deepEqual(checkProfileDraft({ ...emptyProfileDraft(), name: '   ' }, null), {
      errors: { name: 'Enter a name for the profile.' },
      problem: null,
      announcement: 'The profile was not saved: enter a name.',
    });
    // "Nothing to save" names no field: the errors on screen stay as they are.
    assert.deepEqual(checkProfileDraft(draftOfProfile(viewOnly), viewOnly), {
      problem: 'Nothing to save: the profile is as it was.',
      announcement: 'Nothing to save: the profile is as it was.',
    });
    assert.equal(checkProfileDraft({ ...draftOfProfile(viewOnly), name: 'Viewer' }, viewOnly), null);
    assert.equal(checkProfileDraft({ name: 'Payer', description: '', permissions: ['pay_bills'] }, null), null);
  });

  test('sends only what changed, trimmed', () => {
    assert.deepEqual(profileChanges(viewOnly, { ...draftOfProfile(viewOnly), name: ' Viewer ' }), { name: 'Viewer' });
    assert.deepEqual(profileChanges(viewOnly, { ...draftOfProfile(viewOnly), description: ' Sees the billing, pays nothing. ' }), {});
    assert.deepEqual(profileChanges(viewOnly, { ...draftOfProfile(viewOnly), permissions: ['view_billing', 'pay_bills'] }), {
      permissions: ['view_billing', 'pay_bills'],
    });
    assert.deepEqual(profileToCreate({ name: ' Payer ', description: ' Pays. ', permissions: ['pay_bills'] }), { name: 'Payer', description: 'Pays.', permissions: ['pay_bills'] });
  });

  test("puts the service's refusal at its fields, and the rest above the buttons", () => {
    const taken = placeProfileRefusal(new AlisApiError({ status: 409, code: 'conflict', message: 'Taken.', fields: { name: 'A profile is already called that.' } }));
    assert.deepEqual(taken, { errors: { name: 'A profile is already called that.' }, problem: null, announcement: 'The profile was not saved. A profile is already called that.' });
    const mixed = placeProfileRefusal(new AlisApiError({ status: 400, code: 'validation_failed', message: 'Check it.', fields: { 'permissions[0]': 'Unknown.', other: 'Odd.' } }));
    assert.deepEqual(mixed.errors, { permissions: 'Unknown.' });
    assert.equal(mixed.problem, 'Odd.');
    assert.deepEqual(placeProfileRefusal(new AlisApiError({ status: 403, code: 'forbidden', message: 'No.' })), { errors: {}, problem: 'No.', announcement: 'The profile was not saved. No.' });
  });

  test('a dropped connection says the outcome is unknown and keeps the field errors', () => {
    const dropped = placeProfileRefusal(new AlisNetworkError('offline'));
    assert.equal(dropped.errors, undefined);
    assert.match(dropped.problem ?? '', /don't know whether the profile was saved/);
    assert.equal(placeProfileRefusal(new Error('bug')).problem, 'Something went wrong; the profile was not saved. Please try again.');
  });
});

describe('who has a profile, and deleting it', () => {
  test('counts people in words', () => {
    assert.equal(whoHasIt(viewOnly), '3 users and 1 invitation have it');
    assert.equal(whoHasIt({ activeUserCount: 1, pendingInvitationCount: 0 }), '1 user has it');
    assert.equal(whoHasIt(unused), 'Nobody has it');
  });

  test('says what a delete does, or why it cannot', () => {
    assert.equal(deleteEffectSentence(unused), 'Nobody has it. Once deleted it can no longer be given to anyone; this cannot be undone.');
    assert.match(deleteEffectSentence(viewOnly), /^3 users and 1 invitation have it, and a profile can be deleted only when nobody has it\./);
    assert.equal(deleteRefusal(new AlisApiError({ status: 409, code: 'profile_in_use', message: 'In use.' })), 'Not deleted. In use.');
    assert.match(deleteRefusal(new AlisNetworkError('offline')), /don't know whether the profile was deleted/);
    assert.equal(deleteRefusal(new Error('bug')), 'Something went wrong; the profile was not deleted.');
  });

  test('reads the counts a profile_in_use refusal carries, and nothing else', () => {
    assert.deepEqual(usageFrom({ activeUserCount: 2, pendingInvitationCount: 0 }), { activeUserCount: 2, pendingInvitationCount: 0 });
    assert.equal(usageFrom({ activeUserCount: '2' }), null);
    assert.equal(usageFrom({}), null);
  });

  test('outcomes say who a change reaches', () => {
    assert.equal(profileSavedSentence(viewOnly, true), 'Saved the profile “View only”; the change applies at once to 3 users and 1 invitation.');
    assert.equal(profileSavedSentence(unused, true), 'Saved the profile “New”.');
    assert.match(profileSavedSentence(unused, false), /^Created the profile “New”\. It can now be chosen/);
  });
});
