import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../shared/app-error.js';
import { addMonths, leaseMonthsInYear } from './dates.js';
import { evaluate } from './evaluate.js';
import { formatEvaluation } from './format.js';
import { fxRateFor, USD_CNY_ANNUAL_AVERAGES } from './fx-rates.js';
import { LPR_1Y, lprOn } from './lpr.js';
import type { ItemResult } from './result.js';

const ENTERPRISE = {
  applicantKind: 'enterprise',
  registeredAndTaxedInZone: true,
  independentLegalPerson: true,
  hasCbecTradeRecord: true,
  inCustomsCbecStatistics: true,
};
const item = (items: readonly ItemResult[], id: string) => items.find((i) => i.ruleId === id)!;
const text = (i: ItemResult) => i.trace.map((l) => `${l.zh}\n${l.en}\n${l.citation ?? ''}`).join('\n');

describe('evaluate: a worked example with its trace', () => {
  // 衡政发〔2024〕4号 第5条: exports of 7,200,000.00 yuan in 2024 against 100万美元 × 7.1217 = 7,121,700.00.
  const e = evaluate('hengyang', '2024', { ...ENTERPRISE, cbecExportYuan: '7200000.00' });
  const exportItem = item(e.items, '5/export');

  it('finds the tier and the maximum amount', () => {
    assert.equal(exportItem.status, 'eligible');
    assert.equal(exportItem.tier?.index, 3);
    assert.equal(exportItem.amount, '500000.00');
    assert.equal(exportItem.basis, 'maximum');
    assert.equal(exportItem.citation, '衡政发〔2024〕4号 第5条');
  });

  it('shows every condition with its numbers, the rate and the citation, in Chinese and English', () => {
    const t = text(exportItem);
    assert.match(
      t,
      /当年跨境电商出口总额 = 7,200,000\.00 元，条件 > 100 万美元（1,000,000 美元 × 7\.1217 = 7,121,700\.00 元） → 满足/,
    );
    assert.match(
      t,
      /cross-border e-commerce export value of the year = 7,200,000\.00 yuan; condition > 100 万美元 \(USD 1,000,000 × 7\.1217 = 7,121,700\.00 yuan\) → met/,
    );
    assert.match(t, /衡政发〔2024〕4号 第5条/);
    assert.match(t, /衡政发〔2024〕4号 一、支持范围/);
    assert.match(t, /各档不累加/);
    assert.ok(e.trace.some((l) => l.step === 'rate' && /7\.1217/.test(l.zh) && /统计公报/.test(l.zh)));
    assert.ok(e.documents[0]!.fxRate?.cnyPerUsd === '7.1217');
  });

  it('renders for the command line with both languages', () => {
    const out = formatEvaluation(e);
    assert.match(out, /✔ 衡政发〔2024〕4号 第5条 {2}\[5\/export\]/);
    assert.match(out, /最高 500,000\.00 元 \/ up to 500,000\.00 yuan/);
  });
});

describe('evaluate: outcomes that are results, not errors', () => {
  it('a period outside the validity is "not in force" for every item', () => {
    const e = evaluate('hengyang', '2027', ENTERPRISE);
    assert.ok(e.items.length > 20);
    assert.ok(e.items.every((i) => i.status === 'not_in_force' && i.amount === null));
    assert.match(e.documents[0]!.reason!.zh, /有效期至 2026-05-06/);
    assert.equal(e.total, '0.00');
  });

  it('a draft is not in force unless drafts are included; then every item is marked draft', () => {
    const e = evaluate('zhuzhou', '2024', {
      applicantKind: 'enterprise',
      hostedExhibitionBoothFeeYuan: '100.00',
    });
    assert.equal(item(e.items, '21/hosted-exhibitions').status, 'not_in_force');
    assert.equal(item(e.items, '21/hosted-exhibitions').reasons[0]!.code, 'draft');
    const d = evaluate(
      'zhuzhou',
      '2024',
      { applicantKind: 'enterprise', hostedExhibitionBoothFeeYuan: '100.00' },
      { includeDrafts: true },
    );
    const hosted = item(d.items, '21/hosted-exhibitions');
    assert.equal(hosted.amount, '100.00');
    assert.equal(hosted.draft, true);
    assert.match(text(hosted), /征求意见稿/);
  });

  it('missing facts make an item undetermined and are listed', () => {
    const e = evaluate('hengyang', '2024', { applicantKind: 'enterprise' });
    const promo = item(e.items, '6/promotion');
    assert.equal(promo.status, 'undetermined');
    assert.deepEqual([...promo.missingFacts].sort(), [
      'hasCbecTradeRecord',
      'inCustomsCbecStatistics',
      'independentLegalPerson',
      'platformPromotionFeeYuan',
      'registeredAndTaxedInZone',
    ]);
    assert.equal(promo.reasons[0]!.code, 'missing_facts');
  });

  it('a false condition wins over a missing one: ineligible, not undetermined', () => {
    const e = evaluate('hengyang', '2024', { applicantKind: 'enterprise', registeredAndTaxedInZone: false });
    assert.equal(item(e.items, '6/promotion').status, 'ineligible');
  });

  it('without a USD rate for the year, USD thresholds are undetermined and say why', () => {
    const e = evaluate('hengyang', '2026', { ...ENTERPRISE, cbecExportYuan: '9000000.00' });
    const x = item(e.items, '5/export');
    assert.equal(x.status, 'undetermined');
    assert.ok(x.reasons.some((r) => r.code === 'no_fx_rate'));
    // A caller with a confirmed rate passes its own table.
    const withRate = evaluate(
      'hengyang',
      '2026',
      { ...ENTERPRISE, cbecExportYuan: '9000000.00' },
      { fxRates: [{ year: 2026, cnyPerUsd: '7.0000', confidence: 'V', source: 'test' }] },
    );
    assert.equal(item(withRate.items, '5/export').amount, '500000.00');
  });
});

describe('evaluate: refused input', () => {
  const fields = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'validation_failed');
      return e.errors;
    }
    assert.fail('no error');
  };

  it('an unknown fact is a bilingual field error', () => {
    const [err] = fields(() => evaluate('hengyang', '2024', { ...ENTERPRISE, exportValue: '1' }));
    assert.equal(err!.field, 'facts.exportValue');
    assert.equal(err!.code, 'unknown_fact');
    assert.match(err!.message.zh, /未知的事实项：exportValue/);
    assert.match(err!.message.en, /unknown fact: exportValue/);
  });

  it('a wrong type is a field error, and every bad field is listed', () => {
    const errs = fields(() =>
      evaluate('hengyang', '2024', {
        applicantKind: 'bank',
        cbecExportYuan: 12.5,
        parkNewCbecTenantsCount: '3',
      }),
    );
    assert.deepEqual(errs.map((e) => e.field).sort(), [
      'facts.applicantKind',
      'facts.cbecExportYuan',
      'facts.parkNewCbecTenantsCount',
    ]);
  });

  it('an unknown zone or a period that is not a year', () => {
    assert.equal(fields(() => evaluate('changsha' as never, '2024', {}))[0]!.field, 'zone');
    assert.equal(fields(() => evaluate('hengyang', '2024-05', {}))[0]!.field, 'period');
  });
});

describe('dates, rates and the LPR', () => {
  it('counts lease months per lease year within a calendar year', () => {
    assert.deepEqual(leaseMonthsInYear('2024-03-15', 2024, 2), [10, 0]);
    assert.deepEqual(leaseMonthsInYear('2024-03-15', 2025, 2), [2, 10]);
    assert.deepEqual(leaseMonthsInYear('2024-03-15', 2026, 2), [0, 2]);
    assert.deepEqual(leaseMonthsInYear('2024-01-01', 2024, 2), [12, 0]);
    // Months begin on the 31st or the month's last day: the 13th month begins 2024-12-31.
    assert.deepEqual(leaseMonthsInYear('2023-12-31', 2024, 2), [11, 1]);
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2023-11-30', 3), '2024-02-29');
  });

  it('has one USD rate per year, four decimals, sources named', () => {
    const years = USD_CNY_ANNUAL_AVERAGES.map((r) => r.year);
    assert.deepEqual(years, [...years].sort());
    for (const r of USD_CNY_ANNUAL_AVERAGES) {
      assert.match(r.cnyPerUsd, /^\d\.\d{4}$/);
      assert.match(r.source, /统计公报/);
    }
    assert.equal(fxRateFor(USD_CNY_ANNUAL_AVERAGES, 2024)?.cnyPerUsd, '7.1217');
    assert.equal(fxRateFor(USD_CNY_ANNUAL_AVERAGES, 2026), undefined);
  });

  it('reads the 1-year LPR in force on a day', () => {
    assert.equal(lprOn(LPR_1Y, '2019-08-19'), undefined);
    assert.equal(lprOn(LPR_1Y, '2023-08-20')?.oneYearPct, '3.55');
    assert.equal(lprOn(LPR_1Y, '2023-08-21')?.oneYearPct, '3.45');
    assert.equal(lprOn(LPR_1Y, '2026-06-30')?.oneYearPct, '3.00');
  });

  it('an interest subsidy before the reformed LPR is undetermined', () => {
    const e = evaluate('chenzhou', '2021', {
      ...ENTERPRISE,
      filedOnPlatform: true,
      crossBorderFinanceLoans: [
        { principalYuan: '1000000', startDate: '2019-08-01', days: 100, interestPaidYuan: '50000.00' },
      ],
    });
    const x = item(e.items, '6.2/loan-interest');
    assert.equal(x.status, 'undetermined');
    assert.ok(x.reasons.some((r) => r.code === 'no_lpr'));
  });
});
