import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** numeric: read back as a string by both drivers, never a float. */
type Numeric = ColumnType<string, string, string>;

export interface CebMessageTable {
  id: string;
  guid: string;
  message_type: string;
  zone_code: string;
  enterprise_id: string;
  direction: 'inbound' | 'outbound' | 'response';
  entity_count: number;
  signature_present: boolean;
  body_sha256: string;
  batch_id: string;
  /** Where the message's bytes sit in its batch's uncompressed body. */
  body_offset: number;
  body_length: number;
  received_at: Timestamp;
}

export interface CebMessageBatchTable {
  id: string;
  format: 'xml' | 'json';
  /** The batch's messages, concatenated, gzip-compressed. */
  body: Buffer;
  /** Encrypted with the platform's key (every batch since migration 0004). */
  sealed: ColumnType<boolean, boolean | undefined, boolean>;
  received_at: Timestamp;
}

export interface ClearanceDocumentTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  kind: 'order' | 'payment' | 'receipt' | 'waybill' | 'inventory';
  flow: 'import' | 'export';
  message_type: string;
  guid: string;
  business_key: string;
  order_key: string | null;
  logistics_key: string | null;
  app_type: '1' | '2' | '3';
  deleted: ColumnType<boolean, boolean | undefined, boolean>;
  facts: unknown;
  content_hash: string;
  message_id: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ParcelTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  flow: 'import' | 'export';
  trade_mode: string;
  order_key: string;
  logistics_key: string;
  match_state: 'incomplete' | 'matched' | 'mismatched';
  missing: string[];
  mismatches: unknown;
  customs_status: string | null;
  customs_status_at: Timestamp | null;
  sent_at: Timestamp | null;
  released_at: Timestamp | null;
  revoked_at: Timestamp | null;
  invt_no: string | null;
  declared_value: Numeric;
  currency: string;
  /** Retail import: the combined tax (综合税) computed when the parcel went to customs; null otherwise. */
  tax_total: Numeric | null;
  /** Retail import: treatment, totals, lines with the rate row used, or why it could not be computed. */
  tax: unknown;
  /** The e-commerce enterprise (the inventory's ebcCode), for the statistics. */
  ebc_code: string | null;
  /** The goods by HS chapter and country (TradeStatLine[]), for the statistics; null before migration 0008. */
  goods_stat: unknown;
  /** In the monthly trade sums (set once, by the statistics job). */
  counted: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Released inventories summed per China calendar month ('YYYY-MM'), kept by countReleasedTrade. */
export interface TradeStatMonthTable {
  zone_code: string;
  month: string;
  flow: 'import' | 'export';
  trade_mode: string;
  currency: string;
  ebc_code: string;
  parcels: ColumnType<string, string | number, string | number>;
  value: Numeric;
}

export interface TradeStatZoneMonthTable {
  zone_code: string;
  month: string;
  flow: 'import' | 'export';
  trade_mode: string;
  currency: string;
  parcels: ColumnType<string, string | number, string | number>;
  value: Numeric;
}

export interface TradeStatGoodsMonthTable {
  zone_code: string;
  month: string;
  flow: 'import' | 'export';
  trade_mode: string;
  currency: string;
  country: string;
  hs_chapter: string;
  lines: ColumnType<string, string | number, string | number>;
  value: Numeric;
}

/** The enterprise sums of a month, quarter ('YYYY-Qn') or year ('YYYY') by direction, without the trade mode. */
export interface TradeStatPeriodTable {
  period: string;
  zone_code: string;
  flow: 'import' | 'export';
  currency: string;
  ebc_code: string;
  parcels: ColumnType<string, string | number, string | number>;
  value: Numeric;
}

export type TradeStatCountryMonthTable = Omit<TradeStatGoodsMonthTable, 'hs_chapter'>;
export type TradeStatChapterMonthTable = Omit<TradeStatGoodsMonthTable, 'country'>;

/** A counted parcel's goods lines of one HS chapter and country (its goods_stat, one row each). */
export interface TradeGoodsLineTable {
  parcel_id: string;
  zone_code: string;
  released_at: Timestamp;
  flow: 'import' | 'export';
  trade_mode: string;
  currency: string;
  hs_chapter: string;
  country: string;
  lines: number;
  value: Numeric;
}

export interface CustomsEventTable {
  id: string;
  parcel_id: string;
  status: string;
  info: string | null;
  source: 'platform' | 'sandbox' | 'file_exchange';
  at: Timestamp;
  recorded_at: Timestamp;
}

export interface SummaryDeclarationTable {
  id: string;
  zone_code: string;
  period_from: ColumnType<string, string, string>;
  period_to: ColumnType<string, string, string>;
  summary_flag: '1' | '2';
  group_key: string;
  head: unknown;
  items: unknown;
  inventory_count: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SummaryInventoryTable {
  parcel_id: string;
  summary_id: string;
  invt_no: string;
}

/** A message to pass on to customs as it came, queued when accepted (migration 0014). */
export interface CustomsRelayTable {
  message_id: string;
  message_type: string;
  queued_at: Timestamp;
  relayed_at: Timestamp | null;
}

/** A relayed record and its parcels: customs' receipt names the record's guid (migration 0014). */
export interface CustomsRelayRecordTable {
  guid: string;
  message_id: string;
  parcel_ids: string[];
  /** When a receipt of customs naming the record was first recorded. */
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface BuyerQuotaTable {
  parcel_id: string;
  buyer_hash: string;
  year: number;
  amount: Numeric;
  consumed_at: Timestamp;
  released_at: Timestamp | null;
}
