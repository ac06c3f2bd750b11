import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../../db/database.js';

/** What a figure is broken down by. */
export type TradeDimension =
  'total' | 'month' | 'monthFlow' | 'flow' | 'tradeMode' | 'ebc' | 'country' | 'hsChapter';

export interface TradeFilter {
  flow?: 'import' | 'export' | undefined;
  tradeMode?: string | undefined;
  /** One enterprise, or the enterprises of a park or county (resolved by the caller from the register). */
  ebcCodes?: readonly string[] | undefined;
  country?: string | undefined;
  hsChapter?: string | undefined;
}

/** The rate a month's values of a currency convert with: RMB per unit, and RMB per US dollar. */
export interface MonthRate {
  month: string;
  currency: string;
  cnyPerUnit: string;
  cnyPerUsd: string | null;
}

export interface TradeStatQuery {
  /** null: every zone (provincial users). */
  zoneCodes: readonly string[] | null;
  fromMonth: string;
  toMonth: string;
  filter: TradeFilter;
}

export interface TradeFigureRow {
  key: string;
  /** Inventories (parcels); null when the figure counts goods lines (country or chapter). */
  parcels: string | null;
  lines: string | null;
  /** Σ value × rate, unrounded numeric strings; value_usd null when a month has no USD rate. */
  value_cny: string;
  value_usd: string | null;
}

const KEY: Record<TradeDimension, string> = {
  total: `'total'`,
  month: 's.month',
  monthFlow: `s.month || ':' || s.flow`,
  flow: 's.flow',
  tradeMode: `s.flow || ':' || s.trade_mode`,
  ebc: 's.ebc_code',
  country: 's.country',
  hsChapter: 's.hs_chapter',
};

/** Which table can answer: goods lines for country and chapter, the enterprise sums for enterprises. */
function tableFor(by: TradeDimension, filter: TradeFilter) {
  if (by === 'country' || by === 'hsChapter' || filter.country || filter.hsChapter)
    return 'trade_stat_goods_month' as const;
  if (by === 'ebc' || filter.ebcCodes) return 'trade_stat_month' as const;
  return 'trade_stat_zone_month' as const;
}

function where(q: TradeStatQuery, table: string): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`s.month between ${q.fromMonth} and ${q.toMonth}`];
  if (q.zoneCodes) parts.push(sql`s.zone_code in (${sql.join(q.zoneCodes.map((z) => sql`${z}`))})`);
  const f = q.filter;
  if (f.flow) parts.push(sql`s.flow = ${f.flow}`);
  if (f.tradeMode) parts.push(sql`s.trade_mode = ${f.tradeMode}`);
  if (f.ebcCodes && table === 'trade_stat_month')
    parts.push(
      f.ebcCodes.length ? sql`s.ebc_code in (${sql.join(f.ebcCodes.map((c) => sql`${c}`))})` : sql`false`,
    );
  if (f.country) parts.push(sql`s.country = ${f.country}`);
  if (f.hsChapter) parts.push(sql`s.hs_chapter = ${f.hsChapter}`);
  return sql.join(parts, sql` and `);
}

export const tradeStatRepository = {
  /** The (month, currency) pairs with trade in a range: the rates the figures need. */
  async monthCurrencies(db: Executor, q: Omit<TradeStatQuery, 'filter'>) {
    const rows = await sql<{ month: string; currency: string }>`
      select distinct s.month, s.currency from trade_stat_zone_month s
      where ${where({ ...q, filter: {} }, 'trade_stat_zone_month')}
      order by s.month, s.currency`.execute(db);
    return rows.rows;
  },

  /**
   * Figures broken down by one dimension, converted with the month's rates in SQL (numeric: exact
   * products), so a year of 10,000 enterprises comes back as one row each, not one per month.
   * Enterprises with more than one filter on goods (an enterprise and a country) are not kept together:
   * no table holds both; the caller refuses that combination.
   */
  async figures(db: Executor, q: TradeStatQuery, by: TradeDimension, rates: readonly MonthRate[]) {
    if (!rates.length) return [];
    const table = tableFor(by, q.filter);
    const counts =
      table === 'trade_stat_goods_month'
        ? sql`null::text as parcels, sum(s.lines)::text as lines`
        : sql`sum(s.parcels)::text as parcels, null::text as lines`;
    const r = sql.join(
      rates.map((x) => sql`(${x.month}, ${x.currency}, ${x.cnyPerUnit}::numeric, ${x.cnyPerUsd}::numeric)`),
    );
    const rows = await sql<TradeFigureRow>`
      with r(month, currency, cny, usd) as (values ${r})
      select ${sql.raw(KEY[by])} as key, ${counts},
        sum(s.value * r.cny)::text as value_cny,
        case when bool_and(r.usd is not null) then sum(s.value * r.cny / r.usd)::text end as value_usd
      from ${sql.table(table)} s join r on r.month = s.month and r.currency = s.currency
      where ${where(q, table)}
      group by 1
      order by 1`.execute(db);
    return rows.rows;
  },

  /** E-commerce enterprises (named ebcCode) with released trade under a figure. */
  async activeEnterprises(db: Executor, q: TradeStatQuery): Promise<number> {
    const rows = await sql<{ n: string }>`
      select count(distinct s.ebc_code)::text as n from trade_stat_month s
      where ${where(q, 'trade_stat_month')} and s.ebc_code <> ''`.execute(db);
    return Number(rows.rows[0]?.n ?? 0);
  },

  /** The same figure in its own currencies, unconverted: what the records under it add up to. */
  async figureByCurrency(db: Executor, q: TradeStatQuery) {
    const table = tableFor('total', q.filter);
    const counts =
      table === 'trade_stat_goods_month' ? sql`sum(s.lines)::text as n` : sql`sum(s.parcels)::text as n`;
    const rows = await sql<{ currency: string; n: string; value: string }>`
      select s.currency, ${counts}, sum(s.value)::text as value
      from ${sql.table(table)} s where ${where(q, table)}
      group by s.currency order by s.currency`.execute(db);
    return rows.rows;
  },

  /** The released inventories under a figure, newest first, with Σ per currency of what the figure sums. */
  async records(db: Executor, q: TradeStatQuery, page: { page: number; pageSize: number }) {
    const from = new Date(`${q.fromMonth}-01T00:00:00+08:00`);
    const [y, m] = q.toMonth.split('-').map(Number) as [number, number];
    const to = new Date(
      `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00`,
    );
    const f = q.filter;
    const parts: RawBuilder<unknown>[] = [sql`p.released_at >= ${from}`, sql`p.released_at < ${to}`];
    if (q.zoneCodes) parts.push(sql`p.zone_code in (${sql.join(q.zoneCodes.map((z) => sql`${z}`))})`);
    if (f.flow) parts.push(sql`p.flow = ${f.flow}`);
    if (f.tradeMode) parts.push(sql`p.trade_mode = ${f.tradeMode}`);
    if (f.ebcCodes)
      parts.push(
        f.ebcCodes.length ? sql`p.ebc_code in (${sql.join(f.ebcCodes.map((c) => sql`${c}`))})` : sql`false`,
      );
    const goodsFilter = Boolean(f.country || f.hsChapter);
    // The lines of a parcel that the figure counts; parcels from before the breakdown count as unknown.
    const lineMatch = sql.join(
      [
        sql`true`,
        ...(f.country ? [sql`g->>'c' = ${f.country}`] : []),
        ...(f.hsChapter ? [sql`g->>'h' = ${f.hsChapter}`] : []),
      ],
      sql` and `,
    );
    const goods = sql`coalesce(p.goods_stat, jsonb_build_array(jsonb_build_object(
      'h', '00', 'c', '000', 'v', p.declared_value::text, 'n', 1)))`;
    if (goodsFilter)
      parts.push(sql`exists (select 1 from jsonb_array_elements(${goods}) g where ${lineMatch})`);
    const whereSql = sql.join(parts, sql` and `);
    const matched = goodsFilter
      ? sql`(select coalesce(sum((g->>'v')::numeric), 0) from jsonb_array_elements(${goods}) g where ${lineMatch})`
      : sql`p.declared_value`;
    const matchedLines = goodsFilter
      ? sql`(select coalesce(sum((g->>'n')::bigint), 0) from jsonb_array_elements(${goods}) g where ${lineMatch})`
      : sql`1`;
    const [items, sums] = await Promise.all([
      sql<{
        id: string;
        zone_code: string;
        invt_no: string | null;
        flow: 'import' | 'export';
        trade_mode: string;
        ebc_code: string | null;
        released_at: Date;
        declared_value: string;
        currency: string;
        matched_value: string;
        goods_stat: unknown;
      }>`
        select p.id, p.zone_code, p.invt_no, p.flow, p.trade_mode, p.ebc_code, p.released_at,
          p.declared_value::text as declared_value, p.currency, (${matched})::text as matched_value, p.goods_stat
        from parcel p where ${whereSql}
        order by p.released_at desc, p.id
        limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`.execute(db),
      sql<{ currency: string; parcels: string; n: string; value: string }>`
        select p.currency, count(*)::text as parcels, sum(${matchedLines})::text as n, sum(${matched})::text as value
        from parcel p where ${whereSql}
        group by p.currency order by p.currency`.execute(db),
    ]);
    return { items: items.rows, sums: sums.rows };
  },
};
