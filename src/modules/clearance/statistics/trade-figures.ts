import { AppError } from '../../../shared/app-error.js';
import { authorize, inZone } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { toTradeStatLines } from './trade-stat-lines.js';
import {
  tradeStatRepository,
  type EbcGroups,
  type MonthRate,
  type TradeDimension,
  type TradeStatQuery,
} from './trade-stat.repository.js';

export type {
  EbcGroups,
  MonthRate,
  TradeDimension,
  TradeFilter,
  TradeStatQuery,
  TradeFigureRow,
} from './trade-stat.repository.js';

/**
 * Reads of the monthly trade sums for the statistics module. Every one is the zone's figure, so it is
 * for the bureaus (statistics:read), and only of zones the reader may see; the caller has parsed the input.
 */
function check(ctx: Ctx, q: Pick<TradeStatQuery, 'zoneCodes'>): void {
  const actor = authorize(ctx, 'statistics:read');
  if (q.zoneCodes === null ? actor.zoneCode !== null : !q.zoneCodes.every((z) => inZone(actor, z)))
    throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
}

export async function tradeMonthCurrencies(ctx: Ctx, q: Omit<TradeStatQuery, 'filter'>) {
  check(ctx, q);
  return tradeStatRepository.monthCurrencies(ctx.db, q);
}

export async function tradeFigures(
  ctx: Ctx,
  q: TradeStatQuery,
  by: TradeDimension,
  rates: readonly MonthRate[],
) {
  check(ctx, q);
  return tradeStatRepository.figures(ctx.db, q, by, rates);
}

/** The largest figures of a breakdown, the rest summed and the total (ranked in SQL). */
export async function tradeRankedFigures(
  ctx: Ctx,
  q: TradeStatQuery,
  by: TradeDimension,
  rates: readonly MonthRate[],
  options: { limit: number; groups?: EbcGroups | undefined; keys?: readonly string[] | undefined },
) {
  check(ctx, q);
  return tradeStatRepository.ranked(ctx.db, q, by, rates, options);
}

export async function tradeActiveEnterprises(ctx: Ctx, q: TradeStatQuery): Promise<number> {
  check(ctx, q);
  return tradeStatRepository.activeEnterprises(ctx.db, q);
}

export async function tradeFigureByCurrency(ctx: Ctx, q: TradeStatQuery) {
  check(ctx, q);
  return tradeStatRepository.figureByCurrency(ctx.db, q);
}

export interface TradeRecord {
  id: string;
  zoneCode: string;
  invtNo: string | null;
  flow: 'import' | 'export';
  tradeMode: string;
  ebcCode: string | null;
  releasedAt: string;
  declaredValue: string;
  currency: string;
  /** What of the parcel the figure counts: its declared value, or its lines of the country or chapter. */
  countedValue: string;
  goods: { hsChapter: string; country: string; value: string; lines: number }[];
}

/**
 * The released inventories under a figure (drill-down), with Σ per currency to set beside the figure and
 * their count (null without `sums`: the page alone).
 */
export async function tradeRecords(
  ctx: Ctx,
  q: TradeStatQuery,
  page: { page: number; pageSize: number; sums?: boolean | undefined },
) {
  check(ctx, q);
  const { items, sums } = await tradeStatRepository.records(ctx.db, q, page);
  const total = sums ? sums.reduce((n, s) => n + Number(s.parcels), 0) : null;
  return {
    items: items.map((r): TradeRecord => ({
      id: r.id,
      zoneCode: r.zone_code,
      invtNo: r.invt_no,
      flow: r.flow,
      tradeMode: r.trade_mode,
      ebcCode: r.ebc_code,
      releasedAt: new Date(r.released_at).toISOString(),
      declaredValue: r.declared_value,
      currency: r.currency,
      countedValue: r.matched_value,
      goods: toTradeStatLines(r.goods_stat).map((g) => ({
        hsChapter: g.h,
        country: g.c,
        value: g.v,
        lines: g.n,
      })),
    })),
    total,
    sums: sums?.map((s) => ({
      currency: s.currency,
      parcels: Number(s.parcels),
      lines: Number(s.n),
      value: s.value,
    })),
  };
}
