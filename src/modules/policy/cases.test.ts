import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCase, policyCases, runCase, runPolicyCases } from './cases.js';
import { evaluate } from './evaluate.js';
import { ZONE_IDS } from './types.js';

describe('policy cases (policies/<zone>/cases.ts)', () => {
  for (const zone of ZONE_IDS)
    describe(zone, () => {
      for (const c of policyCases(zone))
        it(`${c.id}: ${c.title}`, () => {
          const r = runCase(zone, c);
          assert.deepEqual(r.failures, []);
        });
    });

  it('every zone has cases, and runPolicyCases reports each', () => {
    for (const zone of ZONE_IDS) assert.ok(policyCases(zone).length > 20, zone);
    const all = runPolicyCases();
    assert.equal(
      all.length,
      ZONE_IDS.reduce((n, z) => n + policyCases(z).length, 0),
    );
    assert.equal(runPolicyCases('hengyang').length, policyCases('hengyang').length);
  });

  it('a wrong expectation fails (the runner can fail)', () => {
    const c = policyCases('hengyang').find((x) => x.id === '5-tier3-above')!;
    const wrong = {
      ...c,
      expect: { '5/export': { status: 'eligible' as const, amount: '499999.99', tier: 2 } },
    };
    const failures = checkCase(wrong, evaluate('hengyang', c.period, c.facts));
    assert.equal(failures.length, 2);
    assert.match(failures[0]!, /amount 500000.00, expected 499999.99/);
    assert.equal(runCase('hengyang', { ...c, expectError: 'validation_failed' }).passed, false);
  });
});
