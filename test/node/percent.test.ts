import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { basisPointsAsPercentNumber, basisPointsAsTyped, parsePercent } from '../../src/core/percent.js';

const fees = { min: 0, max: 300 };
const split = { min: 1, max: 10_000 };

describe('parsePercent', () => {
  it('reads percentages as whole basis points, digit by digit', () => {
    for (const [text, bp] of [['1.75', 175], ['1,75', 175], ['2', 200], ['0.5 %', 50], ['  3 ', 300], ['.5', 50], ['0', 0], ['2.', 200]] as const) {
      assert.deepEqual(parsePercent(text, fees), { ok: true, basisPoints: bp }, text);
    }
    assert.deepEqual(parsePercent('33.33', split), { ok: true, basisPoints: 3333 });
    assert.deepEqual(parsePercent('100', split), { ok: true, basisPoints: 10_000 });
    // 0.1 + 0.2 style errors cannot happen: 0.29 is 29 basis points, not 28.999….
    assert.deepEqual(parsePercent('0.29', fees), { ok: true, basisPoints: 29 });
  });

  it('says why it refuses', () => {
    for (const text of ['', ' ', 'abc', '-1', '1e2', '1234', '%', '1.2.3']) assert.deepEqual(parsePercent(text, fees), { ok: false, refusal: 'not_a_percent' }, JSON.stringify(text));
    assert.deepEqual(parsePercent('1.755', fees), { ok: false, refusal: 'too_many_decimals' });
    assert.deepEqual(parsePercent('3.01', fees), { ok: false, refusal: 'out_of_range' });
    assert.deepEqual(parsePercent('0', split), { ok: false, refusal: 'out_of_range' });
    assert.deepEqual(parsePercent('100.01', split), { ok: false, refusal: 'out_of_range' });
  });
});

describe('basis points back to text', () => {
  it('as a person types them, and round-trips', () => {
    assert.equal(basisPointsAsTyped(2500), '25');
    assert.equal(basisPointsAsTyped(3333), '33.33');
    assert.equal(basisPointsAsTyped(1250), '12.5');
    assert.equal(basisPointsAsTyped(5), '0.05');
    for (let bp = 1; bp <= 10_000; bp += 37) assert.deepEqual(parsePercent(basisPointsAsTyped(bp), split), { ok: true, basisPoints: bp });
  });

  it('as a two-decimal number in the locale', () => {
    assert.equal(basisPointsAsPercentNumber(250, 'en-US'), '2.50');
    assert.equal(basisPointsAsPercentNumber(250, 'de-DE'), '2,50');
    assert.equal(basisPointsAsPercentNumber(0, 'en-US'), '0.00');
  });
});
