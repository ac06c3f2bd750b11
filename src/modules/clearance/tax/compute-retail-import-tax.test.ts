import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../shared/app-error.js';
import { computeRetailImportTax, type TaxInput, type TaxResult } from './compute-retail-import-tax.js';
import { loadRateTable, RATE_COLUMNS } from './rate-table.js';
import { sampleRateTable } from './sample-tables.js';

const rates = sampleRateTable();
const tables = { rates };

function ok(r: TaxResult) {
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r;
}

const preferential = (lines: TaxInput['lines'], freight = '0', insuredFee = '0'): TaxInput => ({
  treatment: 'cbec_preferential',
  freight,
  insuredFee,
  lines,
});

/**
 * TEST DATA ONLY: a watch row with a made-up 10 % import duty so full taxation can be worked by hand.
 * Not a real rate (the sample table leaves every real duty blank).
 */
const fictitiousTariff = loadRateTable(
  [
    RATE_COLUMNS.join(','),
    '9102210000,2019-04-01,手表,watch,0.13,0.20,,10000/piece,0.10,illustrative,test data: fictitious duty',
  ].join('\n'),
);

describe('combined retail import tax: worked examples (sample rates)', () => {
  it('high-end cosmetics: rules.md §1.3 example 1, 230.59', () => {
    // Serum 980 + freight 20 → P = 1,000.00; 30 ml → 33.33 元/ml ≥ 10 元/ml, so CT applies (103号).
    // CT statutory  = 1000 ÷ 0.85 × 0.15 = 176.4705882353…  → × 0.7 = 123.5294… → 123.53
    // VAT base      = 1000 + 176.4705882353 = 1176.4705882353
    // VAT statutory = 1176.4705882353 × 0.13 = 152.9411764706 → × 0.7 = 107.0588… → 107.06
    // total 230.59 (= 1000 × 23.0588 %, rules.md §1.2)
    const r = ok(
      computeRetailImportTax(
        preferential(
          [{ gnum: 1, gcode: '3304990099', qty: '1', totalPrice: '980', measures: { ml: '30' } }],
          '20',
        ),
        tables,
        '2024-06-01',
      ),
    );
    const [line] = r.lines;
    assert.deepEqual(line?.dutiableValue, {
      goods: '980.00',
      freightShare: '20.00',
      insuranceShare: '0.00',
      taxPrice: '1000.00',
    });
    assert.equal(line?.trace.consumptionTaxBase, '1176.4705882353');
    assert.equal(line?.trace.consumptionTax, '176.4705882353');
    assert.equal(line?.trace.valueAddedTaxBase, '1176.4705882353');
    assert.equal(line?.trace.valueAddedTax, '152.9411764706');
    assert.deepEqual(line?.trace.consumptionTaxThreshold, {
      rule: '10/ml',
      quantity: '30 ml',
      unitValue: '33.3333333333',
      met: true,
    });
    assert.deepEqual(r.totals, {
      taxPrice: '1000.00',
      customsTax: '0.00',
      consumptionTax: '123.53',
      valueAddedTax: '107.06',
      taxTotal: '230.59',
    });
  });

  it('cosmetics below the 10 元/ml threshold bear VAT only; exactly at it, CT applies ("及以上")', () => {
    // 50 ml cream at 300 → 6 元/ml < 10: no CT; VAT = 300 × 0.13 × 0.7 = 27.30.
    const below = ok(
      computeRetailImportTax(
        preferential([{ gnum: 1, gcode: '3304990099', qty: '1', totalPrice: '300', measures: { ml: '50' } }]),
        tables,
        '2024-06-01',
      ),
    );
    assert.equal(below.lines[0]?.trace.consumptionTaxApplies, false);
    assert.deepEqual(below.totals, {
      taxPrice: '300.00',
      customsTax: '0.00',
      consumptionTax: '0.00',
      valueAddedTax: '27.30',
      taxTotal: '27.30',
    });
    // 30 ml at 300 → exactly 10 元/ml: CT = 300 ÷ 0.85 × 0.15 × 0.7 = 37.0588… → 37.06;
    // VAT = 300 ÷ 0.85 × 0.13 × 0.7 = 32.1176… → 32.12; total 69.18.
    const at = ok(
      computeRetailImportTax(
        preferential([{ gnum: 1, gcode: '3304990099', qty: '1', totalPrice: '300', measures: { ml: '30' } }]),
        tables,
        '2024-06-01',
      ),
    );
    assert.equal(at.lines[0]?.trace.consumptionTaxThreshold?.met, true);
    assert.deepEqual(at.totals, {
      taxPrice: '300.00',
      customsTax: '0.00',
      consumptionTax: '37.06',
      valueAddedTax: '32.12',
      taxTotal: '69.18',
    });
  });

  it('wine and whisky: ad-valorem CT and compound CT with a specific part per 500 ml', () => {
    // Freight 36 shared by value 400 : 800 → 12 and 24. P(wine) = 412, P(whisky) = 824.
    // Wine, CT 10 % (sample, rules.md silent):
    //   CT base = 412 ÷ 0.9 = 457.7777…; CT = 45.7777… → × 0.7 = 32.0444 → 32.04
    //   VAT = 457.7777… × 0.13 = 59.5111… → × 0.7 = 41.6577… → 41.66              line 73.70
    // Whisky, CT 20 % + 0.5 元/500 ml (sample, rules.md silent), 700 ml → specific 1.4 × 0.5 = 0.70:
    //   CT base = (824 + 0 + 0.70) ÷ 0.8 = 1030.875; CT = 1030.875 × 0.2 + 0.70 = 206.875
    //   CT payable = 206.875 × 0.7 = 144.8125 → 144.81
    //   VAT base = 824 + 206.875 = 1030.875; VAT = 134.01375 → × 0.7 = 93.809625 → 93.81   line 238.62
    // Totals: CT 176.85, VAT 135.47, tax 312.32.
    const r = ok(
      computeRetailImportTax(
        preferential(
          [
            { gnum: 1, gcode: '2204210000', qty: '2', totalPrice: '400', measures: { ml: '1500' } },
            { gnum: 2, gcode: '2208300000', qty: '1', totalPrice: '800', measures: { ml: '700' } },
          ],
          '36',
        ),
        tables,
        '2024-06-01',
      ),
    );
    const [wine, whisky] = r.lines;
    assert.equal(wine?.dutiableValue.taxPrice, '412.00');
    assert.deepEqual(wine?.payable, {
      customsTax: '0.00',
      consumptionTax: '32.04',
      valueAddedTax: '41.66',
      total: '73.70',
    });
    assert.deepEqual(whisky?.trace.consumptionTaxSpecific, {
      rule: '0.5/500ml',
      quantity: '700 ml',
      amount: '0.70',
    });
    assert.equal(whisky?.trace.consumptionTaxBase, '1030.875');
    assert.equal(whisky?.trace.consumptionTax, '206.875');
    assert.equal(whisky?.trace.valueAddedTax, '134.01375');
    assert.deepEqual(whisky?.payable, {
      customsTax: '0.00',
      consumptionTax: '144.81',
      valueAddedTax: '93.81',
      total: '238.62',
    });
    assert.deepEqual(r.totals, {
      taxPrice: '1236.00',
      customsTax: '0.00',
      consumptionTax: '176.85',
      valueAddedTax: '135.47',
      taxTotal: '312.32',
    });
  });

  it('electronics bear VAT only: 9.1 % of the dutiable value', () => {
    // Headphones 1,299 + freight 15 + insurance 6 → P = 1,320; VAT = 1320 × 0.13 × 0.7 = 120.12.
    const r = ok(
      computeRetailImportTax(
        preferential([{ gnum: 1, gcode: '8518300000', qty: '1', totalPrice: '1299' }], '15', '6'),
        tables,
        '2024-06-01',
      ),
    );
    assert.deepEqual(r.lines[0]?.dutiableValue, {
      goods: '1299.00',
      freightShare: '15.00',
      insuranceShare: '6.00',
      taxPrice: '1320.00',
    });
    assert.deepEqual(r.totals, {
      taxPrice: '1320.00',
      customsTax: '0.00',
      consumptionTax: '0.00',
      valueAddedTax: '120.12',
      taxTotal: '120.12',
    });
  });

  it('infant formula either side of the VAT dates (sample rows; rules.md silent on 16 %)', () => {
    // P = 500. 2018-12-31 and 2019-01-01: VAT 16 % → 500 × 0.16 × 0.7 = 56.00.
    // 2019-04-01: VAT 13 % → 500 × 0.13 × 0.7 = 45.50 (rules.md §1.3 example 2).
    const order = preferential([{ gnum: 1, gcode: '1901101000', qty: '2', totalPrice: '500' }]);
    const vat = (date: string) => ok(computeRetailImportTax(order, tables, date)).totals.valueAddedTax;
    assert.equal(vat('2018-12-31'), '56.00');
    assert.equal(vat('2019-01-01'), '56.00');
    assert.equal(vat('2019-03-31'), '56.00');
    assert.equal(vat('2019-04-01'), '45.50');
  });

  it('one item above 5,000, taxed in full: rules.md §1.3 example 3, 1,944', () => {
    // Handbag P = 8,000, ILLUSTRATIVE duty 10 % (the sample row says so): tariff 800;
    // VAT = (8000 + 800) × 0.13 = 1,144; no 70 %: total 1,944.
    const r = ok(
      computeRetailImportTax(
        {
          treatment: 'cbec_full_tax',
          freight: '0',
          insuredFee: '0',
          lines: [{ gnum: 1, gcode: '4202210000', qty: '1', totalPrice: '8000' }],
        },
        tables,
        '2024-06-01',
      ),
    );
    assert.equal(r.lines[0]?.trace.factor, '1');
    assert.equal(r.lines[0]?.rateRow.confidence, 'illustrative');
    assert.deepEqual(r.totals, {
      taxPrice: '8000.00',
      customsTax: '800.00',
      consumptionTax: '0.00',
      valueAddedTax: '1144.00',
      taxTotal: '1944.00',
    });
  });

  it('a high-end watch in full: threshold 10,000 元/只 met, CT on (P + duty) ÷ (1 − c) (fictitious duty)', () => {
    // P = 12,000, one piece ≥ 10,000 → CT 20 %. Duty 10 % (TEST DATA) = 1,200.
    // CT base = (12000 + 1200) ÷ 0.8 = 16,500; CT = 3,300. VAT = (12000 + 1200 + 3300) × 0.13 = 2,145.
    // Total 1,200 + 3,300 + 2,145 = 6,645.
    const watch = (price: string) =>
      ok(
        computeRetailImportTax(
          {
            treatment: 'cbec_full_tax',
            freight: '0',
            insuredFee: '0',
            lines: [{ gnum: 1, gcode: '9102210000', qty: '1', totalPrice: price, measures: { piece: '1' } }],
          },
          { rates: fictitiousTariff },
          '2024-06-01',
        ),
      ).totals;
    assert.deepEqual(watch('12000'), {
      taxPrice: '12000.00',
      customsTax: '1200.00',
      consumptionTax: '3300.00',
      valueAddedTax: '2145.00',
      taxTotal: '6645.00',
    });
    // 9,000 < 10,000 元/只: no CT. Duty 900; VAT = 9900 × 0.13 = 1,287; total 2,187.
    assert.deepEqual(watch('9000'), {
      taxPrice: '9000.00',
      customsTax: '900.00',
      consumptionTax: '0.00',
      valueAddedTax: '1287.00',
      taxTotal: '2187.00',
    });
  });

  it('rounding strategies differ by a fen where the per-line halves add up', () => {
    // Two headphone lines of 10.05: VAT each = 10.05 × 0.091 = 0.91455.
    // per_line: 0.91 + 0.91 = 1.82.  per_inventory: lines 0.91455, total round(1.8291) = 1.83.
    const lines = [
      { gnum: 1, gcode: '8518300000', qty: '1', totalPrice: '10.05' },
      { gnum: 2, gcode: '8518300000', qty: '1', totalPrice: '10.05' },
    ];
    const perLine = ok(computeRetailImportTax(preferential(lines), tables, '2024-06-01'));
    assert.equal(perLine.totals.valueAddedTax, '1.82');
    assert.equal(perLine.lines[0]?.payable.valueAddedTax, '0.91');
    const perInventory = ok(
      computeRetailImportTax({ ...preferential(lines), rounding: 'per_inventory' }, tables, '2024-06-01'),
    );
    assert.equal(perInventory.totals.valueAddedTax, '1.83');
    assert.equal(perInventory.lines[0]?.payable.valueAddedTax, '0.91455');
  });
});

describe('combined retail import tax: what it refuses to guess', () => {
  it('a code without a rate on the day, a missing quantity, a missing duty rate: all reported at once', () => {
    // The sample leaves every real import duty blank, so full taxation of its rows is refused.
    const r = computeRetailImportTax(
      {
        treatment: 'cbec_full_tax',
        freight: '0',
        insuredFee: '0',
        lines: [
          { gnum: 1, gcode: '9999999999', qty: '1', totalPrice: '100' },
          { gnum: 2, gcode: '3304990099', qty: '1', totalPrice: '100' }, // duty unknown; threshold needs ml, g or piece
          { gnum: 3, gcode: '9102210000', qty: '1', totalPrice: '6000', measures: { piece: '1' } }, // sample: duty unknown
        ],
      },
      tables,
      '2024-06-01',
    );
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.errors.map((e) => [e.gnum, e.code]), [
      [1, 'no_rate'],
      [2, 'no_tariff_rate'],
      [2, 'missing_measure'],
      [3, 'no_tariff_rate'],
    ]);
  });

  it('cosmetics dated before 财税〔2016〕103号 have no sample row', () => {
    const r = computeRetailImportTax(
      preferential([{ gnum: 1, gcode: '3304990099', qty: '1', totalPrice: '100', measures: { ml: '5' } }]),
      tables,
      '2016-09-30',
    );
    assert.equal(!r.ok && r.errors[0]?.code, 'no_rate');
  });

  it('freight over lines that are all free cannot be shared', () => {
    const r = computeRetailImportTax(
      preferential([{ gnum: 1, gcode: '8518300000', qty: '1', totalPrice: '0' }], '10'),
      tables,
      '2024-06-01',
    );
    assert.equal(!r.ok && r.errors[0]?.code, 'cannot_allocate');
  });

  it('malformed input throws validation_failed naming every field (no floats, no bad dates)', () => {
    assert.throws(
      () =>
        computeRetailImportTax(
          {
            treatment: 'cbec_preferential',
            freight: 20 as unknown as string,
            insuredFee: '1.234567',
            lines: [
              { gnum: 1, gcode: '33049900', qty: '1', totalPrice: '1' },
              { gnum: 1, gcode: '3304990099', qty: '1', totalPrice: '1' },
            ],
          },
          tables,
          '2024-06-01',
        ),
      (e: unknown) =>
        e instanceof AppError &&
        JSON.stringify(e.errors.map((f) => f.field)) ===
          JSON.stringify(['freight', 'insuredFee', 'lines.0.gcode', 'lines']),
    );
    // CEB import amounts are RMB only: any other currency code is refused, never converted.
    assert.throws(
      () =>
        computeRetailImportTax(
          {
            ...preferential([{ gnum: 1, gcode: '8518300000', qty: '1', totalPrice: '1' }]),
            currency: '502' as '142',
          },
          tables,
          '2024-06-01',
        ),
      (e: unknown) => e instanceof AppError && e.errors[0]?.field === 'currency',
    );
    assert.throws(
      () =>
        computeRetailImportTax(
          preferential([{ gnum: 1, gcode: '8518300000', qty: '1', totalPrice: '1' }]),
          tables,
          '2024-02-30',
        ),
      (e: unknown) => e instanceof AppError && e.errors[0]?.field === 'date',
    );
  });
});
