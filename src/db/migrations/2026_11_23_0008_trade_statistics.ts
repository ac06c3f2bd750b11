import { sql, type Kysely } from 'kysely';

/**
 * Trade statistics (统计监测, 湘政发〔2023〕9号 二(二)5): the released inventories summed by month, kept
 * current by an idempotent job, so that dashboards read small tables and never the parcels. Frozen once
 * landed.
 */
const statements: readonly string[] = [
  `-- What the statistics need of an inventory, kept on its parcel at ingest: the e-commerce enterprise
-- (ebcCode) and the goods summed by HS chapter and country (export: final destination; import: origin),
-- as [{"h": chapter, "c": country, "v": value, "n": lines}]. Parcels from before this migration have no
-- goods breakdown: the job counts them under chapter '00' and country '000' (unknown), so totals still add up.
alter table parcel add column ebc_code text`,
  `alter table parcel add column goods_stat jsonb`,
  `-- Whether the parcel is in the monthly sums. A released parcel is never revoked (a return is a separate
-- declaration), so the flag only ever goes from false to true, in the job's transaction.
alter table parcel add column counted boolean not null default false`,
  `update parcel p set ebc_code = d.facts->>'ebcCode' from clearance_document d where d.id = p.id`,
  `create index parcel_uncounted_idx on parcel (released_at) where released_at is not null and not counted`,
  `-- A figure of one enterprise drills down to its parcels.
create index parcel_ebc_released_idx on parcel (zone_code, ebc_code, released_at) where released_at is not null`,
  `-- Months are China calendar months as 'YYYY-MM' text (both drivers return the same string).
create table trade_stat_month (
  zone_code text not null references zone(code),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  flow text not null check (flow in ('import', 'export')),
  trade_mode text not null,
  currency text not null,
  ebc_code text not null,
  parcels bigint not null check (parcels >= 0),
  value numeric(20, 2) not null,
  primary key (zone_code, month, flow, trade_mode, currency, ebc_code)
)`,
  `-- The same sums without the enterprise: what trends and trade-mode breakdowns read.
create table trade_stat_zone_month (
  zone_code text not null references zone(code),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  flow text not null check (flow in ('import', 'export')),
  trade_mode text not null,
  currency text not null,
  parcels bigint not null check (parcels >= 0),
  value numeric(20, 2) not null,
  primary key (zone_code, month, flow, trade_mode, currency)
)`,
  `-- Goods lines by HS chapter and country.
create table trade_stat_goods_month (
  zone_code text not null references zone(code),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  flow text not null check (flow in ('import', 'export')),
  trade_mode text not null,
  currency text not null,
  country text not null,
  hs_chapter text not null check (hs_chapter ~ '^[0-9]{2}$'),
  lines bigint not null check (lines >= 0),
  value numeric(20, 2) not null,
  primary key (zone_code, month, flow, trade_mode, currency, country, hs_chapter)
)`,
  `-- The dated exchange-rate table the statistics convert with: a rate holds from its day until the next
-- one of the same currency (customs-ceb currency codes; RMB per one unit of the currency).
create table stat_exchange_rate (
  currency text not null check (currency ~ '^[0-9]{3}$'),
  valid_from text not null check (valid_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  cny_per_unit numeric(18, 6) not null check (cny_per_unit > 0),
  source text not null check (length(source) between 1 and 300),
  recorded_by uuid references app_user(id),
  recorded_at timestamptz not null,
  primary key (currency, valid_from)
)`,
  `-- Until the bureau records monthly rates: the US dollar's annual average of each year (the same table the
-- policy engine uses, src/modules/policy/fx-rates.ts), in force from the year's first day. To be checked
-- against the published bulletins before production; the bureau overrides them month by month.
insert into stat_exchange_rate (currency, valid_from, cny_per_unit, source, recorded_at) values
  ('502', '2019-01-01', 6.8985, '国家统计局 2019 年统计公报 全年人民币平均汇率（待核）', now()),
  ('502', '2020-01-01', 6.8974, '国家统计局 2020 年统计公报 全年人民币平均汇率（待核）', now()),
  ('502', '2021-01-01', 6.4515, '国家统计局 2021 年统计公报 全年人民币平均汇率（待核）', now()),
  ('502', '2022-01-01', 6.7261, '国家统计局 2022 年统计公报 全年人民币平均汇率（待核）', now()),
  ('502', '2023-01-01', 7.0467, '国家统计局 2023 年统计公报 全年人民币平均汇率（待核）', now()),
  ('502', '2024-01-01', 7.1217, '国家统计局 2024 年统计公报 全年人民币平均汇率（待核）', now()),
  ('502', '2025-01-01', 7.1429, '国家统计局 2025 年统计公报 全年人民币平均汇率（第三方转引，待核）', now())`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The trade statistics migration cannot be reverted.');
}
