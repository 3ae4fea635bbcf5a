import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknownOutcome, sendUntilKnown } from '../../src/core/confirm-submission.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';

const refusal = (code: AlisApiError['code'], status = 409) => new AlisApiError({ status, code, message: code });

/** A `send` that fails with each of `failures` in turn, then answers `answer`; counts its calls. */
function scripted<Answer>(failures: unknown[], answer: Answer) {
  const calls = { count: 0 };
  const send = async (): Promise<Answer> => {
    const failure = failures[calls.count++];
    if (failure !== undefined) throw failure;
    return answer;
  };
  return { send, calls };
}

describe('isUnknownOutcome', () => {
  test('a lost connection, a 500 and a request still in flight leave the outcome unknown', () => {
    assert.equal(isUnknownOutcome(new AlisNetworkError('offline')), true);
    assert.equal(isUnknownOutcome(refusal('internal_error', 500)), true);
    assert.equal(isUnknownOutcome(refusal('idempotency_in_progress')), true);
  });

  test('a refusal is a definite answer: nothing was charged', () => {
    for (const code of ['balance_changed', 'gateway_disabled', 'method_unusable', 'idempotency_key_reused', 'validation_failed'] as const) {
      assert.equal(isUnknownOutcome(refusal(code)), false, code);
    }
    assert.equal(isUnknownOutcome(new TypeError('bug')), false);
  });
});

describe('sendUntilKnown', () => {
  const noWait = { sleep: async () => {}, delaysMs: [10, 20, 40] };

  test('returns the first answer without waiting', async () => {
    const { send, calls } = scripted([], 'pay-1');
    const waits: number[] = [];
    const outcome = await sendUntilKnown(send, { sleep: async (ms) => void waits.push(ms) });
    assert.deepEqual(outcome, { kind: 'answered', answer: 'pay-1' });
    assert.equal(calls.count, 1);
    assert.deepEqual(waits, []);
  });

  test('asks again after each unknown outcome, saying it is checking before each wait, and returns the answer', async () => {
    const { send, calls } = scripted([new AlisNetworkError('dropped'), refusal('idempotency_in_progress')], 'pay-1');
    const waits: number[] = [];
    let checking = 0;
    const outcome = await sendUntilKnown(send, { delaysMs: [10, 20, 40], sleep: async (ms) => void waits.push(ms), onChecking: () => checking++ });
    assert.deepEqual(outcome, { kind: 'answered', answer: 'pay-1' });
    assert.equal(calls.count, 3);
    assert.deepEqual(waits, [10, 20]);
    assert.equal(checking, 2);
  });

  test('stops at a definite refusal and hands it back unchanged', async () => {
    const declined = refusal('balance_changed');
    const { send, calls } = scripted([new AlisNetworkError('dropped'), declined], 'never');
    const outcome = await sendUntilKnown(send, noWait);
    assert.deepEqual(outcome, { kind: 'refused', error: declined });
    assert.equal(calls.count, 2);
  });

  test('gives up as unconfirmed after the last wait, never claiming success or failure', async () => {
    const { send, calls } = scripted(Array.from({ length: 10 }, () => new AlisNetworkError('offline')), 'never');
    const outcome = await sendUntilKnown(send, noWait);
    assert.deepEqual(outcome, { kind: 'unconfirmed' });
    assert.equal(calls.count, 4, 'one attempt, then one after each of the three waits');
  });

  test('a 429 after a lost attempt keeps the outcome unknown: the lost attempt may have paid', async () => {
    const limited = refusal('rate_limited', 429);
    const { send, calls } = scripted([new AlisNetworkError('dropped'), limited, limited], 'pay-1');
    const outcome = await sendUntilKnown(send, noWait);
    assert.deepEqual(outcome, { kind: 'answered', answer: 'pay-1' });
    assert.equal(calls.count, 4);
  });

  test('a 429 on the first attempt is a refusal (nothing was sent), but not when checking an unknown outcome again', async () => {
    const limited = refusal('rate_limited', 429);
    assert.deepEqual(await sendUntilKnown(scripted([limited], 'never').send, noWait), { kind: 'refused', error: limited });
    const again = scripted([limited, limited, limited, limited], 'never');
    assert.deepEqual(await sendUntilKnown(again.send, { ...noWait, uncertain: true }), { kind: 'unconfirmed' });
    assert.equal(again.calls.count, 4);
  });

  test('a session that ended while the outcome is unknown keeps it unknown: the key is kept for checking again', async () => {
    for (const [code, status] of [['unauthenticated', 401], ['access_revoked', 403], ['forbidden', 403], ['portal_disabled', 403]] as const) {
      const ended = refusal(code, status);
      const lost = scripted([new AlisNetworkError('dropped'), ended, ended, ended], 'never');
      assert.deepEqual(await sendUntilKnown(lost.send, noWait), { kind: 'unconfirmed' }, `${code} after a lost attempt`);
      const checking = scripted([ended], 'never');
      assert.deepEqual(await sendUntilKnown(checking.send, { ...noWait, uncertain: true, delaysMs: [] }), { kind: 'unconfirmed' }, `${code} on Check again`);
      assert.deepEqual(await sendUntilKnown(scripted([ended], 'never').send, noWait), { kind: 'refused', error: ended }, `${code} on a first attempt is a refusal`);
    }
    const declined = refusal('balance_changed');
    assert.deepEqual(
      await sendUntilKnown(scripted([new AlisNetworkError('dropped'), declined], 'never').send, noWait),
      { kind: 'refused', error: declined },
      'a refusal given after the key was looked at (the first attempt did not apply) still settles it',
    );
  });
});
