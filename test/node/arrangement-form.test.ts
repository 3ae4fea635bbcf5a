// What a payer's arrangement form asks the engine for, and where the engine's refusal goes:
// pinned here so the rules and the placement change only by decision.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArrangement, parseShare, placeArrangementRefusal, shareTotal, splitHint, type ArrangementForm } from '../../src/core/arrangement-form.js';
import type { Arrangement } from '../../src/sdk/types.js';

const pulls: ArrangementForm = { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', singleMethodId: 'm1', chosen: [], amounts: {}, percents: {} };
const valid = () => null;

describe('arrangement form', () => {
  test('reads shares of 0.01% to 100% in basis points, with either decimal separator', () => {
    assert.equal(parseShare('50'), 5_000);
    assert.equal(parseShare('12,5 %'), 1_250);
    assert.equal(parseShare('0'), null);
    assert.equal(parseShare('100.01'), null);
    assert.equal(shareTotal({ chosen: ['a', 'b'], percents: { a: '60', b: '40' } }), 10_000);
    assert.equal(shareTotal({ chosen: ['a', 'b'], percents: { a: '60' } }), null);
  });

  test('says how the shares add up', () => {
    assert.equal(splitHint('percentages', null), 'The shares must total 100%.');
    assert.equal(splitHint('percentages', 10_000), 'The shares total 100%.');
    assert.equal(splitHint('percentages', 9_000, 'en-US'), 'The shares total 90%; they must total 100%.');
    assert.match(splitHint('fixed_amounts', null), /^At most 4 methods\./);
  });

  test('saves self-pay as it is, and one method on a day', () => {
    assert.deepEqual(buildArrangement({ ...pulls, mode: 'self_pay' }, valid), { body: { mode: 'self_pay' } });
    assert.deepEqual(buildArrangement(pulls, valid), { body: { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId: 'm1' }] } });
    assert.deepEqual(buildArrangement({ ...pulls, singleMethodId: null, dayOfMonth: 29 }, valid), {
      errors: { day: 'Choose a day from 1 to 28.', method: 'Choose the method the billing team pulls from.' },
    });
  });

  test('asks for an amount per method, or shares that total exactly 100%', () => {
    const fixed: ArrangementForm = { ...pulls, split: 'fixed_amounts', chosen: ['m1', 'm2'], amounts: { m1: 5_000 } };
    assert.deepEqual(buildArrangement(fixed, valid), { errors: { 'part:m2': 'Enter an amount.' } });
    assert.deepEqual(buildArrangement(fixed, (id) => (id === 'm1' ? 'Too much.' : null)), { errors: { 'part:m1': 'Too much.', 'part:m2': 'Enter an amount.' } });
    const shares: ArrangementForm = { ...pulls, split: 'percentages', chosen: ['m1', 'm2'], percents: { m1: '60', m2: '30' } };
    assert.deepEqual(buildArrangement(shares, valid, 'en-US'), { errors: { parts: 'The shares total 90%. They must total exactly 100%; nothing was saved.' } });
    assert.deepEqual(buildArrangement({ ...shares, percents: { m1: '60', m2: 'x' } }, valid), { errors: { 'part:m2': 'Enter a share from 0.01 to 100, with at most two decimals.' } });
    assert.deepEqual(buildArrangement({ ...shares, percents: { m1: '60', m2: '40' } }, valid), {
      body: { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'percentages', parts: [{ methodId: 'm1', basisPoints: 6_000 }, { methodId: 'm2', basisPoints: 4_000 }] },
    });
    assert.deepEqual(buildArrangement({ ...shares, chosen: [] }, valid), { errors: { parts: 'Choose at least one authorized method.' } });
  });

  test('places a refusal at the part, the method, the day, or the form', () => {
    const body: Arrangement = { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'fixed_amounts', parts: [{ methodId: 'm1', amountCents: 1 }, { methodId: 'm2', amountCents: 2 }] };
    const refusal = (fields: Record<string, string>) => ({ message: 'Refused.', fields });
    assert.deepEqual(placeArrangementRefusal(refusal({ 'parts[1].methodId': 'Withdrawn.' }), body, 'fixed_amounts'), { 'part:m2': 'Withdrawn.' });
    assert.deepEqual(placeArrangementRefusal(refusal({ 'parts[0].methodId': 'Withdrawn.' }), body, 'single'), { method: 'Withdrawn.' });
    assert.deepEqual(placeArrangementRefusal(refusal({ dayOfMonth: 'No.' }), body, 'single'), { day: 'No.' });
    assert.deepEqual(placeArrangementRefusal(refusal({}), body, 'single'), { form: 'Refused.' });
  });
});
