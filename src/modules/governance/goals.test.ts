import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assessGoal, expectedValue, GOALS, meetsTarget, type Goal } from './goals.js';

const goal = (id: string): Goal => {
  const g = GOALS.find((x) => x.id === id);
  assert.ok(g, id);
  return g;
};

describe('governance goals as data', () => {
  it('encodes the documents’ numbers and comparisons', () => {
    const zz = GOALS.filter((g) => g.zoneCode === 'zhuzhou').map((g) => [
      g.indicator,
      g.target,
      g.comparison,
      g.deadlineYear,
    ]);
    assert.deepEqual(zz, [
      ['leading_enterprises', '10', 'gte', 2025],
      ['parks', '2', 'gte', 2025],
      ['talents', '1000', 'gte', 2025],
      ['cbec_trade_value', '4000000000', 'gte', 2025],
      ['cbec_trade_value', '7000000000', 'gt', 2027],
    ]);
    // “6510”: 6 pilots, 5 leading enterprises, 10 亿美元 of annual imports and exports.
    const cz = GOALS.filter((g) => g.zoneCode === 'chenzhou').map((g) => [g.indicator, g.unit, g.target]);
    assert.deepEqual(cz, [
      ['innovation_pilots', 'count', '6'],
      ['leading_enterprises', 'count', '5'],
      ['cbec_trade_value', 'usd', '1000000000'],
    ]);
    assert.equal(new Set(GOALS.map((g) => g.id)).size, GOALS.length);
  });

  it('以上 includes the number, 超过 does not', () => {
    assert.equal(meetsTarget(goal('zhuzhou-2025-talents'), '1000'), true);
    assert.equal(meetsTarget(goal('zhuzhou-2025-talents'), '999'), false);
    assert.equal(meetsTarget(goal('zhuzhou-2027-trade-value'), '7000000000'), false);
    assert.equal(meetsTarget(goal('zhuzhou-2027-trade-value'), '7000000000.01'), true);
  });

  it('assesses against the linear path', () => {
    const talents = goal('zhuzhou-2025-talents');
    // 2023-01-01 → 2025-12-31 is 1096 days; by 2024-06-30 (547 days) the path asks for ≈ 499.
    assert.equal(expectedValue(talents, '2024-06-30').toDecimalPlaces(0).toFixed(), '499');
    assert.equal(assessGoal(talents, { value: '600' }, '2024-06-30').status, 'on_track');
    assert.equal(assessGoal(talents, { value: '400' }, '2024-06-30').status, 'behind');
    assert.equal(assessGoal(talents, { value: '1000' }, '2024-06-30').status, 'achieved');
    assert.equal(assessGoal(talents, { value: null }, '2024-06-30').status, 'no_data');
    // Past the deadline, only the target counts.
    assert.equal(assessGoal(talents, { value: '999' }, '2026-01-01').status, 'behind');
    const a = assessGoal(talents, { value: '250' }, '2026-03-02');
    assert.equal(a.year, 2025);
    assert.equal(a.share, 0.25);
    assert.match(a.statement.zh, /目标 2025年 ≥ 1,000/);
  });

  it('pro-rates an annual value by the share of its year gone', () => {
    const trade = goal('zhuzhou-2025-trade-value');
    // End of 2025 is the target itself; mid-2025 (181 of 365 days) half of it, roughly.
    assert.equal(expectedValue(trade, '2025-06-30').toDecimalPlaces(0).toFixed(), '1983561644');
    // End of 2024: the path's level at the end of 2024 (731/1096 of the target).
    assert.equal(expectedValue(trade, '2024-12-31').toDecimalPlaces(0).toFixed(), '2667883212');
  });

  const day = fc
    .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2029, 11, 31) })
    .map((t) => new Date(t).toISOString().slice(0, 10));
  const amount = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map(String);

  it('property: share is monotone in the value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOALS), day, amount, amount, (g, today, a, b) => {
        const [lo, hi] = BigInt(a) <= BigInt(b) ? [a, b] : [b, a];
        assert.ok(assessGoal(g, { value: lo }, today).share! <= assessGoal(g, { value: hi }, today).share!);
      }),
    );
  });

  it('property: achieved exactly when the value meets the target', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOALS), day, amount, (g, today, v) => {
        const a = assessGoal(g, { value: v }, today);
        const meets = g.comparison === 'gte' ? BigInt(v) >= BigInt(g.target) : BigInt(v) > BigInt(g.target);
        assert.equal(a.status === 'achieved', meets);
        assert.notEqual(a.status, 'no_data');
      }),
    );
  });
});
