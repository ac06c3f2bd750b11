import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../shared/app-error.js';
import { loadRateTable, rateFor, RATE_COLUMNS } from './rate-table.js';
import { sampleRateTable } from './sample-tables.js';

const HEADER = RATE_COLUMNS.join(',');

/** The field names of the validation error a bad table throws. */
function faults(csv: string): string[] {
  try {
    loadRateTable(csv);
  } catch (e) {
    assert.ok(e instanceof AppError);
    assert.equal(e.code, 'validation_failed');
    return e.errors.map((f) => f.field);
  }
  assert.fail('the table was accepted');
}

describe('rate table', () => {
  it('loads the sample, every row of it', () => {
    const t = sampleRateTable();
    assert.equal(t.byHs.size, 9);
    assert.equal([...t.byHs.values()].flat().length, 25);
  });

  it('takes the row in force on the day: a change applies from its own day, not the day before', () => {
    const t = sampleRateTable();
    // Infant formula: 17 % from 2016-04-08, 16 % from 2018-05-01, 13 % from 2019-04-01 (sample rows).
    assert.equal(rateFor(t, '1901101000', '2016-04-07'), undefined);
    assert.equal(rateFor(t, '1901101000', '2018-04-30')?.vatRate, '0.17');
    assert.equal(rateFor(t, '1901101000', '2018-05-01')?.vatRate, '0.16');
    assert.equal(rateFor(t, '1901101000', '2019-03-31')?.vatRate, '0.16');
    assert.equal(rateFor(t, '1901101000', '2019-04-01')?.vatRate, '0.13');
    assert.equal(rateFor(t, '9999999999', '2024-01-01'), undefined);
  });

  it('parses specific and threshold consumption taxes', () => {
    const whisky = rateFor(sampleRateTable(), '2208300000', '2024-01-01');
    assert.deepEqual(whisky?.ctSpecific, [
      { amount: '0.5', per: '500', unit: 'ml' },
      { amount: '0.5', per: '500', unit: 'g' },
    ]);
    const serum = rateFor(sampleRateTable(), '3304990099', '2024-01-01');
    assert.deepEqual(
      serum?.ctThreshold.map((p) => `${p.amount}/${p.per}${p.unit}`),
      ['10/1ml', '10/1g', '15/1piece'],
    );
    assert.equal(serum?.confidence, 'M');
  });

  it('reports every bad row with its line, all at once', () => {
    const csv = [
      '# a comment on line 1, with a comma',
      HEADER,
      '1901101000,2019-04-01,ok,ok,0.13,,,,,M,fine # not a comment',
      '190110100,2019-04-01,short code,x,0.13,,,,,M,s', // line 4
      '1901101000,2019-02-30,no such day,x,13,,,,,M,s', // line 5: date and rate
      '2208300000,2019-04-01,bad specific,x,0.13,0.2,0.5/500cl,,,?,s', // line 6
      '3304990099,2019-04-01,threshold alone,x,0.13,,,10/ml,,?,s', // line 7
      '1901101000,2019-04-01,twin of line 3,x,0.13,,,,,M,s', // line 8
      '1901101000,2020-01-01,bad confidence,x,0.13,,,,,sure,', // line 9
    ].join('\n');
    assert.deepEqual(faults(csv), [
      'line 4: hs_code',
      'line 5: effective_from',
      'line 5: vat_rate',
      'line 6: ct_specific',
      'line 7: ct_threshold',
      'line 8: effective_from',
      'line 9: confidence',
      'line 9: source',
    ]);
  });

  it('gives each error a bilingual message naming the line', () => {
    try {
      loadRateTable(
        `${HEADER}\n1901101000,2019-04-01,x,x,0.13,,,,,M,s\n1901101000,2019-04-01,x,x,0.13,,,,,M,s`,
      );
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof AppError);
      assert.deepEqual(e.errors[0]?.message, {
        zh: '第 3 行 effective_from：1901101000 自 2019-04-01 起的税率已在第 2 行给出',
        en: 'line 3, effective_from: 1901101000 from 2019-04-01 is already given on line 2',
      });
    }
  });

  it('refuses a table with a missing or unknown column, or no rows', () => {
    assert.deepEqual(faults('hs_code,effective_from\n1901101000,2019-04-01'), [
      ...RATE_COLUMNS.filter((c) => c !== 'hs_code' && c !== 'effective_from').map((c) => `header: ${c}`),
    ]);
    assert.deepEqual(faults(`${HEADER},vat\n1901101000,2019-04-01,x,x,0.13,,,,,M,s,1`), ['header: vat']);
    assert.deepEqual(faults(`# only a header\n${HEADER}\n`), ['(file)']);
    // A row with too few cells is a CSV syntax error; csv-parse names the line in the message.
    assert.deepEqual(faults(`${HEADER}\n1901101000,2019-04-01`), ['(file)']);
  });

  it('keeps a "#" inside a cell as text', () => {
    const t = loadRateTable(`${HEADER}\n1901101000,2019-04-01,x,x,0.13,,,,,M,see #3`);
    assert.equal(rateFor(t, '1901101000', '2019-04-01')?.source, 'see #3');
  });
});
