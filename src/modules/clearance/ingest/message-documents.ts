import { hash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { canonicalJson } from '../../audit/index.js';
import type {
  DocumentKind,
  GoodsLine,
  InventoryFacts,
  OrderFacts,
  PaymentFacts,
  ReceiptFacts,
  WaybillFacts,
} from '../match/parcel-facts.js';
import type { CebMessage, CebMessageType } from '../messages/registry.js';
import { lineMeasures } from '../tax/line-measures.js';
import type { Measures } from '../tax/measure.js';
import { tradeStatLines, type TradeStatLine } from '../statistics/trade-stat-lines.js';

export type Flow = 'import' | 'export';

/** What a parcel row and the customs checks need of an inventory beyond the match facts. */
export interface ParcelInfo {
  tradeMode: string;
  /** Σ line totalPrice. */
  declaredValue: string;
  /** Import: goods + freight + insured fee, the 完税价格 the limits apply to (财关税〔2018〕49号). */
  dutiableValue: string;
  currency: string;
  buyerHash: string | null;
  /** Goods lines' HS codes and quantities, for the positive list and the limits; import: what the tax needs. */
  goods: { gnum: number; gcode: string; qty: string; totalPrice?: string; measures?: Measures }[];
  /** Import: the head's freight and insured fee (RMB), shared over the lines for the tax. */
  freight?: string;
  insuredFee?: string;
  /** Export: what the summary declaration groups by (CEB603 head and lines). */
  summary?: ExportSummaryFacts | undefined;
  /** The e-commerce enterprise (ebcCode): whose trade the statistics count it as. */
  ebcCode: string;
  /** The goods by HS chapter and country, for the statistics. */
  statLines: TradeStatLine[];
}

export interface ExportSummaryFacts {
  /** A 简化申报, B 汇总申报. */
  statisticsFlag: string;
  customsCode: string;
  portCode: string;
  agentCode: string;
  agentName: string;
  ebcCode: string;
  ebcName: string;
  ownerCode: string;
  trafMode: string;
  country: string;
  lines: {
    gcode: string;
    gname: string;
    gmodel: string;
    country: string;
    currency: string;
    unit: string;
    qty: string;
    totalPrice: string;
  }[];
}

/** A business document carried by a message, ready to store: its keys, facts and version fingerprint. */
export interface DocumentIn {
  kind: Exclude<DocumentKind, never>;
  flow: Flow;
  guid: string;
  appType: '1' | '2' | '3';
  /** Unique per sending enterprise and kind (customs-ceb.md §4.2 keys). */
  businessKey: string;
  orderKey: string | null;
  logisticsKey: string | null;
  /** The enterprise codes in the document that the sender may stand for (customs code or USCC). */
  senderCodes: string[];
  facts: OrderFacts | PaymentFacts | ReceiptFacts | WaybillFacts | InventoryFacts;
  /** For inventories: what the parcel row needs. */
  parcel?: ParcelInfo;
  /** SHA-256 of the canonical facts: a resend with the same content is recognised as such. */
  contentHash: string;
  /** The stored facts (the facts with `parcel`) as JSON text, made beside the hash. */
  factsJson: string;
}

/** The message types an enterprise sends that carry business documents the match reads. */
export const DOCUMENT_MESSAGES = [
  'CEB303',
  'CEB403',
  'CEB505',
  'CEB603',
  'CEB311',
  'CEB411',
  'CEB511',
  'CEB621',
] as const;
export type DocumentMessageType = (typeof DOCUMENT_MESSAGES)[number];

export function isDocumentMessage(type: CebMessageType): type is DocumentMessageType {
  return (DOCUMENT_MESSAGES as readonly string[]).includes(type);
}

const key = (...parts: string[]) => parts.join('|');
/** The parser has checked appType against 1/2/3 already (spec: 1-新增 2-变更 3-删除). */
const appTypeOf = (v: string) => v as '1' | '2' | '3';
const sumTotals = (lines: { totalPrice: string }[]) =>
  lines.reduce((s, l) => s.plus(l.totalPrice), new Decimal(0)).toFixed();

/**
 * The content hash is SHA-256 over canonicalJson({ kind, facts, parcel }); its parts are serialised once
 * and serve the stored facts too (keys sorted: facts < kind < parcel). Sorted, not as built: the hashes
 * already stored stay comparable whatever order later code builds the facts in (hashing the JSON as
 * built would save the parse worker 8 µs a parcel).
 */
function doc(d: Omit<DocumentIn, 'contentHash' | 'factsJson'>): DocumentIn {
  const facts = canonicalJson(d.facts);
  const parcel = canonicalJson(d.parcel ?? null);
  const hashed = `{"facts":${facts},"kind":${JSON.stringify(d.kind)},"parcel":${parcel}}`;
  return {
    ...d,
    // The one-shot hash: a third less than createHash's object, on every document received.
    contentHash: hash('sha256', hashed, 'hex'),
    factsJson: facts === '{}' ? `{"parcel":${parcel}}` : `${facts.slice(0, -1)},"parcel":${parcel}}`,
  };
}

type Line = { gnum: number; qty: string; price: string; totalPrice: string };
/** A message's goods lines as the match compares them; `name` picks the order's itemName or the inventory's gname. */
const goodsLines = <L extends Line>(list: readonly L[], name: (l: L) => string): GoodsLine[] =>
  list.map((l) => ({ gnum: l.gnum, name: name(l), price: l.price, qty: l.qty, totalPrice: l.totalPrice }));

/** An inventory's lines: named by gname, with the platform's itemName too where it says something else. */
const inventoryLines = (list: readonly (Line & { gname: string; itemName?: string | undefined })[]) =>
  list.map((l): GoodsLine =>
    l.itemName && l.itemName !== l.gname
      ? {
          gnum: l.gnum,
          itemName: l.itemName,
          name: l.gname,
          price: l.price,
          qty: l.qty,
          totalPrice: l.totalPrice,
        }
      : { gnum: l.gnum, name: l.gname, price: l.price, qty: l.qty, totalPrice: l.totalPrice },
  );

type Head = { guid: string; appType: string; ebpCode: string; ebcCode: string; orderNo: string };

/** An order (CEB303 / CEB311): keyed by platform and order number, sent by the platform or the seller. */
function orderDoc(flow: Flow, h: Head, facts: OrderFacts): DocumentIn {
  const orderKey = key(h.ebpCode, h.orderNo);
  return doc({
    kind: 'order',
    flow,
    guid: h.guid,
    appType: appTypeOf(h.appType),
    businessKey: orderKey,
    orderKey,
    logisticsKey: null,
    senderCodes: [h.ebpCode, h.ebcCode],
    facts,
  });
}

/** An inventory (CEB603 / CEB621): linked by order and by waybill, sent by the declaring agent or the seller. */
function inventoryDoc(
  flow: Flow,
  h: Head & { logisticsCode: string; logisticsNo: string; agentCode: string },
  facts: InventoryFacts,
  parcel: ParcelInfo,
): DocumentIn {
  const orderKey = key(h.ebpCode, h.orderNo);
  return doc({
    kind: 'inventory',
    flow,
    guid: h.guid,
    appType: appTypeOf(h.appType),
    businessKey: orderKey,
    orderKey,
    logisticsKey: key(h.logisticsCode, h.logisticsNo),
    senderCodes: [h.agentCode, h.ebcCode],
    facts,
    parcel,
  });
}

/**
 * The documents of a parsed message, one per business entity (a message carries 1..100). Buyer and payer
 * ID numbers are replaced by their keyed hash here, at the edge: nothing downstream holds them clear.
 *
 * Every object of the facts is written with its keys in sorted order, the order of their canonical JSON:
 * the content hash's text is then V8's own serialiser's (canonicalJson's fast path), a third of the
 * time on every document received. message-documents.test.ts holds them so.
 */
export function documentsOf(
  type: DocumentMessageType,
  message: CebMessage,
  keyedHash: (value: string) => string,
): DocumentIn[] {
  // One person, one hash: the check character X (GB 11643) is also written x, and an order, its payment
  // and its inventory must agree on the buyer, and the buyer's annual quota must count every parcel.
  const idHash = (idNumber: string) => keyedHash(idNumber.toUpperCase());
  switch (type) {
    case 'CEB311': {
      const m = message as CebMessage<'CEB311'>;
      return m.Order.map(({ OrderHead: h, OrderList }) => {
        const lines = goodsLines(OrderList, (l) => l.itemName);
        const facts: OrderFacts = {
          acturalPaid: h.acturalPaid,
          buyerIdHash: idHash(h.buyerIdNumber),
          buyerName: h.buyerName,
          consignee: h.consignee,
          consigneeAddress: h.consigneeAddress,
          consigneeTelephone: h.consigneeTelephone,
          discount: h.discount,
          ebcCode: h.ebcCode,
          ebpCode: h.ebpCode,
          freight: h.freight,
          goodsValue: h.goodsValue,
          lines,
          orderNo: h.orderNo,
          taxTotal: h.taxTotal,
        };
        return orderDoc('import', h, facts);
      });
    }
    case 'CEB303': {
      const m = message as CebMessage<'CEB303'>;
      return m.Order.map(({ OrderHead: h, OrderList }) => {
        const lines = goodsLines(OrderList, (l) => l.itemName);
        const facts: OrderFacts = {
          ebcCode: h.ebcCode,
          ebpCode: h.ebpCode,
          freight: h.freight,
          goodsValue: h.goodsValue,
          lines,
          orderNo: h.orderNo,
          orderType: h.orderType,
          // customs-ceb.md §2.3: for 9810 the order is the booking (订仓单) and ebpName the warehouse.
          ...(h.orderType === 'W' ? { overseasWarehouse: { bookingNo: h.orderNo, name: h.ebpName } } : {}),
        };
        return orderDoc('export', h, facts);
      });
    }
    case 'CEB411': {
      const m = message as CebMessage<'CEB411'>;
      return m.Payment.map(({ PaymentHead: h }) => {
        const facts: PaymentFacts = {
          amountPaid: h.amountPaid,
          ebpCode: h.ebpCode,
          orderNo: h.orderNo,
          payCode: h.payCode,
          payTransactionId: h.payTransactionId,
          payerIdHash: idHash(h.payerIdNumber),
          payerName: h.payerName,
        };
        return doc({
          kind: 'payment',
          flow: 'import',
          guid: h.guid,
          appType: appTypeOf(h.appType),
          businessKey: key(h.payCode, h.payTransactionId),
          orderKey: key(h.ebpCode, h.orderNo),
          logisticsKey: null,
          senderCodes: [h.payCode],
          facts,
        });
      });
    }
    case 'CEB403': {
      const m = message as CebMessage<'CEB403'>;
      return m.Receipts.map((h) => {
        const facts: ReceiptFacts = {
          charge: h.charge,
          ebcCode: h.ebcCode,
          ebpCode: h.ebpCode,
          orderNo: h.orderNo,
        };
        const orderKey = key(h.ebpCode, h.orderNo);
        return doc({
          kind: 'receipt',
          flow: 'export',
          guid: h.guid,
          appType: appTypeOf(h.appType),
          businessKey: orderKey,
          orderKey,
          logisticsKey: null,
          senderCodes: [h.ebcCode, ...(h.payCode ? [h.payCode] : [])],
          facts,
        });
      });
    }
    case 'CEB511': {
      const m = message as CebMessage<'CEB511'>;
      return m.Logistics.map(({ LogisticsHead: h }) => {
        const facts: WaybillFacts = {
          consignee: h.consignee,
          consigneeAddress: h.consigneeAddress,
          consigneeTelephone: h.consigneeTelephone,
          logisticsCode: h.logisticsCode,
          logisticsNo: h.logisticsNo,
          orderNo: h.orderNo,
        };
        const logisticsKey = key(h.logisticsCode, h.logisticsNo);
        // The import waybill names its order but not the platform; it links to the parcel by logistics key.
        return doc({
          kind: 'waybill',
          flow: 'import',
          guid: h.guid,
          appType: appTypeOf(h.appType),
          businessKey: logisticsKey,
          orderKey: null,
          logisticsKey,
          senderCodes: [h.logisticsCode],
          facts,
        });
      });
    }
    case 'CEB505': {
      const m = message as CebMessage<'CEB505'>;
      return m.Logistics.map((h) => {
        const facts: WaybillFacts = { logisticsCode: h.logisticsCode, logisticsNo: h.logisticsNo };
        const logisticsKey = key(h.logisticsCode, h.logisticsNo);
        return doc({
          kind: 'waybill',
          flow: 'export',
          guid: h.guid,
          appType: appTypeOf(h.appType),
          businessKey: logisticsKey,
          orderKey: null,
          logisticsKey,
          senderCodes: [h.logisticsCode],
          facts,
        });
      });
    }
    case 'CEB621': {
      const m = message as CebMessage<'CEB621'>;
      return m.Inventory.map(({ InventoryHead: h, InventoryList }) => {
        const lines = inventoryLines(InventoryList);
        const buyerHash = idHash(h.buyerIdNumber);
        const facts: InventoryFacts = {
          buyerIdHash: buyerHash,
          buyerName: h.buyerName,
          ebcCode: h.ebcCode,
          ebpCode: h.ebpCode,
          lines,
          logisticsCode: h.logisticsCode,
          logisticsNo: h.logisticsNo,
          orderNo: h.orderNo,
        };
        const declaredValue = sumTotals(InventoryList);
        return inventoryDoc('import', h, facts, {
          buyerHash,
          currency: h.currency,
          declaredValue,
          dutiableValue: new Decimal(declaredValue).plus(h.freight).plus(h.insuredFee).toFixed(),
          ebcCode: h.ebcCode,
          freight: h.freight,
          goods: InventoryList.map((l) => ({
            gcode: l.gcode,
            gnum: l.gnum,
            measures: lineMeasures([
              { qty: l.qty, unit: l.unit },
              { qty: l.qty1, unit: l.unit1 },
              { qty: l.qty2, unit: l.unit2 },
            ]),
            qty: l.qty,
            totalPrice: l.totalPrice,
          })),
          insuredFee: h.insuredFee,
          // Import lines name the goods' origin.
          statLines: tradeStatLines(InventoryList),
          tradeMode: h.tradeMode,
        });
      });
    }
    case 'CEB603': {
      const m = message as CebMessage<'CEB603'>;
      return m.Inventory.map(({ InventoryHead: h, InventoryList }) => {
        const lines = inventoryLines(InventoryList);
        const facts: InventoryFacts = {
          ebcCode: h.ebcCode,
          ebpCode: h.ebpCode,
          lines,
          logisticsCode: h.logisticsCode,
          logisticsNo: h.logisticsNo,
          orderNo: h.orderNo,
          tradeMode: h.tradeMode,
        };
        const declaredValue = sumTotals(InventoryList);
        return inventoryDoc('export', h, facts, {
          buyerHash: null,
          currency: InventoryList[0]?.currency ?? '142',
          declaredValue,
          dutiableValue: declaredValue,
          ebcCode: h.ebcCode,
          goods: InventoryList.map((l) => ({ gcode: l.gcode, gnum: l.gnum, qty: l.qty })),
          // Export lines name the final destination (最终目的国).
          statLines: tradeStatLines(InventoryList),
          summary: {
            agentCode: h.agentCode,
            agentName: h.agentName,
            country: h.country,
            customsCode: h.customsCode,
            ebcCode: h.ebcCode,
            ebcName: h.ebcName,
            lines: InventoryList.map((l) => ({
              country: l.country,
              currency: l.currency,
              gcode: l.gcode,
              gmodel: l.gmodel,
              gname: l.gname,
              qty: l.qty,
              totalPrice: l.totalPrice,
              unit: l.unit,
            })),
            ownerCode: h.ownerCode,
            portCode: h.portCode,
            statisticsFlag: h.statisticsFlag,
            trafMode: h.trafMode ?? '',
          },
          tradeMode: h.tradeMode,
        });
      });
    }
  }
}
