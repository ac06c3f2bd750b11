import { randomUUID } from 'node:crypto';
import { produceCebMessage } from '../../src/modules/clearance/index.js';
import { residentIdCheckDigit } from '../../src/shared/identifiers/resident-id.js';
import type { CebMessage, CebMessageType } from '../../src/modules/clearance/messages/registry.js';
import {
  exportOrder,
  importInventory,
  importOrder,
  importPayment,
  importWaybill,
} from '../../src/modules/clearance/messages/test-support/examples.js';

/** The customs codes the example import parcel names: platform, e-commerce firm, payment, logistics. */
export const PARCEL_CODES = { ebc: '4302960A01', pay: '4302960Z01', logistics: '4302960L01' } as const;

const upper = () => randomUUID().toUpperCase();

/** A fresh root guid (and head guids), the sender's copCode, then the XML. */
export function xmlOf<T extends CebMessageType>(
  type: T,
  message: CebMessage<T>,
  copCode: string,
  freshGuids = true,
): string {
  const m = structuredClone(message) as CebMessage<T> & { guid: string; BaseTransfer: { copCode: string } };
  if (freshGuids) m.guid = upper();
  m.BaseTransfer.copCode = copCode;
  return produceCebMessage(type, m as never);
}

/** A valid resident ID number of its own for each n below ten million (Zhuzhou, born 1970–1997). */
export function buyerIdOf(n: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + (n % 10_000) * 86_400_000).toISOString().slice(0, 10);
  const first17 = `430202${birth.replaceAll('-', '')}${String(Math.floor(n / 10_000) % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckDigit(first17);
}

/**
 * The example 9610 import parcel (order, payment, waybill, inventory), renumbered so parcels never
 * collide; by default every parcel has the example's buyer, or the buyer (ID number) given.
 */
export function importParcel(n: number, buyerIdNumber?: string) {
  const orderNo = `ZZ${String(n).padStart(12, '0')}`;
  const logisticsNo = `LP${String(n).padStart(11, '0')}CN`;
  const order = importOrder();
  const payment = importPayment();
  const waybill = importWaybill();
  const inventory = importInventory();
  for (const o of order.Order) {
    o.OrderHead.guid = upper();
    o.OrderHead.orderNo = orderNo;
    if (buyerIdNumber) o.OrderHead.buyerIdNumber = buyerIdNumber;
  }
  for (const p of payment.Payment) {
    p.PaymentHead.guid = upper();
    p.PaymentHead.orderNo = orderNo;
    p.PaymentHead.payTransactionId = `PAY${orderNo}`;
    if (buyerIdNumber) p.PaymentHead.payerIdNumber = buyerIdNumber;
  }
  for (const w of waybill.Logistics) {
    w.LogisticsHead.guid = upper();
    w.LogisticsHead.orderNo = orderNo;
    w.LogisticsHead.logisticsNo = logisticsNo;
  }
  for (const i of inventory.Inventory) {
    i.InventoryHead.guid = upper();
    i.InventoryHead.orderNo = orderNo;
    i.InventoryHead.logisticsNo = logisticsNo;
    i.InventoryHead.copNo = `COP${n}`;
    if (buyerIdNumber) i.InventoryHead.buyerIdNumber = buyerIdNumber;
    // Goods on the (sample) retail-import positive list: 19011010 infant formula, 33049900 skin care.
    for (const l of i.InventoryList) if (!l.gcode.startsWith('19011010')) l.gcode = '3304990099';
  }
  return { order, payment, waybill, inventory, orderNo, logisticsNo };
}

/** Codes of the export parcel: e-commerce firm (also the platform "无"), logistics, declaring agent, producer. */
export const EXPORT_CODES = {
  ebc: '4302960A01',
  logistics: '4302960L01',
  agent: '4302980B01',
  owner: '4302960M01',
} as const;

const transferOf = (copCode: string) => ({
  copCode,
  copName: '株洲示例企业',
  dxpMode: 'DXP',
  dxpId: 'DXPENT0000000001',
});

/**
 * A consistent 9610 export parcel: order (CEB303), receipt (CEB403), waybill (CEB505) and inventory
 * (CEB603, statisticsFlag B: summary declaration), numbered by n; `country` is the destination.
 */
export function exportParcel(
  n: number,
  opts: {
    country?: string;
    trafMode?: string;
    tradeMode?: '9610' | '9710' | '9810';
    orderType?: string;
  } = {},
) {
  const orderNo = `EX${String(n).padStart(12, '0')}`;
  const logisticsNo = `EL${String(n).padStart(11, '0')}CN`;
  const country = opts.country ?? '502';
  const order = exportOrder();
  const o = order.Order[0]!;
  o.OrderHead.guid = upper();
  o.OrderHead.orderNo = orderNo;
  const tradeMode = opts.tradeMode ?? '9610';
  // B2B direct (9710) orders are type B; overseas-warehouse (9810) bookings are type W, named by the warehouse.
  o.OrderHead.orderType = opts.orderType ?? { '9610': 'E', '9710': 'B', '9810': 'W' }[tradeMode];
  if (tradeMode === '9810') o.OrderHead.ebpName = '洛杉矶示例海外仓';
  const lines = o.OrderList;
  const receipt: CebMessage<'CEB403'> = {
    guid: upper(),
    version: '1.0',
    Receipts: [
      {
        guid: upper(),
        appType: '1',
        appTime: '20250618093015',
        appStatus: '2',
        ebpCode: '无',
        ebpName: 'Example Marketplace',
        ebcCode: EXPORT_CODES.ebc,
        ebcName: '株洲示例跨境电商有限公司',
        orderNo,
        payName: '境外支付',
        charge: '45.50',
        currency: '502',
        accountingDate: '20250618093015',
      },
    ],
    BaseTransfer: transferOf(EXPORT_CODES.ebc),
    BaseSubscribe: [],
  };
  const waybill: CebMessage<'CEB505'> = {
    guid: upper(),
    version: '1.0',
    Logistics: [
      {
        guid: upper(),
        appType: '1',
        appTime: '20250618093015',
        appStatus: '2',
        logisticsCode: EXPORT_CODES.logistics,
        logisticsName: '示例国际物流有限公司',
        logisticsNo,
        freight: '0',
        insuredFee: '0',
        currency: '142',
        grossWeight: '1.2',
        packNo: 1,
        goodsInfo: '硬质合金刀片',
      },
    ],
    BaseTransfer: transferOf(EXPORT_CODES.logistics),
    BaseSubscribe: [],
  };
  const inventory: CebMessage<'CEB603'> = {
    guid: upper(),
    version: '1.0',
    Inventory: [
      {
        InventoryHead: {
          guid: upper(),
          appType: '1',
          appTime: '20250618093015',
          appStatus: '2',
          customsCode: '4900',
          ebpCode: '无',
          ebpName: 'Example Marketplace',
          orderNo,
          logisticsCode: EXPORT_CODES.logistics,
          logisticsName: '示例国际物流有限公司',
          logisticsNo,
          copNo: `ECOP${n}`,
          ieFlag: 'E',
          portCode: '4908',
          ieDate: '20250618',
          statisticsFlag: 'B',
          agentCode: EXPORT_CODES.agent,
          agentName: '示例报关有限公司',
          ebcCode: EXPORT_CODES.ebc,
          ebcName: '株洲示例跨境电商有限公司',
          ownerCode: EXPORT_CODES.owner,
          ownerName: '株洲示例硬质合金有限公司',
          tradeMode,
          trafMode: opts.trafMode ?? '5',
          country,
          POD: 'LAX',
          freight: '0',
          fCurrency: '142',
          fFlag: '3',
          insuredFee: '0',
          iCurrency: '142',
          iFlag: '3',
          wrapType: '2',
          packNo: 1,
          grossWeight: '1.2',
          netWeight: '1',
        },
        InventoryList: lines.map((l) => ({
          gnum: l.gnum,
          itemNo: l.itemNo,
          gcode: l.gnum === 3 ? '4819100000' : '8209009000',
          gname: l.itemName,
          gmodel: '0|0|硬质合金|无品牌',
          barCode: '无',
          country,
          currency: l.currency,
          qty: l.qty,
          qty1: l.qty,
          unit: l.unit,
          unit1: l.unit,
          price: l.price,
          totalPrice: l.totalPrice,
        })),
      },
    ],
    BaseTransfer: transferOf(EXPORT_CODES.agent),
    BaseSubscribe: [],
  };
  return { order, receipt, waybill, inventory, orderNo, logisticsNo };
}

/**
 * The customs site's arrival report (运抵单 CEB507) for the waybills given, from the logistics firm of
 * EXPORT_CODES acting as the site's operator (as the postal firm does on postal routes).
 */
export function exportArrival(logisticsNos: string[], appType: '1' | '2' | '3' = '1'): CebMessage<'CEB507'> {
  return {
    guid: upper(),
    version: '1.0',
    Arrival: [
      {
        ArrivalHead: {
          guid: upper(),
          appType,
          appTime: '20260302160000',
          appStatus: '2',
          customsCode: '4900',
          copNo: `ARR${logisticsNos[0] ?? ''}`,
          operatorCode: EXPORT_CODES.logistics,
          operatorName: '示例国际物流有限公司',
          ieFlag: 'E',
          trafMode: '5',
          domesticTrafNo: '湘B12345',
          logisticsCode: EXPORT_CODES.logistics,
          logisticsName: '示例国际物流有限公司',
          msgCount: 1,
          msgSeqNo: 1,
        },
        ArrivalList: logisticsNos.map((logisticsNo, i) => ({ gnum: i + 1, logisticsNo })),
      },
    ],
    BaseTransfer: transferOf(EXPORT_CODES.logistics),
    BaseSubscribe: [],
  };
}

/** The departure report (离境单 CEB509) for the waybills given, from the logistics firm of EXPORT_CODES. */
export function exportDeparture(logisticsNos: string[], leaveTime = '20260302180000'): CebMessage<'CEB509'> {
  return {
    guid: upper(),
    version: '1.0',
    Departure: [
      {
        DepartureHead: {
          guid: upper(),
          appType: '1',
          appTime: '20260302170000',
          appStatus: '2',
          customsCode: '4900',
          copNo: `DEP${logisticsNos[0] ?? ''}`,
          logisticsCode: EXPORT_CODES.logistics,
          logisticsName: '示例国际物流有限公司',
          trafMode: '5',
          trafName: 'CA1234',
          voyageNo: 'CA1234',
          billNo: '999-12345678',
          leaveTime,
          msgCount: 1,
          msgSeqNo: 1,
        },
        DepartureList: logisticsNos.map((logisticsNo, i) => ({ gnum: i + 1, logisticsNo })),
      },
    ],
    BaseTransfer: transferOf(EXPORT_CODES.logistics),
    BaseSubscribe: [],
  };
}

/** A withdrawal (CEB623) of the parcel's inventory, once customs gave it `invtNo`. */
export function importRevoke(parcel: ReturnType<typeof importParcel>, invtNo: string): CebMessage<'CEB623'> {
  const h = parcel.inventory.Inventory[0]!.InventoryHead;
  return {
    guid: upper(),
    version: '1.0',
    InvtCancel: [
      {
        guid: upper(),
        appType: '1',
        appTime: '20250619093015',
        appStatus: '2',
        customsCode: h.customsCode,
        orderNo: h.orderNo,
        ebpCode: h.ebpCode,
        ebpName: h.ebpName,
        ebcCode: h.ebcCode,
        ebcName: h.ebcName,
        logisticsNo: h.logisticsNo,
        logisticsCode: h.logisticsCode,
        logisticsName: h.logisticsName,
        copNo: h.copNo,
        invtNo,
        buyerIdType: '1',
        buyerIdNumber: h.buyerIdNumber,
        buyerName: h.buyerName,
        buyerTelephone: h.buyerTelephone,
        agentCode: h.agentCode,
        agentName: h.agentName,
        reason: '买家取消订单',
      },
    ],
    BaseTransfer: parcel.inventory.BaseTransfer,
    BaseSubscribe: [],
  };
}

/**
 * An export parcel (exportParcel) in which one enterprise, `code`, is the e-commerce enterprise, the
 * logistics enterprise and the declaring agent, so that it may send all four messages; with them.
 */
export function soleExportParcel(n: number, code: string) {
  const parcel = exportParcel(n);
  for (const o of parcel.order.Order) o.OrderHead.ebcCode = code;
  for (const r of parcel.receipt.Receipts) r.ebcCode = code;
  for (const w of parcel.waybill.Logistics) w.logisticsCode = code;
  for (const i of parcel.inventory.Inventory) {
    i.InventoryHead.ebcCode = code;
    i.InventoryHead.logisticsCode = code;
    i.InventoryHead.agentCode = code;
  }
  const messages = () => [
    xmlOf('CEB303', parcel.order, code),
    xmlOf('CEB403', parcel.receipt, code),
    xmlOf('CEB505', parcel.waybill, code),
    xmlOf('CEB603', parcel.inventory, code),
  ];
  return { ...parcel, messages };
}

/** A withdrawal (CEB605) of an export parcel's inventory, once customs gave it `invtNo`. */
export function exportRevoke(parcel: ReturnType<typeof exportParcel>, invtNo: string): CebMessage<'CEB605'> {
  const h = parcel.inventory.Inventory[0]!.InventoryHead;
  return {
    guid: upper(),
    version: '1.0',
    InvtCancel: [
      {
        guid: upper(),
        appType: '1',
        appTime: '20260302093015',
        appStatus: '2',
        customsCode: h.customsCode,
        copNo: h.copNo,
        invtNo,
        reason: '买家取消订单',
        agentCode: h.agentCode,
        agentName: h.agentName,
        ebcCode: h.ebcCode,
        ebcName: h.ebcName,
      },
    ],
    BaseTransfer: parcel.inventory.BaseTransfer,
    BaseSubscribe: [],
  };
}

/** A return (CEB625) of some of the parcel's lines after release. */
export function importReturn(
  parcel: ReturnType<typeof importParcel>,
  invtNo: string,
  lines: { gnum: number; qty: string }[],
): CebMessage<'CEB625'> {
  const h = parcel.inventory.Inventory[0]!.InventoryHead;
  const list = parcel.inventory.Inventory[0]!.InventoryList;
  return {
    guid: upper(),
    version: '1.0',
    InvtRefund: [
      {
        InvtRefundHead: {
          guid: upper(),
          appType: '1',
          appTime: '20250625093015',
          appStatus: '2',
          customsCode: h.customsCode,
          orderNo: h.orderNo,
          ebpCode: h.ebpCode,
          ebpName: h.ebpName,
          ebcCode: h.ebcCode,
          ebcName: h.ebcName,
          logisticsNo: h.logisticsNo,
          logisticsCode: h.logisticsCode,
          logisticsName: h.logisticsName,
          copNo: h.copNo,
          invtNo,
          buyerIdType: '1',
          buyerIdNumber: h.buyerIdNumber,
          buyerName: h.buyerName,
          buyerTelephone: h.buyerTelephone,
          agentCode: h.agentCode,
          agentName: h.agentName,
          reason: '商品破损退货',
        },
        InvtRefundList: lines.map((l) => {
          const d = list.find((x) => x.gnum === l.gnum)!;
          return { gnum: l.gnum, gcode: d.gcode, gname: d.gname, qty: l.qty, unit: d.unit };
        }),
      },
    ],
    BaseTransfer: parcel.inventory.BaseTransfer,
    BaseSubscribe: [],
  };
}
