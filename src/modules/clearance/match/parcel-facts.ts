/**
 * The facts of a parcel's documents that the three-document match compares, taken from the messages by
 * their adapters. Amounts are exact decimal strings; identity numbers arrive as keyed hashes, never clear.
 * Field names follow the CEB messages (customs-ceb.md §3).
 */

export interface GoodsLine {
  gnum: number;
  /** Item name on the order (itemName) or the inventory (gname). */
  name: string;
  /**
   * The inventory's itemName where it differs from its gname: the platform's own name of the goods, which
   * real inventories carry beside a declared gname in another language ("ACTIVE IRON").
   */
  itemName?: string;
  qty: string;
  price: string;
  totalPrice: string;
}

export interface OrderFacts {
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  goodsValue: string;
  freight: string;
  /** Export only (CEB303): E = B2C (9610, 1210), B = B2B (9710), W = 海外仓订仓单 (9810). */
  orderType?: string | undefined;
  /** 9810: the overseas warehouse the goods are booked into — orderNo is the 订仓单号, ebpName the 海外仓名称. */
  overseasWarehouse?: { bookingNo: string; name: string } | undefined;
  /** Import only (CEB311). */
  taxTotal?: string | undefined;
  discount?: string | undefined;
  acturalPaid?: string | undefined;
  buyerName?: string | undefined;
  buyerIdHash?: string | undefined;
  consignee?: string | undefined;
  consigneeTelephone?: string | undefined;
  consigneeAddress?: string | undefined;
  lines: GoodsLine[];
}

/** CEB411 (import). */
export interface PaymentFacts {
  orderNo: string;
  ebpCode: string;
  payCode: string;
  payTransactionId: string;
  payerName: string;
  payerIdHash: string;
  amountPaid: string;
}

/** CEB403 (export). */
export interface ReceiptFacts {
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  charge: string;
}

/** CEB511 (import) or CEB505 (export). */
export interface WaybillFacts {
  logisticsCode: string;
  logisticsNo: string;
  /** Import only. */
  orderNo?: string | undefined;
  consignee?: string | undefined;
  consigneeTelephone?: string | undefined;
  consigneeAddress?: string | undefined;
}

/** CEB621 (import) or CEB603 (export). */
export interface InventoryFacts {
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  logisticsCode: string;
  logisticsNo: string;
  buyerName?: string | undefined;
  buyerIdHash?: string | undefined;
  /** Export (CEB603): 9610, 1210, 1239, 9710 or 9810. */
  tradeMode?: string | undefined;
  lines: GoodsLine[];
}

export type Direction = 'import' | 'export';

/** The documents of one parcel that have arrived so far. */
export interface ParcelDocuments {
  direction: Direction;
  order?: OrderFacts | undefined;
  payment?: PaymentFacts | undefined;
  receipt?: ReceiptFacts | undefined;
  waybill?: WaybillFacts | undefined;
  inventory?: InventoryFacts | undefined;
}

export type DocumentKind = 'order' | 'payment' | 'receipt' | 'waybill' | 'inventory';
