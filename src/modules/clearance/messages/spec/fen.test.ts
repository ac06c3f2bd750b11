import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { productMismatch, sumMismatch } from './fen.js';

/** The rule as Decimal states it: both sides half-up at two decimals; the expected fen when unequal. */
const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const byDecimal = (expected: Decimal, total: string) =>
  fen(expected).equals(fen(new Decimal(total))) ? null : fen(expected).toFixed(2);

/** xs:decimal strings as the reader passes them: up to 19 digits, 5 after the point. */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 5 }))
  .chain(([intDigits, fracDigits]) =>
    fc.tuple(
      fc.stringMatching(new RegExp(`^[0-9]{${Math.max(1, intDigits)}}$`)),
      fc.stringMatching(new RegExp(`^[0-9]{${fracDigits}}$`)),
    ),
  )
  .map(([i, f]) => (f ? `${i}.${f}` : i));
/** Small amounts, the common case, where totals often match. */
const small = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 2 }))
  .map(([n, scale]) => new Decimal(n).dividedBy(10 ** scale).toFixed(scale));

describe('amounts compared to the fen', () => {
  it('price × qty against a total: the same verdict and text as Decimal, for any amounts', () => {
    fc.assert(
      fc.property(fc.oneof(amount, small), fc.oneof(amount, small), fc.oneof(amount, small), (p, q, t) =>
        assert.equal(productMismatch(p, q, t), byDecimal(new Decimal(p).times(q), t)),
      ),
      { numRuns: 5000 },
    );
    // Totals that match, the case the parse meets most.
    fc.assert(
      fc.property(fc.oneof(amount, small), small, (p, q) => {
        const total = fen(new Decimal(p).times(q)).toFixed(2);
        assert.equal(productMismatch(p, q, total), null);
      }),
      { numRuns: 2000 },
    );
  });

  it('a sum less a discount against a total: the same verdict and text as Decimal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(amount, small), { minLength: 1, maxLength: 3 }),
        fc.oneof(amount, small),
        fc.oneof(amount, small),
        (plus, minus, t) => {
          const sum = plus.reduce((s, v) => s.plus(v), new Decimal(0)).minus(minus);
          assert.equal(sumMismatch(plus, [minus], t), byDecimal(sum, t));
          assert.equal(
            sumMismatch(plus, [minus], fen(sum).abs().toFixed(2)),
            sum.isNeg() && !fen(sum).isZero() ? fen(sum).toFixed(2) : null,
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rounds half-up away from zero, at the edges of the exact integers', () => {
    assert.equal(productMismatch('0.005', '1', '0.01'), null);
    assert.equal(productMismatch('0.00499', '1', '0.00'), null);
    assert.equal(productMismatch('99.9', '3', '299.70'), null);
    assert.equal(productMismatch('99.9', '3', '299.69'), '299.70');
    assert.equal(sumMismatch(['0'], ['0.005'], '0'), '-0.01');
    assert.equal(sumMismatch(['0'], ['0.004'], '0'), null);
    // 19 digits: beyond a double, Decimal's answer.
    assert.equal(productMismatch('99999999999999.99999', '1', '99999999999999.99999'), null);
    assert.equal(
      productMismatch('9999999999.99999', '99999.9', '999999999999999.00000'),
      '999998999999999.00',
    );
    assert.equal(sumMismatch(['9007199254740.991', '0.01'], ['0'], '9007199254741.00'), null);
  });
});
