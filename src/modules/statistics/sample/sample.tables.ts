import type { ColumnType, Generated } from 'kysely';
import type { ClimateAnswer } from './climate-index.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** numeric: a string from both drivers, written as a string. */
type Numeric = ColumnType<string, string, string>;

export interface SampleEnterpriseTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  enterprise_name: string;
  /** China calendar months 'YYYY-MM'; `to_month` null: still on the list. */
  from_month: string;
  to_month: string | null;
  added_by: string | null;
  added_by_name: string | null;
  added_at: Timestamp;
  ended_by: string | null;
  ended_by_name: string | null;
  ended_at: Timestamp | null;
}

export interface SampleReportTable {
  id: string;
  /** int8, read as a string. */
  seq: Generated<string>;
  zone_code: string;
  enterprise_id: string;
  enterprise_name: string;
  month: string;
  version: number;
  online_value: Numeric;
  orders: number;
  active_shops: number;
  staff: number;
  cbec_staff: number;
  orders_now: ClimateAnswer;
  orders_next: ClimateAnswer;
  staff_now: ClimateAnswer;
  staff_next: ClimateAnswer;
  correction_reason: string | null;
  source: 'form' | 'excel';
  reported_by: string | null;
  reported_by_name: string | null;
  role: string;
  reported_at: Timestamp;
}

export interface SampleReportShopTable {
  report_id: string;
  zone_code: string;
  shop_id: string;
  platform: string;
  shop_name: string;
  sales_value: Numeric;
  orders: number;
}

export interface SampleReminderTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  month: string;
  /** The China day it was sent: one reminder per enterprise, month and day. */
  sent_day: string;
  sent_at: Timestamp;
  sent_by: string | null;
  sent_by_name: string | null;
  via: 'web' | 'cli';
  read_at: Timestamp | null;
}
