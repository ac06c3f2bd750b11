import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonths,
  chinaMonthOf,
  dueDayOf,
  hasEnded,
  lastEndedMonth,
  monthsBetween,
  reportingStatus,
  spanHolds,
  spansOverlap,
} from './months.js';

describe('report months, due days and statuses', () => {
  it('turns the month on the China calendar, across the year', () => {
    // 31 December 2025, 16:00 UTC is 1 January 2026, 00:00 in China.
    assert.equal(chinaMonthOf(new Date('2025-12-31T15:59:59Z')), '2025-12');
    assert.equal(chinaMonthOf(new Date('2025-12-31T16:00:00Z')), '2026-01');
    assert.equal(lastEndedMonth(new Date('2025-12-31T16:00:00Z')), '2025-12');
    assert.equal(hasEnded('2025-12', new Date('2025-12-31T15:59:59Z')), false);
    assert.equal(hasEnded('2025-12', new Date('2025-12-31T16:00:00Z')), true);
    assert.equal(addMonths('2025-12', 1), '2026-01');
    assert.equal(addMonths('2026-01', -13), '2024-12');
    assert.deepEqual(monthsBetween('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('is due on the 10th of the following month, the due day itself in time', () => {
    assert.equal(dueDayOf('2025-12'), '2026-01-10');
    assert.equal(dueDayOf('2026-02'), '2026-03-10');
    const onDueDay = new Date('2026-03-10T15:59:00Z'); // 23:59 on 10 March in China
    const dayAfter = new Date('2026-03-10T16:00:00Z'); // 00:00 on 11 March
    assert.equal(reportingStatus('2026-02', onDueDay, '2026-03-10'), 'reported');
    assert.equal(reportingStatus('2026-02', dayAfter, '2026-03-11'), 'reported_late');
    assert.equal(reportingStatus('2026-02', null, '2026-03-10'), 'awaiting');
    assert.equal(reportingStatus('2026-02', null, '2026-03-11'), 'late');
    assert.equal(reportingStatus('2026-03', null, '2026-03-02'), 'awaiting');
  });

  it('holds and overlaps spans of months, open spans running on', () => {
    assert.equal(spanHolds({ fromMonth: '2026-01', toMonth: null }, '2030-12'), true);
    assert.equal(spanHolds({ fromMonth: '2026-01', toMonth: '2026-03' }, '2026-03'), true);
    assert.equal(spanHolds({ fromMonth: '2026-01', toMonth: '2026-03' }, '2026-04'), false);
    const month = fc
      .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const span = fc
      .tuple(month, fc.option(month, { nil: null }))
      .map(([a, b]) => (b !== null && b < a ? { fromMonth: b, toMonth: a } : { fromMonth: a, toMonth: b }));
    fc.assert(
      fc.property(span, span, month, (a, b, m) => {
        // Two spans overlap exactly when some month is in both; a month in both proves it.
        if (spanHolds(a, m) && spanHolds(b, m)) assert.equal(spansOverlap(a, b), true);
        assert.equal(spansOverlap(a, b), spansOverlap(b, a));
        if (spansOverlap(a, b)) {
          const start = a.fromMonth > b.fromMonth ? a.fromMonth : b.fromMonth;
          assert.ok(spanHolds(a, start) && spanHolds(b, start));
        }
      }),
    );
  });
});
