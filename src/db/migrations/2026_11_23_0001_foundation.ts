import { sql, type Kysely } from 'kysely';

/**
 * Foundation: zones, identity, the audit trail, the shared register of filed enterprises and shops.
 * Frozen once landed: later changes are new migrations.
 */
const statements: readonly string[] = [
  `create table zone (
  code text primary key check (code ~ '^[a-z]+$'),
  name_zh text not null,
  name_en text not null,
  region_code text not null check (region_code ~ '^[0-9]{6}$')
)`,
  `insert into zone (code, name_zh, name_en, region_code) values
  ('zhuzhou',  '中国（株洲）跨境电子商务综合试验区', 'China (Zhuzhou) Cross-border E-commerce Comprehensive Pilot Zone', '430200'),
  ('chenzhou', '中国（郴州）跨境电子商务综合试验区', 'China (Chenzhou) Cross-border E-commerce Comprehensive Pilot Zone', '431000'),
  ('hengyang', '中国（衡阳）跨境电子商务综合试验区', 'China (Hengyang) Cross-border E-commerce Comprehensive Pilot Zone', '430400')`,
  `create table enterprise (
  id uuid primary key,
  zone_code text not null references zone(code),
  kind text not null check (kind in ('enterprise', 'individual')),
  uscc text check (uscc is null or uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  resident_id_hash text,
  resident_id_enc text,
  resident_id_masked text,
  name text not null check (length(name) between 1 and 200),
  roles text[] not null default '{}',
  customs_code text check (customs_code is null or customs_code ~ '^[0-9]{4}[0-9A-Z]{6}$'),
  district text,
  park text,
  address text,
  contact_name text,
  contact_phone text,
  contact_email text,
  status text not null check (status in ('draft','submitted','returned','approved','change_submitted','change_returned')),
  pending jsonb,
  return_reason text,
  version integer not null default 1,
  submitted_at timestamptz,
  approved_at timestamptz,
  reviewed_by uuid,
  created_by uuid,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check ((kind = 'enterprise' and uscc is not null and resident_id_hash is null)
      or (kind = 'individual' and uscc is null and resident_id_hash is not null and resident_id_enc is not null))
)`,
  `-- One filing per legal person or per resident across the province: the shared register has no duplicates.
create unique index enterprise_uscc_key on enterprise (uscc) where uscc is not null`,
  `create unique index enterprise_resident_key on enterprise (resident_id_hash) where resident_id_hash is not null`,
  `create unique index enterprise_id_zone_key on enterprise (id, zone_code)`,
  `create index enterprise_zone_status_idx on enterprise (zone_code, status, updated_at desc)`,
  `create index enterprise_zone_created_idx on enterprise (zone_code, created_at desc)`,
  `create index enterprise_roles_idx on enterprise using gin (roles)`,
  `create table app_user (
  id uuid primary key,
  username text not null check (username ~ '^[A-Za-z0-9_.@-]{3,64}$'),
  display_name text not null,
  role text not null check (role in ('enterprise','commerce','finance','customs','tax','fx',
    'market_regulation','postal','leading_group','admin','auditor')),
  zone_code text references zone(code),
  enterprise_id uuid,
  password_hash text not null,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  password_changed_at timestamptz not null,
  -- An enterprise user belongs to an enterprise of the user's own zone.
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code),
  check ((role = 'enterprise') = (enterprise_id is not null)),
  check (role <> 'enterprise' or zone_code is not null)
)`,
  `create unique index app_user_username_key on app_user (lower(username))`,
  `create index app_user_zone_idx on app_user (zone_code, role)`,
  `create index app_user_enterprise_idx on app_user (enterprise_id) where enterprise_id is not null`,
  `create table user_session (
  token_hash text primary key,
  user_id uuid not null references app_user(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  last_seen_at timestamptz not null
)`,
  `create index user_session_user_idx on user_session (user_id)`,
  `create table api_token (
  id uuid primary key,
  user_id uuid not null references app_user(id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  created_at timestamptz not null,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
)`,
  `create index api_token_user_idx on api_token (user_id)`,
  `create table shop (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  platform text not null,
  shop_name text not null,
  url text not null,
  site_country text not null check (site_country ~ '^[0-9]{3}$'),
  status text not null default 'active' check (status in ('active','closed')),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create unique index shop_enterprise_platform_name_key on shop (enterprise_id, platform, lower(shop_name))`,
  `create index shop_zone_idx on shop (zone_code, created_at desc)`,
  `-- An enterprise's own history: every filing step, readable by the enterprise and its reviewers.
create table filing_event (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  action text not null,
  from_status text,
  to_status text not null,
  reason text,
  changes jsonb,
  actor_id uuid,
  actor_name text,
  at timestamptz not null,
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create index filing_event_enterprise_idx on filing_event (enterprise_id, at)`,
  `-- The audit trail: append-only, each record hashed with its predecessor's hash.
create table audit_log (
  seq bigint primary key,
  at timestamptz not null,
  actor_id uuid,
  actor_name text,
  role text,
  zone_code text,
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text,
  prev_hash text not null,
  hash text not null unique
)`,
  `create sequence audit_log_seq`,
  `create index audit_log_zone_at_idx on audit_log (zone_code, at desc)`,
  `create index audit_log_entity_idx on audit_log (entity_type, entity_id)`,
  `create index audit_log_actor_idx on audit_log (actor_id, at desc)`,
  `create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end $$`,
  `create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_refuse_change()`,
  `create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change()`,
  `create table idempotency_key (
  key text not null,
  user_id uuid not null,
  request_hash text not null,
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null,
  primary key (user_id, key)
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted.');
}
