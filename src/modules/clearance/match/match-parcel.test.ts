import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { matchParcel, type MatchResult } from './match-parcel.js';
import type { DocumentKind, GoodsLine, ParcelDocuments } from './parcel-facts.js';

const cents = fc.integer({ min: 1, max: 200_000 }).map((n) => new Decimal(n).dividedBy(100));
const lineArb = fc.record({
  name: fc.constantFrom('面霜', '奶粉', '手表', '葡萄酒', 'T恤'),
  qty: fc.integer({ min: 1, max: 5 }),
  price: cents,
});

/** A consistent import parcel: four documents that agree in every field the match compares. */
const importParcel = fc
  .record({
    lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
    freight: cents,
    tax: cents,
    discount: fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n)),
    orderNo: fc.stringMatching(/^[A-Z0-9]{8,20}$/),
  })
  .map(({ lines, freight, tax, discount, orderNo }) => {
    const goods: GoodsLine[] = lines.map((l, i) => ({
      gnum: i + 1,
      name: l.name,
      qty: String(l.qty),
      price: l.price.toFixed(2),
      totalPrice: l.price.times(l.qty).toFixed(2),
    }));
    const goodsValue = goods.reduce((s, l) => s.plus(l.totalPrice), new Decimal(0));
    const paid = goodsValue.plus(freight).plus(tax).minus(discount);
    const docs: ParcelDocuments = {
      direction: 'import',
      order: {
        orderNo,
        ebpCode: '4302960P01',
        ebcCode: '4302960E01',
        goodsValue: goodsValue.toFixed(2),
        freight: freight.toFixed(2),
        taxTotal: tax.toFixed(2),
        discount: discount.toFixed(2),
        acturalPaid: paid.toFixed(2),
        buyerName: '张三',
        buyerIdHash: 'h1',
        consignee: '张三',
        consigneeTelephone: '13800000000',
        consigneeAddress: '湖南省株洲市天元区1号',
        lines: goods,
      },
      payment: {
        orderNo,
        ebpCode: '4302960P01',
        payCode: '312226T001',
        payTransactionId: `P${orderNo}`,
        payerName: '张三',
        payerIdHash: 'h1',
        amountPaid: paid.toFixed(2),
      },
      waybill: {
        logisticsCode: '4302960L01',
        logisticsNo: `YT${orderNo}`,
        orderNo,
        consignee: '张三',
        consigneeTelephone: '13800000000',
        consigneeAddress: '湖南省株洲市天元区1号',
      },
      inventory: {
        orderNo,
        ebpCode: '4302960P01',
        ebcCode: '4302960E01',
        logisticsCode: '4302960L01',
        logisticsNo: `YT${orderNo}`,
        buyerName: '张三',
        buyerIdHash: 'h1',
        lines: goods.map((l) => ({ ...l })),
      },
    };
    return docs;
  });

const options = { requireExportReceipt: true };
const KINDS: DocumentKind[] = ['order', 'payment', 'waybill', 'inventory'];

function arriveInOrder(full: ParcelDocuments, order: DocumentKind[]): MatchResult[] {
  const have: ParcelDocuments = { direction: full.direction };
  return order.map((k) => {
    (have as unknown as Record<string, unknown>)[k] = full[k];
    return matchParcel(have, options);
  });
}

describe('three-document match', () => {
  it('a consistent import parcel matches whatever order its documents arrive in, and only when the last arrives (property)', () => {
    fc.assert(
      fc.property(
        importParcel,
        fc.shuffledSubarray(KINDS, { minLength: 4, maxLength: 4 }),
        (docs, arrival) => {
          const results = arriveInOrder(docs, arrival);
          for (const [i, r] of results.slice(0, -1).entries()) {
            assert.equal(r.state, 'incomplete');
            assert.deepEqual(
              r.state === 'incomplete' && [...r.missing].sort(),
              KINDS.filter((k) => !arrival.slice(0, i + 1).includes(k)).sort(),
            );
          }
          assert.deepEqual(results.at(-1), { state: 'matched' });
        },
      ),
    );
  });

  it('a changed amount, buyer or line is named field by field, in any arrival order (property)', () => {
    const mutations: [string, (d: ParcelDocuments) => void, string][] = [
      [
        'amountPaid',
        (d) => (d.payment!.amountPaid = new Decimal(d.payment!.amountPaid).plus('0.01').toFixed(2)),
        'amountPaid',
      ],
      ['payer', (d) => (d.payment!.payerIdHash = 'h2'), 'buyerIdNumber'],
      [
        'qty',
        (d) => (d.inventory!.lines[0]!.qty = String(Number(d.inventory!.lines[0]!.qty) + 1)),
        'lines[gnum=1].qty',
      ],
      ['consignee', (d) => (d.waybill!.consigneeAddress = '别处'), 'consigneeAddress'],
      ['logisticsNo', (d) => (d.inventory!.logisticsNo = 'OTHER'), 'logisticsNo'],
      [
        'acturalPaid',
        (d) => (d.order!.discount = new Decimal(d.order!.discount!).plus(1).toFixed(2)),
        'acturalPaid',
      ],
    ];
    fc.assert(
      fc.property(
        importParcel,
        fc.constantFrom(...mutations),
        fc.shuffledSubarray(KINDS, { minLength: 4, maxLength: 4 }),
        (docs, [, mutate, field], arrival) => {
          mutate(docs);
          const final = arriveInOrder(docs, arrival).at(-1)!;
          assert.equal(final.state, 'mismatched');
          assert.ok(final.state === 'mismatched' && final.mismatches.some((m) => m.field === field), field);
        },
      ),
    );
  });

  it('an extra or a missing inventory line is a mismatch of the line numbering', () => {
    const docs = fc.sample(importParcel, { numRuns: 1, seed: 42 })[0]!;
    docs.inventory!.lines.push({ gnum: 99, name: '赠品', qty: '1', price: '0', totalPrice: '0' });
    const r = matchParcel(docs, options);
    assert.ok(r.state === 'mismatched' && r.mismatches.some((m) => m.field === 'lines[gnum=99]'));
  });

  it("an inventory line's name agrees with the order's through its gname or its itemName", () => {
    const docs = fc.sample(importParcel, { numRuns: 1, seed: 7 })[0]!;
    const line = docs.inventory!.lines[0]!;
    const ordered = docs.order!.lines[0]!.name;
    // The declared name in another language, the platform's name beside it: they agree.
    Object.assign(line, { name: 'ACTIVE IRON', itemName: ordered });
    assert.equal(matchParcel(docs, options).state, 'matched');
    // Neither is the order's: a mismatch naming both.
    line.itemName = '另一件商品';
    const r = matchParcel(docs, options);
    assert.ok(r.state === 'mismatched');
    const m = r.mismatches.find((x) => x.field === `lines[gnum=${line.gnum}].name`);
    assert.deepEqual(m?.values, { order: ordered, inventory: 'ACTIVE IRON / 另一件商品' });
  });

  it('export needs order, waybill, inventory, and the receipt where the site requires it', () => {
    const line: GoodsLine = {
      gnum: 1,
      name: '硬质合金刀片',
      qty: '10',
      price: '12.50',
      totalPrice: '125.00',
    };
    const docs: ParcelDocuments = {
      direction: 'export',
      order: {
        orderNo: 'E1',
        ebpCode: 'P',
        ebcCode: 'C',
        goodsValue: '125.00',
        freight: '20.00',
        lines: [line],
      },
      waybill: { logisticsCode: 'L', logisticsNo: 'N1' },
      inventory: {
        orderNo: 'E1',
        ebpCode: 'P',
        ebcCode: 'C',
        logisticsCode: 'L',
        logisticsNo: 'N1',
        lines: [line],
      },
    };
    assert.deepEqual(matchParcel(docs, { requireExportReceipt: true }), {
      state: 'incomplete',
      missing: ['receipt'],
    });
    assert.deepEqual(matchParcel(docs, { requireExportReceipt: false }), { state: 'matched' });
    docs.receipt = { orderNo: 'E1', ebpCode: 'P', ebcCode: 'C', charge: '145.00' };
    assert.deepEqual(matchParcel(docs, { requireExportReceipt: true }), { state: 'matched' });
    docs.receipt.charge = '125.00';
    const r = matchParcel(docs, { requireExportReceipt: true });
    assert.ok(r.state === 'mismatched' && r.mismatches.length === 1 && r.mismatches[0]!.field === 'charge');
  });

  it('export: the order type fits the trade mode — E for 9610, B for 9710, W for 9810', () => {
    const line: GoodsLine = { gnum: 1, name: '户外帐篷', qty: '200', price: '50', totalPrice: '10000' };
    const docs = (orderType: string, tradeMode: string): ParcelDocuments => ({
      direction: 'export',
      order: {
        orderNo: 'W1',
        ebpCode: '无',
        ebcCode: 'C',
        goodsValue: '10000',
        freight: '0',
        orderType,
        lines: [line],
      },
      waybill: { logisticsCode: 'L', logisticsNo: 'N1' },
      inventory: {
        orderNo: 'W1',
        ebpCode: '无',
        ebcCode: 'C',
        logisticsCode: 'L',
        logisticsNo: 'N1',
        tradeMode,
        lines: [line],
      },
    });
    // B2B exports need no receipt, even where B2C ones do.
    const opts = { requireExportReceipt: true };
    for (const [orderType, tradeMode] of [
      ['B', '9710'],
      ['W', '9810'],
    ])
      assert.deepEqual(matchParcel(docs(orderType!, tradeMode!), opts), { state: 'matched' }, tradeMode);
    assert.deepEqual(matchParcel(docs('E', '9610'), opts), { state: 'incomplete', missing: ['receipt'] });
    for (const [orderType, tradeMode] of [
      ['E', '9810'],
      ['W', '9710'],
      ['B', '9610'],
    ]) {
      const r = matchParcel(docs(orderType!, tradeMode!), { requireExportReceipt: false });
      assert.ok(r.state === 'mismatched', tradeMode);
      assert.deepEqual(r.mismatches[0], {
        field: 'orderType',
        documents: ['order', 'inventory'],
        values: { order: orderType, inventory: tradeMode },
        rule: r.mismatches[0]!.rule,
      });
    }
  });
});
