import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { wholePeriod } from './trade-stat.repository.js';

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

describe('wholePeriod: the month, quarter or year a month range is', () => {
  it('names years and quarters, and nothing else', () => {
    assert.equal(wholePeriod('2025-01', '2025-12'), '2025');
    assert.equal(wholePeriod('2026-07', '2026-09'), '2026-Q3');
    assert.equal(wholePeriod('2026-10', '2026-12'), '2026-Q4');
    assert.equal(wholePeriod('2026-10', '2026-10'), '2026-10', 'a month');
    assert.equal(wholePeriod('2026-02', '2026-04'), null, 'three months across quarters');
    assert.equal(wholePeriod('2025-01', '2026-12'), null, 'two years');
    assert.equal(wholePeriod('2025-12', '2026-02'), null);
  });

  it('a named period covers exactly the months of the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 14 }),
        (y, m, span) => {
          const to = m + span;
          const toKey = to > 12 ? month(y + 1, to - 12) : month(y, to);
          const p = wholePeriod(month(y, m), toKey);
          const expected =
            span === 0
              ? month(y, m)
              : m === 1 && span === 11
                ? String(y)
                : m % 3 === 1 && span === 2
                  ? `${y}-Q${(m + 2) / 3}`
                  : null;
          assert.equal(p, expected);
        },
      ),
    );
  });
});
