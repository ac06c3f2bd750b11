import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineMeasures } from './line-measures.js';

describe('goods line measures from customs units', () => {
  it('converts kilograms and litres exactly, counts pieces, and keeps the first of each', () => {
    assert.deepEqual(
      lineMeasures([
        { qty: '2', unit: '007' },
        { qty: '0.35', unit: '035' },
        { qty: '0.75', unit: '095' },
        { qty: '9', unit: '011' },
      ]),
      { piece: '2', g: '350', ml: '750' },
    );
    assert.deepEqual(
      lineMeasures([
        { qty: '50', unit: '096' },
        { qty: '1', unit: '012' },
      ]),
      { ml: '50', piece: '1' },
    );
  });

  it('says nothing for units that are not a volume, a weight or a count, or absent quantities', () => {
    assert.deepEqual(
      lineMeasures([
        { qty: '3', unit: '140' },
        { qty: undefined, unit: '035' },
      ]),
      {},
    );
  });
});
