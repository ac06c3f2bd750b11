import { Decimal } from 'decimal.js';
import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { parseOrThrow, type Page } from '../../../shared/validation.js';
import { monthsBetween } from './months.js';
import { sampleRepository } from './sample.repository.js';
import { ZShopRecordsQuery, ZShopSalesQuery } from './sample.schemas.js';
import { zoneFor } from './sample-support.js';
import { money } from './sample-view.js';

export interface ShopSalesMonth {
  month: string;
  /** The sum of the shops' online sales, RMB, exact. */
  salesValue: string;
  orders: number;
  /** Shops with a line in the latest reports of the month, and the enterprises behind them. */
  shops: number;
  enterprises: number;
}

export interface ShopSalesTotals {
  zoneCode: string;
  fromMonth: string;
  toMonth: string;
  /** Every month of the range in order, months without lines at zero. */
  months: ShopSalesMonth[];
  total: { salesValue: string; orders: number };
}

/**
 * The online sales of the zone's filed shops per month (株洲 实施意见 (四): 关联店铺备案并产生线上交易额的企业，
 * 可认定为企业数据), summed from the shop lines of the latest version of each enterprise's monthly report:
 * a figure for the statistics. Its records are `listShopSalesRecords`; the two always agree.
 */
export async function shopSalesTotals(
  ctx: Ctx,
  query: { zoneCode?: string | undefined; fromMonth: string; toMonth: string },
): Promise<ShopSalesTotals> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZShopSalesQuery, query);
  const zoneCode = zoneFor(actor, q.zoneCode);
  const rows = await sampleRepository.shopSalesByMonth(ctx.db, zoneCode, q.fromMonth, q.toMonth);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  let value = new Decimal(0);
  let orders = 0;
  const months = monthsBetween(q.fromMonth, q.toMonth).map((month): ShopSalesMonth => {
    const r = byMonth.get(month);
    if (!r) return { month, salesValue: '0.00', orders: 0, shops: 0, enterprises: 0 };
    value = value.plus(r.value);
    orders += Number(r.orders);
    return {
      month,
      salesValue: money(r.value),
      orders: Number(r.orders),
      shops: Number(r.shops),
      enterprises: Number(r.enterprises),
    };
  });
  return {
    zoneCode,
    fromMonth: q.fromMonth,
    toMonth: q.toMonth,
    months,
    total: { salesValue: value.toFixed(2), orders },
  };
}

export interface ShopSalesRecord {
  enterpriseId: string;
  enterpriseName: string;
  shopId: string;
  platform: string;
  shopName: string;
  salesValue: string;
  orders: number;
  /** The report version the line comes from (the latest of the enterprise's month). */
  reportId: string;
  version: number;
}

/** The shop lines under a month's shop-sales figure: the records it drills down to. */
export async function listShopSalesRecords(
  ctx: Ctx,
  query: {
    zoneCode?: string | undefined;
    month: string;
    page?: number | string | undefined;
    pageSize?: number | string | undefined;
  },
): Promise<Page<ShopSalesRecord> & { zoneCode: string; month: string }> {
  const actor = authorize(ctx, 'statistics:read');
  const q = parseOrThrow(ZShopRecordsQuery, query);
  const zoneCode = zoneFor(actor, q.zoneCode);
  const { items, total } = await sampleRepository.shopSalesRecords(ctx.db, zoneCode, q.month, q);
  return {
    zoneCode,
    month: q.month,
    items: items.map((r) => ({
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      shopId: r.shop_id,
      platform: r.platform,
      shopName: r.shop_name,
      salesValue: money(r.sales_value),
      orders: r.orders,
      reportId: r.report_id,
      version: r.version,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
