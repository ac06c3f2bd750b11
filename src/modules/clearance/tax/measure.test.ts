import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureAgainst, parsePerMeasure } from './measure.js';

describe('per-measure notation', () => {
  it('parses alternatives and refuses malformed ones', () => {
    assert.deepEqual(parsePerMeasure('0.5/500ml;0.5/500g'), {
      ok: true,
      value: [
        { amount: '0.5', per: '500', unit: 'ml' },
        { amount: '0.5', per: '500', unit: 'g' },
      ],
    });
    assert.deepEqual(parsePerMeasure(''), { ok: true, value: [] });
    assert.equal(parsePerMeasure('0.5/500cl').ok, false);
    assert.equal(parsePerMeasure('1/0ml').ok, false);
    assert.equal(parsePerMeasure('1/ml;2/L').ok, false, 'two alternatives of the same dimension');
  });

  it('measures a line in the first alternative it can, converting litres and kilograms', () => {
    const [perLitre] = [parsePerMeasure('1/L')];
    assert.ok(perLitre.ok);
    // 700 ml against "1 per litre" is 0.7 litres.
    assert.equal(measureAgainst(perLitre.value, { ml: '700' })?.units.toFixed(), '0.7');
    const both = parsePerMeasure('0.5/500ml;0.5/500g');
    assert.ok(both.ok);
    assert.equal(measureAgainst(both.value, { g: '250' })?.units.toFixed(), '0.5');
    assert.equal(measureAgainst(both.value, { piece: '1' }), undefined);
  });
});
