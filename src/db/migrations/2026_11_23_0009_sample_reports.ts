import { sql, type Kysely } from 'kysely';

/**
 * Sample enterprises (样本企业, 株洲 实施意见 (十六) “加强跨境电商运营监测，对列入市级跨境电商样本名单的企业予以支持”)
 * and the monthly reports of enterprises with filed shops (实施意见 (四) “关联店铺备案并产生线上交易额的企业，可认定为
 * 企业数据”): the zone's sample list as spans of months, the reports as versions (a correction is a new
 * version, the old one kept), each version's lines per linked shop, and the reminders the commerce bureau
 * sends. Months are China calendar months as 'YYYY-MM' text (both drivers return the same string). Money
 * is numeric(18,2). Frozen once landed.
 */
const statements: readonly string[] = [
  `-- An enterprise on a zone's sample list from a month to a month (open: no end yet). Spans of one
-- enterprise never overlap (checked by the use case under an advisory lock); at most one is open.
create table sample_enterprise (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  -- The name as filed when it was added: the list reads without the register's tables.
  enterprise_name text not null check (length(enterprise_name) between 1 and 200),
  from_month text not null check (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  to_month text check (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  added_by uuid,
  added_by_name text,
  added_at timestamptz not null,
  ended_by uuid,
  ended_by_name text,
  ended_at timestamptz,
  check (to_month is null or to_month >= from_month),
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create unique index sample_enterprise_open_key on sample_enterprise (enterprise_id) where to_month is null`,
  `create index sample_enterprise_zone_idx on sample_enterprise (zone_code, from_month, to_month)`,
  `create index sample_enterprise_enterprise_idx on sample_enterprise (enterprise_id, from_month)`,
  `-- A monthly report, one row per version: filing the same month again adds version n + 1 with the
-- reason for the correction; nothing is ever updated. The figures are the enterprise's own totals; its
-- shop lines are separate figures (no rule ties them to the total).
create table sample_report (
  id uuid primary key,
  seq bigint generated always as identity,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  enterprise_name text not null check (length(enterprise_name) between 1 and 200),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  version integer not null check (version > 0),
  online_value numeric(18, 2) not null check (online_value >= 0),
  orders integer not null check (orders >= 0),
  active_shops integer not null check (active_shops >= 0),
  staff integer not null check (staff >= 0),
  cbec_staff integer not null check (cbec_staff >= 0 and cbec_staff <= staff),
  -- The business-climate questionnaire: this month against the last, and next month's expectation.
  orders_now text not null check (orders_now in ('up', 'flat', 'down')),
  orders_next text not null check (orders_next in ('up', 'flat', 'down')),
  staff_now text not null check (staff_now in ('up', 'flat', 'down')),
  staff_next text not null check (staff_next in ('up', 'flat', 'down')),
  -- The first version has no reason; every correction has one.
  correction_reason text check (length(correction_reason) between 1 and 500),
  source text not null check (source in ('form', 'excel')),
  reported_by uuid,
  reported_by_name text,
  role text not null,
  reported_at timestamptz not null,
  check ((version = 1) = (correction_reason is null)),
  unique (zone_code, enterprise_id, month, version),
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create unique index sample_report_id_zone_key on sample_report (id, zone_code)`,
  `create index sample_report_month_idx on sample_report (zone_code, month, enterprise_id, version)`,
  `-- An enterprise's versions of a month: the next version number, the history, "is there a later one".
create index sample_report_enterprise_idx on sample_report (enterprise_id, month, version)`,
  `-- A version's figures per linked shop (the shop as named when reported). A shop once per version.
create table sample_report_shop (
  report_id uuid not null,
  zone_code text not null references zone(code),
  shop_id uuid not null references shop(id),
  platform text not null,
  shop_name text not null,
  sales_value numeric(18, 2) not null check (sales_value >= 0),
  orders integer not null check (orders >= 0),
  primary key (report_id, shop_id),
  foreign key (report_id, zone_code) references sample_report (id, zone_code)
)`,
  `-- In-app reminders to report a month, as the enterprise sees them on its report page. One per
-- enterprise, month and China day (unique): reminding twice on one day reminds once.
create table sample_reminder (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  sent_day text not null check (sent_day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  sent_at timestamptz not null,
  sent_by uuid,
  sent_by_name text,
  via text not null check (via in ('web', 'cli')),
  read_at timestamptz,
  unique (enterprise_id, month, sent_day),
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create index sample_reminder_zone_idx on sample_reminder (zone_code, month)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The sample reports migration cannot be reverted.');
}
