import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declarationState, isRejection } from './customs-status.js';

const at = new Date('2026-03-02T08:00:00Z');
const parcel = (sent: boolean, revoked: boolean, customs_status: string | null) => ({
  sent_at: sent ? at : null,
  revoked_at: revoked ? at : null,
  customs_status,
});

describe('where a declaration stands with customs', () => {
  it('reads rejections: 退单 and the negative processing codes, nothing else', () => {
    for (const s of ['100', '-621005', '-621018', '-301010']) assert.equal(isRejection(s), true, s);
    for (const s of [null, '1', '2', '120', '399', '500', '700', '800', '899'])
      assert.equal(isRejection(s), false);
  });

  it('tells not sent, with customs, withdrawn and rejected apart', () => {
    assert.equal(declarationState(parcel(false, false, null)), 'not_sent');
    // deleted (appType 3) before it was sent
    assert.equal(declarationState(parcel(false, true, null)), 'not_sent');
    // refused before sending, in customs' name, for a retail limit
    assert.equal(declarationState(parcel(false, false, '-621005')), 'rejected');
    for (const s of [null, '2', '120', '399', '500', '800'])
      assert.equal(declarationState(parcel(true, false, s)), 'with_customs', String(s));
    assert.equal(declarationState(parcel(true, false, '100')), 'rejected');
    assert.equal(declarationState(parcel(true, true, '120')), 'withdrawn');
  });
});
