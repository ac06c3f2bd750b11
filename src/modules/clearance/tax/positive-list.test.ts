import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../shared/app-error.js';
import {
  findPositiveListEntries,
  isOnPositiveList,
  loadPositiveList,
  POSITIVE_LIST_COLUMNS,
} from './positive-list.js';
import { samplePositiveList } from './sample-tables.js';

const HEADER = POSITIVE_LIST_COLUMNS.join(',');

/** A made-up list (test data, not the official one): an edition that ends and one that follows. */
const EDITIONS = [
  HEADER,
  '33049900,护肤品,,,old,2020-01-01,2022-02-28',
  '22042100,葡萄酒,,,old,2020-01-01,2022-02-28',
  '33049900,护肤品,,,new,2022-03-01,',
  '2106909090,其他食品,限网购保税商品,1210,new,2022-03-01,',
].join('\n');

describe('positive list', () => {
  it('loads the sample and matches 10-digit codes under its 8-digit lines', () => {
    const list = samplePositiveList();
    assert.equal(list.entries.length, 9);
    assert.equal(isOnPositiveList(list, '3304990099', '2024-06-01'), true);
    assert.equal(isOnPositiveList(list, '3304990010', '2024-06-01'), true);
    assert.equal(isOnPositiveList(list, '3304100000', '2024-06-01'), false);
    // The sample holds only the 2022 edition (from 2022-03-01).
    assert.equal(isOnPositiveList(list, '3304990099', '2022-02-28'), false);
  });

  it('follows the validity of each edition, both ends inclusive', () => {
    const list = loadPositiveList(EDITIONS);
    assert.equal(isOnPositiveList(list, '2204210000', '2019-12-31'), false);
    assert.equal(isOnPositiveList(list, '2204210000', '2020-01-01'), true);
    assert.equal(isOnPositiveList(list, '2204210000', '2022-02-28'), true);
    assert.equal(isOnPositiveList(list, '2204210000', '2022-03-01'), false);
    assert.deepEqual(
      findPositiveListEntries(list, '3304990099', '2022-03-01').map((e) => e.edition),
      ['new'],
    );
  });

  it('matches a 10-digit entry exactly and honours its trade modes', () => {
    const list = loadPositiveList(EDITIONS);
    assert.equal(isOnPositiveList(list, '2106909090', '2023-01-01', '1210'), true);
    assert.equal(isOnPositiveList(list, '2106909090', '2023-01-01', '9610'), false);
    assert.equal(isOnPositiveList(list, '2106909090', '2023-01-01'), true);
    assert.equal(isOnPositiveList(list, '2106909091', '2023-01-01', '1210'), false);
    assert.equal(findPositiveListEntries(list, '2106909090', '2023-01-01')[0]?.remark, '限网购保税商品');
  });

  it('reports every bad row with its line', () => {
    const csv = [
      HEADER,
      '3304990,短编码,,,e,2022-03-01,', // 2
      '33049900,护肤品,,9710,e,2022-03-01,', // 3
      '33049900,护肤品,,,e,2022-03-01,', // 4 (fine)
      '33049900,护肤品,,,e,2022-03-01,', // 5 duplicate in the edition
      '22042100,葡萄酒,,,e,2022-04-01,', // 6 edition dates differ
      '22083000,威士忌,,,f,2022-03-01,2022-01-01', // 7 ends before it starts
    ].join('\n');
    try {
      loadPositiveList(csv);
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof AppError);
      assert.deepEqual(
        e.errors.map((f) => f.field),
        [
          'line 2: hs_code',
          'line 3: trade_modes',
          'line 5: hs_code',
          'line 6: effective_from',
          'line 7: valid_until',
        ],
      );
    }
  });
});
