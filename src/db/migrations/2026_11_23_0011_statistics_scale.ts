import { sql, type Kysely } from 'kysely';

/**
 * What the dashboards need to answer within 200 ms over 10 million inventories (docs/benchmarks.md
 * § Statistics): narrower sums by country alone and by HS chapter alone, the enterprise sums of whole
 * months, quarters and years by direction without the trade mode, the goods lines of the released parcels for the drill-down by chapter or country,
 * and a covering index for the drill-down's sums. All are kept by the same idempotent job as the monthly
 * sums (countReleasedTrade) and filled here from what it has counted so far. Frozen once landed.
 */
const QUARTER = `left(month, 4) || '-Q' || ((substr(month, 6, 2)::int + 2) / 3)`;

const statements: readonly string[] = [
  `-- Goods lines by country alone: a year of the province is thousands of rows, not the hundreds of
-- thousands of the country × chapter sums.
create table trade_stat_country_month (
  zone_code text not null references zone(code),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  flow text not null check (flow in ('import', 'export')),
  trade_mode text not null,
  currency text not null,
  country text not null,
  lines bigint not null check (lines >= 0),
  value numeric(20, 2) not null,
  primary key (zone_code, month, flow, trade_mode, currency, country)
)`,
  `create table trade_stat_chapter_month (
  zone_code text not null references zone(code),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  flow text not null check (flow in ('import', 'export')),
  trade_mode text not null,
  currency text not null,
  hs_chapter text not null check (hs_chapter ~ '^[0-9]{2}$'),
  lines bigint not null check (lines >= 0),
  value numeric(20, 2) not null,
  primary key (zone_code, month, flow, trade_mode, currency, hs_chapter)
)`,
  `insert into trade_stat_country_month (zone_code, month, flow, trade_mode, currency, country, lines, value)
select zone_code, month, flow, trade_mode, currency, country, sum(lines), sum(value)
from trade_stat_goods_month group by zone_code, month, flow, trade_mode, currency, country`,
  `insert into trade_stat_chapter_month (zone_code, month, flow, trade_mode, currency, hs_chapter, lines, value)
select zone_code, month, flow, trade_mode, currency, hs_chapter, sum(lines), sum(value)
from trade_stat_goods_month group by zone_code, month, flow, trade_mode, currency, hs_chapter`,
  `-- Each enterprise's sums per month ('YYYY-MM'), quarter ('YYYY-Qn') and year ('YYYY') by direction, in the
-- parcels' own currencies, without the trade mode: what the enterprise, park and county breakdowns read, a
-- row or two per enterprise (the monthly sums keep the trade mode for the figures filtered by it). A
-- quarter or year converts exactly only when its months share each currency's rate (the statistics read
-- the months otherwise). Led by the period: provincial readers name no zone.
create table trade_stat_period (
  period text not null check (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  zone_code text not null references zone(code),
  flow text not null check (flow in ('import', 'export')),
  currency text not null,
  ebc_code text not null,
  parcels bigint not null check (parcels >= 0),
  value numeric(20, 2) not null,
  -- The sums ride in the key's index: the breakdowns of a year read the index alone.
  primary key (period, zone_code, flow, currency, ebc_code) include (parcels, value)
)`,
  `insert into trade_stat_period (period, zone_code, flow, currency, ebc_code, parcels, value)
select p.period, s.zone_code, s.flow, s.currency, s.ebc_code, sum(s.parcels), sum(s.value)
from trade_stat_month s
  cross join lateral (values (s.month), (left(s.month, 4)), (${QUARTER.replaceAll('month', 's.month')})) as p(period)
group by p.period, s.zone_code, s.flow, s.currency, s.ebc_code`,
  `-- The counted parcels' goods lines by chapter and country (parcel.goods_stat, one row each), for the
-- drill-down of a chapter's or a country's figure to its parcels without opening every parcel's jsonb.
-- No foreign key to parcel: the rows are written from the parcel in the statement that marks it counted,
-- and a parcel is never deleted; the unique index keeps a line from being written twice.
create table trade_goods_line (
  parcel_id uuid not null,
  zone_code text not null,
  released_at timestamptz not null,
  flow text not null,
  trade_mode text not null,
  currency text not null,
  hs_chapter text not null,
  country text not null,
  lines integer not null check (lines > 0),
  value numeric(20, 2) not null
)`,
  `insert into trade_goods_line (parcel_id, zone_code, released_at, flow, trade_mode, currency, hs_chapter, country,
  lines, value)
select p.id, p.zone_code, p.released_at, p.flow, p.trade_mode, p.currency, g->>'h', g->>'c', (g->>'n')::int,
  (g->>'v')::numeric
from parcel p cross join lateral jsonb_array_elements(coalesce(p.goods_stat, jsonb_build_array(jsonb_build_object(
  'h', '00', 'c', '000', 'v', p.declared_value::text, 'n', 1)))) g
where p.counted`,
  `-- Newest first within a chapter or a country, with what the sums read (index-only scans).
create unique index trade_goods_line_chapter_idx on trade_goods_line (hs_chapter, released_at, parcel_id, country)
  include (zone_code, flow, trade_mode, currency, lines, value)`,
  `create index trade_goods_line_country_idx on trade_goods_line (country, released_at, parcel_id)
  include (zone_code, flow, trade_mode, currency, hs_chapter, lines, value)`,
  `-- The drill-down's sums per currency read the released parcels of a period from the index alone.
create index parcel_released_value_idx on parcel (zone_code, released_at) include (currency, declared_value)
  where released_at is not null`,
  `drop index parcel_released_idx`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The statistics scale migration cannot be reverted.');
}
