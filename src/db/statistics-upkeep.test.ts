import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analysisDue, DEFAULT_UPKEEP } from './statistics-upkeep.js';

const policy = { minRows: 1_000, share: 0.25 };

describe('analysisDue: when a table written in bulk is analysed again', () => {
  it('waits for the least rows, then analyses a table never analysed, or one grown by its share', () => {
    assert.equal(analysisDue(999, -1, policy), false);
    assert.equal(analysisDue(1_000, -1, policy), true);
    assert.equal(analysisDue(1_000, 0, policy), true);
    assert.equal(analysisDue(1_000, 4_000, policy), true);
    assert.equal(analysisDue(1_000, 4_004, policy), false);
    assert.equal(analysisDue(250_000, 1_000_000, policy), true);
    assert.equal(analysisDue(249_999, 1_000_000, policy), false);
  });

  it('is never due below the least rows, and stays due as more rows are written', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000_000),
        fc.integer({ min: -1, max: 10_000_000 }),
        fc.nat(1_000_000),
        (w, e, more) => {
          if (w < policy.minRows) assert.equal(analysisDue(w, e, policy), false);
          if (analysisDue(w, e, policy)) assert.equal(analysisDue(w + more, e, policy), true);
        },
      ),
    );
  });

  it('by default: a new table after 10,000 rows, then every quarter of growth', () => {
    assert.equal(analysisDue(10_000, -1, DEFAULT_UPKEEP), true);
    assert.equal(analysisDue(9_999, -1, DEFAULT_UPKEEP), false);
    assert.equal(analysisDue(100_000, 400_000, DEFAULT_UPKEEP), true);
    assert.equal(analysisDue(99_999, 400_000, DEFAULT_UPKEEP), false);
  });
});
