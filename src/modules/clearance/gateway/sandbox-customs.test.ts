import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CUSTOMS_STATUS } from './customs-status.js';
import { draw, sandboxLifecycle } from './sandbox-customs.js';

describe('sandbox customs', () => {
  it('answers the same inventory the same way under the same seed, and with real status codes (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, key, rejection, inspection) => {
          const a = sandboxLifecycle(seed, key, { rejection, inspection });
          assert.deepEqual(sandboxLifecycle(seed, key, { rejection, inspection }), a);
          for (const s of a) assert.ok(s.status in CUSTOMS_STATUS);
          const last = a.at(-1)!.status;
          assert.ok(last === '100' || last === '800');
          assert.ok(a.every((s, i) => i === 0 || s.afterMs >= a[i - 1]!.afterMs));
        },
      ),
    );
  });

  it('meets the configured rates over many inventories', () => {
    const rates = { rejection: 0.05, inspection: 0.1 };
    const n = 20_000;
    let rejected = 0;
    let inspected = 0;
    for (let i = 0; i < n; i++) {
      const steps = sandboxLifecycle('seed-1', `INVT${i}`, rates);
      if (steps.some((s) => s.status === '100')) rejected++;
      if (steps.some((s) => s.status === '500')) inspected++;
    }
    // Binomial standard deviations: rejection ±0.15 %, inspection ±0.2 % of n; allow four of them.
    assert.ok(Math.abs(rejected / n - 0.05) < 0.007, `rejected ${rejected / n}`);
    assert.ok(Math.abs(inspected / n - 0.095) < 0.009, `inspected ${inspected / n}`);
  });

  it('never rejects or inspects at rate 0, always at rate 1', () => {
    for (let i = 0; i < 200; i++) {
      assert.deepEqual(
        sandboxLifecycle('s', `K${i}`, { rejection: 0, inspection: 0 }).map((s) => s.status),
        ['2', '120', '399', '800'],
      );
      assert.equal(sandboxLifecycle('s', `K${i}`, { rejection: 1, inspection: 0 }).at(-1)!.status, '100');
      assert.deepEqual(
        sandboxLifecycle('s', `K${i}`, { rejection: 0, inspection: 1 }).map((s) => s.status),
        ['2', '120', '500', '800'],
      );
    }
    assert.ok(draw('a', 'b', 'c') >= 0 && draw('a', 'b', 'c') < 1);
  });
});
