import { sql } from 'kysely';
import type { Ctx } from '../../../shared/context.js';
import { inTransaction } from '../../../shared/context.js';

/** Parcels counted per transaction: large enough to amortise the upserts, small enough to keep locks short. */
export const COUNT_BATCH = 50_000;

/**
 * Adds released inventories not yet counted to the trade sums — by month per enterprise, per zone, per
 * country × chapter, per country, per chapter; per enterprise and month, quarter or year — writes their
 * goods lines (trade_goods_line) and marks them counted, in one transaction per batch: a crash rolls back all, a second
 * run finds nothing to add, so the sums are kept incrementally and never recomputed from scratch.
 * Months are China calendar months of the release (UTC+8, no daylight saving). Runs after every round
 * of the customs jobs; `cbec stats refresh` runs it by hand. Returns the parcels counted.
 */
export async function countReleasedTrade(
  ctx: Ctx,
  options: { batch?: number; onProgress?: (counted: number) => void } = {},
): Promise<number> {
  const batch = options.batch ?? COUNT_BATCH;
  let total = 0;
  for (;;) {
    const n = await inTransaction(ctx, async ({ db }) => {
      // One counter at a time: concurrent upserts of the same months would only wait on each other.
      await sql`select pg_advisory_xact_lock(hashtext('trade_stat'))`.execute(db);
      const taken = await sql<{ n: string }>`
        with taken as (
          update parcel set counted = true
          where id in (
            select id from parcel
            where released_at is not null and not counted
            order by released_at
            limit ${batch}
          )
          returning id, zone_code, flow, trade_mode, currency, coalesce(ebc_code, '') as ebc_code, declared_value,
            released_at, coalesce(goods_stat, jsonb_build_array(jsonb_build_object(
              'h', '00', 'c', '000', 'v', declared_value::text, 'n', 1))) as goods_stat,
            to_char((released_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month
        ),
        lines as materialized (
          select t.id, t.zone_code, t.released_at, t.month, t.flow, t.trade_mode, t.currency, g->>'c' as country,
            g->>'h' as hs_chapter, (g->>'n')::int as lines, (g->>'v')::numeric as value
          from taken t cross join lateral jsonb_array_elements(t.goods_stat) g
        ),
        goods_lines as (
          insert into trade_goods_line (parcel_id, zone_code, released_at, flow, trade_mode, currency, hs_chapter,
            country, lines, value)
          select id, zone_code, released_at, flow, trade_mode, currency, hs_chapter, country, lines, value from lines
          returning 1
        ),
        by_enterprise as (
          insert into trade_stat_month as s (zone_code, month, flow, trade_mode, currency, ebc_code, parcels, value)
          select zone_code, month, flow, trade_mode, currency, ebc_code, count(*), sum(declared_value)
          from taken group by zone_code, month, flow, trade_mode, currency, ebc_code
          on conflict (zone_code, month, flow, trade_mode, currency, ebc_code)
          do update set parcels = s.parcels + excluded.parcels, value = s.value + excluded.value
          returning 1
        ),
        by_zone as (
          insert into trade_stat_zone_month as s (zone_code, month, flow, trade_mode, currency, parcels, value)
          select zone_code, month, flow, trade_mode, currency, count(*), sum(declared_value)
          from taken group by zone_code, month, flow, trade_mode, currency
          on conflict (zone_code, month, flow, trade_mode, currency)
          do update set parcels = s.parcels + excluded.parcels, value = s.value + excluded.value
          returning 1
        ),
        by_period as (
          insert into trade_stat_period as s (period, zone_code, flow, currency, ebc_code, parcels, value)
          select p.period, t.zone_code, t.flow, t.currency, t.ebc_code, count(*), sum(t.declared_value)
          from taken t cross join lateral (values (t.month), (left(t.month, 4)),
            (left(t.month, 4) || '-Q' || ((substr(t.month, 6, 2)::int + 2) / 3))) as p(period)
          group by p.period, t.zone_code, t.flow, t.currency, t.ebc_code
          on conflict (period, zone_code, flow, currency, ebc_code)
          do update set parcels = s.parcels + excluded.parcels, value = s.value + excluded.value
          returning 1
        ),
        by_goods as (
          insert into trade_stat_goods_month as s
            (zone_code, month, flow, trade_mode, currency, country, hs_chapter, lines, value)
          select zone_code, month, flow, trade_mode, currency, country, hs_chapter, sum(lines), sum(value)
          from lines group by zone_code, month, flow, trade_mode, currency, country, hs_chapter
          on conflict (zone_code, month, flow, trade_mode, currency, country, hs_chapter)
          do update set lines = s.lines + excluded.lines, value = s.value + excluded.value
          returning 1
        ),
        by_country as (
          insert into trade_stat_country_month as s (zone_code, month, flow, trade_mode, currency, country, lines, value)
          select zone_code, month, flow, trade_mode, currency, country, sum(lines), sum(value)
          from lines group by zone_code, month, flow, trade_mode, currency, country
          on conflict (zone_code, month, flow, trade_mode, currency, country)
          do update set lines = s.lines + excluded.lines, value = s.value + excluded.value
          returning 1
        ),
        by_chapter as (
          insert into trade_stat_chapter_month as s
            (zone_code, month, flow, trade_mode, currency, hs_chapter, lines, value)
          select zone_code, month, flow, trade_mode, currency, hs_chapter, sum(lines), sum(value)
          from lines group by zone_code, month, flow, trade_mode, currency, hs_chapter
          on conflict (zone_code, month, flow, trade_mode, currency, hs_chapter)
          do update set lines = s.lines + excluded.lines, value = s.value + excluded.value
          returning 1
        )
        select (select count(*) from taken)::text as n,
          (select count(*) from by_enterprise) + (select count(*) from by_zone) + (select count(*) from by_period)
            + (select count(*) from by_goods) + (select count(*) from by_country) + (select count(*) from by_chapter)
            + (select count(*) from goods_lines) as upserts`.execute(db);
      return Number(taken.rows[0]?.n ?? 0);
    });
    total += n;
    if (n > 0) options.onProgress?.(total);
    if (n < batch) return total;
  }
}
