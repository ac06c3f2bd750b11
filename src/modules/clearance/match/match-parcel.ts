import { Decimal } from 'decimal.js';
import type { Bilingual } from '../../../shared/app-error.js';
import type { DocumentKind, GoodsLine, ParcelDocuments } from './parcel-facts.js';

/** One disagreement between documents: which field, which documents, what each says, and the rule. */
export interface Mismatch {
  field: string;
  documents: DocumentKind[];
  values: Partial<Record<DocumentKind, string | null>>;
  rule: Bilingual;
}

export type MatchResult =
  | { state: 'incomplete'; missing: DocumentKind[] }
  | { state: 'matched' }
  | { state: 'mismatched'; mismatches: Mismatch[] };

export interface MatchOptions {
  /**
   * Export: whether a receipt (CEB403) is required before the inventory goes to customs. Sites differ
   * (customs-ceb.md §4.2 ⚠ "Whether a missing 403 blocks release of the 603 varies by site").
   */
  requireExportReceipt: boolean;
}

const dec = (s: string | undefined) => new Decimal(s ?? '0');

/** Export order type per inventory trade mode: B2C E, B2B direct B, overseas warehouse W. */
const ORDER_TYPE_OF_TRADE_MODE: Record<string, string> = {
  '9610': 'E',
  '1210': 'E',
  '1239': 'E',
  '9710': 'B',
  '9810': 'W',
};

/**
 * The documents a parcel needs before its match can be anything but incomplete: the match is
 * incomplete exactly when one of these is missing, whatever the others say.
 */
export function requiredDocuments(
  direction: 'import' | 'export',
  tradeMode: string | undefined,
  options: MatchOptions,
): DocumentKind[] {
  if (direction === 'import') return ['order', 'payment', 'waybill', 'inventory'];
  // B2B exports (9710, 9810) go with order and waybill only: no receipt (customs-ceb.md §2.3).
  const b2b = tradeMode === '9710' || tradeMode === '9810';
  return [
    'order',
    ...(options.requireExportReceipt && !b2b ? (['receipt'] as const) : []),
    'waybill',
    'inventory',
  ];
}

/**
 * The three-document match (三单对碰; customs-ceb.md §4): an inventory goes to customs only when its
 * order, payment (import) or receipt (export, where required) and waybill exist and agree. A pure function
 * of the set of documents, so the arrival order cannot change the outcome.
 */
export function matchParcel(docs: ParcelDocuments, options: MatchOptions): MatchResult {
  const required = requiredDocuments(docs.direction, docs.inventory?.tradeMode, options);
  const missing = required.filter((k) => docs[k] === undefined);
  if (missing.length) return { state: 'incomplete', missing };

  const out: Mismatch[] = [];
  const order = docs.order!;
  const waybill = docs.waybill!;
  const inventory = docs.inventory!;
  const same = (
    field: string,
    rule: Bilingual,
    values: Partial<Record<DocumentKind, string | undefined | null>>,
  ) => {
    const present = Object.entries(values) as [DocumentKind, string | undefined | null][];
    const distinct = new Set(present.map(([, v]) => v ?? null));
    if (distinct.size > 1)
      out.push({
        field,
        documents: present.map(([k]) => k),
        values: Object.fromEntries(present.map(([k, v]) => [k, v ?? null])),
        rule,
      });
  };
  const equalAmounts = (
    field: string,
    rule: Bilingual,
    a: [DocumentKind, string | undefined],
    b: [DocumentKind, Decimal],
  ) => {
    if (!dec(a[1]).equals(b[1]))
      out.push({
        field,
        documents: [a[0], b[0]],
        values: { [a[0]]: a[1] ?? null, [b[0]]: b[1].toFixed() },
        rule,
      });
  };

  // Inventory ↔ order: the same order of the same platform and e-commerce enterprise (§4.2 "Inventory ↔ order").
  const sameOrder = {
    zh: '清单的订单编号、电商平台、电商企业须与订单一致',
    en: 'The inventory must carry the order’s number, platform and e-commerce enterprise',
  };
  same('orderNo', sameOrder, { order: order.orderNo, inventory: inventory.orderNo });
  same('ebpCode', sameOrder, { order: order.ebpCode, inventory: inventory.ebpCode });
  same('ebcCode', sameOrder, { order: order.ebcCode, inventory: inventory.ebcCode });
  // Inventory ↔ waybill (§4.2).
  const sameWaybill = {
    zh: '清单的物流企业和运单号须与运单一致',
    en: 'The inventory must carry the waybill’s logistics enterprise and number',
  };
  same('logisticsCode', sameWaybill, { waybill: waybill.logisticsCode, inventory: inventory.logisticsCode });
  same('logisticsNo', sameWaybill, { waybill: waybill.logisticsNo, inventory: inventory.logisticsNo });
  // Export: the order's type must fit the inventory's trade mode (customs-ceb.md §2.3; 海关总署公告2020年第75号).
  if (docs.direction === 'export' && inventory.tradeMode) {
    const expected = ORDER_TYPE_OF_TRADE_MODE[inventory.tradeMode];
    if (expected && order.orderType !== expected)
      out.push({
        field: 'orderType',
        documents: ['order', 'inventory'],
        values: { order: order.orderType ?? null, inventory: inventory.tradeMode },
        rule: {
          zh: '订单类型须与清单监管方式相符：9610/1210 为 E，9710 为 B，9810 为 W（海外仓订仓单）',
          en: 'The order type must fit the trade mode: E for 9610/1210, B for 9710, W (overseas-warehouse booking) for 9810',
        },
      });
  }
  compareLines(order.lines, inventory.lines, out);
  checkLineArithmetic('order', order.lines, out);
  checkLineArithmetic('inventory', inventory.lines, out);
  const linesTotal = order.lines.reduce((s, l) => s.plus(dec(l.totalPrice)), new Decimal(0));
  equalAmounts(
    'goodsValue',
    {
      zh: '订单商品总价须等于表体各行总价之和',
      en: 'The order’s goods value must equal the sum of its lines',
    },
    ['order', order.goodsValue],
    ['order', linesTotal],
  );

  if (docs.direction === 'import') {
    const payment = docs.payment!;
    same(
      'orderNo',
      { zh: '运单的订单编号须与订单一致', en: 'The waybill must carry the order number' },
      { order: order.orderNo, waybill: waybill.orderNo },
    );
    const sameConsignee = {
      zh: '订单的收货人信息须与运单一致（规范3.1.4）',
      en: 'The order’s consignee must equal the waybill’s (spec 3.1.4)',
    };
    same('consignee', sameConsignee, { order: order.consignee, waybill: waybill.consignee });
    same('consigneeTelephone', sameConsignee, {
      order: order.consigneeTelephone,
      waybill: waybill.consigneeTelephone,
    });
    same('consigneeAddress', sameConsignee, {
      order: order.consigneeAddress,
      waybill: waybill.consigneeAddress,
    });
    const samePayment = {
      zh: '支付单的订单编号和电商平台须与订单一致',
      en: 'The payment must carry the order’s number and platform',
    };
    same('orderNo', samePayment, { order: order.orderNo, payment: payment.orderNo });
    same('ebpCode', samePayment, { order: order.ebpCode, payment: payment.ebpCode });
    // Payer = buyer (海关总署公告2018年第194号; 2016年第26号 §6), and the inventory's buyer = the order's.
    const payerIsBuyer = { zh: '支付人须为订购人本人', en: 'The payer must be the buyer' };
    same('buyerName', payerIsBuyer, { order: order.buyerName, payment: payment.payerName });
    same('buyerIdNumber', payerIsBuyer, { order: order.buyerIdHash, payment: payment.payerIdHash });
    const sameBuyer = { zh: '清单的订购人须与订单一致', en: 'The inventory’s buyer must be the order’s' };
    same('buyerName', sameBuyer, { order: order.buyerName, inventory: inventory.buyerName });
    same('buyerIdNumber', sameBuyer, { order: order.buyerIdHash, inventory: inventory.buyerIdHash });
    // acturalPaid = goodsValue + freight + taxTotal − discount, and equals the payment (spec 3.1.4).
    const due = dec(order.goodsValue)
      .plus(dec(order.freight))
      .plus(dec(order.taxTotal))
      .minus(dec(order.discount));
    equalAmounts(
      'acturalPaid',
      {
        zh: '实际支付金额须等于商品价格＋运杂费＋代扣税款－非现金抵扣金额',
        en: 'Actually paid must equal goods value + freight + tax − discount',
      },
      ['order', order.acturalPaid],
      ['order', due],
    );
    equalAmounts(
      'amountPaid',
      {
        zh: '支付金额须与订单实际支付金额一致',
        en: 'The amount paid must equal the order’s actually paid amount',
      },
      ['payment', payment.amountPaid],
      ['order', dec(order.acturalPaid)],
    );
  } else if (docs.receipt) {
    const receipt = docs.receipt;
    const sameReceipt = {
      zh: '收款单的订单编号、电商平台、电商企业须与订单一致',
      en: 'The receipt must carry the order’s number, platform and e-commerce enterprise',
    };
    same('orderNo', sameReceipt, { order: order.orderNo, receipt: receipt.orderNo });
    same('ebpCode', sameReceipt, { order: order.ebpCode, receipt: receipt.ebpCode });
    same('ebcCode', sameReceipt, { order: order.ebcCode, receipt: receipt.ebcCode });
    // The charge is the transaction amount the order declares: goods value plus freight (docs/decisions/0002).
    equalAmounts(
      'charge',
      {
        zh: '收款金额须等于订单商品总价与运费之和',
        en: 'The charge must equal the order’s goods value plus freight',
      },
      ['receipt', receipt.charge],
      ['order', dec(order.goodsValue).plus(dec(order.freight))],
    );
  }
  return out.length ? { state: 'mismatched', mismatches: out } : { state: 'matched' };
}

/** gnum one-to-one between order and inventory, with the same name and quantity (§3 CEB621 "与电子订单一致"). */
function compareLines(orderLines: GoodsLine[], invtLines: GoodsLine[], out: Mismatch[]) {
  const byGnum = new Map(orderLines.map((l) => [l.gnum, l]));
  const seen = new Set<number>();
  for (const l of invtLines) {
    seen.add(l.gnum);
    const o = byGnum.get(l.gnum);
    if (!o) {
      out.push({
        field: `lines[gnum=${l.gnum}]`,
        documents: ['order', 'inventory'],
        values: { order: null, inventory: l.name },
        rule: {
          zh: '清单表体序号须与订单表体一一对应',
          en: 'Inventory lines must match order lines one to one by gnum',
        },
      });
      continue;
    }
    // gname "与电子订单一致"; an inventory whose gname is the declared name in another language agrees
    // through its itemName, "交易平台销售商品的中文名称" (CEB621 XSD), which is the order's.
    if (o.name !== l.name && o.name !== l.itemName)
      out.push({
        field: `lines[gnum=${l.gnum}].name`,
        documents: ['order', 'inventory'],
        values: { order: o.name, inventory: l.itemName ? `${l.name} / ${l.itemName}` : l.name },
        rule: {
          zh: '清单商品名称（gname 或 itemName）须与订单一致',
          en: 'The inventory’s item name (gname or itemName) must be the order’s',
        },
      });
    if (!dec(o.qty).equals(dec(l.qty)))
      out.push({
        field: `lines[gnum=${l.gnum}].qty`,
        documents: ['order', 'inventory'],
        values: { order: o.qty, inventory: l.qty },
        rule: { zh: '清单商品数量须与订单一致', en: 'The inventory’s quantity must be the order’s' },
      });
  }
  for (const o of orderLines)
    if (!seen.has(o.gnum))
      out.push({
        field: `lines[gnum=${o.gnum}]`,
        documents: ['order', 'inventory'],
        values: { order: o.name, inventory: null },
        rule: {
          zh: '清单表体序号须与订单表体一一对应',
          en: 'Inventory lines must match order lines one to one by gnum',
        },
      });
}

/** totalPrice = price × qty on every line (spec: "总价=数量×单价"). */
function checkLineArithmetic(doc: DocumentKind, lines: GoodsLine[], out: Mismatch[]) {
  for (const l of lines) {
    const expected = dec(l.price).times(dec(l.qty));
    if (!expected.equals(dec(l.totalPrice)))
      out.push({
        field: `lines[gnum=${l.gnum}].totalPrice`,
        documents: [doc],
        values: { [doc]: `${l.totalPrice} ≠ ${l.qty} × ${l.price} = ${expected.toFixed()}` },
        rule: { zh: '总价须等于数量乘以单价', en: 'Total price must equal quantity times unit price' },
      });
  }
}
