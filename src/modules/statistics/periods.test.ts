import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { rateOn, resolveRates } from './exchange-rates.js';
import {
  chinaMonth,
  growthPercent,
  lastYear,
  monthsOf,
  periodHolding,
  periodOf,
  periodsBetween,
  previous,
  shift,
  type PeriodKind,
} from './periods.js';

describe('statistical periods', () => {
  it('reads month, quarter and year keys into ranges of months', () => {
    assert.deepEqual(periodOf('quarter', '2026-Q1'), {
      kind: 'quarter',
      key: '2026-Q1',
      fromMonth: '2026-01',
      toMonth: '2026-03',
    });
    assert.deepEqual(periodOf('year', '2025'), {
      kind: 'year',
      key: '2025',
      fromMonth: '2025-01',
      toMonth: '2025-12',
    });
    assert.equal(periodOf('month', '2026-13'), undefined);
    assert.equal(periodOf('quarter', '2026-Q5'), undefined);
    assert.equal(periodOf('month', '2026-Q1'), undefined);
  });

  it('steps across year ends: month-on-month and year-on-year', () => {
    assert.equal(previous(periodOf('month', '2026-01')!).key, '2025-12');
    assert.equal(previous(periodOf('quarter', '2026-Q1')!).key, '2025-Q4');
    assert.equal(lastYear(periodOf('month', '2026-02')!).key, '2025-02');
    assert.equal(lastYear(periodOf('quarter', '2026-Q3')!).key, '2025-Q3');
    assert.equal(lastYear(periodOf('year', '2026')!).key, '2025');
    assert.deepEqual(monthsOf(periodOf('quarter', '2025-Q4')!), ['2025-10', '2025-11', '2025-12']);
    assert.equal(periodHolding('quarter', '2026-11').key, '2026-Q4');
  });

  it('shifting forth and back returns to the period, and periods between are contiguous', () => {
    const kinds: PeriodKind[] = ['month', 'quarter', 'year'];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 2001, max: 2098 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -40, max: 40 }),
        (kind, y, m, n) => {
          const p = periodHolding(kind, `${y}-${String(m).padStart(2, '0')}`);
          assert.deepEqual(shift(shift(p, n), -n), p);
          const span = periodsBetween(p, shift(p, Math.abs(n)));
          assert.equal(span.length, Math.abs(n) + 1);
          for (let i = 1; i < span.length; i++) assert.deepEqual(shift(span[i - 1]!, 1), span[i]);
        },
      ),
    );
  });

  it('gives growth in percent, none from a zero base', () => {
    assert.equal(growthPercent('133', '100'), '33.00');
    assert.equal(growthPercent('2', '3'), '-33.33');
    assert.equal(growthPercent('1', '0'), null);
    assert.equal(growthPercent(null, '1'), null);
    // Half-up at the second decimal: 1/8 = 12.5 %, 1/800 = 0.125 % → 0.13.
    assert.equal(growthPercent('801', '800'), '0.13');
  });

  it('places a moment in its China calendar month', () => {
    assert.equal(chinaMonth(new Date('2026-01-31T15:59:59Z')), '2026-01');
    assert.equal(chinaMonth(new Date('2026-01-31T16:00:00Z')), '2026-02');
  });
});

describe('exchange rates', () => {
  const table = [
    { currency: '502', validFrom: '2025-01-01', cnyPerUnit: '7.1429' },
    { currency: '502', validFrom: '2026-03-01', cnyPerUnit: '7.08' },
    { currency: '303', validFrom: '2026-01-15', cnyPerUnit: '9.5' },
  ];

  it('takes the rate in force on the month’s first day; RMB is 1', () => {
    assert.equal(rateOn(table, '502', '2026-02'), '7.1429');
    assert.equal(rateOn(table, '502', '2026-03'), '7.08');
    assert.equal(rateOn(table, '502', '2024-12'), null);
    // From mid-January: January's values have no rate, February's do.
    assert.equal(rateOn(table, '303', '2026-01'), null);
    assert.equal(rateOn(table, '303', '2026-02'), '9.5');
    assert.equal(rateOn(table, '142', '1999-01'), '1');
  });

  it('names the (month, currency) pairs left without a rate and the months without a dollar rate', () => {
    const r = resolveRates(table, [
      { month: '2024-12', currency: '142' },
      { month: '2026-01', currency: '303' },
      { month: '2026-03', currency: '502' },
    ]);
    assert.deepEqual(r.rates, [
      { month: '2024-12', currency: '142', cnyPerUnit: '1', cnyPerUsd: null },
      { month: '2026-03', currency: '502', cnyPerUnit: '7.08', cnyPerUsd: '7.08' },
    ]);
    assert.deepEqual(r.missing, [{ month: '2026-01', currency: '303' }]);
    assert.deepEqual(r.noUsd, ['2024-12']);
  });
});
