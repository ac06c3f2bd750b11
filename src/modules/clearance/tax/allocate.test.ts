import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocateByValue } from './allocate.js';
import { Dec, sum } from './decimal.js';

const d = (xs: string[]) => xs.map((x) => new Dec(x));
const show = (xs: Dec[] | undefined) => xs?.map((x) => x.toFixed(2));

describe('allocation of freight and insurance by value', () => {
  it('splits in proportion and hands leftover fen to the largest remainders, earlier lines first', () => {
    // 36 over 400 and 800: 12 and 24 exactly.
    assert.deepEqual(show(allocateByValue(new Dec('36'), d(['400', '800']))), ['12.00', '24.00']);
    // 10 over three equal lines: 3.333… each; floors 3.33 × 3 = 9.99, the one leftover fen goes to line 1.
    assert.deepEqual(show(allocateByValue(new Dec('10'), d(['5', '5', '5']))), ['3.34', '3.33', '3.33']);
    // 1 over 1 : 2 → 0.333… and 0.666…; floors 0.33 + 0.66, leftover to the larger remainder (line 2).
    assert.deepEqual(show(allocateByValue(new Dec('1'), d(['1', '2']))), ['0.33', '0.67']);
    // A gift line (price 0) gets no share.
    assert.deepEqual(show(allocateByValue(new Dec('20'), d(['0', '100']))), ['0.00', '20.00']);
  });

  it('cannot share something over lines that are all free, but shares nothing happily', () => {
    assert.equal(allocateByValue(new Dec('20'), d(['0', '0'])), undefined);
    assert.deepEqual(show(allocateByValue(new Dec('0'), d(['0', '0']))), ['0.00', '0.00']);
  });

  it('shares always add up to the head amount and stay within one fen of the exact share (property)', () => {
    const fenAmount = fc.integer({ min: 0, max: 5_000_000 }).map((n) => new Dec(n).dividedBy(100));
    fc.assert(
      fc.property(fenAmount, fc.array(fenAmount, { minLength: 1, maxLength: 12 }), (total, values) => {
        const base = sum(values);
        fc.pre(!base.isZero());
        const shares = allocateByValue(total, values)!;
        assert.ok(sum(shares).eq(total));
        shares.forEach((s, i) => {
          const exactShare = total.times(values[i]!).dividedBy(base);
          assert.ok(s.minus(exactShare).abs().lt('0.01'), `${s.toFixed()} vs ${exactShare.toFixed()}`);
          assert.ok(s.gte(0));
        });
      }),
    );
  });
});
