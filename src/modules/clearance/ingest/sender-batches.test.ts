import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importParcel, PARCEL_CODES, xmlOf } from '../../../../test/helpers/ceb.js';
import { batchesBySender, declaredSender, declaredType } from './sender-batches.js';

describe('bulk import of several senders', () => {
  it('reads the sender a message declares (BaseTransfer.copCode), with or without a prefix; null when there is none', () => {
    const parcel = importParcel(1);
    assert.equal(declaredSender(xmlOf('CEB411', parcel.payment, PARCEL_CODES.pay)), PARCEL_CODES.pay);
    assert.equal(
      declaredSender(Buffer.from(xmlOf('CEB511', parcel.waybill, PARCEL_CODES.logistics))),
      PARCEL_CODES.logistics,
    );
    const unprefixed = xmlOf('CEB311', parcel.order, PARCEL_CODES.ebc).replace(/(<\/?)ceb:/g, '$1');
    assert.equal(declaredSender(unprefixed), PARCEL_CODES.ebc);
    assert.equal(
      declaredSender('<CEB311Message><BaseTransfer><copCode> </copCode></BaseTransfer></CEB311Message>'),
      null,
    );
    assert.equal(declaredSender('<CEB311Message xmlns="http://www.chinaport.gov.cn/ceb"/>'), null);
  });

  it('reads the type a message’s root element names, past a byte-order mark, the declaration and comments; null otherwise', () => {
    const parcel = importParcel(1);
    assert.equal(declaredType(xmlOf('CEB411', parcel.payment, PARCEL_CODES.pay)), 'CEB411');
    assert.equal(declaredType(Buffer.from(xmlOf('CEB621', parcel.inventory, PARCEL_CODES.ebc))), 'CEB621');
    assert.equal(
      declaredType('\uFEFF<?xml version="1.0"?>\n<!-- <CEB311Message> -->\n<CEB622Message xmlns="x"/>'),
      'CEB622',
    );
    assert.equal(declaredType('<ceb:CEB312Message\n xmlns:ceb="x">'), 'CEB312');
    assert.equal(declaredType('<Other><CEB311Message/></Other>'), null);
    assert.equal(declaredType('<CEB311MessageX/>'), null);
    assert.equal(declaredType('not xml'), null);
  });

  it('batches each sender apart, none over the size, every message once and in its order (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        async (senders, size) => {
          const input = senders.map((enterpriseId, i) => ({ enterpriseId, message: { body: String(i) } }));
          const batches = [];
          for await (const b of batchesBySender(input, size)) batches.push(b);
          for (const b of batches) assert.ok(b.messages.length >= 1 && b.messages.length <= size);
          // Each sender's messages, in their order, across its batches.
          for (const s of new Set(senders))
            assert.deepEqual(
              batches.filter((b) => b.enterpriseId === s).flatMap((b) => b.messages.map((m) => m.body)),
              input.filter((m) => m.enterpriseId === s).map((m) => m.message.body),
            );
          assert.equal(
            batches.reduce((n, b) => n + b.messages.length, 0),
            input.length,
          );
          // Only a sender's last batch may be part-filled.
          for (const s of new Set(senders)) {
            const mine = batches.filter((b) => b.enterpriseId === s);
            assert.ok(mine.slice(0, -1).every((b) => b.messages.length === size));
          }
        },
      ),
    );
  });
});
