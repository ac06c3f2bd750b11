import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { parseCebMessage, type ParseResult } from './parse.js';
import { produceCebMessage } from './produce.js';
import { specForRootElement, type CebMessageType } from './registry.js';
import { validateCebMessage } from './validate.js';
import { resolveLimits } from './xml/limits.js';
import { readDocument } from './xml/reader.js';

/**
 * The 15 official sample messages (fixtures/ceb-202205, copies of the GAC 202205 attachments). They
 * are format illustrations with placeholder values (shared/ceb/README.md), so most are not
 * business-valid: each one's faults are listed here exactly, and each is a real placeholder.
 */

const dir = new URL('./fixtures/ceb-202205/', import.meta.url);
const read = (type: string) => fs.readFileSync(new URL(`${type}Message.xml`, dir));

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** `Entity[i]…` for every repeated entity of a sample. */
const each = (n: number, fn: (i: number) => string[]) => range(n).flatMap(fn);
/** Every entity after the first repeats the first one's guid. */
const repeatedGuid = (n: number, head: string, from = 1) =>
  range(n)
    .slice(from)
    .map((i) => `${head.replace('#', String(i))}.guid duplicate_guid`);

/** Two BaseTransfer elements (the XSD allows one). Their lower-case guids are taken (with a warning at intake). */
const envelopeFaults = ['BaseTransfer duplicate_element'];

const expected: Record<string, string[]> = {
  CEB303: [
    ...envelopeFaults,
    // The placeholder "aaa" for unit and currency.
    ...each(10, (i) => [
      `Order[${i}].OrderList[0].unit invalid_code`,
      `Order[${i}].OrderList[0].currency invalid_code`,
    ]),
    ...repeatedGuid(10, 'Order[#].OrderHead'),
  ],
  CEB304: [],
  CEB311: [
    ...repeatedGuid(6, 'Order[#].OrderHead'),
    // Second line: price 20 × qty 100 given as totalPrice 20; buyer ID numbers are not real ones.
    ...each(6, (i) => [`Order[${i}].OrderList[1].totalPrice total_mismatch`]),
    ...each(6, (i) => [`Order[${i}].OrderHead.buyerIdNumber invalid_id_number`]),
  ],
  CEB312: [],
  CEB403: [...envelopeFaults, ...repeatedGuid(10, 'Receipts[#]')],
  CEB411: [
    // Two distinct guids, each used five times: the 3rd… 10th repeat one of them.
    ...repeatedGuid(10, 'Payment[#].PaymentHead', 2),
    ...each(10, (i) => [`Payment[${i}].PaymentHead.payerIdNumber invalid_id_number`]),
  ],
  CEB505: [...envelopeFaults, ...repeatedGuid(10, 'Logistics[#]')],
  CEB511: [
    // "packNo 限定为1".
    ...each(6, (i) => [`Logistics[${i}].LogisticsHead.packNo invalid_integer`]),
    ...repeatedGuid(6, 'Logistics[#].LogisticsHead'),
  ],
  CEB603: [
    ...envelopeFaults,
    // Placeholders ieFlag "a", tradeMode "0101", country "001"; qty 100 × price 20 ≠ totalPrice 200.
    ...each(10, (i) => [
      `Inventory[${i}].InventoryHead.ieFlag invalid_value`,
      `Inventory[${i}].InventoryHead.tradeMode invalid_code`,
      `Inventory[${i}].InventoryHead.country invalid_code`,
    ]),
    ...repeatedGuid(10, 'Inventory[#].InventoryHead'),
    ...each(10, (i) => [`Inventory[${i}].InventoryList[0].totalPrice total_mismatch`]),
  ],
  CEB604: [],
  CEB607: [...envelopeFaults, ...repeatedGuid(10, 'WayBill[#].WayBillHead')],
  CEB621: [
    // assureCode "ass201603081155" and areaCode with a wrong USCC check character; packNo "限定为1".
    ...each(10, (i) => [
      `Inventory[${i}].InventoryHead.assureCode invalid_format`,
      `Inventory[${i}].InventoryHead.areaCode invalid_format`,
      `Inventory[${i}].InventoryHead.packNo invalid_integer`,
    ]),
    ...repeatedGuid(10, 'Inventory[#].InventoryHead'),
    ...each(10, (i) => [
      `Inventory[${i}].InventoryList[0].totalPrice total_mismatch`,
      `Inventory[${i}].InventoryList[1].totalPrice total_mismatch`,
    ]),
    ...each(10, (i) => [`Inventory[${i}].InventoryHead.buyerIdNumber invalid_id_number`]),
  ],
  CEB622: [],
  CEB701: [
    // "123ent97-…": lower case, taken.
    ...repeatedGuid(10, 'SummaryApply[#].SummaryApplyHead'),
  ],
  // The sample lacks the required gseqno (shared/ceb/README.md: "CEB792 is invalid").
  CEB792: each(10, (i) => [0, 1].map((j) => `SummaryResult[${i}].SummaryResultList[${j}].gseqno required`)),
};

function faults(r: ParseResult): string[] {
  return r.ok ? [] : r.errors.map((e) => `${e.field} ${e.code}`);
}

describe('official sample messages', () => {
  for (const [type, faultList] of Object.entries(expected)) {
    it(`${type}: ${faultList.length === 0 ? 'parses' : `exactly the ${faultList.length} placeholder faults`}`, () => {
      const r = parseCebMessage(read(type));
      assert.deepEqual(faults(r).sort(), [...faultList].sort());
      if (r.ok) assert.equal(r.type, type);
      else assert.equal(r.type, type, 'a failed parse still names the message type');
    });
  }

  it('the same content given as JSON gets the same errors (less the XML-only structural ones)', () => {
    for (const type of Object.keys(expected)) {
      const outcome = readDocument(
        read(type)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
        resolveLimits(),
        specForRootElement,
      );
      const json: unknown = JSON.parse(JSON.stringify(outcome.value));
      const v = validateCebMessage(type as CebMessageType, json);
      const fromJson = v.ok ? [] : v.errors.map((e) => `${e.field} ${e.code}`);
      const fromXml = faults(parseCebMessage(read(type))).filter((f) => !f.endsWith('duplicate_element'));
      assert.deepEqual(fromJson, fromXml, type);
    }
  });

  it('signatures are found and carried through verbatim (CEB603 SM2, CEB701 RSA, CEB621 SM2)', () => {
    for (const type of ['CEB603', 'CEB701', 'CEB621']) {
      const text = read(type).toString('utf8');
      const raw = text.slice(text.indexOf('<ds:Signature'), text.indexOf('</ds:Signature>') + 15);
      const outcome = readDocument(text.replace(/^\uFEFF/, ''), resolveLimits(), specForRootElement);
      assert.equal(outcome.signature, raw, type);
    }
    const receipt = parseCebMessage(read('CEB622'));
    assert.equal(receipt.ok && receipt.signature.present, false);
  });

  it('a receipt in the default namespace (CEB622) reads like a prefixed one, and writes back', () => {
    const r = parseCebMessage(read('CEB622'));
    assert.ok(r.ok && r.type === 'CEB622');
    assert.equal(r.message.InventoryReturn.length, 10);
    assert.equal(r.message.InventoryReturn[0]?.returnStatus, '1');
    const again = parseCebMessage(produceCebMessage('CEB622', r.message));
    assert.deepEqual(again.ok && again.message, r.message);
  });
});
