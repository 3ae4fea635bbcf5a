// What the invited person reads when a link cannot be used or accepting fails.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { businessOffice, describeAcceptRefusal, linkProblemOf, linkProblemWords } from '../../src/core/invitation-words.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';

const refusal = (code: ConstructorParameters<typeof AlisApiError>[0]['code'], message = 'Refused.', fields?: Record<string, string>) =>
  new AlisApiError({ status: 400, code, message, ...(fields ? { fields } : {}) });

describe('invitation links that cannot be used', () => {
  test('knows the three refusals that mean the link is done, and nothing else', () => {
    assert.equal(linkProblemOf(refusal('invitation_expired')), 'invitation_expired');
    assert.equal(linkProblemOf(refusal('invitation_used')), 'invitation_used');
    assert.equal(linkProblemOf(refusal('not_found')), 'not_found');
    assert.equal(linkProblemOf(refusal('forbidden')), null);
    assert.equal(linkProblemOf(new AlisNetworkError('offline')), null);
  });

  test('each problem has a heading and says whom to ask', () => {
    const office = businessOffice('Willow Creek');
    assert.equal(office, "Willow Creek's business office");
    assert.equal(businessOffice(undefined), "the community's business office");
    for (const problem of ['invitation_expired', 'invitation_used', 'not_found', 'missing'] as const) {
      const words = linkProblemWords(problem, office);
      assert.ok(words.title.length > 0, problem);
      assert.ok(words.text.includes(office), `${problem} names the office`);
    }
    assert.equal(linkProblemWords('invitation_expired', office).title, 'This invitation has expired');
  });
});

describe('a refused accept', () => {
  test('a link problem replaces the form, announced by its heading', () => {
    assert.deepEqual(describeAcceptRefusal(refusal('invitation_used')), { kind: 'link', problem: 'invitation_used', announcement: 'This invitation was already used' });
  });

  test('the portal switched off meanwhile is one calm notice in the service words', () => {
    assert.deepEqual(describeAcceptRefusal(refusal('portal_disabled', 'The portal is off; call the office.')), { kind: 'portal_off', message: 'The portal is off; call the office.' });
  });

  test('a refused name goes to the name field, anything else above the button', () => {
    assert.deepEqual(describeAcceptRefusal(refusal('validation_failed', 'Check it.', { 'body.displayName': 'Too long.' })), {
      kind: 'name',
      message: 'Too long.',
      announcement: 'The invitation was not accepted. Too long.',
    });
    assert.deepEqual(describeAcceptRefusal(refusal('rate_limited', 'Slow down.')), { kind: 'problem', message: 'Slow down.', announcement: 'The invitation was not accepted. Slow down.' });
  });

  test('a dropped connection says the outcome is unknown and how to find out', () => {
    const dropped = describeAcceptRefusal(new AlisNetworkError('offline'));
    assert.equal(dropped.kind, 'problem');
    assert.match(dropped.kind === 'problem' ? dropped.message : '', /don't know whether the invitation was accepted/);
    assert.deepEqual(describeAcceptRefusal(new Error('bug')), {
      kind: 'problem',
      message: 'Something went wrong and the invitation was not accepted. Please try again.',
      announcement: 'Something went wrong and the invitation was not accepted. Please try again.',
    });
  });
});
