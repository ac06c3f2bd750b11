import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../../shared/app-error.js';
import { checkRetailImportLimits, type LimitCheck, type LimitInput } from './check-retail-import-limits.js';
import { Dec } from './decimal.js';
import { LIMIT_VERSIONS, limitsOn } from './limit-parameters.js';

const TWO_LINES = [{ qty: '1' }, { qty: '1' }];
const ONE_ITEM = [{ qty: '1' }];

function check(
  transactionValue: string,
  buyerAnnualUsed: string,
  goodsLines: LimitInput['goodsLines'],
  date = '2024-06-01',
) {
  const r = checkRetailImportLimits({ transactionValue, buyerAnnualUsed, goodsLines, date });
  if (!r.ok) assert.fail(r.reason.en);
  return r;
}
const codes = (r: Extract<LimitCheck, { ok: true }>) => r.reasons.map((x) => x.code);

describe('retail import limits: worked examples', () => {
  it('an order of exactly 5,000.00 is within the single limit ("超过" is strictly above)', () => {
    const r = check('5000.00', '0', TWO_LINES);
    assert.equal(r.treatment, 'cbec_preferential');
    assert.deepEqual(codes(r), ['within_limits']);
    assert.equal(r.countsTowardAnnual, '5000.00');
    assert.equal(r.annualUsedAfter, '5000.00');
  });

  it('5,000.01 over two lines is over the single limit: general trade, customs -621005', () => {
    const r = check('5000.01', '0', TWO_LINES);
    assert.equal(r.treatment, 'general_trade');
    assert.deepEqual(codes(r), ['over_single_limit', 'more_than_one_item']);
    assert.equal(r.reasons[0]?.customsReturnCode, '-621005');
    assert.equal(r.countsTowardAnnual, '0.00');
    assert.equal(r.annualUsedAfter, '0.00');
    // One line of quantity 2 is two items, not "订单下仅一件商品".
    assert.equal(check('5000.01', '0', [{ qty: '2' }]).treatment, 'general_trade');
  });

  it('the annual limit reached exactly is within; exceeded by 0.01 is general trade, customs -621018', () => {
    // 23,000 used + 3,000 = 26,000.00 (not above 26,000).
    const at = check('3000.00', '23000.00', TWO_LINES);
    assert.equal(at.treatment, 'cbec_preferential');
    assert.equal(at.annualUsedAfter, '26000.00');
    // 23,000 + 3,000.01 = 26,000.01 > 26,000.
    const over = check('3000.01', '23000.00', TWO_LINES);
    assert.equal(over.treatment, 'general_trade');
    assert.deepEqual(codes(over), ['over_annual_limit']);
    assert.equal(over.reasons[0]?.customsReturnCode, '-621018');
    assert.equal(over.annualUsedAfter, '23000.00');
  });

  it('one indivisible item above 5,000 uses the retail channel, taxed in full (rules.md §1.3 example 3)', () => {
    // Handbag 8,000, used 10,000 → cbec_full_tax; the amount counts: 18,000.
    const r = check('8000.00', '10000.00', ONE_ITEM);
    assert.equal(r.treatment, 'cbec_full_tax');
    assert.equal(r.singleItem, true);
    assert.deepEqual(codes(r), ['over_single_limit', 'single_item_full_tax']);
    assert.equal(r.countsTowardAnnual, '8000.00');
    assert.equal(r.annualUsedAfter, '18000.00');
    assert.match(r.reasons[1]?.zh ?? '', /全额征收/);
  });

  it('the one-item rule ends where the year ends: total above 26,000, or an item not below 26,000', () => {
    // 8,000 with 20,000 used → 28,000 > 26,000: general trade (49号 第二条 last clause).
    const overYear = check('8000.00', '20000.00', ONE_ITEM);
    assert.equal(overYear.treatment, 'general_trade');
    assert.deepEqual(codes(overYear), ['over_single_limit', 'single_item_over_annual_total']);
    // Exactly 26,000.00 is not "低于 26000": general trade even with nothing used.
    assert.deepEqual(codes(check('26000.00', '0', ONE_ITEM)), [
      'over_single_limit',
      'single_item_not_below_annual_limit',
    ]);
    // 25,999.99 with nothing used: full tax, the year's total then 25,999.99.
    assert.equal(check('25999.99', '0', ONE_ITEM).treatment, 'cbec_full_tax');
    // 6,000 with exactly 20,000 used → 26,000.00: still within the year.
    assert.equal(check('6000.00', '20000.00', ONE_ITEM).treatment, 'cbec_full_tax');
  });

  it('uses the limits in force on the day: 2,000 / 20,000 before 2019-01-01, 5,000 / 26,000 from it', () => {
    assert.equal(check('3000.00', '0', TWO_LINES, '2018-12-31').treatment, 'general_trade');
    assert.equal(check('3000.00', '0', TWO_LINES, '2019-01-01').treatment, 'cbec_preferential');
    assert.equal(check('2000.00', '0', TWO_LINES, '2018-12-31').treatment, 'cbec_preferential');
    assert.equal(check('2000.01', '0', TWO_LINES, '2018-12-31').treatment, 'general_trade');
    // Annual: 19,000 + 1,500 = 20,500 > 20,000 in 2018; within 26,000 under the 2019 parameters.
    assert.equal(check('1500.00', '19000.00', TWO_LINES, '2018-12-31').treatment, 'general_trade');
    assert.equal(check('1500.00', '19000.00', TWO_LINES, '2019-01-01').treatment, 'cbec_preferential');
  });

  it('before 2019 a single indivisible item over 2,000 goes to general trade (18号 第三条), no carve-out', () => {
    const r = check('2500.00', '0', ONE_ITEM, '2018-12-31');
    assert.equal(r.treatment, 'general_trade');
    assert.deepEqual(codes(r), ['over_single_limit', 'single_indivisible_item_over_limit']);
    assert.equal(check('2500.00', '0', ONE_ITEM, '2019-01-01').treatment, 'cbec_preferential');
    assert.equal(check('8000.00', '0', ONE_ITEM, '2018-12-31').treatment, 'general_trade');
    assert.equal(check('8000.00', '0', ONE_ITEM, '2019-01-01').treatment, 'cbec_full_tax');
  });

  it('answers with a reason, not a throw, on a day before the regime; throws on malformed input', () => {
    const r = checkRetailImportLimits({
      transactionValue: '100',
      buyerAnnualUsed: '0',
      goodsLines: ONE_ITEM,
      date: '2016-04-07',
    });
    assert.deepEqual(r.ok ? null : r.reason.code, 'no_rules_in_force');
    assert.throws(
      () =>
        checkRetailImportLimits({
          transactionValue: '-1',
          buyerAnnualUsed: '0',
          goodsLines: [],
          date: '2024-13-01',
        }),
      (e: unknown) =>
        e instanceof AppError &&
        JSON.stringify(e.errors.map((f) => f.field)) ===
          JSON.stringify(['transactionValue', 'goodsLines', 'date']),
    );
  });

  it('every reason is bilingual and cites its document', () => {
    for (const r of [
      check('100', '0', ONE_ITEM),
      check('8000', '0', ONE_ITEM),
      check('8000', '0', TWO_LINES),
      check('100', '25950', ONE_ITEM),
    ])
      for (const reason of r.reasons) {
        assert.match(reason.zh, /[\u4e00-\u9fff]/);
        assert.match(reason.en, /[a-z]/);
        assert.match(reason.citation, /财关税/);
      }
  });
});

describe('retail import limits: parameters and properties', () => {
  it('versions are in date order and each takes over on its own first day', () => {
    const days = LIMIT_VERSIONS.map((v) => v.effectiveFrom);
    assert.deepEqual(days, [...days].sort());
    assert.equal(limitsOn('2016-04-07'), undefined);
    assert.equal(limitsOn('2016-04-08')?.singleTransactionLimit, '2000');
    assert.equal(limitsOn('2018-12-31')?.annualLimit, '20000');
    assert.equal(limitsOn('2019-01-01')?.annualLimit, '26000');
  });

  const fenAmount = (max: number) =>
    fc.integer({ min: 0, max }).map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
  const lines = fc.array(fc.record({ qty: fc.integer({ min: 1, max: 3 }).map(String) }), {
    minLength: 1,
    maxLength: 4,
  });
  const day = fc.constantFrom('2017-06-30', '2018-12-31', '2019-01-01', '2024-06-01');

  it('preferential exactly when value ≤ single limit and used + value ≤ annual limit', () => {
    fc.assert(
      fc.property(fenAmount(3_000_000), fenAmount(3_000_000), lines, day, (value, used, goodsLines, date) => {
        const r = check(value, used, goodsLines, date);
        const p = limitsOn(date)!;
        const within =
          new Dec(value).lte(p.singleTransactionLimit) && new Dec(used).plus(value).lte(p.annualLimit);
        assert.equal(r.treatment === 'cbec_preferential', within);
      }),
    );
  });

  it('what counts toward the year is the value when taxed through the channel, nothing otherwise', () => {
    fc.assert(
      fc.property(fenAmount(3_000_000), fenAmount(3_000_000), lines, day, (value, used, goodsLines, date) => {
        const r = check(value, used, goodsLines, date);
        const counted = r.treatment === 'general_trade' ? new Dec(0) : new Dec(value);
        assert.ok(new Dec(r.countsTowardAnnual).eq(counted));
        assert.ok(new Dec(r.annualUsedAfter).eq(new Dec(used).plus(counted)));
        // Whatever is counted never takes the year above its limit when it started within it.
        if (new Dec(used).lte(limitsOn(date)!.annualLimit))
          assert.ok(new Dec(r.annualUsedAfter).lte(limitsOn(date)!.annualLimit));
        assert.ok(r.treatment !== 'cbec_full_tax' || r.singleItem);
      }),
    );
  });
});
