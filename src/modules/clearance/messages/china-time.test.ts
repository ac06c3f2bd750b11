import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chinaTime } from './china-time.js';

describe('CEB times (China Standard Time)', () => {
  it('reads both forms as the instant in UTC+8', () => {
    assert.equal(chinaTime('20250618120000')?.toISOString(), '2025-06-18T04:00:00.000Z');
    assert.equal(chinaTime('20250618120000123')?.toISOString(), '2025-06-18T04:00:00.123Z');
    // Just after midnight in China is the previous day in UTC.
    assert.equal(chinaTime('20260101000500')?.toISOString(), '2025-12-31T16:05:00.000Z');
  });

  it('refuses what is not a real date and time, or not of either length', () => {
    for (const bad of [
      '20250230120000',
      '20251318120000',
      '20250618246000',
      '2025061812000',
      '202506181200001',
      'abcdefghijklmn',
      '',
    ])
      assert.equal(chinaTime(bad), undefined, bad);
  });

  it('any instant written in China time reads back as itself (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const china = new Date(d.getTime() + 8 * 3600_000).toISOString();
          const s = china.slice(0, 23).replace(/[-T:.]/g, '');
          assert.equal(chinaTime(s)?.getTime(), d.getTime());
        },
      ),
    );
  });
});
