import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declarationKey, sandboxLifecycle, sandboxReceipt } from './sandbox-customs.js';

const sent = new Date('2026-03-02T08:00:00Z');
const rates = () => ({ rejection: 0, inspection: 0 });
const after = (ms: number) => new Date(sent.getTime() + ms);
const withdrawal = (relayedAt: Date, type = 'CEB623') => ({
  type,
  relayedAt,
  parcels: [{ parcelId: 'P1', sentAt: sent }],
});

describe("the sandbox customs' receipts of relayed messages", () => {
  // Released 5 s after sending when neither rejected nor inspected (sandboxLifecycle).
  const releaseMs = sandboxLifecycle('s', declarationKey('P1', sent), rates()).find(
    (s) => s.status === '800',
  )!.afterMs;

  it('concludes a withdrawal that reaches customs before the release, two seconds after it was relayed', () => {
    const r = sandboxReceipt('s', withdrawal(after(releaseMs - 1)), rates);
    assert.deepEqual(r, {
      type: 'CEB624',
      status: '399',
      info: '撤单审核通过',
      at: after(releaseMs + 1_999),
    });
    assert.equal(sandboxReceipt('s', withdrawal(after(1_000), 'CEB605'), rates)!.type, 'CEB606');
  });

  it('refuses a withdrawal that reaches customs once the parcel is released', () => {
    for (const ms of [releaseMs, releaseMs + 60_000])
      assert.deepEqual(sandboxReceipt('s', withdrawal(after(ms)), rates)!.status, '100');
  });

  it('concludes returns and the site reports whatever the parcels, and answers nothing else', () => {
    for (const [type, receipt] of [
      ['CEB625', 'CEB626'],
      ['CEB507', 'CEB508'],
      ['CEB509', 'CEB510'],
    ] as const)
      assert.deepEqual(
        { ...sandboxReceipt('s', withdrawal(after(releaseMs + 1), type), rates)!, at: null },
        { type: receipt, status: '399', info: '海关审结', at: null },
      );
    assert.equal(sandboxReceipt('s', withdrawal(after(1), 'CEB621'), rates), null);
  });
});
