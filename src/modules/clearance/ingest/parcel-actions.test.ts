import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_CODES, exportArrival, exportDeparture, xmlOf } from '../../../../test/helpers/ceb.js';
import { prepareMessages, isPrepared } from './prepare-messages.js';

const waybills = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `EL${String(from + i).padStart(11, '0')}CN`);

/** A message checked as the ingest checks it, sent by the logistics firm of EXPORT_CODES. */
function prepared(xml: string) {
  const [c] = prepareMessages([{ body: xml }], {
    senderCodes: [EXPORT_CODES.logistics],
    hashKey: new Uint8Array(32),
    positiveListFile: undefined,
    today: '2026-03-02',
  });
  assert.ok(c && isPrepared(c), JSON.stringify(c));
  return c;
}

describe("the customs site's reports as parcel actions", () => {
  it('a report lists any number of waybills: one action each, the message counts its records', () => {
    const arrival = exportArrival(waybills(150));
    arrival.Arrival.push({ ...exportArrival(waybills(150, 150)).Arrival[0]! });
    const c = prepared(xmlOf('CEB507', arrival, EXPORT_CODES.logistics));
    assert.equal(c.actions.length, 300);
    assert.equal(c.entities, 2, 'what ceb_message.entity_count holds (1 to 100)');
    assert.deepEqual(new Set(c.actions.map((a) => a.guid)).size, 2, 'each action names its record');
    assert.equal(c.actions[0]!.kind, 'arrival');
    assert.ok(
      'logisticsKey' in c.actions[0]! &&
        c.actions[0].logisticsKey === `${EXPORT_CODES.logistics}|${waybills(1)[0]}`,
    );
  });

  it('an arrival may list no waybill (customs-ceb.md §2.1): one record, no action', () => {
    const c = prepared(xmlOf('CEB507', exportArrival([]), EXPORT_CODES.logistics));
    assert.equal(c.actions.length, 0);
    assert.equal(c.entities, 1);
  });

  it('a departure carries its leave time and conveyance to the lifecycle', () => {
    const c = prepared(
      xmlOf('CEB509', exportDeparture(waybills(2), '20260302180000'), EXPORT_CODES.logistics),
    );
    assert.deepEqual(
      c.actions.map((a) => ('at' in a ? [a.kind, a.at, a.info] : [])),
      [
        ['departure', '20260302180000', '离境 CA1234 CA1234 提运单 999-12345678'],
        ['departure', '20260302180000', '离境 CA1234 CA1234 提运单 999-12345678'],
      ],
    );
  });
});
