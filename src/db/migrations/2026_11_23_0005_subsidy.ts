import { sql, type Kysely } from 'kysely';

/**
 * Subsidies (奖补): budgets per zone, fund and year; applications with their pinned evaluation, evidence
 * and review history; public notices (公示) with objections; disbursements. Money is numeric(19,2).
 * Frozen once landed.
 */
const STATUSES = `'draft','submitted','returned','approved_by_commerce','approved_by_finance','approved',
    'in_notice','ready_for_disbursement','disbursed','rejected'`;

const statements: readonly string[] = [
  `-- One budget per zone, fund and year. The checks are the last line of defence: the use cases move
-- money with guarded single-statement updates, so concurrent approvals can never overspend it.
create table subsidy_budget (
  id uuid primary key,
  zone_code text not null references zone(code),
  fund text not null check (fund in ('municipal', 'provincial')),
  year integer not null check (year between 2000 and 2100),
  total numeric(19, 2) not null check (total >= 0),
  reserved numeric(19, 2) not null default 0 check (reserved >= 0),
  committed numeric(19, 2) not null default 0 check (committed >= 0),
  disbursed numeric(19, 2) not null default 0 check (disbursed >= 0),
  version integer not null default 1,
  created_by uuid,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (reserved + committed + disbursed <= total),
  unique (zone_code, fund, year)
)`,
  `create table subsidy_application (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  enterprise_name text not null,
  year integer not null check (year between 2000 and 2100),
  fund text not null check (fund in ('municipal', 'provincial')),
  status text not null check (status in (${STATUSES})),
  items jsonb not null,
  facts jsonb not null,
  evaluation jsonb,
  approved_items jsonb,
  approved_total numeric(19, 2) check (approved_total is null or approved_total > 0),
  reasons jsonb,
  version integer not null default 1,
  submitted_at timestamptz,
  created_by uuid,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  -- The applicant is an enterprise of the application's own zone.
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code),
  -- Past submission the evaluation is pinned; past the commerce bureau's approval the amounts are.
  check (status in ('draft') or evaluation is not null),
  check (status not in ('approved_by_commerce','approved_by_finance','approved','in_notice',
    'ready_for_disbursement','disbursed') or (approved_items is not null and approved_total is not null))
)`,
  `create index subsidy_application_zone_idx on subsidy_application (zone_code, status, updated_at desc)`,
  `create index subsidy_application_enterprise_idx on subsidy_application (enterprise_id, year)`,
  `create table subsidy_evidence (
  id uuid primary key,
  application_id uuid not null references subsidy_application(id),
  file_name text not null check (length(file_name) between 1 and 200),
  content_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  body bytea not null,
  uploaded_by uuid,
  uploaded_at timestamptz not null,
  unique (application_id, sha256)
)`,
  `-- Each step of an application: who decided what, with which amount and reasons. Append-only by use.
create table subsidy_step (
  id uuid primary key,
  -- Steps of one transaction share a timestamp; the sequence keeps their order.
  seq bigint generated always as identity,
  application_id uuid not null references subsidy_application(id),
  action text not null,
  from_status text,
  to_status text not null,
  amount numeric(19, 2),
  reasons jsonb,
  note text,
  -- The government's approval (批复文号) or the bank's payment reference.
  reference text,
  actor_id uuid,
  actor_name text,
  role text,
  at timestamptz not null
)`,
  `create index subsidy_step_application_idx on subsidy_step (application_id, seq)`,
  `create table subsidy_notice (
  id uuid primary key,
  zone_code text not null references zone(code),
  title text not null check (length(title) between 1 and 200),
  objection_days integer not null check (objection_days between 1 and 60),
  published_at timestamptz not null,
  objection_until timestamptz not null check (objection_until > published_at),
  status text not null check (status in ('open', 'closed')),
  published_by uuid,
  closed_at timestamptz,
  closed_by uuid
)`,
  `create index subsidy_notice_zone_idx on subsidy_notice (zone_code, published_at desc)`,
  `-- What the notice published, as published: an application appears in one notice only.
create table subsidy_notice_item (
  notice_id uuid not null references subsidy_notice(id),
  application_id uuid not null unique references subsidy_application(id),
  enterprise_name text not null,
  year integer not null,
  items jsonb not null,
  approved_total numeric(19, 2) not null check (approved_total > 0),
  primary key (notice_id, application_id)
)`,
  `create table subsidy_objection (
  id uuid primary key,
  notice_id uuid not null,
  application_id uuid not null,
  text text not null check (length(text) between 1 and 2000),
  filed_by uuid,
  filed_by_name text,
  filed_at timestamptz not null,
  resolution text check (resolution in ('upheld', 'dismissed')),
  resolution_note text,
  resolved_by uuid,
  resolved_at timestamptz,
  foreign key (notice_id, application_id) references subsidy_notice_item (notice_id, application_id),
  check ((resolution is null) = (resolved_at is null))
)`,
  `create index subsidy_objection_notice_idx on subsidy_objection (notice_id, filed_at)`,
  `create index subsidy_objection_application_idx on subsidy_objection (application_id)`,
  `-- One disbursement per application (unique): recording it twice records it once.
create table subsidy_disbursement (
  id uuid primary key,
  application_id uuid not null unique references subsidy_application(id),
  zone_code text not null references zone(code),
  fund text not null,
  year integer not null,
  amount numeric(19, 2) not null check (amount > 0),
  paid_at timestamptz not null,
  bank_reference text not null check (length(bank_reference) between 1 and 100),
  recorded_by uuid,
  recorded_at timestamptz not null
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The subsidy migration cannot be reverted.');
}
