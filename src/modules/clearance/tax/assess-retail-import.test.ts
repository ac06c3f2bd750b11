import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessRetailImport, type AssessInput } from './assess-retail-import.js';
import { samplePositiveList, sampleRateTable } from './sample-tables.js';

const tables = { rates: sampleRateTable(), positiveList: samplePositiveList() };
const order = (lines: AssessInput['lines'], buyerAnnualUsed = '0', freight = '0'): AssessInput => ({
  tradeMode: '9610',
  freight,
  insuredFee: '0',
  lines,
  buyerAnnualUsed,
});

describe('assessing one inventory: positive list, limits, tax', () => {
  it('a listed order within the limits: preferential tax, and what to count in the ledger', () => {
    // rules.md §1.3 example 1 end to end: 完税价格 1,000, tax 230.59, the year's total 1,000.
    const a = assessRetailImport(
      order(
        [{ gnum: 1, gcode: '3304990099', qty: '1', totalPrice: '980', measures: { ml: '30' } }],
        '0',
        '20',
      ),
      tables,
      '2024-06-01',
    );
    assert.equal(a.treatment, 'cbec_preferential');
    assert.equal(a.transactionValue, '1000.00');
    assert.equal(a.limits?.ok && a.limits.countsTowardAnnual, '1000.00');
    assert.equal(a.tax?.ok && a.tax.totals.taxTotal, '230.59');
  });

  it('a code off the positive list refuses the order before any limit or tax', () => {
    const a = assessRetailImport(
      order([{ gnum: 1, gcode: '3304100000', qty: '1', totalPrice: '100' }]),
      tables,
      '2024-06-01',
    );
    assert.equal(a.treatment, 'general_trade');
    assert.deepEqual(a.notOnPositiveList, [1]);
    assert.equal(a.positiveListReason?.code, 'not_on_positive_list');
    assert.equal(a.limits, null);
    assert.equal(a.tax, null);
  });

  it('one handbag of 8,000 with 10,000 used: full tax 1,944 (illustrative duty), counts 8,000', () => {
    const a = assessRetailImport(
      order([{ gnum: 1, gcode: '4202210000', qty: '1', totalPrice: '8000' }], '10000'),
      tables,
      '2024-06-01',
    );
    assert.equal(a.treatment, 'cbec_full_tax');
    assert.equal(a.limits?.ok && a.limits.annualUsedAfter, '18000.00');
    assert.equal(a.tax?.ok && a.tax.totals.taxTotal, '1944.00');
  });

  it('over the limits: general trade, no retail tax computed', () => {
    // rules.md §1.3 example 4: 3,000 with 24,000 used → 27,000 > 26,000.
    const a = assessRetailImport(
      order([{ gnum: 1, gcode: '8518300000', qty: '2', totalPrice: '3000' }], '24000'),
      tables,
      '2024-06-01',
    );
    assert.equal(a.treatment, 'general_trade');
    assert.equal(a.tax, null);
    // rules.md §1.3 example 5: two items totalling 6,000.
    const b = assessRetailImport(
      order([
        { gnum: 1, gcode: '8518300000', qty: '1', totalPrice: '3000' },
        { gnum: 2, gcode: '6109100000', qty: '1', totalPrice: '3000' },
      ]),
      tables,
      '2024-06-01',
    );
    assert.equal(b.treatment, 'general_trade');
  });
});
