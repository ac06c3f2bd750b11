import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { checkFacts } from './facts.js';
import { platformFacts, type PlatformRecord } from './platform-facts.js';

const filing = { approved: true, kind: 'enterprise' as const, roles: ['ebc'], shopsFiled: 2 };

describe('policy facts from the platform’s records', () => {
  it('sums a year’s trade in yuan, US dollars at the year’s average rate, and says what the filing says', () => {
    const { facts, notes } = platformFacts(2024, {
      filing,
      trade: [
        { flow: 'export', currency: '502', value: '100000', parcels: 40 },
        { flow: 'export', currency: '142', value: '50000.555', parcels: 10 },
        { flow: 'import', currency: '142', value: '20000', parcels: 5 },
      ],
      exportedBefore: false,
    });
    // 100,000 USD × 7.1217 (2024 average) = 712,170; + 50,000.555 → 762,170.55 (cut to the fen).
    assert.equal(facts.cbecExportYuan, '762170.55');
    assert.equal(facts.cbecImportExportYuan, '782170.55');
    assert.equal(facts.applicantKind, 'enterprise');
    assert.equal(facts.filedOnPlatform, true);
    assert.equal(facts.linkedShopsFiled, true);
    assert.equal(facts.hasCbecTradeRecord, true);
    assert.equal(facts.cbecExportedBeforePeriod, false);
    assert.deepEqual(notes, []);
    assert.equal(checkFacts(facts).ok, true, 'the engine accepts what the platform derives');
  });

  it('leaves trade unset (undetermined) when a currency cannot be converted, and says why', () => {
    const r = platformFacts(2026, {
      filing: { ...filing, roles: ['park_operator'], shopsFiled: 0 },
      trade: [{ flow: 'export', currency: '502', value: '10', parcels: 1 }],
      exportedBefore: true,
    });
    assert.equal(r.facts.cbecExportYuan, undefined);
    assert.equal(r.facts.applicantKind, 'park_operator');
    assert.equal(r.facts.linkedShopsFiled, false);
    assert.match(r.notes[0]!.en, /2026 average USD rate/);
  });

  it('export never exceeds import-and-export, and both are valid yuan facts (property)', () => {
    const line = fc.record({
      flow: fc.constantFrom('import' as const, 'export' as const),
      currency: fc.constantFrom('142', '502'),
      value: fc.integer({ min: 0, max: 10 ** 9 }).map((n) => (n / 100).toFixed(2)),
      parcels: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.integer({ min: 2019, max: 2025 }), (trade, year) => {
        const record: PlatformRecord = { filing, trade, exportedBefore: false };
        const { facts } = platformFacts(year, record);
        assert.ok(new Decimal(facts.cbecExportYuan as string).lte(facts.cbecImportExportYuan as string));
        assert.equal(checkFacts(facts).ok, true);
      }),
    );
  });
});
