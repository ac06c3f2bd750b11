import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { tradeStatLines } from './trade-stat-lines.js';

describe('goods by HS chapter and country', () => {
  it('sums lines of the same chapter and country, and marks what it cannot place', () => {
    assert.deepEqual(
      tradeStatLines([
        { gcode: '8209009000', country: '502', totalPrice: '35.50' },
        { gcode: '8209001000', country: '502', totalPrice: '10' },
        { gcode: '4819100000', country: '502', totalPrice: '0' },
        { gcode: '8209009000', country: '303', totalPrice: '1.25' },
        { gcode: 'X', country: undefined, totalPrice: '2' },
      ]),
      [
        { h: '00', c: '000', v: '2', n: 1 },
        { h: '48', c: '502', v: '0', n: 1 },
        { h: '82', c: '303', v: '1.25', n: 1 },
        { h: '82', c: '502', v: '45.5', n: 2 },
      ],
    );
  });

  it('keeps every line and every cent: Σ v is Σ totalPrice, Σ n the number of lines', () => {
    const line = fc.record({
      gcode: fc.constantFrom('8209009000', '6911101000', '4202920000', '9505900000', '00', ''),
      country: fc.option(fc.constantFrom('502', '303', '116', 'xx'), { nil: undefined }),
      totalPrice: fc.integer({ min: 0, max: 10_000_000 }).map((c) => new Decimal(c).div(100).toFixed()),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const out = tradeStatLines(lines);
        const total = lines.reduce((a, l) => a.plus(l.totalPrice), new Decimal(0));
        assert.ok(out.reduce((a, s) => a.plus(s.v), new Decimal(0)).eq(total));
        assert.equal(
          out.reduce((a, s) => a + s.n, 0),
          lines.length,
        );
        assert.equal(new Set(out.map((s) => `${s.h}|${s.c}`)).size, out.length);
      }),
    );
  });
});
