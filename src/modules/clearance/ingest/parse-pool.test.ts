import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { importParcel, PARCEL_CODES, xmlOf } from '../../../../test/helpers/ceb.js';
import { ParsePool } from './parse-pool.js';
import { isPrepared, prepareMessages, type PrepareEnv } from './prepare-messages.js';

describe('parse workers', () => {
  const pool = new ParsePool(2);
  const env: PrepareEnv = {
    senderCodes: [PARCEL_CODES.ebc],
    hashKey: new Uint8Array(32).fill(3),
    positiveListFile: undefined,
    today: '2026-03-02',
  };
  after(() => pool.close());

  it('check a batch exactly as the main thread does, in order, bad messages included', async () => {
    const messages = [1, 2, 3].flatMap((n) => {
      const m = importParcel(n);
      return [
        { body: xmlOf('CEB311', m.order, PARCEL_CODES.ebc), source: `order-${n}` },
        { body: Buffer.from(xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)), source: `inventory-${n}` },
      ];
    });
    messages.splice(3, 0, {
      body: '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>',
      source: 'bad',
    });
    const strip = (list: ReturnType<typeof prepareMessages>) =>
      list.map((c) => (isPrepared(c) ? { ...c, id: '-', raw: Buffer.from(c.raw).toString('hex') } : c));
    const here = prepareMessages(messages, env);
    const { checked, packed } = await pool.prepare(messages, env);
    const there = checked.read();
    assert.equal(there.length, 7);
    assert.deepEqual(strip(there), strip(here));
    assert.equal(there.filter((c) => !isPrepared(c)).length, 1);
    assert.ok(there.every((c) => !isPrepared(c) || Buffer.isBuffer(c.raw)));
    // The parsed messages' bodies (the bad one left out), compressed by slice: one stream read back.
    const parsed = here.filter(isPrepared);
    assert.equal(packed?.count, parsed.length);
    assert.deepEqual(gunzipSync(packed.gzip), Buffer.concat(parsed.map((c) => c.raw)));
  });

  it('keep each batch until it is read, in whatever order the batches are read', async () => {
    const batches = [10, 20, 30].map((from) =>
      [0, 1, 2, 3, 4].map((n) => ({ body: xmlOf('CEB311', importParcel(from + n).order, PARCEL_CODES.ebc) })),
    );
    const ready = await Promise.all(batches.map((b) => pool.prepare(b, env)));
    const guids = (list: ReturnType<typeof prepareMessages>) =>
      list.map((c) => (isPrepared(c) ? c.guid : null));
    for (const i of [2, 0, 1]) {
      assert.deepEqual(guids(ready[i]!.checked.read()), guids(prepareMessages(batches[i]!, env)));
      // Read once, kept: a second read gives the same.
      assert.deepEqual(guids(ready[i]!.checked.read()), guids(prepareMessages(batches[i]!, env)));
    }
  });

  it('compress a slice whose messages all parse as one, and the same bodies as the store would', async () => {
    const messages = [4, 5, 6, 7, 8].map((n) => ({
      body: Buffer.from(xmlOf('CEB621', importParcel(n).inventory, PARCEL_CODES.ebc)),
    }));
    const { packed } = await pool.prepare(messages, env);
    assert.equal(packed?.count, 5);
    assert.deepEqual(gunzipSync(packed.gzip), Buffer.concat(messages.map((m) => m.body)));
  });
});
