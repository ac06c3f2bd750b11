import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importParcel, PARCEL_CODES, xmlOf } from '../../../../test/helpers/ceb.js';
import { prepareInSlices } from './bulk-ingest.js';
import { isPrepared, prepareMessages, type PrepareEnv } from './prepare-messages.js';

describe('bulk import: parsing in slices', () => {
  it('checks a batch exactly as in one go, in order, with the indexes of the whole batch', async () => {
    const env: PrepareEnv = {
      senderCodes: [PARCEL_CODES.ebc],
      hashKey: new Uint8Array(32).fill(5),
      positiveListFile: undefined,
      today: '2026-03-02',
    };
    // More than two slices, a bad message in the second one.
    const messages = Array.from({ length: 30 }, (_, n) => {
      const m = importParcel(100 + n);
      return { body: xmlOf('CEB311', m.order, PARCEL_CODES.ebc), source: `order-${n}` };
    });
    messages.splice(37 - 10, 0, {
      body: '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>',
      source: 'bad',
    });
    const strip = (list: ReturnType<typeof prepareMessages>) =>
      list.map((c) => (isPrepared(c) ? { ...c, id: '-' } : c));
    const sliced = await prepareInSlices([...messages], env);
    assert.equal(sliced.length, messages.length);
    assert.deepEqual(strip(sliced), strip(prepareMessages(messages, env)));
    const bad = sliced.find((c) => !isPrepared(c));
    assert.ok(bad && !isPrepared(bad));
    assert.equal(bad.index, 27);
    assert.equal(bad.source, 'bad');
    assert.deepEqual(
      sliced.map((c) => (isPrepared(c) ? c.report.index : c.index)),
      messages.map((_, i) => i),
    );
  });
});
