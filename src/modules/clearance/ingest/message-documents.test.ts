import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buyerIdOf, exportParcel, importParcel, xmlOf } from '../../../../test/helpers/ceb.js';
import { canonicalJson, inCanonicalOrder } from '../../audit/index.js';
import { parseCebMessage } from '../messages/parse.js';
import type { CebMessageType } from '../messages/registry.js';
import { documentsOf, type DocumentMessageType } from './message-documents.js';

const keyedHash = (v: string) => createHash('sha256').update(`k|${v}`).digest('hex');

function documents(type: DocumentMessageType, message: unknown, reorder = false) {
  const parsed = parseCebMessage(xmlOf(type as CebMessageType, message as never, '4302960A01'));
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return documentsOf(type, reorder ? keysReversed(parsed.message) : parsed.message, keyedHash);
}

/** The same value with every object's keys in the opposite order (a JSON message may order them so). */
function keysReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(keysReversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, keysReversed(v)]),
  ) as T;
}

describe('documents of a message', () => {
  it('content hash and stored facts: serialised once, equal to their plain definitions, whatever the order of the fields received', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.boolean(), (n, isImport) => {
        const parcel = isImport ? importParcel(n) : exportParcel(n);
        const messages: [DocumentMessageType, unknown][] = isImport
          ? [
              ['CEB311', parcel.order],
              ['CEB411', (parcel as ReturnType<typeof importParcel>).payment],
              ['CEB511', parcel.waybill],
              ['CEB621', parcel.inventory],
            ]
          : [
              ['CEB303', parcel.order],
              ['CEB403', (parcel as ReturnType<typeof exportParcel>).receipt],
              ['CEB505', parcel.waybill],
              ['CEB603', parcel.inventory],
            ];
        for (const [type, message] of messages) {
          const reordered = documents(type, message, true);
          for (const [i, d] of documents(type, message).entries()) {
            // Built in canonical order, so their canonical JSON is V8's serialiser's (the fast path).
            assert.ok(inCanonicalOrder(d.facts), `${type} facts not in sorted key order`);
            assert.ok(inCanonicalOrder(d.parcel ?? null), `${type} parcel not in sorted key order`);
            const plain = { kind: d.kind, facts: d.facts, parcel: d.parcel ?? null };
            assert.equal(d.contentHash, createHash('sha256').update(canonicalJson(plain)).digest('hex'));
            // The fields are read by name: the order the message gives them in changes nothing.
            assert.equal(reordered[i]!.contentHash, d.contentHash);
            assert.equal(reordered[i]!.factsJson, d.factsJson);
            assert.deepEqual(
              JSON.parse(d.factsJson),
              JSON.parse(JSON.stringify({ ...d.facts, parcel: d.parcel ?? null })),
            );
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('an inventory line with its platform name and three measures is still built in sorted key order', () => {
    const inventory = structuredClone(importParcel(7).inventory) as {
      Inventory: { InventoryList: Record<string, unknown>[] }[];
    };
    // Litres, then kilograms, then pieces: the measures are found as ml, g, piece.
    Object.assign(inventory.Inventory[0]!.InventoryList[0]!, {
      itemName: '平台上的商品名',
      unit: '095',
      qty1: '1.8',
      unit1: '035',
      qty2: '1',
      unit2: '011',
    });
    const [d] = documents('CEB621', inventory);
    const goods = (d!.parcel as { goods: { measures: Record<string, string> }[] }).goods;
    assert.deepEqual(Object.keys(goods[0]!.measures), ['g', 'ml', 'piece']);
    assert.equal((d!.facts as { lines: { itemName?: string }[] }).lines[0]!.itemName, '平台上的商品名');
    assert.ok(inCanonicalOrder(d!.facts));
    assert.ok(inCanonicalOrder(d!.parcel));
  });

  it("one buyer whether the ID number's check character is written X or x: the same hash on every document", () => {
    let n = 1;
    while (!buyerIdOf(n).endsWith('X')) n++;
    const id = buyerIdOf(n);
    const hashes = (idNumber: string) => {
      const parcel = importParcel(n, idNumber);
      const [order] = documents('CEB311', parcel.order);
      const [payment] = documents('CEB411', parcel.payment);
      const [inventory] = documents('CEB621', parcel.inventory);
      return [
        (order!.facts as { buyerIdHash: string }).buyerIdHash,
        (payment!.facts as { payerIdHash: string }).payerIdHash,
        (inventory!.facts as { buyerIdHash: string }).buyerIdHash,
      ];
    };
    const upper = hashes(id);
    assert.equal(new Set(upper).size, 1);
    assert.deepEqual(hashes(id.toLowerCase()), upper);
  });
});
