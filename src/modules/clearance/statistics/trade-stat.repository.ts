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

type SumTable =
  | 'trade_stat_zone_month'
  | 'trade_stat_month'
  | 'trade_stat_period'
  | 'trade_stat_goods_month'
  | 'trade_stat_country_month'
  | 'trade_stat_chapter_month';

/**
 * Which monthly sums can answer: the narrowest that holds the dimension and the filters — country alone,
 * chapter alone, both, the enterprise sums for enterprises, the zone's sums otherwise.
 */
function tableFor(by: TradeDimension, filter: TradeFilter): SumTable {
  const country = by === 'country' || Boolean(filter.country);
  const chapter = by === 'hsChapter' || Boolean(filter.hsChapter);
  if (country && chapter) return 'trade_stat_goods_month';
  if (country) return 'trade_stat_country_month';
  if (chapter) return 'trade_stat_chapter_month';
  if (by === 'ebc' || filter.ebcCodes) return 'trade_stat_month';
  return 'trade_stat_zone_month';
}

/** The month ('YYYY-MM'), whole quarter ('YYYY-Qn') or year ('YYYY') a month range is, if it is one. */
export function wholePeriod(fromMonth: string, toMonth: string): string | null {
  if (fromMonth === toMonth) return fromMonth;
  const [fy, fm] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  if (fy !== ty) return null;
  if (fm === 1 && tm === 12) return String(fy);
  if (fm % 3 === 1 && tm === fm + 2) return `${fy}-Q${(fm + 2) / 3}`;
  return null;
}

/**
 * The enterprise sums of a month, quarter or year stand in for the months of the enterprise sums when the
 * figure is per enterprise (or of some enterprises) and not filtered by trade mode, which they do not
 * keep. When converting, a quarter's or year's months must also share each currency's rate: then
 * Σ value × rate over the months is the period's value × rate, exactly.
 */
function periodTable(by: TradeDimension, q: TradeStatQuery): string | null {
  if (tableFor(by, q.filter) !== 'trade_stat_month' || q.filter.tradeMode) return null;
  if (by !== 'ebc' && by !== 'total' && by !== 'flow') return null;
  return wholePeriod(q.fromMonth, q.toMonth);
}

function uniformRates(rates: readonly MonthRate[]): boolean {
  const seen = new Map<string, string>();
  for (const r of rates) {
    const v = `${r.cnyPerUnit}|${r.cnyPerUsd ?? ''}`;
    if ((seen.get(r.currency) ?? v) !== v) return false;
    seen.set(r.currency, v);
  }
  return true;
}

const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`));

function where(q: TradeStatQuery, table: SumTable, period: string | null = null): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    period ? sql`s.period = ${period}` : sql`s.month between ${q.fromMonth} and ${q.toMonth}`,
  ];
  if (q.zoneCodes) parts.push(sql`s.zone_code in (${list(q.zoneCodes)})`);
  const f = q.filter;
  if (f.flow) parts.push(sql`s.flow = ${f.flow}`);
  if (f.tradeMode) parts.push(sql`s.trade_mode = ${f.tradeMode}`);
  if (f.ebcCodes && (table === 'trade_stat_month' || table === 'trade_stat_period'))
    parts.push(f.ebcCodes.length ? sql`s.ebc_code in (${list(f.ebcCodes)})` : sql`false`);
  if (f.country) parts.push(sql`s.country = ${f.country}`);
  if (f.hsChapter) parts.push(sql`s.hs_chapter = ${f.hsChapter}`);
  return sql.join(parts, sql` and `);
}

/** The parcel sums count inventories; the goods sums count goods lines. */
const countsParcels = (table: SumTable) =>
  table === 'trade_stat_zone_month' || table === 'trade_stat_month' || table === 'trade_stat_period';

/** Customs codes of enterprises and the group (park, county) each belongs to, in the same order. */
export interface EbcGroups {
  codes: readonly string[];
  groups: readonly string[];
}

/**
 * The common table `f(key, parcels, lines, value_cny, value_usd)` of a breakdown: values summed per key,
 * month and currency first, then converted with that month's rate — one product per group, not per row
 * (Σ value × rate is the same exact number). A whole quarter or year with one rate per currency reads the
 * period sums. Null when no month of the range has a rate.
 */
async function converted(
  db: Executor,
  q: TradeStatQuery,
  by: TradeDimension,
  rates: readonly MonthRate[],
  groups?: EbcGroups,
): Promise<RawBuilder<unknown> | null> {
  if (!rates.length) return null;
  const period = periodTable(by, q);
  // Every (month, currency) with trade must have its rate, or the months' sums would leave it out.
  const usePeriod =
    period !== null &&
    uniformRates(rates) &&
    (await tradeStatRepository.monthCurrencies(db, q)).length === rates.length;
  const table = usePeriod ? 'trade_stat_period' : tableFor(by, q.filter);
  // The period sums have no month: their rates are one per currency.
  const cols = usePeriod ? sql`s.currency` : sql`s.month, s.currency`;
  const filtered = sql`${sql.table(table)} s where ${where(q, table, usePeriod ? period : null)}`;
  // Grouped enterprises are summed per enterprise first, then joined with their groups: the join meets
  // one row per enterprise and currency, not every row of the period.
  const source = groups
    ? sql`(select s.ebc_code, ${cols}, sum(s.parcels) as parcels, sum(s.value) as value
        from ${filtered} group by s.ebc_code, ${cols}) s
      left join unnest(${[...groups.codes]}::text[], ${[...groups.groups]}::text[]) as g(code, grp)
        on g.code = s.ebc_code`
    : filtered;
  const key = groups && by === 'ebc' ? sql`coalesce(g.grp, '')` : sql.raw(KEY[by]);
  const counts = countsParcels(table)
    ? sql`sum(s.parcels) as parcels, null::numeric as lines`
    : sql`null::numeric as parcels, sum(s.lines) as lines`;
  const inner = sql`select ${key} as key, ${cols}, ${counts}, sum(s.value) as value
    from ${source} group by ${sql.raw(usePeriod ? '1, 2' : '1, 2, 3')}`;
  const r = usePeriod
    ? sql`select * from (values ${sql.join(
        [...new Map(rates.map((x) => [x.currency, x])).values()].map(
          (x) => sql`(${x.currency}, ${x.cnyPerUnit}::numeric, ${x.cnyPerUsd}::numeric)`,
        ),
      )}) as r(currency, cny, usd)`
    : sql`select * from (values ${sql.join(
        rates.map((x) => sql`(${x.month}, ${x.currency}, ${x.cnyPerUnit}::numeric, ${x.cnyPerUsd}::numeric)`),
      )}) as r(month, currency, cny, usd)`;
  const on = usePeriod ? sql`r.currency = k.currency` : sql`r.month = k.month and r.currency = k.currency`;
  return sql`f as (
    select k.key, sum(k.parcels) as parcels, sum(k.lines) as lines, sum(k.value * r.cny) as value_cny,
      case when bool_and(r.usd is not null) then sum(k.value * r.cny / r.usd) end as value_usd
    from (${inner}) k join (${r}) r on ${on}
    group by k.key
  )`;
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
    const f = await converted(db, q, by, rates);
    if (!f) return [];
    const rows = await sql<TradeFigureRow>`
      with ${f}
      select key, parcels::text as parcels, lines::text as lines, value_cny::text as value_cny,
        value_usd::text as value_usd
      from f order by key`.execute(db);
    return rows.rows;
  },

  /**
   * The largest `limit` figures of a breakdown (by RMB value, then key), the rest summed and the total,
   * ranked in SQL so that only the rows shown leave the database. Enterprises may be grouped (parks,
   * counties) by a map from customs code to group; codes outside it fall in the group ''. `keys` keeps
   * only those figures (the year-ago figures of the rows shown).
   */
  async ranked(
    db: Executor,
    q: TradeStatQuery,
    by: TradeDimension,
    rates: readonly MonthRate[],
    options: { limit: number; groups?: EbcGroups | undefined; keys?: readonly string[] | undefined },
  ): Promise<{ rows: TradeFigureRow[]; rest: TradeFigureRow | null; total: TradeFigureRow | null }> {
    const f = await converted(db, q, by, rates, options.groups);
    if (!f) return { rows: [], rest: null, total: null };
    const kept = options.keys ? sql`where key = any(${[...options.keys]}::text[])` : sql``;
    const rows = await sql<TradeFigureRow & { part: 'row' | 'rest' | 'total'; rn: string | null }>`
      with ${f},
      ranked as (
        select *, row_number() over (order by value_cny desc, key) as rn from f ${kept}
      )
      select 'row' as part, rn, key, parcels::text as parcels, lines::text as lines,
        value_cny::text as value_cny, value_usd::text as value_usd
      from ranked where rn <= ${options.limit}
      union all
      select p.part, null, p.part, sum(p.parcels)::text, sum(p.lines)::text, sum(p.value_cny)::text,
        case when bool_and(p.value_usd is not null) then sum(p.value_usd)::text end
      from (select 'rest' as part, * from ranked where rn > ${options.limit}
        union all select 'total', * from ranked) p
      group by p.part
      order by 2`.execute(db);
    const out = {
      rows: [] as TradeFigureRow[],
      rest: null as TradeFigureRow | null,
      total: null as TradeFigureRow | null,
    };
    for (const { part, rn: _rn, ...r } of rows.rows) {
      if (part === 'row') out.rows.push(r);
      else out[part] = { ...r, key: part };
    }
    return out;
  },

  /** E-commerce enterprises (named ebcCode) with released trade under a figure. */
  async activeEnterprises(db: Executor, q: TradeStatQuery): Promise<number> {
    const period = periodTable('ebc', q);
    const table = period ? 'trade_stat_period' : 'trade_stat_month';
    const rows = await sql<{ n: string }>`
      select count(distinct s.ebc_code)::text as n from ${sql.table(table)} s
      where ${where(q, table, period)} and s.ebc_code <> ''`.execute(db);
    return Number(rows.rows[0]?.n ?? 0);
  },

  /** The same figure in its own currencies, unconverted: what the records under it add up to. */
  async figureByCurrency(db: Executor, q: TradeStatQuery) {
    const period = periodTable('total', q);
    const table = period ? 'trade_stat_period' : tableFor('total', q.filter);
    const counted = countsParcels(table) ? sql`sum(s.parcels)` : sql`sum(s.lines)`;
    const rows = await sql<{ currency: string; n: string; value: string }>`
      select s.currency, ${counted}::text as n, sum(s.value)::text as value
      from ${sql.table(table)} s where ${where(q, table, period)}
      group by s.currency order by s.currency`.execute(db);
    return rows.rows;
  },

  /**
   * The released inventories under a figure, newest first, with Σ per currency of what the figure sums.
   * A figure of a country or chapter reads the goods lines (trade_goods_line), newest first from their
   * index; any other reads the parcels. The zones are always named, so that the indexes led by the zone
   * serve provincial readers too.
   */
  async records(
    db: Executor,
    q: TradeStatQuery,
    page: { page: number; pageSize: number; sums?: boolean | undefined },
  ): Promise<{ items: RecordRow[]; sums: RecordSums[] | null }> {
    const withSums = page.sums ?? true;
    const from = new Date(`${q.fromMonth}-01T00:00:00+08:00`);
    const [y, m] = q.toMonth.split('-').map(Number) as [number, number];
    const to = new Date(
      `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00`,
    );
    const zones =
      q.zoneCodes ??
      (await sql<{ code: string }>`select code from zone order by code`.execute(db)).rows.map((z) => z.code);
    const f = q.filter;
    const goods = Boolean(f.country || f.hsChapter);
    // `r`: the goods lines of a country's or chapter's figure, the parcels of any other.
    const parts: RawBuilder<unknown>[] = [
      sql`r.released_at >= ${from}`,
      sql`r.released_at < ${to}`,
      zones.length ? sql`r.zone_code in (${list(zones)})` : sql`false`,
    ];
    if (f.hsChapter) parts.push(sql`r.hs_chapter = ${f.hsChapter}`);
    if (f.country) parts.push(sql`r.country = ${f.country}`);
    if (f.flow) parts.push(sql`r.flow = ${f.flow}`);
    if (f.tradeMode) parts.push(sql`r.trade_mode = ${f.tradeMode}`);
    // No table holds an enterprise's goods lines: the statistics refuse that combination.
    if (f.ebcCodes)
      parts.push(goods || !f.ebcCodes.length ? sql`false` : sql`r.ebc_code in (${list(f.ebcCodes)})`);
    const whereSql = sql.join(parts, sql` and `);
    const limit = sql`limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`;
    const [items, sums] = await Promise.all([
      goods
        ? sql<RecordRow>`
          with page as (
            select r.parcel_id, r.released_at, sum(r.value) as matched
            from trade_goods_line r where ${whereSql}
            group by r.released_at, r.parcel_id
            order by r.released_at desc, r.parcel_id desc
            ${limit}
          )
          select p.id, p.zone_code, p.invt_no, p.flow, p.trade_mode, p.ebc_code, p.released_at,
            p.declared_value::text as declared_value, p.currency, page.matched::text as matched_value, p.goods_stat
          from page join parcel p on p.id = page.parcel_id
          order by page.released_at desc, page.parcel_id desc`.execute(db)
        : sql<RecordRow>`
          select r.id, r.zone_code, r.invt_no, r.flow, r.trade_mode, r.ebc_code, r.released_at,
            r.declared_value::text as declared_value, r.currency, r.declared_value::text as matched_value,
            r.goods_stat
          from parcel r where ${whereSql}
          order by r.released_at desc, r.id desc
          ${limit}`.execute(db),
      !withSums
        ? null
        : goods
          ? sql<RecordSums>`
          select r.currency, count(distinct r.parcel_id)::text as parcels, sum(r.lines)::text as n,
            sum(r.value)::text as value
          from trade_goods_line r where ${whereSql}
          group by r.currency order by r.currency`.execute(db)
          : sql<RecordSums>`
          select r.currency, count(*)::text as parcels, count(*)::text as n, sum(r.declared_value)::text as value
          from parcel r where ${whereSql}
          group by r.currency order by r.currency`.execute(db),
    ]);
    return { items: items.rows, sums: sums?.rows ?? null };
  },
};

interface RecordRow {
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
}

interface RecordSums {
  currency: string;
  parcels: string;
  n: string;
  value: string;
}
