import { Decimal } from 'decimal.js';
import type { ClimateAnswers } from './climate-index.js';
import { chinaDay, dueDayOf } from './months.js';
import type { ReminderRow, ReportRow, SampleRow, ShopLineRow } from './sample.repository.js';

/** An exact amount as the API writes it: two decimals. */
export const money = (v: string) => new Decimal(v).toFixed(2);

export interface SampleView {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  enterpriseName: string;
  fromMonth: string;
  toMonth: string | null;
  /** Against the current China month: on the list now, to begin later, or over. */
  state: 'active' | 'scheduled' | 'ended';
  addedBy: string | null;
  addedAt: string;
  endedBy: string | null;
  endedAt: string | null;
}

export function toSampleView(row: SampleRow, currentMonth: string): SampleView {
  return {
    id: row.id,
    zoneCode: row.zone_code,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    fromMonth: row.from_month,
    toMonth: row.to_month,
    state:
      row.from_month > currentMonth
        ? 'scheduled'
        : row.to_month !== null && row.to_month < currentMonth
          ? 'ended'
          : 'active',
    addedBy: row.added_by_name,
    addedAt: row.added_at.toISOString(),
    endedBy: row.ended_by_name,
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
  };
}

export interface ShopLineView {
  shopId: string;
  platform: string;
  shopName: string;
  salesValue: string;
  orders: number;
}

export interface ReportView {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  enterpriseName: string;
  month: string;
  version: number;
  onlineValue: string;
  orders: number;
  activeShops: number;
  staff: number;
  cbecStaff: number;
  climate: ClimateAnswers;
  shops: ShopLineView[];
  /** Why this version corrects the one before; null on the first. */
  correctionReason: string | null;
  source: 'form' | 'excel';
  reportedBy: string | null;
  reportedAt: string;
  dueDate: string;
  /** This version came after the due day. */
  afterDue: boolean;
}

export function toShopLineView(l: ShopLineRow): ShopLineView {
  return {
    shopId: l.shop_id,
    platform: l.platform,
    shopName: l.shop_name,
    salesValue: money(l.sales_value),
    orders: l.orders,
  };
}

export function toReportView(row: ReportRow, lines: readonly ShopLineRow[]): ReportView {
  const due = dueDayOf(row.month);
  return {
    id: row.id,
    zoneCode: row.zone_code,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    month: row.month,
    version: row.version,
    onlineValue: money(row.online_value),
    orders: row.orders,
    activeShops: row.active_shops,
    staff: row.staff,
    cbecStaff: row.cbec_staff,
    climate: {
      ordersNow: row.orders_now,
      ordersNext: row.orders_next,
      staffNow: row.staff_now,
      staffNext: row.staff_next,
    },
    shops: lines.filter((l) => l.report_id === row.id).map(toShopLineView),
    correctionReason: row.correction_reason,
    source: row.source,
    reportedBy: row.reported_by_name,
    reportedAt: row.reported_at.toISOString(),
    dueDate: due,
    afterDue: chinaDay(row.reported_at) > due,
  };
}

export interface ReminderView {
  id: string;
  zoneCode: string;
  enterpriseId: string;
  month: string;
  sentAt: string;
  sentDay: string;
  sentBy: string | null;
  via: 'web' | 'cli';
  readAt: string | null;
}

export function toReminderView(r: ReminderRow): ReminderView {
  return {
    id: r.id,
    zoneCode: r.zone_code,
    enterpriseId: r.enterprise_id,
    month: r.month,
    sentAt: r.sent_at.toISOString(),
    sentDay: r.sent_day,
    sentBy: r.sent_by_name,
    via: r.via,
    readAt: r.read_at ? r.read_at.toISOString() : null,
  };
}
